//! Setting text: typographic niceties (’ “ ” – − ×), line breaking with shaped
//! widths ([`super::breaks`]), character budgets and cutting at a sentence end, and
//! building positioned, shaped [`TextBlock`]s ([`super::line`]).

use super::breaks;
use super::fonts::{self, MM_PER_PT};
use super::line::{self, LineStyle};
use super::page::{FontFace, RectMm, TextBlock, TextLine, TextRun};
use crate::model::Rgb;

/// How a piece of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// The face (fallback faces are chosen per character).
    pub face: FontFace,
    /// Type size in points.
    pub size_pt: f32,
    /// Line distance in points.
    pub leading_pt: f32,
    /// Letter spacing in thousandths of an em.
    pub tracking_milli_em: i32,
    /// Colour.
    pub color: Rgb,
    /// Set in capitals (eyebrows only).
    pub caps: bool,
    /// The kit's language is written right to left: paragraphs with no letter of
    /// their own direction (numbers only) read right to left, and the page is laid out
    /// left to right and then mirrored ([`super::mirror`]).
    pub rtl: bool,
}

impl TextStyle {
    /// The same style in another colour.
    pub fn with_color(mut self, color: Rgb) -> Self {
        self.color = color;
        self
    }

    /// The same style at another size and leading.
    pub fn sized(mut self, size_pt: f32, leading_pt: f32) -> Self {
        self.size_pt = size_pt;
        self.leading_pt = leading_pt;
        self
    }

    /// The same style in another face.
    pub fn in_face(mut self, face: FontFace) -> Self {
        self.face = face;
        self
    }

    /// Line distance in millimetres.
    pub fn leading_mm(&self) -> f32 {
        self.leading_pt * MM_PER_PT
    }

    /// Distance from a line box's top to its baseline, in millimetres: half the extra
    /// leading, then the face's ascent scaled so ascent + descent fill the type size.
    pub fn baseline_offset_mm(&self) -> f32 {
        let ascent = fonts::ascent_em(self.face);
        let descent = fonts::descent_em(self.face);
        let share = ascent / (ascent + descent).max(0.1);
        ((self.leading_pt - self.size_pt) / 2.0 + share * self.size_pt) * MM_PER_PT
    }
}

/// Horizontal alignment inside a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush to the start: left (the rule for body text), or right for a paragraph
    /// that reads right to left.
    Left,
    /// Flush right (numbers in table columns).
    Right,
    /// Centred (short labels under chart marks only).
    Center,
}

/// Replaces straight quotes, hyphens used as dashes or minus signs and an `x` between
/// numbers with ’ “ ” – − ×.
pub fn smarten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &ch) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let opens = prev.is_none_or(|p| p.is_whitespace() || "([{–—/".contains(p));
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        match ch {
            '"' => out.push(if opens { '“' } else { '”' }),
            '\'' => out.push(if opens && next.is_some_and(char::is_alphabetic) {
                '‘'
            } else {
                '’'
            }),
            '-' if prev == Some(' ') && next == Some(' ') => out.push('–'),
            '-' if digit(prev) && digit(next) => out.push('–'),
            '-' if opens && digit(next) => out.push('−'),
            'x' if digit(prev) && (digit(next) || next.is_none_or(|n| !n.is_alphanumeric())) => {
                out.push('×');
            }
            _ => out.push(ch),
        }
    }
    out.replace("--", "–")
}

/// Cuts `text` to at most `max_chars` characters: at the last sentence end that keeps
/// at least a third of the budget, else at the last space with an ellipsis. Returns the
/// text and whether it was cut.
pub fn fit_budget(text: &str, max_chars: usize) -> (String, bool) {
    let trimmed = text.trim();
    if max_chars == 0 {
        return (String::new(), !trimmed.is_empty());
    }
    if trimmed.chars().count() <= max_chars {
        return (trimmed.to_owned(), false);
    }
    let head: String = trimmed.chars().take(max_chars).collect();
    let sentence_end = head
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '…')
                && head[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    if let Some(end) = sentence_end.filter(|&end| head[..end].chars().count() * 3 >= max_chars) {
        return (head[..end].to_owned(), true);
    }
    let short: String = trimmed.chars().take(max_chars.saturating_sub(1)).collect();
    let word_end = short
        .rfind(char::is_whitespace)
        .filter(|&i| i > 0)
        .unwrap_or(short.len());
    let mut cut: String = short[..word_end]
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:–-".contains(c))
        .to_owned();
    if cut.is_empty() {
        cut = short;
    }
    cut.push('…');
    (cut, true)
}

