//! Where lines may break, and filling lines greedily: Unicode's line-breaking rules
//! (UAX #14, `unicode-linebreak`), plus Thai syllables that begin with a leading
//! vowel (Thai has no spaces between words and the rules leave it to a dictionary;
//! this is the dictionary-free part), and grapheme clusters as the last resort for a
//! piece wider than the line.

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation as _;

/// The pieces of `paragraph` between break opportunities, in order: each piece ends
/// where a line may end (its trailing spaces included), and is marked when the line
/// must end there.
pub fn pieces(paragraph: &str) -> Vec<(&str, bool)> {
    let mut cuts: Vec<(usize, bool)> = linebreaks(paragraph)
        .map(|(at, kind)| (at, kind == BreakOpportunity::Mandatory))
        .collect();
    cuts.extend(thai_breaks(paragraph).into_iter().map(|at| (at, false)));
    cuts.sort_unstable();
    cuts.dedup_by_key(|(at, _)| *at);
    let mut out = Vec::with_capacity(cuts.len());
    let mut start = 0;
    for (at, mandatory) in cuts {
        if at <= start || at > paragraph.len() {
            continue;
        }
        if let Some(piece) = paragraph.get(start..at) {
            out.push((piece, mandatory && at < paragraph.len()));
            start = at;
        }
    }
    out
}

/// Break opportunities inside Thai words: before a leading vowel (เ แ โ ใ ไ), which
/// always begins a syllable, and after the repetition mark ๆ and the abbreviation
/// sign ฯ, when Thai letters stand on both sides.
fn thai_breaks(text: &str) -> Vec<usize> {
    let is_thai = |c: char| ('\u{0e01}'..='\u{0e5b}').contains(&c);
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (at, ch) in text.char_indices() {
        if let Some(before) = prev
            && is_thai(before)
            && is_thai(ch)
            && (('\u{0e40}'..='\u{0e44}').contains(&ch) || matches!(before, 'ๆ' | 'ฯ'))
            && !('\u{0e40}'..='\u{0e44}').contains(&before)
        {
            out.push(at);
        }
        prev = Some(ch);
    }
    out
}

/// Fills lines no wider than `box_mm` from `paragraph`, greedily, measuring with
/// `width`, and appends them to `lines` (trailing spaces trimmed; an empty paragraph
/// gives one empty line). Pieces are measured one by one; a finished line is measured
/// whole once more (shaping across pieces may differ slightly), and gives up its last
/// pieces to the next line if it does not fit.
pub fn fill_paragraph(
    paragraph: &str,
    box_mm: f32,
    width: &dyn Fn(&str) -> f32,
    lines: &mut Vec<String>,
) {
    let limit = box_mm + 1e-3;
    let before = lines.len();
    let mut queue: std::collections::VecDeque<(String, bool)> = pieces(paragraph)
        .into_iter()
        .map(|(piece, mandatory)| (piece.to_owned(), mandatory))
        .collect();
    let mut line: Vec<(String, bool)> = Vec::new();
    let mut line_width = 0.0_f32;
    while let Some((piece, mandatory)) = queue.pop_front() {
        let trimmed = width(piece.trim_end());
        if line.is_empty() || line_width + trimmed <= limit {
            if line.is_empty() && trimmed > limit {
                // Wider than a line on its own: cut it between clusters (a single
                // cluster wider than the line has to stand alone, overflowing).
                let mut parts = split_clusters(&piece, limit, width);
                if parts.len() > 1 {
                    let last = parts.pop().unwrap_or_default();
                    for part in parts {
                        lines.push(part.trim_end().to_owned());
                    }
                    queue.push_front((last, mandatory));
                    continue;
                }
            }
            line_width += width(&piece);
            line.push((piece, mandatory));
        } else {
            queue.push_front((piece, mandatory));
            finish_line(&mut line, &mut queue, limit, line_width, width, lines);
            line_width = 0.0;
            continue;
        }
        if mandatory {
            finish_line(&mut line, &mut queue, limit, line_width, width, lines);
            line_width = 0.0;
        }
    }
    finish_line(&mut line, &mut queue, limit, line_width, width, lines);
    if lines.len() == before {
        lines.push(String::new());
    }
}

/// How close to the limit the pieces' summed width must come before the line is
/// measured whole (shaping across pieces changes a line's width by far less).
const RECHECK_MM: f32 = 0.3;

