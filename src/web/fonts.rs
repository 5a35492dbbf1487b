//! The kit's bundled fonts in the web page: each face the theme uses, subset to the
//! characters the page sets in it (allsorts, as the PDF does) and embedded as a
//! `data:` URI, so the page looks as designed and asks no server for fonts.
//!
//! Digits in the words-only heading faces come from the theme's number face, as in
//! the PDF: those faces are subset without digits and the number face follows them in
//! the family list. Characters no bundled face has fall through to the reader's own
//! system fonts (never downloaded).

use crate::kit::fallback::script_of;
use crate::kit::fonts::{
    fallback_chain, font_bytes, font_index, has_glyph, is_words_only, number_face,
};
use crate::kit::page::{FontFace, Weight};
use crate::kit::theme::ThemeTokens;
use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use base64::Engine as _;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The CSS family name of a bundled face: `pk-sans-bold`.
pub fn family(face: FontFace) -> String {
    let name = match face {
        FontFace::SansRegular => "sans-regular",
        FontFace::SansSemiBold | FontFace::SansBold => "sans-bold",
        FontFace::DisplaySemiBold => "display-semibold",
        FontFace::DisplayBold => "display-bold",
        FontFace::SpartanBold => "spartan-bold",
        FontFace::SerifRegular => "serif-regular",
        FontFace::SerifSemiBold => "serif-bold",
        FontFace::LatoRegular => "lato-regular",
        FontFace::LatoBold => "lato-bold",
        FontFace::FallbackSans | FontFace::System(_) => "fallback",
        FontFace::Emoji => "emoji",
        FontFace::Script(script, weight) => {
            let bold = if weight == Weight::Bold {
                "bold"
            } else {
                "regular"
            };
            return format!("pk-{script:?}-{bold}").to_lowercase();
        }
    };
    format!("pk-{name}")
}

/// One face per font file (Noto Sans SemiBold is the Bold file).
fn canonical(face: FontFace) -> FontFace {
    match face {
        FontFace::SansSemiBold => FontFace::SansBold,
        other => other,
    }
}

/// The faces text set in `face` is drawn from, in order: the face, the number face of
/// a words-only face, then its bundled fallbacks.
fn chain(face: FontFace) -> Vec<FontFace> {
    let mut faces = vec![face];
    if is_words_only(face) {
        faces.push(number_face(face));
    }
    faces.extend(fallback_chain(face));
    let mut seen = BTreeSet::new();
    // Emoji are left to the reader's own (colour) emoji fonts.
    faces
        .into_iter()
        .map(canonical)
        .filter(|f| *f != FontFace::Emoji && seen.insert(*f))
        .collect()
}

/// The CSS `font-family` value for text set in `face`: its bundled chain, then the
/// reader's system fonts.
pub fn stack(face: FontFace) -> String {
    let generic = match face {
        FontFace::SerifRegular | FontFace::SerifSemiBold => "Georgia, serif",
        _ => "system-ui, sans-serif",
    };
    let mut families: Vec<String> = chain(face).into_iter().map(family).collect();
    families.push(generic.to_owned());
    // Emoji: the reader's colour emoji fonts (every phone and desktop has one; the
    // kit's monochrome emoji font would add a megabyte, as its sequences and flags
    // need the whole font).
    families.push(EMOJI_STACK.to_owned());
    families.join(", ")
}

/// The colour emoji fonts of macOS/iOS, Windows and Android/Linux.
const EMOJI_STACK: &str = "\"Apple Color Emoji\", \"Segoe UI Emoji\", \"Noto Color Emoji\"";

/// The faces of a theme's text roles (display, heading, body, bold, numbers).
pub fn role_faces(theme: &ThemeTokens) -> [FontFace; 5] {
    let f = &theme.faces;
    [f.display, f.heading, f.body, f.body_bold, f.numbers]
}

/// For each face to embed, the characters it must hold: what text set in a role
/// face draws from it, given the page's characters.
pub fn needs(theme: &ThemeTokens, chars: &BTreeSet<char>) -> BTreeMap<FontFace, BTreeSet<char>> {
    let mut needs: BTreeMap<FontFace, BTreeSet<char>> = BTreeMap::new();
    for role in role_faces(theme) {
        let role = canonical(role);
        let faces = chain(role);
        for &ch in chars.iter().filter(|c| !c.is_control() && **c != ' ') {
            let digit_elsewhere = ch.is_ascii_digit() && is_words_only(role);
            let from = faces
                .iter()
                .copied()
                .filter(|&f| !(digit_elsewhere && f == role))
                // A script face (embedded whole) only for its own script's letters.
                .filter(|&f| match f {
                    FontFace::Script(script, _) => script_of(ch) == Some(script),
                    _ => true,
                })
                .find(|&f| has_glyph(f, ch));
            if let Some(face) = from {
                needs.entry(face).or_default().insert(ch);
            }
        }
    }
    needs
}

/// The `@font-face` rules of a theme's faces, subset to `chars`, and what could not
/// be embedded (in words).
pub fn font_faces(theme: &ThemeTokens, chars: &BTreeSet<char>) -> (String, Vec<String>) {
    let mut css = String::new();
    let mut problems = Vec::new();
    for (face, face_chars) in needs(theme, chars) {
        let name = family(face);
        match subset_face(face, &face_chars) {
            Ok((bytes, cff)) => {
                let (mime, format) = if cff {
                    ("font/otf", "opentype")
                } else {
                    ("font/ttf", "truetype")
                };
                let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
                let _ = writeln!(
                    css,
                    "@font-face{{font-family:{name};src:url(data:{mime};base64,{data}) format(\"{format}\");font-weight:100 900;font-style:normal;font-display:swap}}"
                );
            }
            Err(why) => problems.push(format!(
                "The font {} could not be embedded in the web page ({why}); the reader's own fonts stand in.",
                crate::kit::fonts::font_file_name(face)
            )),
        }
    }
    (css, problems)
}

/// The face subset to `chars` (plus `.notdef`), and whether its outlines are CFF. A
/// script face (Arabic, Indic, Thai…) is embedded whole: its joined and reordered
/// forms are reached through its layout tables, not its character map, and a subset
/// by character would lose them.
pub fn subset_face(face: FontFace, chars: &BTreeSet<char>) -> Result<(Vec<u8>, bool), String> {
    let bytes = font_bytes(face);
    if matches!(face, FontFace::Script(..)) {
        return Ok((bytes.to_vec(), false));
    }
    let index = font_index(face);
    let parsed = ttf_parser::Face::parse(bytes, index).map_err(|e| e.to_string())?;
    let mut glyphs: Vec<u16> = chars
        .iter()
        .filter_map(|&ch| parsed.glyph_index(ch))
        .map(|g| g.0)
        .collect();
    glyphs.push(0);
    glyphs.sort_unstable();
    glyphs.dedup();
    let cff = parsed.tables().cff.is_some();
    let data = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| e.to_string())?;
    let provider = data
        .table_provider(usize::try_from(index).unwrap_or(0))
        .map_err(|e| e.to_string())?;
    let out = subset(
        &provider,
        &glyphs,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .map_err(|e| e.to_string())?;
    Ok((out, cff))
}
