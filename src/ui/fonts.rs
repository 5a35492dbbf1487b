//! Fonts of the editor: Noto Sans for the interface with DejaVu Sans behind it, the
//! kit's own faces (so the live preview looks like the PDF), and fonts of the system
//! for other scripts (CJK, Arabic, Devanagari…), found when a character needs them.

use crate::kit::fonts::{ALL_FACES, font_bytes, font_file_name};
use crate::kit::page::FontFace;
use egui::epaint::text::{FallbackRequest, FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontDefinitions, FontFamily};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// The font family the preview uses for a kit face.
pub fn kit_family(face: FontFace) -> FontFamily {
    let slot = ALL_FACES.iter().position(|&f| f == face).unwrap_or(0);
    FontFamily::Name(format!("kit-{slot}").into())
}

/// Installs the editor's fonts and the system-script fallback on `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    ctx.add_font_provider(Arc::new(SystemScripts::new(SYSTEM_FALLBACKS)));
}

/// The bundled fonts: interface faces and the kit's faces.
fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    let ui_regular = font_file_name(FontFace::SansRegular);
    let fallback = font_file_name(FontFace::FallbackSans);
    for face in ALL_FACES {
        defs.font_data
            .entry(font_file_name(face).to_owned())
            .or_insert_with(|| Arc::new(FontData::from_static(font_bytes(face))));
    }
    if let Some(list) = defs.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, ui_regular.to_owned());
        list.push(fallback.to_owned());
    }
    if let Some(list) = defs.families.get_mut(&FontFamily::Monospace) {
        list.push(ui_regular.to_owned());
        list.push(fallback.to_owned());
    }
    for face in ALL_FACES {
        let mut list = vec![font_file_name(face).to_owned()];
        for extra in [ui_regular, fallback] {
            if !list.iter().any(|name| name == extra) {
                list.push(extra.to_owned());
            }
        }
        defs.families.insert(kit_family(face), list);
    }
    defs
}

/// Font files of common systems that cover scripts the bundled fonts lack, with the
/// face index inside collections. Missing files are skipped.
const SYSTEM_FALLBACKS: &[(&str, u32)] = &[
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        0,
    ),
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    (
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", 0),
    (
        "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
        0,
    ),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
    ("C:\\Windows\\Fonts\\YuGothM.ttc", 0),
    ("C:\\Windows\\Fonts\\malgun.ttf", 0),
    ("C:\\Windows\\Fonts\\seguisym.ttf", 0),
];

/// Finds a system font for a character no installed font has. Files are read only
/// when a character needs them, once each; a missing or unreadable file is skipped,
/// so text in an uncovered script shows as boxes instead of stopping the editor.
pub struct SystemScripts {
    candidates: Vec<(PathBuf, u32)>,
    loaded: Mutex<BTreeMap<PathBuf, Option<Arc<Vec<u8>>>>>,
}

impl SystemScripts {
    /// A provider looking through `candidates` (path, face index) in order.
    pub fn new(candidates: &[(&str, u32)]) -> Self {
        Self {
            candidates: candidates
                .iter()
                .map(|&(path, index)| (PathBuf::from(path), index))
                .collect(),
            loaded: Mutex::new(BTreeMap::new()),
        }
    }

    fn bytes(&self, path: &Path) -> Option<Arc<Vec<u8>>> {
        let mut loaded = self.loaded.lock().unwrap_or_else(PoisonError::into_inner);
        loaded
            .entry(path.to_path_buf())
            .or_insert_with(|| std::fs::read(path).ok().map(Arc::new))
            .clone()
    }

    /// The first candidate file (path, index) with a glyph for `ch`.
    pub fn font_with(&self, ch: char) -> Option<(PathBuf, u32, Arc<Vec<u8>>)> {
        self.candidates.iter().find_map(|(path, index)| {
            if !path.is_file() {
                return None;
            }
            let bytes = self.bytes(path)?;
            let covers = ttf_parser::Face::parse(&bytes, *index)
                .ok()
                .and_then(|face| face.glyph_index(ch))
                .is_some();
            covers.then(|| (path.clone(), *index, bytes))
        })
    }
}

impl egui::epaint::text::FontProvider for SystemScripts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let ch = request.cluster.chars().next()?;
        let (path, index, bytes) = self.font_with(ch)?;
        let name = format!("system:{}#{index}", path.display());
        let families = [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .chain(
                (request.family != &FontFamily::Proportional
                    && request.family != &FontFamily::Monospace)
                    .then(|| request.family.clone()),
            )
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .collect();
        Some(FontInsert::new(
            &name,
            FontData::from_blob(bytes, index),
            families,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_files_are_skipped() {
        let provider = SystemScripts::new(&[("/nonexistent/font.ttc", 0)]);
        assert!(provider.font_with('漢').is_none());
    }

    #[test]
    fn finds_a_covering_font() {
        let dejavu = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/DejaVuSans.ttf");
        let provider = SystemScripts::new(&[("/nonexistent/font.ttc", 0), (dejavu, 0)]);
        let (path, _, _) = provider.font_with('Ж').unwrap();
        assert_eq!(path, PathBuf::from(dejavu));
        assert!(provider.font_with('\u{10FFFD}').is_none());
    }

    #[test]
    fn every_kit_face_has_a_family() {
        let defs = definitions();
        for face in ALL_FACES {
            let list = &defs.families[&kit_family(face)];
            assert_eq!(list[0], font_file_name(face));
            assert!(defs.font_data.contains_key(&list[0]));
        }
    }
}