/// The line style of a text style for `text`: its paragraph direction from its first
/// strong letter.
fn line_style(text: &str, style: &TextStyle) -> LineStyle {
    LineStyle {
        face: style.face,
        size_pt: style.size_pt,
        tracking_milli_em: style.tracking_milli_em,
        rtl: line::paragraph_rtl(text, style.rtl),
    }
}

/// Width of `text` in a style, shaped with fallback faces and tracking, in millimetres.
pub fn width_mm(text: &str, style: &TextStyle) -> f32 {
    line::line_width_mm(text, &line_style(text, style))
}

/// Breaks `text` into lines no wider than `box_mm`, at the break opportunities of
/// Unicode's line-breaking rules (spaces, after hyphens and slashes, between CJK
/// characters but never before 。、」, zero-width spaces, Thai syllables that start
/// with a leading vowel), measured with shaped widths. A piece wider than the line
/// is broken between grapheme clusters, never inside one. Newlines start new lines.
pub fn break_lines(text: &str, style: &TextStyle, box_mm: f32) -> Vec<String> {
    let prepared = if style.caps {
        text.to_uppercase()
    } else {
        text.to_owned()
    };
    let mut lines = Vec::new();
    for paragraph in prepared.split('\n') {
        breaks::fill_paragraph(
            paragraph,
            box_mm,
            &|piece: &str| width_mm(piece, style),
            &mut lines,
        );
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Lines limited to `max_lines`: extra lines are dropped and the last kept line ends
/// with an ellipsis that fits. Returns whether anything was cut.
pub fn limit_lines(
    lines: &mut Vec<String>,
    style: &TextStyle,
    box_mm: f32,
    max_lines: usize,
) -> bool {
    use unicode_segmentation::UnicodeSegmentation as _;
    if lines.len() <= max_lines || max_lines == 0 {
        return false;
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        let ellipsis = width_mm("…", style);
        while !last.is_empty() && width_mm(last, style) + ellipsis > box_mm {
            let cut = last
                .grapheme_indices(true)
                .next_back()
                .map_or(0, |(i, _)| i);
            last.truncate(cut);
        }
        let kept = last
            .trim_end_matches(|c: char| c.is_whitespace() || ",;:–".contains(c))
            .len();
        last.truncate(kept);
        last.push('…');
    }
    true
}

/// A finished text block plus the characters left out for want of a glyph.
#[derive(Debug, Clone)]
pub struct SetText {
    /// The block, positioned.
    pub block: TextBlock,
    /// Characters no bundled font has (left out).
    pub dropped: Vec<char>,
}

/// Sets already-broken lines at a position: the block's rect is `box_mm` wide (the
/// box the lines were broken for) and as tall as the lines. The lines are one
/// paragraph's: its direction comes from its first strong letter.
pub fn set_lines(
    lines: &[String],
    style: &TextStyle,
    x_mm: f32,
    y_mm: f32,
    box_mm: f32,
    align: Align,
) -> SetText {
    let mut dropped = Vec::new();
    let leading = style.leading_mm();
    let first_baseline = y_mm + style.baseline_offset_mm();
    let mut out_lines = Vec::with_capacity(lines.len());
    let paragraph_rtl = line::paragraph_rtl(&lines.concat(), style.rtl);
    let line_style = LineStyle {
        rtl: paragraph_rtl,
        ..line_style("", style)
    };
    for (index, text) in lines.iter().enumerate() {
        let shaped = line::shape_line(text, &line_style);
        dropped.extend(shaped.dropped);
        // Flush left means flush to where the paragraph starts reading. A kit written
        // right to left is laid out left to right and then mirrored, so there the
        // start is where it will be once mirrored.
        let align = match align {
            Align::Left if paragraph_rtl != style.rtl => Align::Right,
            other => other,
        };
        let start = match align {
            Align::Left => x_mm,
            Align::Right => x_mm + (box_mm - shaped.width_mm).max(0.0),
            Align::Center => x_mm + ((box_mm - shaped.width_mm) / 2.0).max(0.0),
        };
        let runs = shaped
            .runs
            .into_iter()
            .map(|run| TextRun {
                text: run.text,
                font: run.face,
                x_mm: start + run.x_mm,
                rtl: run.rtl,
                glyphs: run.glyphs,
                width_mm: run.width_mm,
            })
            .collect();
        out_lines.push(TextLine {
            runs,
            baseline_mm: first_baseline + index as f32 * leading,
            width_mm: shaped.width_mm,
        });
    }
    SetText {
        block: TextBlock {
            rect: RectMm::new(x_mm, y_mm, box_mm, leading * lines.len() as f32),
            size_pt: style.size_pt,
            tracking_milli_em: style.tracking_milli_em,
            color: style.color,
            lines: out_lines,
        },
        dropped,
    }
}
