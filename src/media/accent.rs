//! The gallery's colours for the kit's accent, measured one way everywhere: the
//! project's stored look, else each sample's stored palette or, for photos without
//! one, a palette measured on a 160 px decode of its thumbnail (or master). The PDF
//! export and the editor's preview both call this, so their accents agree.

use super::cohesion::gallery_look;
use super::palette::{Palette, palette_of};
use crate::model::{AestheticSample, GalleryLook, Rgb};

/// Photos measured for the accent: the first few of the gallery.
pub const ACCENT_PHOTOS: usize = 6;

/// Long edge of the decode a palette is measured on, in pixels.
const PALETTE_EDGE_PX: u16 = 160;

/// The gallery's dominant colours: `stored`'s palette when it has one, else the
/// palettes of the first [`ACCENT_PHOTOS`] samples that have one (stored in the
/// sample, else from `measure`) combined. Empty without photos.
pub fn gallery_colours(
    stored: Option<&GalleryLook>,
    samples: &[AestheticSample],
    measure: impl Fn(&AestheticSample) -> Option<Palette>,
) -> Vec<Rgb> {
    if let Some(look) = stored
        && !look.palette.is_empty()
    {
        return look.palette.iter().map(|s| s.rgb).collect();
    }
    let palettes: Vec<Palette> = samples
        .iter()
        .filter_map(|sample| {
            if sample.media.palette.is_empty() {
                measure(sample)
            } else {
                Some(Palette {
                    swatches: sample.media.palette.clone(),
                })
            }
        })
        .take(ACCENT_PHOTOS)
        .collect();
    gallery_look(&palettes)
        .map(|look| look.palette.colours())
        .unwrap_or_default()
}

/// The palette of an image file's bytes (a thumbnail or print master), measured on a
/// small decode: JPEGs at reduced DCT scale, other formats shrunk after decoding.
/// `None` when the bytes do not decode.
pub fn palette_of_bytes(bytes: &[u8]) -> Option<Palette> {
    let (width, height, rgb) = small_rgb(bytes)?;
    Some(palette_of(width, height, &rgb))
}

fn small_rgb(bytes: &[u8]) -> Option<(u32, u32, Vec<u8>)> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    if decoder.read_info().is_ok()
        && let Some(info) = decoder.info()
        && info.pixel_format == jpeg_decoder::PixelFormat::RGB24
    {
        let long = u32::from(info.width.max(info.height).max(1));
        let scale = |side: u16| {
            u16::try_from(u32::from(side) * u32::from(PALETTE_EDGE_PX) / long)
                .unwrap_or(PALETTE_EDGE_PX)
                .max(1)
        };
        decoder.scale(scale(info.width), scale(info.height)).ok()?;
        let pixels = decoder.decode().ok()?;
        let meta = decoder.info()?;
        return Some((u32::from(meta.width), u32::from(meta.height), pixels));
    }
    let image = image::load_from_memory(bytes)
        .ok()?
        .thumbnail(u32::from(PALETTE_EDGE_PX), u32::from(PALETTE_EDGE_PX));
    let rgb = image.to_rgb8();
    Some((rgb.width(), rgb.height(), rgb.into_raw()))
}
