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
pub fn resource_name(face: FontFace) -> String {
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
pub struct Embedded {
    face: FontFace,
    /// Each glyph shown (by its id in the face) and the text it stands for.
    pub glyphs: BTreeMap<u16, String>,
}

/// The faces one document uses and the glyphs it shows in each.
#[derive(Default)]
pub struct DocFonts {
    /// The resource id of each face; faces that share one file share one id.
    ids: BTreeMap<FontFace, FontId>,
    /// What each resource id embeds.
    pub embedded: BTreeMap<FontId, Embedded>,
    /// Characters left out because their font has no glyph for them.
    dropped: BTreeSet<char>,
}

impl DocFonts {
    /// No faces yet.
    pub fn new() -> Self {
        Self {
            ids: BTreeMap::new(),
            embedded: BTreeMap::new(),
            dropped: BTreeSet::new(),
        }
    }

    /// The resource id of `face`. Faces that share one file (Noto Sans SemiBold and
    /// Bold) share one embedded font.
    pub fn id(&mut self, face: FontFace) -> FontId {
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
    pub fn glyph(&mut self, face: FontFace, gid: u16, text: &str) -> Option<Codepoint> {
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
    pub fn dropped(&self) -> &BTreeSet<char> {
        &self.dropped
    }

    /// Subsets every face the pages use, registers the subsets with `doc` and
    /// renumbers the glyph ids in `pages`' text operations to match.
    pub fn embed(&self, doc: &mut PdfDocument, pages: &mut [Vec<Op>]) -> Result<(), ExportError> {
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
