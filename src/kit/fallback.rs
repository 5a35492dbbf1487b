//! Which face sets each piece of text: a face's bundled fallbacks (Noto Sans, the
//! script faces of its weight, DejaVu Sans, Noto Emoji), then the system's fonts, then
//! the bundled cut of Noto Sans CJK JP (the Japanese kit's own words).
//! Text is split by grapheme cluster, so a letter and its marks, an emoji and its
//! skin tone or ZWJ partners, and a flag's two letters stay in one face (the shaper
//! needs them together). A cluster no font has is left out and reported.

use super::fonts::has_glyph;
use super::page::{FontFace, ScriptFace, Weight};
use super::system_fonts;
use unicode_segmentation::UnicodeSegmentation as _;

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

/// Regular or bold: which weight of the script faces text in `face` falls back to.
pub fn weight_of(face: FontFace) -> Weight {
    match face {
        FontFace::SansRegular
        | FontFace::SerifRegular
        | FontFace::LatoRegular
        | FontFace::FallbackSans
        | FontFace::Emoji
        | FontFace::System(_)
        | FontFace::Script(_, Weight::Regular) => Weight::Regular,
        _ => Weight::Bold,
    }
}

/// The faces tried for a cluster, in order, when text is set in `face`: the face, Noto
/// Sans of its weight, the script faces of its weight, DejaVu Sans, Noto Emoji.
pub fn fallback_chain(face: FontFace) -> Vec<FontFace> {
    let weight = weight_of(face);
    let sans = match (face, weight) {
        (FontFace::LatoRegular | FontFace::SerifRegular, _) | (_, Weight::Regular) => {
            FontFace::SansRegular
        }
        (_, Weight::Bold) => FontFace::SansBold,
    };
    let mut chain = vec![face, sans];
    chain.extend(
        super::fonts::SCRIPT_FACES
            .iter()
            .map(|&script| FontFace::Script(script, weight)),
    );
    chain.push(FontFace::FallbackSans);
    chain.push(FontFace::Emoji);
    let mut seen = std::collections::BTreeSet::new();
    chain.retain(|f| seen.insert(*f));
    chain
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

/// Characters that only steer how their neighbours are drawn (joiners, variation
/// selectors, skin tones, tag letters, bidi marks): a font need not have a glyph for
/// them for the cluster to be drawn.
pub fn is_steering(ch: char) -> bool {
    matches!(ch, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
        || ('\u{1f3fb}'..='\u{1f3ff}').contains(&ch)
        || ('\u{e0020}'..='\u{e007f}').contains(&ch)
}

/// True when a cluster asks to be drawn as an emoji: an emoji-presentation character,
/// or any character followed by U+FE0F, a skin tone, a ZWJ or a flag's letters.
fn wants_emoji(cluster: &str, base: char) -> bool {
    let code = u32::from(base);
    cluster.contains(['\u{fe0f}', '\u{200d}'])
        || cluster
            .chars()
            .any(|c| ('\u{1f3fb}'..='\u{1f3ff}').contains(&c))
        || (0x1F000..=0x1FAFF).contains(&code)
        || matches!(
            code,
            0x231A | 0x231B | 0x23E9..=0x23EC | 0x23F0 | 0x23F3 | 0x25FD | 0x25FE | 0x2614
                | 0x2615 | 0x2648..=0x2653 | 0x267F | 0x2693 | 0x26A1 | 0x26AA | 0x26AB
                | 0x26BD | 0x26BE | 0x26C4 | 0x26C5 | 0x26CE | 0x26D4 | 0x26EA | 0x26F2
                | 0x26F3 | 0x26F5 | 0x26FA | 0x26FD | 0x2705 | 0x270A | 0x270B | 0x2728
                | 0x274C | 0x274E | 0x2753..=0x2755 | 0x2757 | 0x2795..=0x2797 | 0x27B0
                | 0x27BF | 0x2B1B | 0x2B1C | 0x2B50 | 0x2B55
        )
}

/// True when `face` has a glyph for every character of `cluster` that needs one.
fn covers(face: FontFace, cluster: &str) -> bool {
    cluster
        .chars()
        .filter(|&c| !is_steering(c))
        .all(|c| has_glyph(face, c))
}

/// The face that sets `cluster` (one grapheme cluster) when text is set in `face`:
/// the first of [`fallback_chain`] that has it, else a system font, else the bundled
/// Japanese cut; `None` when no font has it.
pub fn face_for_cluster(face: FontFace, cluster: &str) -> Option<FontFace> {
    let base = cluster.chars().find(|&c| !is_steering(c))?;
    if base == ' ' || base == '\u{a0}' {
        return Some(face);
    }
    if base.is_ascii_digit() && is_words_only(face) {
        return Some(number_face(face));
    }
    let single = cluster.len() == base.len_utf8();
    if single && u32::from(base) < 0x2000 && has_glyph(face, base) {
        return Some(face);
    }
    if wants_emoji(cluster, base) {
        if has_glyph(FontFace::Emoji, base) {
            return Some(FontFace::Emoji);
        }
    } else if single && has_glyph(face, base) {
        return Some(face);
    }
    let chain = fallback_chain(face);
    chain
        .iter()
        .copied()
        .find(|&f| covers(f, cluster))
        .or_else(|| chain.iter().copied().find(|&f| has_glyph(f, base)))
        .or_else(|| system_fonts::slot_for(base).map(FontFace::System))
        .or_else(|| {
            let japanese = FontFace::Script(ScriptFace::Japanese, weight_of(face));
            covers(japanese, cluster).then_some(japanese)
        })
}

/// The face that sets `ch` on its own when text is set in `face`.
pub fn face_for(face: FontFace, ch: char) -> Option<FontFace> {
    let mut buffer = [0_u8; 4];
    face_for_cluster(face, ch.encode_utf8(&mut buffer))
}

/// A piece of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The characters.
    pub text: String,
    /// The face that has them all.
    pub face: FontFace,
}

/// Splits `text` into runs by the face of each grapheme cluster. Clusters no font has
/// are left out and their characters pushed onto `dropped`; control characters and
/// clusters made only of steering characters (a lone zero-width space) are left out
/// silently.
pub fn split_runs(text: &str, face: FontFace, dropped: &mut Vec<char>) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // ASCII has no multi-character clusters but CR LF (a control, left out anyway).
    let clusters: Box<dyn Iterator<Item = &str>> = if text.is_ascii() {
        Box::new((0..text.len()).filter_map(|i| text.get(i..=i)))
    } else {
        Box::new(text.graphemes(true))
    };
    for cluster in clusters {
        if cluster.chars().all(|c| c.is_control() || is_steering(c)) {
            continue;
        }
        if cluster == " "
            && let Some(last) = runs.last_mut().filter(|r| r.face != FontFace::Emoji)
        {
            // A space between words stays in the run it follows (one shaped run per
            // word group, in any script).
            last.text.push(' ');
            continue;
        }
        let Some(chosen) = face_for_cluster(face, cluster) else {
            dropped.extend(cluster.chars().filter(|&c| !is_steering(c)));
            continue;
        };
        match runs.last_mut() {
            Some(last) if last.face == chosen => last.text.push_str(cluster),
            _ => runs.push(Run {
                text: cluster.to_owned(),
                face: chosen,
            }),
        }
    }
    runs
}

/// The script face a character belongs to, if Pitchkit bundles one for it.
pub fn script_of(ch: char) -> Option<ScriptFace> {
    Some(match u32::from(ch) {
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => ScriptFace::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            ScriptFace::Arabic
        }
        0x0900..=0x097F | 0xA8E0..=0xA8FF => ScriptFace::Devanagari,
        0x0980..=0x09FF => ScriptFace::Bengali,
        0x0B80..=0x0BFF => ScriptFace::Tamil,
        0x0E00..=0x0E7F => ScriptFace::Thai,
        0x3000..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF => {
            ScriptFace::Japanese
        }
        _ => return None,
    })
}
