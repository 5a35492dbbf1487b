//! The bundled font faces: their bytes, glyph coverage, advance widths, ascent and
//! descent, text measuring, and splitting text into runs by glyph coverage with
//! fallback: bundled faces first, then fonts of the system for other scripts (a glyph
//! no font has is left out and reported, never drawn as a box).

use super::page::FontFace;
use super::system_fonts;
use std::sync::OnceLock;

/// Millimetres per typographic point (1 pt = 1/72 in).
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// Every bundled face, in a fixed order (the index of a face in this list is its slot).
pub const ALL_FACES: [FontFace; 11] = [
    FontFace::SansRegular,
    FontFace::SansSemiBold,
    FontFace::SansBold,
    FontFace::DisplaySemiBold,
    FontFace::DisplayBold,
    FontFace::SpartanBold,
    FontFace::SerifRegular,
    FontFace::SerifSemiBold,
    FontFace::LatoRegular,
    FontFace::LatoBold,
    FontFace::FallbackSans,
];

static NOTO_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
static NOTO_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/InterDisplay-SemiBold.otf");
static INTER_BOLD: &[u8] = include_bytes!("../../assets/fonts/InterDisplay-Bold.otf");
static SPARTAN_BOLD: &[u8] = include_bytes!("../../assets/fonts/LeagueSpartan-Bold.otf");
static GARAMOND_REGULAR: &[u8] = include_bytes!("../../assets/fonts/EBGaramond12-Regular.otf");
static GARAMOND_BOLD: &[u8] = include_bytes!("../../assets/fonts/EBGaramond12-Bold.otf");
static LATO_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Lato-Regular.ttf");
static LATO_BOLD: &[u8] = include_bytes!("../../assets/fonts/Lato-Bold.ttf");
static DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The bytes of the font file behind a face (TrueType or CFF OpenType), for embedding.
///
/// Debian ships no SemiBold of Noto Sans or EB Garamond, so `SansSemiBold` is Noto Sans
/// Bold and `SerifSemiBold` is EB Garamond Bold. A system face whose file cannot be
/// read gives no bytes.
pub fn font_bytes(face: FontFace) -> &'static [u8] {
    match face {
        FontFace::System(slot) => system_fonts::font(slot).map_or(&[], |font| font.bytes),
        FontFace::SansRegular => NOTO_REGULAR,
        FontFace::SansSemiBold | FontFace::SansBold => NOTO_BOLD,
        FontFace::DisplaySemiBold => INTER_SEMIBOLD,
        FontFace::DisplayBold => INTER_BOLD,
        FontFace::SpartanBold => SPARTAN_BOLD,
        FontFace::SerifRegular => GARAMOND_REGULAR,
        FontFace::SerifSemiBold => GARAMOND_BOLD,
        FontFace::LatoRegular => LATO_REGULAR,
        FontFace::LatoBold => LATO_BOLD,
        FontFace::FallbackSans => DEJAVU,
    }
}

/// The face index of a face inside its font file (non-zero only for system font
/// collections).
pub fn font_index(face: FontFace) -> u32 {
    match face {
        FontFace::System(slot) => system_fonts::font(slot).map_or(0, |font| font.index),
        _ => 0,
    }
}

/// The file name of a face inside `assets/fonts/` (for licences and reports); system
/// faces are named by [`system_fonts::file_name`].
pub fn font_file_name(face: FontFace) -> &'static str {
    match face {
        FontFace::System(_) => "system font",
        FontFace::SansRegular => "NotoSans-Regular.ttf",
        FontFace::SansSemiBold | FontFace::SansBold => "NotoSans-Bold.ttf",
        FontFace::DisplaySemiBold => "InterDisplay-SemiBold.otf",
        FontFace::DisplayBold => "InterDisplay-Bold.otf",
        FontFace::SpartanBold => "LeagueSpartan-Bold.otf",
        FontFace::SerifRegular => "EBGaramond12-Regular.otf",
        FontFace::SerifSemiBold => "EBGaramond12-Bold.otf",
        FontFace::LatoRegular => "Lato-Regular.ttf",
        FontFace::LatoBold => "Lato-Bold.ttf",
        FontFace::FallbackSans => "DejaVuSans.ttf",
    }
}

/// A parsed face with the figures layout needs.
struct FaceData {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    ascent_units: f32,
    descent_units: f32,
    /// Advances of the printable ASCII characters (fast path); `None` where missing.
    ascii_advances: [Option<u16>; 128],
}

