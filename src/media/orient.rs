//! EXIF orientation: which of the eight stored-to-upright transforms a photo needs.

use image::RgbImage;
use image::metadata::Orientation;

/// Whether the transform swaps width and height (the four 90° cases).
pub(crate) fn swaps_axes(orientation: Orientation) -> bool {
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
pub(crate) fn upright(pixels: RgbImage, orientation: Orientation) -> RgbImage {
    let (w, h) = (pixels.width() as usize, pixels.height() as usize);
    // For each upright pixel (x, y), the stored pixel it comes from.
    let out = match orientation {
        Orientation::NoTransforms => return pixels,
        Orientation::FlipHorizontal => remap(&pixels, w, h, |x, y| (w - 1 - x, y)),
        Orientation::Rotate180 => remap(&pixels, w, h, |x, y| (w - 1 - x, h - 1 - y)),
        Orientation::FlipVertical => remap(&pixels, w, h, |x, y| (x, h - 1 - y)),
        Orientation::Rotate90FlipH => remap(&pixels, h, w, |x, y| (y, x)),
        Orientation::Rotate90 => remap(&pixels, h, w, |x, y| (y, h - 1 - x)),
        Orientation::Rotate270FlipH => remap(&pixels, h, w, |x, y| (w - 1 - y, h - 1 - x)),
        Orientation::Rotate270 => remap(&pixels, h, w, |x, y| (w - 1 - y, x)),
    };
    out.unwrap_or(pixels)
}

/// A picture of `out_w × out_h` whose pixel (x, y) is `pixels`' pixel `source(x, y)`,
/// copied tile by tile.
fn remap(
    pixels: &RgbImage,
    out_w: usize,
    out_h: usize,
    source: impl Fn(usize, usize) -> (usize, usize),
) -> Option<RgbImage> {
    let w = pixels.width() as usize;
    let input = pixels.as_raw();
    let mut out = vec![0u8; out_w * out_h * 3];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotate_90_turns_clockwise() {
        // 2×1: red then blue. Turned clockwise it is 1×2: red on top.
        let mut pixels = RgbImage::new(2, 1);
        pixels.put_pixel(0, 0, image::Rgb([255, 0, 0]));
        pixels.put_pixel(1, 0, image::Rgb([0, 0, 255]));
        let turned = upright(pixels, Orientation::Rotate90);
        assert_eq!(turned.dimensions(), (1, 2));
        assert_eq!(turned.get_pixel(0, 0).0, [255, 0, 0]);
        assert!(swaps_axes(Orientation::Rotate90));
        assert!(!swaps_axes(Orientation::FlipVertical));
    }

    proptest::proptest! {
        /// The tiled turn gives exactly what the `image` crate's turn gives.
        #[test]
        fn same_as_the_image_crate(w in 1u32..150, h in 1u32..150, code in 1u8..=8, seed in 0u32..1000) {
            let pixels = RgbImage::from_fn(w, h, |x, y| {
                let v = x.wrapping_mul(31) ^ y.wrapping_mul(17) ^ seed;
                image::Rgb([v as u8, (v >> 3) as u8, (x + y) as u8])
            });
            let orientation = Orientation::from_exif(code).unwrap();
            let mut expected = image::DynamicImage::ImageRgb8(pixels.clone());
            expected.apply_orientation(orientation);
            proptest::prop_assert_eq!(upright(pixels, orientation), expected.into_rgb8());
        }
    }
}
