//! How I compare: one row per platform — label (cols 1–3), a bullet graph of the
//! creator's engagement against the like-for-like tier benchmark (cols 4–10), the
//! value (cols 11–12) — and a caption naming the formula, tier, source and year.

use super::{heading, place_chart};
use crate::kit::content::{CompareBody, CompareContent, CompareRow};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::Align;
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit, compare: &CompareContent) -> Vec<Component> {
    let mut out = vec![heading(kit, Section::Compare, &compare.title)];
    for (index, row) in compare.rows.iter().enumerate() {
        let gap = if index == 0 { 0.0 } else { rhythm(2.0) };
        out.push(row_ui(kit, row, gap));
    }
    let mut note = Component::new(rhythm(2.0));
    note.text(
        &compare.note,
        &kit.theme.scale.footnote,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        3,
    );
    out.push(note);
    out
}

fn label_column(c: &mut Component, kit: &Kit, row: &CompareRow) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(1, 3);
    let mut y = c.text(&row.platform, &scale.body_bold, x, 0.0, w, Align::Left, 1);
    y += c.text(&row.tier, &scale.caption, x, y, w, Align::Left, 2);
    y
}

fn row_ui(kit: &Kit, row: &CompareRow, gap: f32) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(gap);
    let label_h = label_column(&mut c, kit, row);
    let (x, w) = grid::cols(4, 12);
    let (chart, value, versus, caption) = match &row.body {
        CompareBody::Compared {
            chart,
            value,
            versus,
            caption,
            ..
        } => (chart, value, versus, caption),
        CompareBody::NoBenchmark(reason) => {
            c.text(reason, &scale.caption, x, 0.0, w, Align::Left, 3);
            return c;
        }
    };
    let (bx, bw) = grid::cols(4, 10);
    let bar_h = 7.0;
    if let Some(spec) = chart {
        place_chart(&mut c, spec, RectMm::new(bx, 1.0, bw, bar_h));
    }
    let (vx, vw) = grid::cols(11, 12);
    let value_style = scale
        .h2
        .in_face(kit.theme.faces.numbers)
        .with_color(kit.theme.colours.accent_ink);
    let mut vy = c.text(value, &value_style, vx, 0.0, vw, Align::Left, 1);
    vy += c.text(versus, &scale.caption, vx, vy, vw, Align::Left, 2);
    let y = label_h.max(vy).max(bar_h + 2.0) + 1.0;
    c.text(caption, &scale.footnote, x, y, w, Align::Left, 4);
    c
}