/// Pushes the pieces of `line` as one line; pieces that make it overflow when
/// measured whole go back to the front of `queue` (all but the first).
fn finish_line(
    line: &mut Vec<(String, bool)>,
    queue: &mut std::collections::VecDeque<(String, bool)>,
    limit: f32,
    summed_mm: f32,
    width: &dyn Fn(&str) -> f32,
    lines: &mut Vec<String>,
) {
    if line.is_empty() {
        return;
    }
    let text = |line: &[(String, bool)]| -> String {
        line.iter().map(|(piece, _)| piece.as_str()).collect()
    };
    let near_limit = summed_mm > limit - RECHECK_MM;
    while near_limit && line.len() > 1 && width(text(line).trim_end()) > limit {
        if let Some(last) = line.pop() {
            queue.push_front(last);
        }
    }
    lines.push(text(line).trim_end().to_owned());
    line.clear();
}

/// `piece` cut between grapheme clusters into parts no wider than `limit` (a single
/// cluster wider than the line stays whole).
fn split_clusters(piece: &str, limit: f32, width: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut parts = vec![String::new()];
    for cluster in piece.graphemes(true) {
        let current = parts.last_mut();
        let Some(current) = current else { break };
        let mut longer = current.clone();
        longer.push_str(cluster);
        if width(longer.trim_end()) <= limit || current.trim_end().is_empty() {
            *current = longer;
        } else if !cluster.trim().is_empty() {
            parts.push(cluster.to_owned());
        } else {
            current.push_str(cluster);
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character as wide as one unit (spaces too).
    fn count(text: &str) -> f32 {
        text.chars().count() as f32
    }

    fn fill(text: &str, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        fill_paragraph(text, width, &count, &mut lines);
        lines
    }

    #[test]
    fn spaces_hyphens_and_slashes_are_break_opportunities() {
        assert_eq!(fill("one two three", 8.0), vec!["one two", "three"]);
        assert_eq!(fill("well-known", 6.0), vec!["well-", "known"]);
        assert_eq!(
            fill("tiktok.com/@handle", 12.0),
            vec!["tiktok.com/", "@handle"]
        );
    }

    #[test]
    fn cjk_breaks_between_characters_but_never_before_closing_marks() {
        let lines = fill("東京で「写真」を撮る。毎日です。", 5.0);
        for line in &lines {
            assert!(count(line) <= 5.0, "{lines:?}");
            let first = line.chars().next().unwrap();
            assert!(!"。、」".contains(first), "{lines:?}");
        }
        assert_eq!(lines.concat(), "東京で「写真」を撮る。毎日です。");
    }

    #[test]
    fn a_zero_width_space_lets_a_long_name_break_there_only() {
        let lines = fill("Anastasia\u{200b}Konstantinou", 12.0);
        assert_eq!(lines, vec!["Anastasia\u{200b}", "Konstantinou"]);
        // Without it, the name breaks only where it must (by cluster).
        let lines = fill("AnastasiaKonstantinou", 12.0);
        assert_eq!(lines, vec!["AnastasiaKon", "stantinou"]);
    }

    #[test]
    fn thai_breaks_before_leading_vowels_and_never_inside_a_cluster() {
        // Written without spaces: before แ of แสง and before เ of เป็น.
        let text = "ณัฐวุฒิแสงทองเป็นช่างภาพ";
        let opportunities: Vec<&str> = pieces(text).into_iter().map(|(p, _)| p).collect();
        assert!(opportunities.len() >= 3, "{opportunities:?}");
        assert!(opportunities.iter().skip(1).any(|p| p.starts_with('แ')));
        for width in 2..8 {
            let lines = fill(text, width as f32);
            assert_eq!(lines.concat(), text);
            for line in &lines {
                // No line starts with a combining mark (a cluster split apart).
                let first = line.chars().next().unwrap();
                assert!(
                    !matches!(u32::from(first), 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E),
                    "{lines:?}"
                );
            }
        }
    }

    #[test]
    fn a_cluster_wider_than_the_line_stands_alone() {
        // Every character 3 wide in a 2-wide line: each on a line of its own, no hang.
        let mut lines = Vec::new();
        let wide = |text: &str| 3.0 * text.chars().count() as f32;
        fill_paragraph("ab cd", 2.0, &wide, &mut lines);
        assert_eq!(lines, vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn mandatory_breaks_and_empty_paragraphs() {
        assert_eq!(fill("", 10.0), vec![""]);
        assert_eq!(fill("a\u{2028}b", 10.0), vec!["a", "b"]);
    }
}
