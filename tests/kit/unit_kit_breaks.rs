//! The line breaker (`kit::breaks`): break opportunities (spaces, hyphens, slashes, CJK,
//! Thai), clusters kept whole, mandatory breaks.
#![allow(clippy::unwrap_used)]

use pitchkit::kit::breaks::{fill_paragraph, pieces};

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
