//! Getting every decoded picture to 8-bit sRGB RGB: alpha flattened onto white,
//! greyscale and 16-bit converted, embedded ICC profiles applied.

use image::{DynamicImage, RgbImage};

/// The picture as 8-bit RGB; transparent parts are laid over white (as a
/// screenshot would show on the kit's page).
pub fn to_rgb8(image: DynamicImage) -> RgbImage {
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
pub fn icc_to_srgb(pixels: &mut RgbImage, icc: &[u8]) {
    icc_to_srgb_reusing(pixels, icc, &mut Vec::new());
}

/// [`icc_to_srgb`] written into `spare`'s memory; the old pixels' memory is then
/// left in `spare` for the next use.
pub fn icc_to_srgb_reusing(pixels: &mut RgbImage, icc: &[u8], spare: &mut Vec<u8>) {
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
    let mut out = super::scratch::sized(std::mem::take(spare), pixels.as_raw().len());
    match transform.transform(pixels.as_raw(), &mut out) {
        Ok(()) => {
            let (width, height) = pixels.dimensions();
            if let Some(converted) = RgbImage::from_raw(width, height, out) {
                *spare = std::mem::replace(pixels, converted).into_raw();
            }
        }
        Err(e) => {
            *spare = out;
            log::warn!("a photo's colours could not be converted to sRGB ({e}); kept as they are");
        }
    }
}
