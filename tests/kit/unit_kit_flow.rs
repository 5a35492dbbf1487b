//! Page flow (`kit::flow`: compact versions), mirrored pages for right-to-left kits
//! (`kit::mirror`) and QR codes (`kit::qr`).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::flow::{Component, Flow};
use pitchkit::kit::mirror::{mirror_page, mirror_rect};
use pitchkit::kit::page::{
    Block, FontFace, Page, Paint, RectMm, Shape, TextBlock, TextLine, TextRun,
};
use pitchkit::kit::qr::{QUIET_MODULES, qr_shapes};
use pitchkit::model::Rgb;
use qrcode::{EcLevel, QrCode};

// kit::flow

fn block(height_mm: f32) -> Component {
    let mut c = Component::new(2.0);
    c.rect(RectMm::new(0.0, 0.0, 10.0, height_mm), Rgb([0, 0, 0]), 0.0);
    c
}

fn pages_with(second: Component) -> Vec<Vec<Block>> {
    let mut flow = Flow::new(RectMm::new(10.0, 10.0, 100.0, 100.0));
    flow.place_all(vec![block(60.0), second]);
    flow.finish().0
}

#[test]
fn a_compact_version_is_used_only_when_it_saves_a_page() {
    // 60 + 2 + 50 does not fit in 100; without a compact version a page starts.
    assert_eq!(pages_with(block(50.0)).len(), 2);
    // With a 30 mm version it stays on the first page, in its compact height.
    let mut tall = block(50.0);
    tall.compact = Some(Box::new(block(30.0)));
    let pages = pages_with(tall);
    assert_eq!(pages.len(), 1);
    assert!((pages[0][1].bounds().height_mm - 30.0).abs() < 1e-3);
    // When it fits as it is, the full version is kept.
    let mut short = block(20.0);
    short.compact = Some(Box::new(block(10.0)));
    let pages = pages_with(short);
    assert!((pages[0][1].bounds().height_mm - 20.0).abs() < 1e-3);
    // When even the compact version does not fit, the full one opens a new page.
    let mut huge = block(80.0);
    huge.compact = Some(Box::new(block(45.0)));
    let pages = pages_with(huge);
    assert_eq!(pages.len(), 2);
    assert!((pages[1][0].bounds().height_mm - 80.0).abs() < 1e-3);
}

// kit::mirror

fn page(blocks: Vec<Block>) -> Page {
    Page {
        width_mm: 210.0,
        height_mm: 297.0,
        background: Rgb([255, 255, 255]),
        blocks,
    }
}

#[test]
fn blocks_move_to_their_mirror_place_and_text_keeps_its_order() {
    let run = |text: &str, x_mm: f32, width_mm: f32| TextRun {
        text: text.to_owned(),
        font: FontFace::SansRegular,
        x_mm,
        rtl: false,
        glyphs: Vec::new(),
        width_mm,
    };
    let mut p = page(vec![
        Block::Shape {
            shape: Shape::Rect {
                rect: RectMm::new(20.0, 10.0, 50.0, 5.0),
                radius_mm: 0.0,
            },
            paint: Paint {
                fill: None,
                stroke: None,
            },
        },
        Block::Text(TextBlock {
            rect: RectMm::new(20.0, 30.0, 100.0, 10.0),
            size_pt: 10.0,
            tracking_milli_em: 0,
            color: Rgb([0, 0, 0]),
            lines: vec![TextLine {
                runs: vec![run("one ", 20.0, 10.0), run("two", 30.0, 8.0)],
                baseline_mm: 35.0,
                width_mm: 18.0,
            }],
        }),
    ]);
    mirror_page(&mut p);
    assert_eq!(p.blocks[0].bounds(), RectMm::new(140.0, 10.0, 50.0, 5.0));
    let Block::Text(text) = &p.blocks[1] else {
        panic!("not text")
    };
    assert_eq!(text.rect, RectMm::new(90.0, 30.0, 100.0, 10.0));
    // The line sat at the box's left edge (20–38): now at its right edge (172–190).
    let xs: Vec<f32> = text.lines[0].runs.iter().map(|r| r.x_mm).collect();
    assert_eq!(xs, vec![172.0, 182.0]);
}

#[test]
fn a_qr_code_built_mirrored_comes_out_right_on_a_mirrored_page() {
    let url = "https://www.instagram.com/orbitandoat";
    let rect = RectMm::new(150.0, 200.0, 30.0, 30.0);
    let dark = Rgb([0, 0, 0]);
    let right = pitchkit::kit::qr::qr_shapes(url, rect, dark, None, false).unwrap();
    let built =
        pitchkit::kit::qr::qr_shapes(url, mirror_rect(rect, 210.0), dark, None, true).unwrap();
    assert_ne!(
        built.iter().map(Block::bounds).collect::<Vec<_>>(),
        right.iter().map(Block::bounds).collect::<Vec<_>>()
    );
    let mut p = page(built);
    mirror_page(&mut p);
    let key = |b: &Block| {
        let r = b.bounds();
        (
            (r.x_mm * 100.0).round() as i32,
            (r.y_mm * 100.0).round() as i32,
            (r.width_mm * 100.0).round() as i32,
        )
    };
    let mut got: Vec<_> = p.blocks.iter().map(key).collect();
    let mut want: Vec<_> = right.iter().map(key).collect();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
}

// kit::qr

#[test]
fn code_fits_its_square() {
    let rect = RectMm::new(10.0, 10.0, 25.0, 25.0);
    let blocks = qr_shapes(
        "https://www.instagram.com/orbitandoat",
        rect,
        Rgb([0, 0, 0]),
        Some(Rgb([255, 255, 255])),
        false,
    )
    .unwrap();
    assert!(blocks.len() > 20);
    for block in &blocks {
        assert!(rect.contains(&block.bounds()), "{:?}", block.bounds());
    }
    // The quiet zone: no dark module within 4 modules of the square's edge, and the
    // code's corners sit exactly there (so the zone is no wider than needed).
    let code = QrCode::with_error_correction_level(
        "https://www.instagram.com/orbitandoat".as_bytes(),
        EcLevel::M,
    )
    .unwrap();
    let module = 25.0 / (code.width() + 2 * QUIET_MODULES) as f32;
    let zone = QUIET_MODULES as f32 * module;
    let dark: Vec<RectMm> = blocks[1..].iter().map(Block::bounds).collect();
    let left = dark.iter().map(|r| r.x_mm).fold(f32::MAX, f32::min);
    let top = dark.iter().map(|r| r.y_mm).fold(f32::MAX, f32::min);
    let right = dark.iter().map(|r| r.x_mm + r.width_mm).fold(0.0, f32::max);
    let bottom = dark
        .iter()
        .map(|r| r.y_mm + r.height_mm)
        .fold(0.0, f32::max);
    assert!((left - (10.0 + zone)).abs() < 1e-3, "{left}");
    assert!((top - (10.0 + zone)).abs() < 1e-3, "{top}");
    assert!((35.0 - zone - right).abs() < 1e-3, "{right}");
    assert!(35.0 - zone - bottom > -0.02, "{bottom}");
}
