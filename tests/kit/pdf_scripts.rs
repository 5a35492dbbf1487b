//! Names and bios in every script a creator writes, read back out of the exported
//! PDF: drawn (no character left out), in embedded fonts, and copied back as the words
//! they are (right-to-left text in the order extractors read it: from the right).

#![allow(clippy::unwrap_used)]

use crate::pdf_support::*;
use lopdf::Document;
use pitchkit::model::{KitLength, PageSize, Theme};
use pitchkit::pdf::{ExportOptions, MediaSource, render_kit};
use pitchkit::sample::demo_project;

/// (name, bio, reads right to left)
const CREATORS: [(&str, &str, bool); 7] = [
    (
        "فاطمة الزهراء",
        "مصورة طعام من دبي، أعمل مع Nike منذ 2021.",
        true,
    ),
    ("נועה לוי", "צלמת אוכל מתל אביב.", true),
    ("अनन्या शर्मा", "मुंबई से फ़ूड फ़ोटोग्राफ़र।", false),
    ("অনন্যা রায়", "কলকাতার খাবারের ছবি।", false),
    ("அனன்யா", "சென்னை உணவு புகைப்படங்கள்.", false),
    ("ณัฐวุฒิ แสงทอง", "ช่างภาพอาหารจากกรุงเทพฯ", false),
    (
        "👨🏾‍🍳 Chef Leo 🇲🇽",
        "Lina 🌿✨ cooks with family 👩‍👩‍👧‍👦 on Sundays.",
        false,
    ),
];

fn export(name: &str, bio: &str, theme: Theme) -> (Vec<u8>, Vec<String>) {
    let mut project = demo_project().unwrap();
    project.creator.display_name = name.to_owned();
    project.creator.bio = bio.to_owned();
    let options = ExportOptions {
        theme,
        page_size: PageSize::A4,
        max_size_bytes: 5 * 1024 * 1024,
        length: KitLength::OnePage,
        created: fixed_date(),
    };
    let rendered = render_kit(&project, &MediaSource::demo(), &options).unwrap();
    (rendered.bytes, rendered.warnings)
}

/// What a reader's copy gives for `text`: itself, or for right-to-left text the
/// characters from the right (extractors then reverse it back).
fn as_copied(text: &str, rtl: bool) -> String {
    if rtl {
        text.chars().rev().collect()
    } else {
        text.to_owned()
    }
}

#[test]
fn every_script_is_drawn_in_embedded_fonts_and_copies_back() {
    for theme in Theme::ALL {
        for (name, bio, rtl) in CREATORS {
            let (bytes, warnings) = export(name, bio, theme);
            assert!(
                !warnings
                    .iter()
                    .any(|w| w.contains("Left out") || w.contains("left out")),
                "{name}: {warnings:?}"
            );
            let doc = Document::load_mem(&bytes).unwrap();
            assert_all_fonts_embedded(&doc, 2);
            let copied = copied_text(&doc);
            for word in name.split(' ') {
                assert!(
                    copied.contains(&as_copied(word, rtl)),
                    "{theme:?}: {word} not in {copied}"
                );
            }
        }
    }
}

#[test]
fn a_bio_in_a_shaped_script_copies_back_word_by_word() {
    // The one-page kit has no bio; the full kit's About has it.
    let mut project = demo_project().unwrap();
    let (_, bio, _) = CREATORS[2];
    project.creator.bio = bio.to_owned();
    let options = ExportOptions {
        theme: Theme::CleanLight,
        page_size: PageSize::A4,
        max_size_bytes: 5 * 1024 * 1024,
        length: KitLength::Full,
        created: fixed_date(),
    };
    let rendered = render_kit(&project, &MediaSource::demo(), &options).unwrap();
    let copied = copied_text(&Document::load_mem(&rendered.bytes).unwrap());
    for word in bio.split(' ') {
        assert!(copied.contains(word), "{word} not in {copied}");
    }
}

#[test]
fn arabic_and_hebrew_are_drawn_from_the_right() {
    let (bytes, _) = export(CREATORS[1].0, CREATORS[1].1, Theme::CleanLight);
    let copied = copied_text(&Document::load_mem(&bytes).unwrap());
    // Glyphs are drawn left to right on the page: "לוי" (the last word) comes first.
    let last = copied.find(&as_copied("לוי", true)).unwrap();
    let first = copied.find(&as_copied("נועה", true)).unwrap();
    assert!(last < first, "{copied}");
}
