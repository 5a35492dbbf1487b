//! One line of text made ready to draw: split into directional runs by the Unicode
//! bidi algorithm (so an Arabic bio with an English brand name and numbers reads
//! right), each run split by face ([`super::fallback`]), shaped ([`super::shape`]) and
//! placed from left to right, with the text each glyph stands for when copied.

use super::fallback::split_runs;
use super::fonts::{self, MM_PER_PT};
use super::page::{FontFace, Glyph};
use super::shape::{ShapedGlyph, shape};
use unicode_bidi::{Level, ParagraphBidiInfo};

/// A shaped run, placed relative to the line's left edge.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    /// The characters in reading order.
    pub text: String,
    /// The face.
    pub face: FontFace,
    /// True when the run reads right to left.
    pub rtl: bool,
    /// Left edge from the line's left edge.
    pub x_mm: f32,
    /// The glyphs from left to right, positioned from the run's left edge.
    pub glyphs: Vec<Glyph>,
    /// Advances plus tracking.
    pub width_mm: f32,
}

/// A line shaped and ordered for display.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShapedLine {
    /// Runs from left to right.
    pub runs: Vec<PlacedRun>,
    /// The whole line's width.
    pub width_mm: f32,
    /// Characters no font has (left out).
    pub dropped: Vec<char>,
}

/// How a line is set: face, size, tracking, and the paragraph's direction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineStyle {
    /// The face asked for (fallback faces are chosen per cluster).
    pub face: FontFace,
    /// Type size in points.
    pub size_pt: f32,
    /// Letter spacing in thousandths of an em, after every cluster.
    pub tracking_milli_em: i32,
    /// The paragraph reads right to left.
    pub rtl: bool,
}

/// The paragraph direction of `text`: its first strong letter's, else `default_rtl`.
pub fn paragraph_rtl(text: &str, default_rtl: bool) -> bool {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Rtl => true,
        unicode_bidi::Direction::Ltr => false,
        unicode_bidi::Direction::Mixed => default_rtl,
    }
}

/// Shapes `text` (one line, no newline) as `style` says.
pub fn shape_line(text: &str, style: &LineStyle) -> ShapedLine {
    let mut line = ShapedLine::default();
    let mut x_mm = 0.0_f32;
    for (range, rtl) in directional_runs(text, style.rtl) {
        let mut pieces = split_runs(&text[range], style.face, &mut line.dropped);
        if rtl {
            pieces.reverse();
        }
        for piece in pieces {
            let glyphs = shape(piece.face, &piece.text, rtl);
            let run = place(piece.text, piece.face, rtl, &glyphs, style, x_mm);
            x_mm += run.width_mm;
            line.runs.push(run);
        }
    }
    line.width_mm = x_mm;
    line
}

/// The width of `text` shaped as one line. Widths are proportional to the type
/// size, so they are cached per point (layout measures the same words many times).
pub fn line_width_mm(text: &str, style: &LineStyle) -> f32 {
    type Key = (FontFace, i32, bool, String);
    static CACHE: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<Key, f32>>> =
        std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (
        style.face,
        style.tracking_milli_em,
        style.rtl,
        text.to_owned(),
    );
    let per_pt = {
        let map = cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.get(&key).copied()
    };
    let per_pt = per_pt.unwrap_or_else(|| {
        let unit = LineStyle {
            size_pt: 1.0,
            ..*style
        };
        let measured = measure_line(text, &unit);
        let mut map = cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() > 100_000 {
            map.clear();
        }
        map.insert(key, measured);
        measured
    });
    per_pt * style.size_pt
}

/// The width of `text` as [`shape_line`] would place it, without placing glyphs.
fn measure_line(text: &str, style: &LineStyle) -> f32 {
    let mut dropped = Vec::new();
    let tracking_mm = style.tracking_milli_em as f32 / 1000.0 * style.size_pt * MM_PER_PT;
    let mut width_mm = 0.0;
    for (range, rtl) in directional_runs(text, style.rtl) {
        for piece in split_runs(&text[range], style.face, &mut dropped) {
            let glyphs = shape(piece.face, &piece.text, rtl);
            let scale = style.size_pt * MM_PER_PT / fonts::units_per_em(piece.face);
            for glyph in glyphs.iter() {
                width_mm += glyph.advance as f32 * scale;
                if glyph.advance != 0 {
                    width_mm += tracking_mm;
                }
            }
        }
    }
    width_mm
}

/// The byte ranges of `text` in visual order, each with its direction. Text with no
/// right-to-left character is one left-to-right run (no bidi analysis needed).
fn directional_runs(text: &str, rtl: bool) -> Vec<(std::ops::Range<usize>, bool)> {
    if text.is_empty() {
        return Vec::new();
    }
    let any_rtl = text.chars().any(|c| {
        matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF | 0x200F | 0x202B | 0x202E | 0x2067)
    });
    if !any_rtl && !rtl {
        return vec![(0..text.len(), false)];
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(text, Some(level));
    let (levels, runs) = info.visual_runs(0..text.len());
    runs.into_iter()
        .map(|range| {
            let rtl = levels.get(range.start).is_some_and(|l| l.is_rtl());
            (range, rtl)
        })
        .collect()
}

/// Positions shaped glyphs from the run's left edge and gives each cluster's first
/// glyph the cluster's text (reversed in right-to-left runs, as extractors expect).
fn place(
    text: String,
    face: FontFace,
    rtl: bool,
    shaped: &[ShapedGlyph],
    style: &LineStyle,
    x_mm: f32,
) -> PlacedRun {
    let scale = style.size_pt * MM_PER_PT / fonts::units_per_em(face);
    let tracking_mm = style.tracking_milli_em as f32 / 1000.0 * style.size_pt * MM_PER_PT;
    let mut starts: Vec<usize> = shaped.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |start: usize| -> String {
        let next = starts.partition_point(|&s| s <= start);
        let end = starts.get(next).copied().unwrap_or(text.len());
        text.get(start..end).unwrap_or("").to_owned()
    };
    // The glyph that carries a cluster's text: its first in reading order.
    let mut carrier = vec![false; shaped.len()];
    let mut seen = std::collections::BTreeSet::new();
    let order: Box<dyn Iterator<Item = usize>> = if rtl {
        Box::new((0..shaped.len()).rev())
    } else {
        Box::new(0..shaped.len())
    };
    for index in order {
        if let (Some(glyph), Some(flag)) = (shaped.get(index), carrier.get_mut(index)) {
            *flag = seen.insert(glyph.cluster);
        }
    }
    let mut pen = 0.0_f32;
    let mut glyphs = Vec::with_capacity(shaped.len());
    for (index, glyph) in shaped.iter().enumerate() {
        let carries = carrier.get(index).copied().unwrap_or(false);
        glyphs.push(Glyph {
            id: glyph.id,
            x_mm: pen + glyph.x_offset as f32 * scale,
            rise_mm: glyph.y_offset as f32 * scale,
            text: match (carries, rtl) {
                (false, _) => String::new(),
                (true, false) => cluster_text(glyph.cluster as usize),
                // Text extractors read right-to-left glyphs from the right and reverse
                // what each glyph stands for with them: a lam-alef ligature stands for
                // "ال" backwards, so it is copied as "لا".
                (true, true) => cluster_text(glyph.cluster as usize).chars().rev().collect(),
            },
        });
        pen += glyph.advance as f32 * scale;
        if glyph.advance != 0 && tracking_mm != 0.0 {
            pen += tracking_mm;
        }
    }
    PlacedRun {
        text,
        face,
        rtl,
        x_mm,
        glyphs,
        width_mm: pen,
    }
}
