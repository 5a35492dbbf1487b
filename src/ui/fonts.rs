//! Fonts of the editor: Noto Sans for the interface with DejaVu Sans behind it, the
//! kit's own faces (so the live preview looks like the PDF), and fonts of the system
//! for other scripts (CJK, Arabic, Devanagari…), found when a character needs them,
//! with the bundled cut of Noto Sans CJK JP behind them (as in the kit's fallback).

use crate::kit::fallback::weight_of;
use crate::kit::fonts::{ALL_FACES, fallback_chain, font_bytes, font_file_name, has_glyph, slot};
use crate::kit::page::{FontFace, ScriptFace, Weight};
use crate::kit::system_fonts;
use egui::epaint::text::{FallbackRequest, FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The font family the preview uses for a kit face.
pub fn kit_family(face: FontFace) -> FontFamily {
    FontFamily::Name(format!("kit-{}", slot(face)).into())
}

/// Installs the editor's fonts and the system-script fallback on `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    ctx.add_font_provider(Arc::new(SystemScripts));
}

/// The bundled fonts: interface faces and the kit's faces.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    let ui_regular = font_file_name(FontFace::SansRegular);
    let fallback = font_file_name(FontFace::FallbackSans);
    for face in ALL_FACES {
        defs.font_data
            .entry(font_file_name(face).to_owned())
            .or_insert_with(|| Arc::new(FontData::from_static(font_bytes(face))));
    }
    // Names and bios in Arabic, Hebrew, Indic scripts and Thai, and emoji, show in the
    // editor's fields in the faces the kit prints them in.
    let scripts: Vec<String> = fallback_chain(FontFace::SansRegular)
        .into_iter()
        .filter(|f| matches!(f, FontFace::Script(..) | FontFace::Emoji))
        .map(|f| font_file_name(f).to_owned())
        .collect();
    if let Some(list) = defs.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, ui_regular.to_owned());
        for (offset, name) in scripts.iter().enumerate() {
            list.insert(1 + offset, name.clone());
        }
        list.push(fallback.to_owned());
    }
    if let Some(list) = defs.families.get_mut(&FontFamily::Monospace) {
        list.push(ui_regular.to_owned());
        list.push(fallback.to_owned());
    }
    for face in ALL_FACES {
        // The kit's own fallback order, so the preview picks the faces the PDF does.
        let mut list: Vec<String> = Vec::new();
        for name in fallback_chain(face).into_iter().map(font_file_name) {
            if !list.iter().any(|known| known == name) {
                list.push(name.to_owned());
            }
        }
        defs.families.insert(kit_family(face), list);
    }
    defs
}

/// Finds a system font for a character no installed font has, through
/// [`crate::kit::system_fonts`] (the same files, in the same order, the kit's layout and
/// PDF use), else the bundled Japanese cut of the text's weight (as the kit's fallback
/// does). Files are read only when a character needs them, once each; a missing or
/// unreadable file is skipped, so text in an uncovered script shows as boxes instead of
/// stopping the editor.
pub struct SystemScripts;

impl SystemScripts {
    /// The first system font (name, face index, bytes) with a glyph for `ch`, else the
    /// bundled Japanese face of `weight` if it has one.
    pub fn font_with(&self, ch: char, weight: Weight) -> Option<(String, u32, &'static [u8])> {
        if let Some(font) = system_fonts::slot_for(ch).and_then(system_fonts::font) {
            return Some((
                format!("system:{}#{}", font.path.display(), font.index),
                font.index,
                font.bytes,
            ));
        }
        let japanese = FontFace::Script(ScriptFace::Japanese, weight);
        has_glyph(japanese, ch)
            .then(|| (font_file_name(japanese).to_owned(), 0, font_bytes(japanese)))
    }
}

/// The weight of the kit face behind a preview family (regular for the editor's own).
fn family_weight(family: &FontFamily) -> Weight {
    ALL_FACES
        .into_iter()
        .find(|&face| &kit_family(face) == family)
        .map_or(Weight::Regular, weight_of)
}

impl egui::epaint::text::FontProvider for SystemScripts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let ch = request.cluster.chars().next()?;
        let weight = family_weight(request.family);
        let (name, index, bytes) = self.font_with(ch, weight)?;
        // A bold face (the bundled Japanese one) only for the family that asked.
        let shared = match weight {
            Weight::Regular => vec![FontFamily::Proportional, FontFamily::Monospace],
            Weight::Bold => Vec::new(),
        };
        let families = shared
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
            FontData::from_blob(Arc::new(bytes), index),
            families,
        ))
    }
}