impl FaceData {
    fn new(parsed: ttf_parser::Face<'static>) -> Self {
        let mut ascii_advances = [None; 128];
        for (code, advance) in ascii_advances.iter_mut().enumerate().skip(32) {
            let ch = char::from(u8::try_from(code).unwrap_or(b' '));
            *advance = parsed
                .glyph_index(ch)
                .and_then(|glyph| parsed.glyph_hor_advance(glyph));
        }
        Self {
            units_per_em: f32::from(parsed.units_per_em().max(1)),
            ascent_units: f32::from(parsed.ascender()),
            descent_units: f32::from(parsed.descender()),
            face: parsed,
            ascii_advances,
        }
    }
}

fn slot(face: FontFace) -> usize {
    ALL_FACES.iter().position(|&f| f == face).unwrap_or(0)
}

fn faces() -> &'static [Option<FaceData>] {
    static FACES: OnceLock<Vec<Option<FaceData>>> = OnceLock::new();
    FACES.get_or_init(|| {
        ALL_FACES
            .iter()
            .map(|&face| {
                ttf_parser::Face::parse(font_bytes(face), 0)
                    .map_err(|e| log::error!("the bundled font {face:?} does not parse ({e})"))
                    .ok()
                    .map(FaceData::new)
            })
            .collect()
    })
}

/// Metrics of the system faces, built the first time a slot is used.
fn system_face(slot: u8) -> Option<&'static FaceData> {
    static SYSTEM: [OnceLock<Option<FaceData>>; system_fonts::MAX_SYSTEM_FONTS] =
        [const { OnceLock::new() }; system_fonts::MAX_SYSTEM_FONTS];
    SYSTEM
        .get(usize::from(slot))?
        .get_or_init(|| system_fonts::font(slot).map(|font| FaceData::new(font.face.clone())))
        .as_ref()
}

fn data(face: FontFace) -> Option<&'static FaceData> {
    match face {
        FontFace::System(slot) => system_face(slot),
        _ => faces().get(slot(face)).and_then(Option::as_ref),
    }
}

/// True when the face has a glyph for `ch` (whitespace counts as covered everywhere).
pub fn has_glyph(face: FontFace, ch: char) -> bool {
    advance_units(face, ch).is_some()
}

/// The advance width of `ch` in font units, if the face has the glyph.
pub fn advance_units(face: FontFace, ch: char) -> Option<u16> {
    let data = data(face)?;
    let code = ch as usize;
    if code < 128 {
        return data.ascii_advances.get(code).copied().flatten();
    }
    let glyph = data.face.glyph_index(ch)?;
    if glyph.0 == 0 {
        return None;
    }
    data.face.glyph_hor_advance(glyph)
}

/// The glyph id of `ch` in `face`, if the face has a real glyph for it (not `.notdef`).
pub fn glyph_id(face: FontFace, ch: char) -> Option<u16> {
    let glyph = data(face)?.face.glyph_index(ch)?;
    (glyph.0 != 0).then_some(glyph.0)
}

/// The face's PostScript name from its `name` table, as the PDF names the embedded font.
pub fn postscript_name(face: FontFace) -> Option<String> {
    data(face)?
        .face
        .names()
        .into_iter()
        .filter(|name| name.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|name| name.to_string())
        .map(|name| {
            name.chars()
                .filter(|c| c.is_ascii_graphic() && !"[](){}<>/%#".contains(*c))
                .collect()
        })
}

/// Units per em of a face (1000 for CFF faces, 2048 or 1000 for TrueType).
pub fn units_per_em(face: FontFace) -> f32 {
    data(face).map_or(1000.0, |d| d.units_per_em)
}

/// Ascent above the baseline as a fraction of the em (hhea ascender).
pub fn ascent_em(face: FontFace) -> f32 {
    data(face).map_or(0.8, |d| d.ascent_units / d.units_per_em)
}

/// Descent below the baseline as a positive fraction of the em (hhea descender).
pub fn descent_em(face: FontFace) -> f32 {
    data(face).map_or(0.2, |d| -d.descent_units / d.units_per_em)
}

/// Width of `text` set in `face` at `size_pt`, in millimetres; characters the face
/// lacks count as nothing (split text with [`split_runs`] first). Tracking (thousandths
/// of an em) is added after every character, as PDF character spacing is.
pub fn measure_tracked(text: &str, face: FontFace, size_pt: f32, tracking_milli_em: i32) -> f32 {
    let Some(data) = data(face) else {
        return 0.0;
    };
    let mut units = 0.0_f32;
    let mut chars = 0_u32;
    for ch in text.chars() {
        chars += 1;
        units += f32::from(advance_units(face, ch).unwrap_or(0));
    }
    let tracking_pt = chars as f32 * tracking_milli_em as f32 / 1000.0 * size_pt;
    (units / data.units_per_em * size_pt + tracking_pt) * MM_PER_PT
}

