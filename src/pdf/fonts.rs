//! The kit's fonts in the PDF: each face parsed once per process, registered under a
//! fixed resource name (so identical kits give identical files), and checked glyph by
//! glyph so a character no font has is left out and reported, never drawn as a box.

use super::error::ExportError;
use crate::kit::page::FontFace;
use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

/// The resource name of a face. The first six letters double as the subset tag
/// (`ABCDEF+FontName`), which PDF wants as six capital letters. System faces are
/// PKSYSA, PKSYSB… by slot.
fn resource_name(face: FontFace) -> String {
    let name = match face {
        FontFace::System(slot) => {
            let letter = char::from(b'A' + slot.min(25));
            return format!("PKSYS{letter}");
        }
        FontFace::SansRegular => "PKNSRG",
        FontFace::SansSemiBold => "PKNSSB",
        FontFace::SansBold => "PKNSBD",
        FontFace::DisplaySemiBold => "PKIDSB",
        FontFace::DisplayBold => "PKIDBD",
        FontFace::SpartanBold => "PKLSBD",
        FontFace::SerifRegular => "PKGARG",
        FontFace::SerifSemiBold => "PKGASB",
        FontFace::LatoRegular => "PKLARG",
        FontFace::LatoBold => "PKLABD",
        FontFace::FallbackSans => "PKDJVS",
    };
    name.to_owned()
}

/// The font file's bytes for a face (bundled with the binary).
fn face_bytes(face: FontFace) -> &'static [u8] {
    crate::kit::fonts::font_bytes(face)
}

/// Parsed faces, shared by every export in this process (parsing a face costs
/// milliseconds; an export needs it every time).
fn cache() -> &'static Mutex<BTreeMap<FontFace, ParsedFont>> {
    static CACHE: OnceLock<Mutex<BTreeMap<FontFace, ParsedFont>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(BTreeMap::new()))
}

/// A face's name for messages: the bundled file, or the system file's name.
fn font_label(face: FontFace) -> String {
    match face {
        FontFace::System(slot) => crate::kit::system_fonts::file_name(slot),
        _ => crate::kit::fonts::font_file_name(face).to_owned(),
    }
}

/// The parsed face, from the cache or freshly parsed.
fn parsed(face: FontFace) -> Result<ParsedFont, ExportError> {
    let mut cache = cache()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(font) = cache.get(&face) {
        return Ok(font.clone());
    }
    let mut warnings = Vec::new();
    let index = crate::kit::fonts::font_index(face) as usize;
    let font = ParsedFont::from_bytes(face_bytes(face), index, &mut warnings).ok_or_else(|| {
        ExportError::Font {
            face: font_label(face),
            detail: "the font file does not parse".to_owned(),
        }
    })?;
    cache.insert(face, font.clone());
    Ok(font)
}

/// The faces one document uses, registered with the document.
pub(crate) struct DocFonts {
    faces: BTreeMap<FontFace, (FontId, ParsedFont)>,
    /// Characters left out because their font has no glyph for them.
    dropped: BTreeSet<char>,
}

impl DocFonts {
    /// No faces yet.
    pub(crate) fn new() -> Self {
        Self {
            faces: BTreeMap::new(),
            dropped: BTreeSet::new(),
        }
    }

    /// The resource id of `face`, registering it with `doc` on first use.
    pub(crate) fn id(
        &mut self,
        doc: &mut PdfDocument,
        face: FontFace,
    ) -> Result<FontId, ExportError> {
        if let Some((id, _)) = self.faces.get(&face) {
            return Ok(id.clone());
        }
        // Faces that share one file (Noto Sans SemiBold and Bold) share one embedded font.
        let bytes = face_bytes(face);
        if let Some(twin) = self
            .faces
            .keys()
            .copied()
            .find(|&f| std::ptr::eq(face_bytes(f), bytes))
            && let Some(entry) = self.faces.get(&twin).cloned()
        {
            let id = entry.0.clone();
            self.faces.insert(face, entry);
            return Ok(id);
        }
        let font = parsed(face)?;
        let id = FontId(resource_name(face));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(font.clone()));
        self.faces.insert(face, (id.clone(), font));
        Ok(id)
    }

    /// `text` with every character `face` has no glyph for left out (and remembered
    /// for the report). Call [`DocFonts::id`] for the face first.
    pub(crate) fn drawable(&mut self, face: FontFace, text: &str) -> String {
        let Some((_, font)) = self.faces.get(&face) else {
            return String::new();
        };
        let mut kept = String::with_capacity(text.len());
        for c in text.chars() {
            match font.lookup_glyph_index(u32::from(c)) {
                Some(gid) if gid != 0 => kept.push(c),
                _ if c.is_whitespace() => kept.push(' '),
                _ => {
                    self.dropped.insert(c);
                }
            }
        }
        kept
    }

    /// The characters left out, in code-point order.
    pub(crate) fn dropped(&self) -> &BTreeSet<char> {
        &self.dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_names_are_six_capitals_and_distinct() {
        let faces = crate::kit::fonts::ALL_FACES;
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

    #[test]
    fn drops_characters_the_font_lacks() {
        let mut doc = PdfDocument::new("t");
        let mut fonts = DocFonts::new();
        fonts.id(&mut doc, FontFace::SansRegular).unwrap();
        let kept = fonts.drawable(FontFace::SansRegular, "Hi 🚀 there");
        assert_eq!(kept, "Hi  there");
        assert!(fonts.dropped().contains(&'🚀'));
    }
}
