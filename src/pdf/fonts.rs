//! The kit's fonts in the PDF: text turned into glyph ids face by face, each face
//! subset to the glyphs the document uses and registered under a fixed resource name
//! (so identical kits give identical files), with a ToUnicode entry per glyph so text
//! copies out of the PDF. A character no font has is left out and reported, never
//! drawn as a box.

use super::error::ExportError;
use super::subset::subset;
use crate::kit::fonts::{font_bytes, font_index, postscript_name};
use crate::kit::page::{FontFace, ScriptFace, Weight};
use printpdf::{Codepoint, FontId, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, TextItem};
use std::collections::{BTreeMap, BTreeSet};

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
        FontFace::Emoji => "PKEMOJ",
        FontFace::Script(script, weight) => {
            let letter = match script {
                ScriptFace::Arabic => 'A',
                ScriptFace::Hebrew => 'H',
                ScriptFace::Devanagari => 'D',
                ScriptFace::Bengali => 'B',
                ScriptFace::Tamil => 'T',
                ScriptFace::Thai => 'Y',
                ScriptFace::Japanese => 'J',
            };
            let weight = if weight == Weight::Bold { "BD" } else { "RG" };
            return format!("PKS{letter}{weight}");
        }
    };
    name.to_owned()
}

/// A face's name for messages: the bundled file, or the system file's name.
fn font_label(face: FontFace) -> String {
    match face {
        FontFace::System(slot) => crate::kit::system_fonts::file_name(slot),
        _ => crate::kit::fonts::font_file_name(face).to_owned(),
    }
}

/// One embedded font: the face whose file it comes from and the glyphs the document
/// shows, each with the text it stands for.
#[derive(Debug, Clone)]
struct Embedded {
    face: FontFace,
    glyphs: BTreeMap<u16, String>,
}

/// The faces one document uses and the glyphs it shows in each.
pub(crate) struct DocFonts {
    /// The resource id of each face; faces that share one file share one id.
    ids: BTreeMap<FontFace, FontId>,
    /// What each resource id embeds.
    embedded: BTreeMap<FontId, Embedded>,
    /// Characters left out because their font has no glyph for them.
    dropped: BTreeSet<char>,
}

impl DocFonts {
    /// No faces yet.
    pub(crate) fn new() -> Self {
        Self {
            ids: BTreeMap::new(),
            embedded: BTreeMap::new(),
            dropped: BTreeSet::new(),
        }
    }

    /// The resource id of `face`. Faces that share one file (Noto Sans SemiBold and
    /// Bold) share one embedded font.
    pub(crate) fn id(&mut self, face: FontFace) -> FontId {
        if let Some(id) = self.ids.get(&face) {
            return id.clone();
        }
        let bytes = font_bytes(face);
        let twin = self
            .ids
            .iter()
            .find(|(other, _)| std::ptr::eq(font_bytes(**other), bytes))
            .map(|(_, id)| id.clone());
        let id = twin.unwrap_or_else(|| FontId(resource_name(face)));
        self.embedded.entry(id.clone()).or_insert_with(|| Embedded {
            face,
            glyphs: BTreeMap::new(),
        });
        self.ids.insert(face, id.clone());
        id
    }

