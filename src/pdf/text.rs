//! Translating a text block into PDF text operations: one text object per block,
//! each shaped glyph set at its laid-out position (printpdf merges a line's glyphs
//! into one `TJ`), in colour. Left-to-right runs whose glyphs do not map one to one
//! onto their characters (ligatures, conjuncts, emoji sequences) are wrapped in a
//! `/Span` with `/ActualText`, so copying gives the words back.

use super::coords::Flip;
use super::draw::color;
use super::fonts::DocFonts;
use crate::kit::page::{FontFace, TextBlock, TextRun};
use printpdf::{DictItem, Op, PdfFontHandle, Pt, TextItem, TextMatrix};
use std::collections::BTreeMap;

/// Operations that draw `block`, as glyph ids of the runs' faces (renumbered when the
/// faces are subset).
pub(crate) fn text_block(ops: &mut Vec<Op>, fonts: &mut DocFonts, flip: &Flip, block: &TextBlock) {
    if block.lines.iter().all(|line| line.runs.is_empty()) || block.size_pt <= 0.0 {
        return;
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor {
        col: color(block.color),
    });
    let mut current: Option<FontFace> = None;
    for line in &block.lines {
        for run in &line.runs {
            if run
                .glyphs
                .iter()
                .all(|g| g.id == 0 || g.text.trim().is_empty())
            {
                fonts.note_missing(run);
                continue;
            }
            if current != Some(run.font) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(fonts.id(run.font)),
                    size: Pt(block.size_pt),
                });
                current = Some(run.font);
            }
            let spanned = needs_actual_text(run);
            if spanned {
                ops.push(actual_text(&run.text));
            }
            for glyph in &run.glyphs {
                let Some(shown) = fonts.glyph(run.font, glyph.id, &glyph.text) else {
                    continue;
                };
                let origin = flip.point(run.x_mm + glyph.x_mm, line.baseline_mm - glyph.rise_mm);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(origin.x, origin.y),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![shown])],
                });
            }
            if spanned {
                ops.push(Op::EndMarkedContent);
            }
        }
    }
    ops.push(Op::EndTextSection);
}

/// True when copying the run glyph by glyph would not give its text back in order: a
/// left-to-right run with ligatures, conjuncts or emoji sequences. Right-to-left runs
/// are left to the extractors, which read them from the right (each glyph's text is
/// stored reversed for that, see `kit::line`).
pub fn needs_actual_text(run: &TextRun) -> bool {
    !run.rtl && run.glyphs.iter().any(|g| g.text.chars().count() != 1)
}

/// `/Span << /ActualText (text) >> BDC`, the text in UTF-16BE with its byte-order mark.
pub fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict {
            map: BTreeMap::from([(
                "ActualText".to_owned(),
                DictItem::String {
                    data,
                    literal: false,
                },
            )]),
        },
    }
}
