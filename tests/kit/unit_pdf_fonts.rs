//! The PDF's fonts (`pdf::fonts`: resource names, glyphs, twins, embedding), font
//! subsets (`pdf::subset`) and ActualText spans (`pdf::text`).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::fonts::{font_bytes, glyph_id};
use pitchkit::kit::page::{FontFace, Glyph, TextRun};
use pitchkit::pdf::fonts::{DocFonts, resource_name};
use pitchkit::pdf::subset::subset;
use pitchkit::pdf::text::{actual_text, needs_actual_text};
use printpdf::{Codepoint, DictItem, Op, PdfDocument, PdfFontHandle, TextItem};
use std::collections::{BTreeMap, BTreeSet};

// pdf::fonts

#[test]
fn resource_names_are_six_capitals_and_distinct() {
    let faces = pitchkit::kit::fonts::ALL_FACES;
    let names: BTreeSet<String> = faces
        .iter()
        .chain(&[FontFace::System(0), FontFace::System(25)])
        .map(|&f| resource_name(f))
        .collect();
    assert_eq!(resource_name(FontFace::System(1)), "PKSYSB");
    assert_eq!(names.len(), faces.len() + 2);
    assert!(
        names
            .iter()
            .all(|n| n.len() == 6 && n.bytes().all(|b| b.is_ascii_uppercase()))
    );
}

fn gid(face: FontFace, ch: char) -> u16 {
    pitchkit::kit::fonts::glyph_id(face, ch).unwrap()
}

/// The glyphs of `text` in `face`, one per character, as the renderer shows them.
fn glyphs(fonts: &mut DocFonts, face: FontFace, text: &str) -> Vec<Codepoint> {
    text.chars()
        .filter_map(|c| {
            let id = pitchkit::kit::fonts::glyph_id(face, c).unwrap_or(0);
            fonts.glyph(face, id, &c.to_string())
        })
        .collect()
}

#[test]
fn notdef_is_not_drawn_and_its_characters_are_reported() {
    let mut fonts = DocFonts::new();
    let shown = glyphs(&mut fonts, FontFace::SansRegular, "Hi 🚀");
    let text: String = shown.iter().filter_map(|g| g.cid.clone()).collect();
    assert_eq!(text, "Hi ");
    assert!(fonts.dropped().contains(&'🚀'));
}

#[test]
fn a_glyph_keeps_the_first_text_it_was_shown_with() {
    let mut fonts = DocFonts::new();
    let face = FontFace::SansRegular;
    let a = gid(face, 'a');
    assert!(fonts.glyph(face, a, "").is_some());
    assert_eq!(
        fonts.glyph(face, a, "a").and_then(|g| g.cid),
        Some("a".to_owned())
    );
    assert_eq!(
        fonts.glyph(face, a, "").and_then(|g| g.cid),
        Some("a".to_owned())
    );
    assert_eq!(
        fonts.glyph(face, a, "ä").and_then(|g| g.cid),
        Some("a".to_owned())
    );
}

#[test]
fn twin_faces_share_one_font_and_its_glyphs() {
    let mut fonts = DocFonts::new();
    let bold = fonts.id(FontFace::SansBold);
    assert_eq!(fonts.id(FontFace::SansSemiBold), bold);
    glyphs(&mut fonts, FontFace::SansBold, "a");
    glyphs(&mut fonts, FontFace::SansSemiBold, "b");
    assert_eq!(fonts.embedded.len(), 1);
    assert_eq!(fonts.embedded[&bold].glyphs.len(), 2);
}

