//! Setting text: typographic niceties (’ “ ” – − ×), greedy line breaking on spaces
//! with real font metrics (long words broken), character budgets and cutting at a
//! sentence end, and building positioned [`TextBlock`]s.

use super::fonts::{self, MM_PER_PT};
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
    /// Flush left (the rule for body text).
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

/// Width of one character in a style, in millimetres (0 when no face has it).
fn char_width_mm(style: &TextStyle, ch: char) -> f32 {
    let Some(face) = fonts::face_for(style.face, ch) else {
        return 0.0;
    };
    let units = f32::from(fonts::advance_units(face, ch).unwrap_or(0));
    let em = units / fonts::units_per_em(face) + style.tracking_milli_em as f32 / 1000.0;
    em * style.size_pt * MM_PER_PT
}

/// Width of `text` in a style, with fallback faces and tracking, in millimetres.
pub fn width_mm(text: &str, style: &TextStyle) -> f32 {
    text.chars().map(|ch| char_width_mm(style, ch)).sum()
}

/// Breaks `text` into lines no wider than `box_mm` (greedy, on spaces; a word wider
/// than the line is broken between characters). Newlines start new lines.
pub fn break_lines(text: &str, style: &TextStyle, box_mm: f32) -> Vec<String> {
    let prepared = if style.caps {
        text.to_uppercase()
    } else {
        text.to_owned()
    };
    let space = char_width_mm(style, ' ');
    let mut lines = Vec::new();
    for paragraph in prepared.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            // A hyphenated word may break after each hyphen (no space is added there).
            for (index, piece) in hyphen_pieces(word).into_iter().enumerate() {
                let glue = if index == 0 && !line.is_empty() {
                    space
                } else {
                    0.0
                };
                let piece_width = width_mm(piece, style);
                if line_width + glue + piece_width <= box_mm + 1e-3 {
                    if glue > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_width += glue + piece_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                if piece_width <= box_mm + 1e-3 {
                    line.push_str(piece);
                    line_width = piece_width;
                    continue;
                }
                for ch in piece.chars() {
                    let w = char_width_mm(style, ch);
                    if line_width + w > box_mm + 1e-3 && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(ch);
                    line_width += w;
                }
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A word split after each hyphen or slash (the mark stays with the piece before
/// it), so `well-known` and `tiktok.com/@handle` can break where a reader expects.
fn hyphen_pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (index, ch) in word.char_indices() {
        let end = index + ch.len_utf8();
        if matches!(ch, '-' | '‐' | '/')
            && index > start
            && end < word.len()
            && !word[end..].starts_with('/')
        {
            pieces.push(&word[start..end]);
            start = end;
        }
    }
    pieces.push(&word[start..]);
    pieces
}

/// Lines limited to `max_lines`: extra lines are dropped and the last kept line ends
/// with an ellipsis that fits. Returns whether anything was cut.
pub fn limit_lines(
    lines: &mut Vec<String>,
    style: &TextStyle,
    box_mm: f32,
    max_lines: usize,
) -> bool {
    if lines.len() <= max_lines || max_lines == 0 {
        return false;
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        let ellipsis = width_mm_of("…", style);
        while !last.is_empty() && width_mm(last, style) + ellipsis > box_mm {
            last.pop();
        }
        let kept = last
            .trim_end_matches(|c: char| c.is_whitespace() || ",;:–".contains(c))
            .len();
        last.truncate(kept);
        last.push('…');
    }
    true
}

fn width_mm_of(text: &str, style: &TextStyle) -> f32 {
    width_mm(text, style)
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
/// box the lines were broken for) and as tall as the lines.
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
    for (index, line) in lines.iter().enumerate() {
        let runs = fonts::split_runs(line, style.face, &mut dropped);
        let widths: Vec<f32> = runs.iter().map(|run| width_mm(&run.text, style)).collect();
        let line_width: f32 = widths.iter().sum();
        let start = match align {
            Align::Left => x_mm,
            Align::Right => x_mm + (box_mm - line_width).max(0.0),
            Align::Center => x_mm + ((box_mm - line_width) / 2.0).max(0.0),
        };
        let mut x = start;
        let mut text_runs = Vec::with_capacity(runs.len());
        for (run, w) in runs.into_iter().zip(widths) {
            text_runs.push(TextRun {
                text: run.text,
                font: run.face,
                x_mm: x,
            });
            x += w;
        }
        out_lines.push(TextLine {
            runs: text_runs,
            baseline_mm: first_baseline + index as f32 * leading,
            width_mm: line_width,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> TextStyle {
        TextStyle {
            face: FontFace::SansRegular,
            size_pt: 10.0,
            leading_pt: 14.0,
            tracking_milli_em: 0,
            color: Rgb([0, 0, 0]),
            caps: false,
        }
    }

    #[test]
    fn quotes_dashes_and_minus() {
        assert_eq!(smarten("\"Hi\" it's 3 - 4"), "“Hi” it’s 3 – 4");
        assert_eq!(
            smarten("-3.1% and 30-60 s, 2x faster, 1920x1080"),
            "−3.1% and 30–60 s, 2× faster, 1920×1080"
        );
        assert_eq!(smarten("'quoted'"), "‘quoted’");
    }

    #[test]
    fn budget_cuts_at_sentence_end() {
        let (cut, was_cut) = fit_budget("One two. Three four five six seven.", 20);
        assert!(was_cut);
        assert_eq!(cut, "One two.");
        let (cut, _) = fit_budget("Averyveryverylongword and more words here", 30);
        assert!(cut.ends_with('…') && cut.chars().count() <= 30);
    }

    #[test]
    fn hyphenated_words_break_after_the_hyphen() {
        let lines = break_lines("Konstantinopoulou-Worthington", &body(), 35.0);
        assert_eq!(lines, vec!["Konstantinopoulou-", "Worthington"]);
        let lines = break_lines("well-known fact", &body(), 200.0);
        assert_eq!(lines, vec!["well-known fact"]);
        let lines = break_lines("tiktok.com/@orbitandoat", &body(), 30.0);
        assert_eq!(lines, vec!["tiktok.com/", "@orbitandoat"]);
    }

    #[test]
    fn lines_fit_their_width() {
        let text = "Every week I take one big space question and answer it in under a minute, supercalifragilisticexpialidocious.";
        for width in [20.0, 40.0, 80.0] {
            let lines = break_lines(text, &body(), width);
            for line in &lines {
                assert!(width_mm(line, &body()) <= width + 1e-3, "{line}");
            }
        }
    }
}
