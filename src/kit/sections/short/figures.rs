//! Key figures of a short kit: the headline figures two by two in columns 1–4 (one
//! page only), and the engagement of the largest platforms against their like-for-like
//! benchmarks — platform and tier, a bullet graph, the value and the difference in
//! points, and (when the page has room) the caption naming formula, tier, source and
//! year — beside them, or full width on the two-page kit.

use super::{Richness, eyebrow};
use crate::kit::content::{CompareBody, CompareContent, CompareRow, Tile};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::sections::place_chart;
use crate::kit::text::{self, Align};

/// The block: headline figures and comparisons; none when there is neither.
pub fn build(
    kit: &Kit,
    stats: &[Tile],
    compare: Option<&CompareContent>,
    richness: Richness,
) -> Option<Component> {
    let rows = compare.map(|c| c.rows.as_slice()).unwrap_or_default();
    if stats.is_empty() && rows.is_empty() {
        return None;
    }
    let mut c = Component::new(rhythm(1.5));
    let stats_bottom = if stats.is_empty() {
        0.0
    } else {
        stats_ui(&mut c, kit, stats)
    };
    // Beside the figures (one page) the rows take columns 5–12, else the full width.
    let first: u8 = if stats.is_empty() || rows.is_empty() {
        1
    } else {
        5
    };
    let mut y = 0.0;
    if !rows.is_empty() {
        let (x, w) = grid::cols(first, 12);
        y += eyebrow(&mut c, kit, kit.lang.tr("compare.title"), (x, 0.0, w));
        for (index, row) in rows.iter().enumerate() {
            if index > 0 {
                y += rhythm(1.0);
            }
            y += row_ui(&mut c, kit, row, first, y, richness.captions);
        }
    }
    c.extend_to(stats_bottom.max(y));
    Some(c)
}

/// The headline figures two to a row in columns 1–4; returns the bottom.
fn stats_ui(c: &mut Component, kit: &Kit, stats: &[Tile]) -> f32 {
    let scale = &kit.theme.scale;
    let mut y = eyebrow(
        c,
        kit,
        kit.lang.tr("short.key_figures"),
        (0.0, 0.0, grid::cols(1, 4).1),
    );
    let (_, w) = grid::cols(1, 2);
    let value_style = scale.tile_value.sized(20.0, 22.0);
    for pair in stats.chunks(2) {
        let mut bottom = y;
        for (index, tile) in pair.iter().enumerate() {
            let (x, _) = grid::cols(1 + 2 * index as u8, 2 + 2 * index as u8);
            let mut ty = y;
            ty += c.text(&tile.label, &scale.eyebrow, x, ty, w, Align::Left, 2) + 0.5;
            let style = if text::width_mm(&tile.value, &value_style) <= w {
                value_style
            } else {
                value_style.sized(16.0, 18.0)
            };
            ty += c.text(&tile.value, &style, x, ty, w, Align::Left, 2);
            ty += c.text(&tile.context, &scale.caption, x, ty, w, Align::Left, 5);
            bottom = bottom.max(ty);
        }
        y = bottom + rhythm(1.0);
    }
    y - rhythm(1.0)
}

/// One platform's row from column `first`: platform and tier, bullet graph, value and
/// difference, then the caption when asked; returns the height used.
fn row_ui(
    c: &mut Component,
    kit: &Kit,
    row: &CompareRow,
    first: u8,
    top: f32,
    captions: bool,
) -> f32 {
    let scale = &kit.theme.scale;
    let (lx, lw) = grid::cols(first, first + 2);
    let mut label_h = c.text(&row.platform, &scale.body_bold, lx, top, lw, Align::Left, 2);
    label_h += c.text(
        &row.tier,
        &scale.caption,
        lx,
        top + label_h,
        lw,
        Align::Left,
        2,
    );
    let (rest_x, rest_w) = grid::cols(first + 3, 12);
    let (chart, value, versus, caption) = match &row.body {
        CompareBody::Compared {
            chart,
            value,
            versus,
            caption,
            ..
        } => (chart, value, versus, caption),
        CompareBody::NoBenchmark(reason) => {
            let h = c.text(reason, &scale.caption, rest_x, top, rest_w, Align::Left, 6);
            return label_h.max(h);
        }
    };
    let (bx, bw) = grid::cols(first + 3, 10);
    let bar_h = 7.0;
    if let Some(spec) = chart {
        place_chart(c, spec, RectMm::new(bx, top + 1.0, bw, bar_h));
    }
    let (vx, vw) = grid::cols(11, 12);
    let value_style = scale
        .h2
        .in_face(kit.theme.faces.numbers)
        .with_color(kit.theme.colours.accent_ink);
    let mut value_h = c.text(value, &value_style, vx, top, vw, Align::Left, 1);
    value_h += c.text(
        versus,
        &scale.caption,
        vx,
        top + value_h,
        vw,
        Align::Left,
        2,
    );
    let mut h = label_h.max(value_h).max(bar_h + 2.0);
    if captions {
        // Under the whole row beside the figures; under the graph at full width.
        let (cx, cw) = if first > 1 {
            grid::cols(first, 12)
        } else {
            (rest_x, rest_w)
        };
        h += 0.8
            + c.text(
                caption,
                &scale.footnote,
                cx,
                top + h + 0.8,
                cw,
                Align::Left,
                8,
            );
    }
    h
}
