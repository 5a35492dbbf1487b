//! Text setting (`kit::text`: smart quotes, budgets, line breaking by width) and
//! shaped lines (`kit::line`: bidi order, copy-back text, tracking).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::fonts::MM_PER_PT;
use pitchkit::kit::line::{LineStyle, line_width_mm, paragraph_rtl, shape_line};
use pitchkit::kit::page::{FontFace, ScriptFace, Weight};
use pitchkit::kit::text::{TextStyle, break_lines, fit_budget, smarten, width_mm};
use pitchkit::model::Rgb;

// kit::text

fn body() -> TextStyle {
    TextStyle {
        face: FontFace::SansRegular,
        size_pt: 10.0,
        leading_pt: 14.0,
        tracking_milli_em: 0,
        color: Rgb([0, 0, 0]),
        caps: false,
        rtl: false,
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

// kit::line

fn style(rtl: bool) -> LineStyle {
    LineStyle {
        face: FontFace::SansRegular,
        size_pt: 10.0,
        tracking_milli_em: 0,
        rtl,
    }
}

#[test]
fn an_arabic_line_with_a_brand_name_and_a_number_reads_right_to_left() {
    let text = "أعمل مع Nike منذ 2021";
    let line = shape_line(text, &style(paragraph_rtl(text, false)));
    assert!(line.dropped.is_empty());
    let order: Vec<&str> = line.runs.iter().map(|r| r.text.trim()).collect();
    // Left to right on the page: the number, the last Arabic word, … the brand,
    // … the first Arabic word at the right end.
    assert_eq!(order.first(), Some(&"2021"), "{order:?}");
    assert_eq!(
        order.last().map(|t| t.starts_with("أعمل")),
        Some(true),
        "{order:?}"
    );
    let nike = line.runs.iter().find(|r| r.text == "Nike").unwrap();
    assert!(!nike.rtl);
    let arabic = line.runs.last().unwrap();
    assert!(arabic.rtl);
    assert_eq!(
        arabic.face,
        FontFace::Script(ScriptFace::Arabic, Weight::Regular)
    );
    // Runs are placed edge to edge from the left.
    let mut x = 0.0;
    for run in &line.runs {
        assert!((run.x_mm - x).abs() < 1e-4);
        x += run.width_mm;
    }
    assert!((line.width_mm - x).abs() < 1e-4);
}

#[test]
fn every_character_is_copied_back_once() {
    for text in [
        "office fit",
        "فاطمة الزهراء",
        "अनन्या शर्मा",
        "👨🏾‍🍳 Chef Leo 🇲🇽",
    ] {
        let line = shape_line(text, &style(false));
        let mut copied: Vec<String> = Vec::new();
        for run in &line.runs {
            let mut run_text: Vec<&str> = run.glyphs.iter().map(|g| g.text.as_str()).collect();
            if run.rtl {
                run_text.reverse();
            }
            copied.push(run_text.concat());
        }
        let mut got: Vec<char> = copied.concat().chars().collect();
        let mut want: Vec<char> = text.chars().filter(|c| *c != ' ').collect();
        got.retain(|c| *c != ' ');
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn tracking_widens_the_line() {
    let plain = line_width_mm("EYEBROW", &style(false));
    let tracked = line_width_mm(
        "EYEBROW",
        &LineStyle {
            tracking_milli_em: 100,
            ..style(false)
        },
    );
    let expected = 7.0 * 0.1 * 10.0 * MM_PER_PT;
    assert!((tracked - plain - expected).abs() < 1e-3);
}
