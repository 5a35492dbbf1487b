//! Font subsetting for the PDF: a face cut down to the glyphs one document uses (with
//! allsorts, which printpdf already builds on), and the renumbering of its glyph ids.

use std::collections::{BTreeMap, BTreeSet};

/// A subset font program and where each original glyph went.
#[derive(Debug, Clone)]
pub(crate) struct Subset {
    /// The standalone font program (TrueType or CFF OpenType), one face.
    pub bytes: Vec<u8>,
    /// Original glyph id → glyph id in the subset.
    pub new_ids: BTreeMap<u16, u16>,
}

/// Cuts face `index` of the font file `bytes` (a single font or a collection) down to
/// `glyphs`. Glyph 0 (`.notdef`) is always kept first, as the subsetter requires; each
/// requested glyph takes the position it has in that list (composite glyphs' parts are
/// appended after them).
pub(crate) fn subset(bytes: &[u8], index: u32, glyphs: &BTreeSet<u16>) -> Result<Subset, String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let file = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| format!("the font file does not parse ({e})"))?;
    let provider = file
        .table_provider(index as usize)
        .map_err(|e| format!("face {index} of the font file does not parse ({e})"))?;
    let ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.iter().copied().filter(|&gid| gid != 0))
        .collect();
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| format!("the font cannot be subset ({e})"))?;
    let new_ids = ids
        .iter()
        .enumerate()
        .filter_map(|(position, &gid)| Some((gid, u16::try_from(position).ok()?)))
        .collect();
    Ok(Subset { bytes, new_ids })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::fonts::{font_bytes, glyph_id};
    use crate::kit::page::FontFace;

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
}