#[test]
fn embedding_renumbers_the_glyphs_shown() {
    let mut doc = PdfDocument::new("t");
    let mut fonts = DocFonts::new();
    let id = fonts.id(FontFace::SansRegular);
    let glyphs = glyphs(&mut fonts, FontFace::SansRegular, "za");
    let mut pages = vec![vec![
        Op::SetFont {
            font: PdfFontHandle::External(id.clone()),
            size: printpdf::Pt(10.0),
        },
        Op::ShowText {
            items: vec![TextItem::GlyphIds(glyphs)],
        },
    ]];
    fonts.embed(&mut doc, &mut pages).unwrap();
    let Op::ShowText { items } = &pages[0][1] else {
        panic!("not text")
    };
    let TextItem::GlyphIds(shown) = &items[0] else {
        panic!("not glyphs")
    };
    // 'a' sorts before 'z' by glyph id, so it is glyph 1 of the subset.
    let ids: Vec<u16> = shown.iter().map(|g| g.gid).collect();
    assert_eq!(ids, vec![2, 1]);
    let font = &doc.resources.fonts.map[&id];
    assert!(
        font.parsed_font
            .font_name
            .as_deref()
            .is_some_and(|n| n.starts_with("PKNSRG+NotoSans"))
    );
}

// pdf::subset

#[test]
fn keeps_notdef_first_and_renumbers_in_order() {
    let face = FontFace::SansRegular;
    let a = glyph_id(face, 'a').unwrap();
    let z = glyph_id(face, 'z').unwrap();
    let glyphs = BTreeSet::from([a, z]);
    let cut = subset(font_bytes(face), 0, &glyphs).unwrap();
    assert_eq!(cut.new_ids, BTreeMap::from([(0, 0), (a, 1), (z, 2)]));
    assert!(
        cut.bytes.len() < font_bytes(face).len() / 10,
        "{}",
        cut.bytes.len()
    );
    let parsed = ttf_parser::Face::parse(&cut.bytes, 0).unwrap();
    assert!(parsed.number_of_glyphs() >= 3);
    // The outlines moved with their ids: same advance as in the full face.
    let full = ttf_parser::Face::parse(font_bytes(face), 0).unwrap();
    assert_eq!(
        parsed.glyph_hor_advance(ttf_parser::GlyphId(2)),
        full.glyph_hor_advance(ttf_parser::GlyphId(z))
    );
}

#[test]
fn cff_faces_subset_too() {
    let face = FontFace::DisplayBold;
    let glyphs: BTreeSet<u16> = "Kit".chars().filter_map(|c| glyph_id(face, c)).collect();
    let cut = subset(font_bytes(face), 0, &glyphs).unwrap();
    assert_eq!(cut.new_ids.len(), 4);
    assert!(cut.bytes.len() < font_bytes(face).len() / 4);
}

#[test]
fn refuses_what_is_not_a_font() {
    assert!(subset(b"not a font at all", 0, &BTreeSet::new()).is_err());
}

// pdf::text

fn run(rtl: bool, texts: &[&str]) -> TextRun {
    TextRun {
        text: texts.concat(),
        font: FontFace::SansRegular,
        x_mm: 0.0,
        rtl,
        glyphs: texts
            .iter()
            .map(|t| Glyph {
                id: 1,
                x_mm: 0.0,
                rise_mm: 0.0,
                text: (*t).to_owned(),
            })
            .collect(),
        width_mm: 1.0,
    }
}

#[test]
fn only_runs_that_do_not_copy_back_glyph_by_glyph_get_a_span() {
    assert!(!needs_actual_text(&run(false, &["a", "b"])));
    // Right-to-left runs are read from the right by extractors, which reverse
    // them back: a span (read as written) would come out backwards.
    assert!(!needs_actual_text(&run(true, &["ש", "ל"])));
    assert!(!needs_actual_text(&run(true, &["ال", "م"])));
    assert!(needs_actual_text(&run(false, &["fi", "t"])));
    assert!(needs_actual_text(&run(false, &["क्ष", ""])));
}

#[test]
fn actual_text_is_utf16_with_a_byte_order_mark() {
    let Op::BeginMarkedContentWithProperties { tag, properties } = actual_text("אב") else {
        panic!("not a span")
    };
    assert_eq!(tag, "Span");
    let DictItem::Dict { map } = properties else {
        panic!("not a dict")
    };
    let Some(DictItem::String { data, .. }) = map.get("ActualText") else {
        panic!("no text")
    };
    assert_eq!(data, &vec![0xFE, 0xFF, 0x05, 0xD0, 0x05, 0xD1]);
}
