//! Growth: follower counts over time as line charts (the largest platform full width,
//! the others as small multiples), titled with the 90- or 30-day change.

use super::{chart_title, heading, place_chart};
use crate::kit::content::{GrowthChart, GrowthContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::model::{PageSize, Section};

/// Height of a small multiple in the compact version, title included.
const COMPACT_H_MM: f32 = 50.0;

/// The section's components.
pub fn build(kit: &Kit, growth: &GrowthContent) -> Vec<Component> {
    let charts = &growth.charts;
    let mut out = vec![heading(kit, Section::Growth, &growth.title)];
    let big_h = if kit.settings.page_size == PageSize::Letter {
        55.0
    } else {
        62.0
    };
    // The compact version, used when it saves a page: every chart as a small
    // multiple, three to a row, in one component (the pairs' compact versions are
    // then empty, as the rows already hold their charts).
    let compact_h = COMPACT_H_MM;
    let mut compact = Component::new(0.0);
    for (row, three) in charts.chunks(3).enumerate() {
        let top = row as f32 * (compact_h + rhythm(3.0));
        let mut cell = Component::new(0.0);
        for (index, growth_chart) in three.iter().enumerate() {
            let first_col = 1 + 4 * u8::try_from(index).unwrap_or(0);
            let (x, w) = grid::cols(first_col, first_col + 3);
            chart(&mut cell, kit, growth_chart, (x, w, compact_h), true);
        }
        for mut block in cell.blocks {
            block.translate(0.0, top);
            compact.extend_blocks(vec![block]);
        }
        compact.dropped.extend(cell.dropped);
        compact.extend_to(top + cell.height_mm);
    }
    let mut rest = charts.iter();
    if let Some(growth_chart) = rest.next() {
        let mut c = Component::new(0.0);
        chart(
            &mut c,
            kit,
            growth_chart,
            (0.0, grid::LIVE_WIDTH_MM, big_h),
            false,
        );
        c.compact = Some(Box::new(compact));
        out.push(c);
    }
    let others: Vec<_> = rest.collect();
    for pair in others.chunks(2) {
        let mut c = Component::new(rhythm(3.0));
        for (index, growth_chart) in pair.iter().enumerate() {
            let (x, w) = if index == 0 {
                grid::cols(1, 6)
            } else {
                grid::cols(7, 12)
            };
            chart(&mut c, kit, growth_chart, (x, w, 42.0), false);
        }
        c.compact = Some(Box::default());
        out.push(c);
    }
    out
}

/// A growth chart in `(x, width, height)` (title included). `short` words the title
/// and subtitle for a third of the page's width; charts under 50 mm get fewer
/// gridlines.
fn chart(
    c: &mut Component,
    kit: &Kit,
    growth: &GrowthChart,
    (x, w, h): (f32, f32, f32),
    short: bool,
) {
    let (title, subtitle) = if short {
        (&growth.title_short, &growth.subtitle_short)
    } else {
        (&growth.title, &growth.subtitle)
    };
    let spec = if h < 50.0 {
        &growth.spec_small
    } else {
        &growth.spec
    };
    let y = chart_title(c, kit, title, subtitle, x, 0.0, w);
    place_chart(c, spec, RectMm::new(x, y, w, h - y));
}
