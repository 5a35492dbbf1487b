//! Page fill of the full kit: no page but the last less than about 60 % filled, in
//! every theme on A4 and Letter. Fill is measured as the lowest block's bottom (the
//! footer left out) below the top margin, over the live area's height.
#![allow(clippy::unwrap_used)]

use crate::kit_layout::{all_settings, demo, run};
use pitchkit::kit::grid::Grid;
use pitchkit::kit::page::Page;
use pitchkit::model::PageSize;

/// The share of the live area's height a page uses: from the top margin down to the
/// lowest block above the bottom margin (the footer, which lives in the margin, is
/// not counted).
pub fn fill_share(page: &Page, grid: &Grid) -> f32 {
    let live = grid.live();
    let bottom = page
        .blocks
        .iter()
        .map(|b| b.bounds())
        .filter(|r| r.y_mm < live.bottom_mm() - 0.05)
        .map(|r| r.bottom_mm())
        .fold(live.y_mm, f32::max);
    ((bottom - live.y_mm) / live.height_mm).clamp(0.0, 1.0)
}

/// The least share of its height a page but the last may use.
const MIN_FILL: f32 = 0.6;

#[test]
fn no_page_of_the_full_demo_kit_but_the_last_is_less_than_60_percent_filled() {
    let project = demo();
    let mut report = Vec::new();
    let mut thin = Vec::new();
    for settings in all_settings() {
        let grid = Grid::for_size(settings.page_size);
        let laid = run(&project, &settings);
        let fills: Vec<f32> = laid.pages.iter().map(|p| fill_share(p, &grid)).collect();
        let what = format!("{:?} {:?}", settings.theme, settings.page_size);
        report.push(format!(
            "{what}: {}",
            fills
                .iter()
                .map(|f| format!("{:.0}%", f * 100.0))
                .collect::<Vec<_>>()
                .join(" ")
        ));
        for (index, fill) in fills.iter().enumerate().take(fills.len() - 1) {
            if *fill < MIN_FILL {
                thin.push(format!("{what} page {}: {:.0}%", index + 1, fill * 100.0));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        thin.is_empty(),
        "thin pages: {thin:?}\n{}",
        report.join("\n")
    );
}

#[test]
fn fill_is_measured_from_the_top_margin_to_the_lowest_block() {
    use pitchkit::kit::page::{Block, Paint, RectMm, Shape};
    let grid = Grid::for_size(PageSize::A4);
    let live = grid.live();
    let rect = |y_mm: f32, height_mm: f32| Block::Shape {
        shape: Shape::Rect {
            rect: RectMm::new(live.x_mm, y_mm, 10.0, height_mm),
            radius_mm: 0.0,
        },
        paint: Paint {
            fill: None,
            stroke: None,
        },
    };
    let page = |blocks: Vec<Block>| Page {
        width_mm: 210.0,
        height_mm: 297.0,
        background: pitchkit::model::Rgb([255, 255, 255]),
        blocks,
    };
    let half = live.y_mm + live.height_mm / 2.0;
    // A block ending half-way down: 50 %; the footer in the bottom margin is not counted.
    let footer = rect(live.bottom_mm() + 4.0, 3.0);
    let filled = fill_share(
        &page(vec![
            rect(live.y_mm, 10.0),
            rect(half - 5.0, 5.0),
            footer.clone(),
        ]),
        &grid,
    );
    assert!((filled - 0.5).abs() < 1e-3, "{filled}");
    assert!(fill_share(&page(vec![footer]), &grid) < 1e-3);
    let full = fill_share(&page(vec![rect(live.y_mm, live.height_mm)]), &grid);
    assert!((full - 1.0).abs() < 1e-3, "{full}");
}
