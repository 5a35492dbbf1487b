//! Decoded pictures to 8-bit sRGB: alpha over white, 16-bit grey, ICC profiles.

use image::{DynamicImage, ImageBuffer, LumaA, RgbImage, Rgba};
use pitchkit::media::colour::*;

#[test]
fn transparent_becomes_white() {
    let mut rgba = image::RgbaImage::new(2, 1);
    rgba.put_pixel(0, 0, Rgba([255, 0, 0, 0]));
    rgba.put_pixel(1, 0, Rgba([255, 0, 0, 255]));
    let rgb = to_rgb8(DynamicImage::ImageRgba8(rgba));
    assert_eq!(rgb.get_pixel(0, 0).0, [255, 255, 255]);
    assert_eq!(rgb.get_pixel(1, 0).0, [255, 0, 0]);
}

#[test]
fn sixteen_bit_grey_with_alpha() {
    let grey: ImageBuffer<LumaA<u16>, Vec<u16>> =
        ImageBuffer::from_pixel(1, 1, LumaA([0x8080, 0xFFFF]));
    let rgb = to_rgb8(DynamicImage::ImageLumaA16(grey));
    assert_eq!(rgb.get_pixel(0, 0).0, [128, 128, 128]);
}

#[test]
fn srgb_profile_keeps_colours_and_junk_is_ignored() {
    let mut pixels = RgbImage::from_pixel(2, 2, image::Rgb([200, 100, 50]));
    icc_to_srgb(&mut pixels, b"not a profile");
    assert_eq!(pixels.get_pixel(0, 0).0, [200, 100, 50]);
    let srgb = moxcms::ColorProfile::new_srgb().encode().unwrap();
    icc_to_srgb(&mut pixels, &srgb);
    let [r, g, b] = pixels.get_pixel(1, 1).0;
    assert!(r.abs_diff(200) <= 2 && g.abs_diff(100) <= 2 && b.abs_diff(50) <= 2);
}

#[test]
fn display_p3_red_becomes_out_of_srgb_red() {
    // Pure P3 red is more saturated than sRGB red: it clips to (255, 0, 0)-ish.
    let mut pixels = RgbImage::from_pixel(1, 1, image::Rgb([180, 60, 60]));
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    icc_to_srgb(&mut pixels, &p3);
    let [r, g, b] = pixels.get_pixel(0, 0).0;
    assert!(r > 190 && g < 60 && b < 60, "{r} {g} {b}");
}