    /// The glyph `gid` of `face` as shown (its original id; [`DocFonts::embed`]
    /// renumbers it), registered with the text it stands for when copied: the first
    /// non-empty text a glyph is shown with is its text everywhere in the document (one
    /// ToUnicode entry per glyph). `.notdef` is not drawn: its characters are
    /// remembered for the report.
    pub(crate) fn glyph(&mut self, face: FontFace, gid: u16, text: &str) -> Option<Codepoint> {
        if gid == 0 {
            self.dropped.extend(
                text.chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control()),
            );
            return None;
        }
        let id = self.id(face);
        let embedded = self.embedded.get_mut(&id)?;
        let known = embedded.glyphs.entry(gid).or_default();
        if known.is_empty() {
            text.clone_into(known);
        }
        Some(Codepoint::with_cid(gid, 0.0, known.clone()))
    }

    /// Remembers the characters of a run that has nothing to draw.
    pub(crate) fn note_missing(&mut self, run: &crate::kit::page::TextRun) {
        if run.glyphs.iter().any(|g| g.id == 0) {
            self.dropped.extend(
                run.text
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control()),
            );
        }
    }

    /// The characters left out, in code-point order.
    pub(crate) fn dropped(&self) -> &BTreeSet<char> {
        &self.dropped
    }

    /// Subsets every face the pages use, registers the subsets with `doc` and
    /// renumbers the glyph ids in `pages`' text operations to match.
    pub(crate) fn embed(
        &self,
        doc: &mut PdfDocument,
        pages: &mut [Vec<Op>],
    ) -> Result<(), ExportError> {
        let mut new_ids: BTreeMap<FontId, BTreeMap<u16, u16>> = BTreeMap::new();
        for (id, embedded) in &self.embedded {
            if embedded.glyphs.is_empty() {
                continue;
            }
            let face = embedded.face;
            let font_error = |detail: String| ExportError::Font {
                face: font_label(face),
                detail,
            };
            let used: BTreeSet<u16> = embedded.glyphs.keys().copied().collect();
            let cut = subset(font_bytes(face), font_index(face), &used).map_err(font_error)?;
            let mut warnings = Vec::new();
            let mut parsed = ParsedFont::from_bytes(&cut.bytes, 0, &mut warnings)
                .ok_or_else(|| font_error("its subset does not parse".to_owned()))?;
            let name = postscript_name(face).unwrap_or_else(|| id.0.clone());
            parsed.font_name = Some(format!("{}+{name}", id.0));
            doc.resources
                .fonts
                .map
                .insert(id.clone(), PdfFont::new(parsed));
            new_ids.insert(id.clone(), cut.new_ids);
        }
        let texts: BTreeMap<FontId, &BTreeMap<u16, String>> = self
            .embedded
            .iter()
            .map(|(id, embedded)| (id.clone(), &embedded.glyphs))
            .collect();
        for ops in pages {
            renumber(ops, &new_ids, &texts);
        }
        Ok(())
    }
}

/// Rewrites the glyph ids of every text operation in `ops` from the original faces'
/// numbering to their subsets', and gives each glyph its one text for copying.
fn renumber(
    ops: &mut [Op],
    new_ids: &BTreeMap<FontId, BTreeMap<u16, u16>>,
    texts: &BTreeMap<FontId, &BTreeMap<u16, String>>,
) {
    type Current<'a> = (
        &'a BTreeMap<u16, u16>,
        Option<&'a &'a BTreeMap<u16, String>>,
    );
    let mut current: Option<Current<'_>> = None;
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } => current = new_ids.get(id).map(|map| (map, texts.get(id))),
            Op::ShowText { items } => {
                let Some((map, text)) = current else { continue };
                for item in items {
                    if let TextItem::GlyphIds(glyphs) = item {
                        for glyph in glyphs {
                            if let Some(known) = text.and_then(|t| t.get(&glyph.gid)) {
                                glyph.cid = Some(known.clone());
                            }
                            glyph.gid = map.get(&glyph.gid).copied().unwrap_or(0);
                        }
                    }
                }
            }
            _ => {}
        }
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

    fn gid(face: FontFace, ch: char) -> u16 {
        crate::kit::fonts::glyph_id(face, ch).unwrap()
    }

    /// The glyphs of `text` in `face`, one per character, as the renderer shows them.
    fn glyphs(fonts: &mut DocFonts, face: FontFace, text: &str) -> Vec<Codepoint> {
        text.chars()
            .filter_map(|c| {
                let id = crate::kit::fonts::glyph_id(face, c).unwrap_or(0);
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
}
