//! Getting every decoded picture to 8-bit sRGB RGB: alpha flattened onto white,
//! greyscale and 16-bit converted, embedded ICC profiles applied.

use image::{DynamicImage, RgbImage};

/// The picture as 8-bit RGB; transparent parts are laid over white (as a
/// screenshot would show on the kit's page).
pub(crate) fn to_rgb8(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut rgb = Vec::with_capacity(rgba.as_raw().len() / 4 * 3);
    for pixel in rgba.as_raw().chunks_exact(4) {
        let alpha = u32::from(pixel[3]);
        for &channel in &pixel[..3] {
            let value = (u32::from(channel) * alpha + 255 * (255 - alpha) + 127) / 255;
            // At most 255 by construction.
            #[allow(clippy::cast_possible_truncation)]
            rgb.push(value as u8);
        }
    }
    // The buffer has exactly width × height × 3 bytes.
    RgbImage::from_raw(width, height, rgb).unwrap_or_else(|| RgbImage::new(width, height))
}

/// Converts pixels described by an embedded RGB ICC profile (Display P3, Adobe RGB …)
/// to sRGB, in place. A profile that cannot be read, or is not an RGB profile
/// (greyscale, CMYK: those pixels were already converted by the decoder), leaves
/// the pixels as they are.
pub(crate) fn icc_to_srgb(pixels: &mut RgbImage, icc: &[u8]) {
    let source = match moxcms::ColorProfile::new_from_slice(icc) {
        Ok(source) => source,
        Err(e) => {
            log::info!("a photo's colour profile is not readable ({e}); it is taken as sRGB");
            return;
        }
    };
    if source.color_space != moxcms::DataColorSpace::Rgb {
        return;
    }
    let srgb = moxcms::ColorProfile::new_srgb();
    let transform = match source.create_transform_8bit(
        moxcms::Layout::Rgb,
        &srgb,
        moxcms::Layout::Rgb,
        moxcms::TransformOptions::default(),
    ) {
        Ok(transform) => transform,
        Err(e) => {
            log::warn!("a photo's colours could not be converted to sRGB ({e}); kept as they are");
            return;
        }
    };
    let mut out = vec![0u8; pixels.as_raw().len()];
    match transform.transform(pixels.as_raw(), &mut out) {
        Ok(()) => {
            let (width, height) = pixels.dimensions();
            if let Some(converted) = RgbImage::from_raw(width, height, out) {
                *pixels = converted;
            }
        }
        Err(e) => {
            log::warn!("a photo's colours could not be converted to sRGB ({e}); kept as they are");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, LumaA, Rgba};

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
}
