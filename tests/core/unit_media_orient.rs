//! EXIF orientation: the tiled turn against the `image` crate's.

use image::RgbImage;
use image::metadata::Orientation;
use pitchkit::media::orient::*;

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
