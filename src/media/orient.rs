//! EXIF orientation: which of the eight stored-to-upright transforms a photo needs.

use image::RgbImage;
use image::metadata::Orientation;

/// Whether the transform swaps width and height (the four 90° cases).
pub fn swaps_axes(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Side of the square tiles the picture is copied in (both the rows read and the
/// rows written stay in cache).
const TILE: usize = 64;

/// The stored picture turned upright. A cache-friendly copy in tiles, one loop per
/// transform so each is compiled on its own (the `image` crate's generic turn is
/// several times slower on a 2400 × 1800 master).
pub fn upright(pixels: RgbImage, orientation: Orientation) -> RgbImage {
    upright_reusing(pixels, orientation, &mut Vec::new())
}

/// [`upright`] written into `spare`'s memory when the picture has to move; the
/// stored picture's memory is then left in `spare` for the next one.
pub fn upright_reusing(
    pixels: RgbImage,
    orientation: Orientation,
    spare: &mut Vec<u8>,
) -> RgbImage {
    let (w, h) = (pixels.width() as usize, pixels.height() as usize);
    let buffer = std::mem::take(spare);
    // For each upright pixel (x, y), the stored pixel it comes from.
    let out = match orientation {
        Orientation::NoTransforms => {
            *spare = buffer;
            return pixels;
        }
        Orientation::FlipHorizontal => remap(&pixels, buffer, w, h, |x, y| (w - 1 - x, y)),
        Orientation::Rotate180 => remap(&pixels, buffer, w, h, |x, y| (w - 1 - x, h - 1 - y)),
        Orientation::FlipVertical => remap(&pixels, buffer, w, h, |x, y| (x, h - 1 - y)),
        Orientation::Rotate90FlipH => remap(&pixels, buffer, h, w, |x, y| (y, x)),
        Orientation::Rotate90 => remap(&pixels, buffer, h, w, |x, y| (y, h - 1 - x)),
        Orientation::Rotate270FlipH => remap(&pixels, buffer, h, w, |x, y| (w - 1 - y, h - 1 - x)),
        Orientation::Rotate270 => remap(&pixels, buffer, h, w, |x, y| (w - 1 - y, x)),
    };
    match out {
        Some(out) => {
            *spare = pixels.into_raw();
            out
        }
        None => pixels,
    }
}

/// A picture of `out_w × out_h`, in `buffer`'s memory, whose pixel (x, y) is
/// `pixels`' pixel `source(x, y)`, copied tile by tile.
fn remap(
    pixels: &RgbImage,
    buffer: Vec<u8>,
    out_w: usize,
    out_h: usize,
    source: impl Fn(usize, usize) -> (usize, usize),
) -> Option<RgbImage> {
    let w = pixels.width() as usize;
    let input = pixels.as_raw();
    let mut out = super::scratch::sized(buffer, out_w * out_h * 3);
    for tile_y in (0..out_h).step_by(TILE) {
        for tile_x in (0..out_w).step_by(TILE) {
            let x_end = (tile_x + TILE).min(out_w);
            for y in tile_y..(tile_y + TILE).min(out_h) {
                let row = out.get_mut((y * out_w + tile_x) * 3..(y * out_w + x_end) * 3)?;
                for (x, dst) in (tile_x..x_end).zip(row.chunks_exact_mut(3)) {
                    let (sx, sy) = source(x, y);
                    let from = (sy * w + sx) * 3;
                    dst.copy_from_slice(input.get(from..from + 3)?);
                }
            }
        }
    }
    RgbImage::from_raw(u32::try_from(out_w).ok()?, u32::try_from(out_h).ok()?, out)
}