/// Width of `text` set in `face` at `size_pt`, in millimetres (no tracking).
pub fn measure(text: &str, face: FontFace, size_pt: f32) -> f32 {
    measure_tracked(text, face, size_pt, 0)
}

/// True for the heading faces that must not set numbers (proportional or old-style
/// figures): digits in them are set in the theme's number face instead.
pub fn is_words_only(face: FontFace) -> bool {
    matches!(
        face,
        FontFace::DisplaySemiBold
            | FontFace::DisplayBold
            | FontFace::SpartanBold
            | FontFace::SerifRegular
            | FontFace::SerifSemiBold
    )
}

/// The faces tried for a character, in order, when text is set in `face`.
pub fn fallback_chain(face: FontFace) -> [FontFace; 3] {
    match face {
        FontFace::SansRegular | FontFace::SerifRegular => {
            [face, FontFace::SansRegular, FontFace::FallbackSans]
        }
        FontFace::LatoRegular => [face, FontFace::SansRegular, FontFace::FallbackSans],
        FontFace::LatoBold => [face, FontFace::SansBold, FontFace::FallbackSans],
        FontFace::FallbackSans => [face, face, face],
        _ => [face, FontFace::SansBold, FontFace::FallbackSans],
    }
}

/// The face numbers are set in when the text's face is words-only.
pub fn number_face(face: FontFace) -> FontFace {
    match face {
        FontFace::SerifRegular => FontFace::LatoRegular,
        FontFace::SerifSemiBold => FontFace::LatoBold,
        FontFace::DisplaySemiBold | FontFace::DisplayBold | FontFace::SpartanBold => {
            FontFace::SansBold
        }
        other => other,
    }
}

/// The face that sets `ch` when text is set in `face`: the face's bundled fallback
/// chain, then the system's fonts; `None` when no font has the glyph.
pub fn face_for(face: FontFace, ch: char) -> Option<FontFace> {
    if ch == ' ' || ch == '\u{a0}' {
        return Some(face);
    }
    if ch.is_ascii_digit() && is_words_only(face) {
        return Some(number_face(face));
    }
    fallback_chain(face)
        .into_iter()
        .find(|&f| has_glyph(f, ch))
        .or_else(|| system_fonts::slot_for(ch).map(FontFace::System))
}

/// A piece of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The characters.
    pub text: String,
    /// The face that has them all.
    pub face: FontFace,
}

/// Splits `text` into runs by glyph coverage, following each face's fallback chain.
/// Characters no bundled face has are left out and pushed onto `dropped`.
pub fn split_runs(text: &str, face: FontFace, dropped: &mut Vec<char>) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for ch in text.chars() {
        if ch.is_control() || is_invisible(ch) {
            continue;
        }
        let Some(chosen) = face_for(face, ch) else {
            dropped.push(ch);
            continue;
        };
        match runs.last_mut() {
            Some(last) if last.face == chosen => last.text.push(ch),
            _ => runs.push(Run {
                text: ch.to_string(),
                face: chosen,
            }),
        }
    }
    runs
}

/// Zero-width joiners, variation selectors and similar marks that only shape emoji.
fn is_invisible(ch: char) -> bool {
    matches!(ch, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' | '\u{2060}' | '\u{feff}')
        || ('\u{1f3fb}'..='\u{1f3ff}').contains(&ch)
        || ('\u{e0020}'..='\u{e007f}').contains(&ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses() {
        for face in ALL_FACES {
            assert!(data(face).is_some(), "{face:?} did not parse");
            assert!(has_glyph(face, 'a'), "{face:?} lacks 'a'");
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

    #[test]
    fn emoji_is_dropped_or_set_in_monochrome_and_greek_kept() {
        let mut dropped = Vec::new();
        let runs = split_runs("Γειά 🚀 Привет 😀", FontFace::SansRegular, &mut dropped);
        assert_eq!(dropped, vec!['🚀']);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "Γειά  Привет 😀");
        // DejaVu Sans draws the basic emoticons in monochrome.
        assert_eq!(runs.last().map(|r| r.face), Some(FontFace::FallbackSans));
    }

    #[test]
    fn digits_leave_words_only_faces() {
        let mut dropped = Vec::new();
        let runs = split_runs("Top 5", FontFace::DisplayBold, &mut dropped);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1].face, FontFace::SansBold);
    }
}
