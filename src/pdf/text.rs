//! Translating a text block into PDF text operations: one text object per block,
//! each run set in its face at its measured position, with tracking and colour.

use super::coords::Flip;
use super::draw::color;
use super::fonts::DocFonts;
use crate::kit::page::{FontFace, TextBlock};
use printpdf::{Op, PdfFontHandle, Pt, TextItem, TextMatrix};

/// Operations that draw `block`, as glyph ids of the runs' faces (renumbered when the
/// faces are subset). Characters the run's face cannot draw are left out (and
/// collected in `fonts` for the report).
pub(crate) fn text_block(ops: &mut Vec<Op>, fonts: &mut DocFonts, flip: &Flip, block: &TextBlock) {
    if block.lines.iter().all(|line| line.runs.is_empty()) || block.size_pt <= 0.0 {
        return;
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor {
        col: color(block.color),
    });
    // Tc is in unscaled text space units: points at this size.
    let spacing_pt = block.tracking_milli_em as f32 / 1000.0 * block.size_pt;
    if spacing_pt != 0.0 {
        ops.push(Op::SetCharacterSpacing {
            multiplier: spacing_pt,
        });
    }
    let mut current: Option<FontFace> = None;
    for line in &block.lines {
        for run in &line.runs {
            if run.text.is_empty() {
                continue;
            }
            let glyphs = fonts.glyphs(run.font, &run.text);
            if glyphs
                .iter()
                .all(|g| g.cid.as_deref().is_none_or(|c| c.trim().is_empty()))
            {
                continue;
            }
            if current != Some(run.font) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(fonts.id(run.font)),
                    size: Pt(block.size_pt),
                });
                current = Some(run.font);
            }
            let origin = flip.point(run.x_mm, line.baseline_mm);
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(origin.x, origin.y),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(glyphs)],
            });
        }
    }
    if spacing_pt != 0.0 {
        ops.push(Op::SetCharacterSpacing { multiplier: 0.0 });
    }
    ops.push(Op::EndTextSection);
}
