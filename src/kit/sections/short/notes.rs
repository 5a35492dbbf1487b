//! Notes in 7 pt type in two balanced columns under an eyebrow: the data date and
//! where the figures came from, every formula, the comparisons' captions when their
//! rows had no room for them, and the benchmark sources, numbered as the comparisons
//! cite them. The short kits' notes, and the full kit's when that saves a page.

use super::eyebrow;
use crate::kit::content::{CompareBody, CompareContent, NotesContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::text::{self, Align};

/// The notes' component under an eyebrow saying `label`; `captions` are the
/// comparisons whose captions go here.
pub fn build(
    kit: &Kit,
    notes: &NotesContent,
    label: &str,
    captions: Option<&CompareContent>,
) -> Component {
    let style = kit.theme.scale.footnote;
    let mut paragraphs: Vec<String> = vec![notes.data.join(" ")];
    paragraphs.extend(notes.formulas.iter().cloned());
    if let Some(compare) = captions {
        for row in &compare.rows {
            if let CompareBody::Compared { caption, .. } = &row.body {
                paragraphs.push(format!("{}: {caption}", row.platform));
            }
        }
    }
    // Sources as printed text, as in the full kit's notes (not every address is https).
    paragraphs.extend(notes.sources.iter().map(|s| s.line.clone()));

    let mut c = Component::new(rhythm(1.5));
    let top = eyebrow(&mut c, kit, label, (0.0, 0.0, grid::LIVE_WIDTH_MM));
    let (_, column_w) = grid::cols(1, 6);
    let gap = 0.8;
    let heights: Vec<f32> = paragraphs
        .iter()
        .map(|line| text::break_lines(line, &style, column_w).len() as f32 * style.leading_mm())
        .collect();
    let split = balanced_split(&heights, gap);
    let mut bottom = top;
    for (column, range) in [(0, 0..split), (1, split..paragraphs.len())] {
        let (x, w) = grid::cols(1 + 6 * column, 6 + 6 * column);
        let mut y = top;
        for line in &paragraphs[range] {
            y += c.text(line, &style, x, y, w, Align::Left, usize::MAX) + gap;
        }
        bottom = bottom.max(y - gap);
    }
    c.extend_to(bottom);
    c
}

/// Where the second column starts: the split that makes the taller column shortest
/// (paragraphs are never divided).
pub fn balanced_split(heights: &[f32], gap: f32) -> usize {
    let column = |part: &[f32]| -> f32 {
        part.iter().sum::<f32>() + gap * part.len().saturating_sub(1) as f32
    };
    (0..=heights.len())
        .min_by(|&a, &b| {
            let taller = |i: usize| column(&heights[..i]).max(column(&heights[i..]));
            taller(a).total_cmp(&taller(b))
        })
        .unwrap_or(0)
}
