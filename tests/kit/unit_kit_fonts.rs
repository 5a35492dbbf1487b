//! The bundled faces (`kit::fonts`), the choice of face per character and script
//! (`kit::fallback`) and shaping (`kit::shape`: kerning, ligatures, joining, reordering,
//! emoji sequences).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::fallback::{fallback_chain, is_steering, script_of, split_runs, weight_of};
use pitchkit::kit::fonts::{ALL_FACES, font_bytes, glyph_id, has_glyph, measure, slot};
use pitchkit::kit::page::{FontFace, ScriptFace, Weight};
use pitchkit::kit::shape::{advance_units, shape};

// kit::fonts

#[test]
fn slots_are_positions_in_all_faces() {
    for (index, face) in ALL_FACES.iter().enumerate() {
        assert_eq!(slot(*face), index, "{face:?}");
    }
}

#[test]
fn every_face_parses() {
    for face in ALL_FACES {
        // As the face is loaded: parsed from its bytes, face 0 (`has_glyph` below needs it).
        assert!(
            ttf_parser::Face::parse(font_bytes(face), 0).is_ok(),
            "{face:?} did not parse"
        );
        let sample = match face {
            FontFace::Script(ScriptFace::Arabic, _) => 'م',
            FontFace::Script(ScriptFace::Hebrew, _) => 'ש',
            FontFace::Script(ScriptFace::Devanagari, _) => 'क',
            FontFace::Script(ScriptFace::Bengali, _) => 'ক',
            FontFace::Script(ScriptFace::Tamil, _) => 'த',
            FontFace::Script(ScriptFace::Thai, _) => 'ก',
            FontFace::Script(ScriptFace::Japanese, _) => 'あ',
            FontFace::Emoji => '🌿',
            _ => 'a',
        };
        assert!(has_glyph(face, sample), "{face:?} lacks {sample}");
    }
}

#[test]
fn wider_text_measures_wider() {
    let short = measure("Maya", FontFace::SansRegular, 10.0);
    let long = measure("Maya Okafor", FontFace::SansRegular, 10.0);
    assert!(short > 0.0 && long > short);
    let big = measure("Maya", FontFace::SansRegular, 20.0);
    assert!((big - 2.0 * short).abs() < 1e-3);
}

// kit::fallback

fn faces(text: &str, face: FontFace) -> Vec<(String, FontFace)> {
    let mut dropped = Vec::new();
    let runs = split_runs(text, face, &mut dropped);
    assert!(dropped.is_empty(), "{text}: dropped {dropped:?}");
    runs.into_iter().map(|r| (r.text, r.face)).collect()
}

#[test]
fn each_script_finds_its_face_in_the_text_weight() {
    let cases = [
        ("فاطمة الزهراء", ScriptFace::Arabic),
        ("נועה לוי", ScriptFace::Hebrew),
        ("अनन्या शर्मा", ScriptFace::Devanagari),
        ("অনন্যা", ScriptFace::Bengali),
        ("அனன்யா", ScriptFace::Tamil),
        ("ณัฐวุฒิ แสงทอง", ScriptFace::Thai),
    ];
    for (text, script) in cases {
        let runs = faces(text, FontFace::SansRegular);
        let letters: Vec<_> = runs.iter().filter(|(t, _)| t.trim() != "").collect();
        assert!(
            letters
                .iter()
                .all(|(_, f)| *f == FontFace::Script(script, Weight::Regular)),
            "{text}: {runs:?}"
        );
        let bold = faces(text, FontFace::DisplayBold);
        assert_eq!(
            bold,
            vec![(text.to_owned(), FontFace::Script(script, Weight::Bold))]
        );
        assert!(
            text.chars()
                .all(|c| c == ' ' || script_of(c) == Some(script))
        );
    }
}

