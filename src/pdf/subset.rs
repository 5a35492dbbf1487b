//! Font subsetting for the PDF: a face cut down to the glyphs one document uses (with
//! allsorts, which printpdf already builds on), and the renumbering of its glyph ids.

use std::collections::{BTreeMap, BTreeSet};

/// A subset font program and where each original glyph went.
#[derive(Debug, Clone)]
pub struct Subset {
    /// The standalone font program (TrueType or CFF OpenType), one face.
    pub bytes: Vec<u8>,
    /// Original glyph id → glyph id in the subset.
    pub new_ids: BTreeMap<u16, u16>,
}

/// Cuts face `index` of the font file `bytes` (a single font or a collection) down to
/// `glyphs`. Glyph 0 (`.notdef`) is always kept first, as the subsetter requires; each
/// requested glyph takes the position it has in that list (composite glyphs' parts are
/// appended after them).
pub fn subset(bytes: &[u8], index: u32, glyphs: &BTreeSet<u16>) -> Result<Subset, String> {
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
