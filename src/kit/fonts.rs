//! The bundled font faces (Latin, Greek and Cyrillic text faces, the script faces for
//! Arabic, Hebrew, Devanagari, Bengali, Tamil and Thai, the Japanese kit's own words,
//! Noto Emoji) and the system's: their bytes, glyph coverage, ascent and descent, and
//! shaped measuring. Which face sets each cluster lives in [`super::fallback`].

use super::page::{FontFace, ScriptFace, Weight};
use super::system_fonts;
use std::sync::OnceLock;

/// Millimetres per typographic point (1 pt = 1/72 in).
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// Every bundled face, in a fixed order (the index of a face in this list is its slot).
pub const ALL_FACES: [FontFace; 26] = [
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
    FontFace::Script(ScriptFace::Arabic, Weight::Regular),
    FontFace::Script(ScriptFace::Arabic, Weight::Bold),
    FontFace::Script(ScriptFace::Hebrew, Weight::Regular),
    FontFace::Script(ScriptFace::Hebrew, Weight::Bold),
    FontFace::Script(ScriptFace::Devanagari, Weight::Regular),
    FontFace::Script(ScriptFace::Devanagari, Weight::Bold),
    FontFace::Script(ScriptFace::Bengali, Weight::Regular),
    FontFace::Script(ScriptFace::Bengali, Weight::Bold),
    FontFace::Script(ScriptFace::Tamil, Weight::Regular),
    FontFace::Script(ScriptFace::Tamil, Weight::Bold),
    FontFace::Script(ScriptFace::Thai, Weight::Regular),
    FontFace::Script(ScriptFace::Thai, Weight::Bold),
    FontFace::Script(ScriptFace::Japanese, Weight::Regular),
    FontFace::Script(ScriptFace::Japanese, Weight::Bold),
    FontFace::Emoji,
];

/// The script faces, in the order fallback tries them.
///
/// Not the Japanese face: it is a cut of the kit's own words, tried only after the
/// system's fonts (see [`super::fallback::face_for_cluster`]), so a name in kanji is
/// set in one system font rather than two fonts mixed.
pub const SCRIPT_FACES: [ScriptFace; 6] = [
    ScriptFace::Arabic,
    ScriptFace::Hebrew,
    ScriptFace::Devanagari,
    ScriptFace::Bengali,
    ScriptFace::Tamil,
    ScriptFace::Thai,
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
static EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// The bytes and file name of a script face.
fn script_font(script: ScriptFace, weight: Weight) -> (&'static [u8], &'static str) {
    macro_rules! font {
        ($file:literal) => {
            (include_bytes!(concat!("../../assets/fonts/", $file)), $file)
        };
    }
    match (script, weight) {
        (ScriptFace::Arabic, Weight::Regular) => font!("NotoSansArabic-Regular.ttf"),
        (ScriptFace::Arabic, Weight::Bold) => font!("NotoSansArabic-Bold.ttf"),
        (ScriptFace::Hebrew, Weight::Regular) => font!("NotoSansHebrew-Regular.ttf"),
        (ScriptFace::Hebrew, Weight::Bold) => font!("NotoSansHebrew-Bold.ttf"),
        (ScriptFace::Devanagari, Weight::Regular) => font!("NotoSansDevanagari-Regular.ttf"),
        (ScriptFace::Devanagari, Weight::Bold) => font!("NotoSansDevanagari-Bold.ttf"),
        (ScriptFace::Bengali, Weight::Regular) => font!("NotoSansBengali-Regular.ttf"),
        (ScriptFace::Bengali, Weight::Bold) => font!("NotoSansBengali-Bold.ttf"),
        (ScriptFace::Tamil, Weight::Regular) => font!("NotoSansTamil-Regular.ttf"),
        (ScriptFace::Tamil, Weight::Bold) => font!("NotoSansTamil-Bold.ttf"),
        (ScriptFace::Thai, Weight::Regular) => font!("NotoSansThai-Regular.ttf"),
        (ScriptFace::Thai, Weight::Bold) => font!("NotoSansThai-Bold.ttf"),
        (ScriptFace::Japanese, Weight::Regular) => font!("NotoSansJP-Regular.ttf"),
        (ScriptFace::Japanese, Weight::Bold) => font!("NotoSansJP-Bold.ttf"),
    }
}

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
        FontFace::Script(script, weight) => script_font(script, weight).0,
        FontFace::Emoji => EMOJI,
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
        FontFace::Script(script, weight) => script_font(script, weight).1,
        FontFace::Emoji => "NotoEmoji-Regular.ttf",
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

/// The index of a bundled face in [`ALL_FACES`] (0 for system faces).
pub fn slot(face: FontFace) -> usize {
    let script = |script: ScriptFace, weight: Weight| {
        let row = match script {
            ScriptFace::Arabic => 0,
            ScriptFace::Hebrew => 1,
            ScriptFace::Devanagari => 2,
            ScriptFace::Bengali => 3,
            ScriptFace::Tamil => 4,
            ScriptFace::Thai => 5,
            ScriptFace::Japanese => 6,
        };
        11 + row * 2 + usize::from(weight == Weight::Bold)
    };
    match face {
        FontFace::SansRegular | FontFace::System(_) => 0,
        FontFace::SansSemiBold => 1,
        FontFace::SansBold => 2,
        FontFace::DisplaySemiBold => 3,
        FontFace::DisplayBold => 4,
        FontFace::SpartanBold => 5,
        FontFace::SerifRegular => 6,
        FontFace::SerifSemiBold => 7,
        FontFace::LatoRegular => 8,
        FontFace::LatoBold => 9,
        FontFace::FallbackSans => 10,
        FontFace::Script(s, w) => script(s, w),
        FontFace::Emoji => 25,
    }
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

/// Width of `text` shaped in `face` alone at `size_pt`, in millimetres (characters
/// the face lacks count as nothing; [`super::text::width_mm`] measures with fallback).
pub fn measure(text: &str, face: FontFace, size_pt: f32) -> f32 {
    let units = super::shape::advance_units(&super::shape::shape(face, text, false));
    units as f32 / units_per_em(face) * size_pt * MM_PER_PT
}

pub use super::fallback::{
    Run, face_for, face_for_cluster, fallback_chain, is_words_only, number_face, split_runs,
    weight_of,
};