/// A Japanese kit prints its own words on a computer without a Japanese font: each
/// character of `ja.json` (and of ICU's dates and large numbers, and the language's
/// name) is in the bundled faces, both weights (the cut of Noto Sans CJK JP must be
/// rebuilt when `ja.json` gains a kanji: `assets/fonts/tools/build_noto_sans_jp.py`).
#[test]
fn the_japanese_kits_words_need_no_system_font() {
    let table = include_str!("../../assets/lang/ja.json");
    let value: serde_json::Value = serde_json::from_str(table).unwrap();
    let mut text = String::from("2026年3月3日 9.5万 1.2億 火曜日 日本語");
    let mut stack = vec![&value];
    while let Some(item) = stack.pop() {
        match item {
            serde_json::Value::String(words) => text.push_str(words),
            serde_json::Value::Object(map) => stack.extend(map.values()),
            serde_json::Value::Array(list) => stack.extend(list),
            _ => {}
        }
    }
    assert!(text.chars().count() > 2000, "{text}");
    for face in [FontFace::SansRegular, FontFace::SansBold] {
        let japanese = FontFace::Script(ScriptFace::Japanese, weight_of(face));
        for ch in text.chars().filter(|c| !c.is_control() && !is_steering(*c)) {
            assert!(
                fallback_chain(face)
                    .into_iter()
                    .chain([japanese])
                    .any(|f| has_glyph(f, ch)),
                "{ch:?} ({:04X}) is in no bundled {face:?} face",
                u32::from(ch)
            );
        }
    }
    // Kana no other bundled face has come from the Japanese cut, or from a system
    // font when the computer has one (tried first, so a name in kanji is not set
    // in two fonts).
    let runs = faces("メディアキット", FontFace::SansBold);
    let japanese = FontFace::Script(ScriptFace::Japanese, Weight::Bold);
    assert!(
        matches!(runs[..], [(_, f)] if f == japanese || matches!(f, FontFace::System(_))),
        "{runs:?}"
    );
}

#[test]
fn emoji_sequences_stay_whole_in_the_emoji_face() {
    let runs = faces("👨🏾‍🍳 Chef Leo 🇲🇽", FontFace::SansRegular);
    // The space after an emoji is the text face's (the emoji font's is wide).
    assert_eq!(runs[0], ("👨🏾‍🍳".to_owned(), FontFace::Emoji));
    assert_eq!(runs[1], (" Chef Leo ".to_owned(), FontFace::SansRegular));
    assert_eq!(runs.last(), Some(&("🇲🇽".to_owned(), FontFace::Emoji)));
    let runs = faces("Lina 🌿✨", FontFace::SansRegular);
    assert_eq!(runs.last(), Some(&("🌿✨".to_owned(), FontFace::Emoji)));
}

#[test]
fn a_zero_width_space_is_not_drawn_and_nothing_is_dropped() {
    let runs = faces("Ana\u{200b}Clara", FontFace::SansRegular);
    assert_eq!(runs, vec![("AnaClara".to_owned(), FontFace::SansRegular)]);
}

#[test]
fn what_no_font_has_is_dropped_and_named() {
    let mut dropped = Vec::new();
    split_runs("a\u{10FFFD}b", FontFace::SansRegular, &mut dropped);
    assert_eq!(dropped, vec!['\u{10FFFD}']);
}

#[test]
fn digits_leave_words_only_faces() {
    let runs = faces("Top 5", FontFace::DisplayBold);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[1].1, FontFace::SansBold);
}

// kit::shape

#[test]
fn latin_is_kerned_and_ligated() {
    let face = FontFace::SerifRegular;
    let kerned = advance_units(&shape(face, "AV", false));
    let apart = advance_units(&shape(face, "A", false)) + advance_units(&shape(face, "V", false));
    assert!(kerned < apart, "{kerned} vs {apart}");
    // Noto Sans ligates fi: one glyph for two letters, its cluster at 0.
    let fi = shape(FontFace::SansRegular, "fi", false);
    assert_eq!(fi.len(), 1);
    assert_eq!(fi[0].cluster, 0);
}

#[test]
fn arabic_letters_join_and_run_right_to_left() {
    let face = FontFace::Script(ScriptFace::Arabic, Weight::Regular);
    let word = "فاطمة";
    let glyphs = shape(face, word, true);
    // Visual order: the first letter's glyph comes last.
    assert_eq!(glyphs.last().map(|g| g.cluster), Some(0));
    // Joined: the initial form of ف is not the isolated glyph of its code point.
    let isolated = glyph_id(face, 'ف').unwrap();
    assert_ne!(glyphs.last().map(|g| g.id), Some(isolated));
}

#[test]
fn devanagari_vowel_sign_i_moves_before_its_consonant() {
    let face = FontFace::Script(ScriptFace::Devanagari, Weight::Regular);
    // "नि": NA + vowel sign I, drawn as (a width variant of) I, then NA.
    let glyphs = shape(face, "नि", false);
    let na = glyph_id(face, 'न').unwrap();
    assert_eq!(glyphs.len(), 2);
    assert_ne!(glyphs[0].id, na);
    assert_eq!(glyphs[1].id, na);
}

#[test]
fn emoji_sequences_and_flags_are_one_glyph() {
    for sequence in ["👨🏾‍🍳", "🇲🇽", "👍🏽"] {
        let glyphs = shape(FontFace::Emoji, sequence, false);
        let drawn: Vec<_> = glyphs.iter().filter(|g| g.advance > 0).collect();
        assert_eq!(drawn.len(), 1, "{sequence}: {glyphs:?}");
        assert_ne!(drawn[0].id, 0, "{sequence}");
    }
}
