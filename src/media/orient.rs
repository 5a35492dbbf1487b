//! EXIF orientation: which of the eight stored-to-upright transforms a photo needs.

use image::metadata::Orientation;
use image::{DynamicImage, RgbImage};

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

/// The stored picture turned upright.
pub(crate) fn upright(pixels: RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return pixels;
    }
    let mut image = DynamicImage::ImageRgb8(pixels);
    image.apply_orientation(orientation);
    image.into_rgb8()
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
}
