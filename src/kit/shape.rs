//! Shaping with harfrust (the shaper egui already uses): a piece of text in one face
//! and one direction becomes positioned glyphs in font units, with Arabic letters
//! joined, Indic vowel signs reordered, Latin kerned and ligated, emoji sequences
//! and flags made one glyph, as each font's tables say.
//!
//! Results are cached by face, direction and text (layout measures the same words
//! many times while it fits text to boxes).

use super::fonts::{font_bytes, font_index};
use super::page::FontFace;
use harfrust::{BufferFlags, Direction, FontRef, ShapeOptions, ShaperData, UnicodeBuffer};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// One shaped glyph, in font units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShapedGlyph {
    /// The glyph id in the face.
    pub id: u16,
    /// Byte offset in the shaped text of the cluster this glyph belongs to.
    pub cluster: u32,
    /// How far the pen moves after the glyph.
    pub advance: i32,
    /// Horizontal shift of the glyph from the pen (marks on their base).
    pub x_offset: i32,
    /// Vertical shift of the glyph, upwards.
    pub y_offset: i32,
}

/// The face's parsed font and its shaping tables.
struct Shaping {
    font: FontRef<'static>,
    data: ShaperData,
}

/// Entries the cache holds before it starts again (a kit uses a few thousand).
const CACHE_LIMIT: usize = 50_000;

type CacheKey = (FontFace, bool, String);

fn cache() -> &'static Mutex<HashMap<CacheKey, Arc<[ShapedGlyph]>>> {
    static CACHE: OnceLock<Mutex<HashMap<CacheKey, Arc<[ShapedGlyph]>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

fn shaping(face: FontFace) -> Option<&'static Shaping> {
    static FACES: OnceLock<Mutex<HashMap<FontFace, &'static Option<Shaping>>>> = OnceLock::new();
    let map = FACES.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = map
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let entry = map.entry(face).or_insert_with(|| {
        let parsed = FontRef::from_index(font_bytes(face), font_index(face))
            .map_err(|e| log::error!("the font of {face:?} cannot be shaped with ({e})"))
            .ok();
        // Leaked once per face (a handful per run): the tables live as long as the
        // program, like the font bytes they point into.
        Box::leak(Box::new(parsed.map(|font| Shaping {
            data: ShaperData::new(&font),
            font,
        })))
    });
    entry.as_ref()
}

/// Shapes `text` in `face`, right to left when `rtl`. Glyphs come in visual order
/// (for right-to-left text, the last character's glyph first). A face that cannot be
/// read gives no glyphs.
pub fn shape(face: FontFace, text: &str, rtl: bool) -> Arc<[ShapedGlyph]> {
    let key = (face, rtl, text.to_owned());
    if let Some(hit) = cache()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&key)
    {
        return Arc::clone(hit);
    }
    let glyphs: Arc<[ShapedGlyph]> = shape_uncached(face, text, rtl).into();
    let mut cache = cache()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(key, Arc::clone(&glyphs));
    glyphs
}

fn shape_uncached(face: FontFace, text: &str, rtl: bool) -> Vec<ShapedGlyph> {
    let Some(shaping) = shaping(face) else {
        return Vec::new();
    };
    if text.is_empty() {
        return Vec::new();
    }
    let shaper = shaping.data.shaper(&shaping.font).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer.set_flags(BufferFlags::BEGINNING_OF_TEXT | BufferFlags::END_OF_TEXT);
    let shaped = shaper.shape(buffer, ShapeOptions::new());
    shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| ShapedGlyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            cluster: info.cluster,
            advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
        })
        .collect()
}

/// The summed advance of `glyphs`, in font units.
pub fn advance_units(glyphs: &[ShapedGlyph]) -> i32 {
    glyphs.iter().map(|g| g.advance).sum()
}
