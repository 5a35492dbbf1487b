//! High-quality downscaling (Lanczos3, SIMD via `fast_image_resize`).

use super::error::Problem;
use fast_image_resize as fr;
use image::RgbImage;

/// The size that fits `long_edge_px` on the long side, keeping the aspect ratio;
/// never larger than the input (no upscaling) and never 0.
pub fn fit(width_px: u32, height_px: u32, long_edge_px: u32) -> (u32, u32) {
    let long = width_px.max(height_px);
    if long <= long_edge_px || long == 0 {
        return (width_px, height_px);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(long_edge_px) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(long_edge_px).max(1)
    };
    (scale(width_px), scale(height_px))
}

/// The picture resized to exactly `width_px × height_px` (a copy when the size is
/// already right).
pub fn resize(pixels: &RgbImage, width_px: u32, height_px: u32) -> Result<RgbImage, Problem> {
    resize_into(
        pixels,
        width_px,
        height_px,
        &mut fr::Resizer::new(),
        Vec::new(),
    )
}

/// [`resize`] with a resizer and an output buffer kept from earlier pictures (the
/// resizer keeps its intermediate buffer; `buffer`'s memory holds the result).
pub fn resize_into(
    pixels: &RgbImage,
    width_px: u32,
    height_px: u32,
    resizer: &mut fr::Resizer,
    buffer: Vec<u8>,
) -> Result<RgbImage, Problem> {
    let failed = |detail: String| Problem::Processing(format!("resizing failed: {detail}"));
    let len = width_px as usize * height_px as usize * 3;
    let mut buffer = super::scratch::sized(buffer, len);
    if pixels.dimensions() == (width_px, height_px) {
        buffer.copy_from_slice(pixels.as_raw());
    } else {
        let (src_width, src_height) = pixels.dimensions();
        let source =
            fr::images::ImageRef::new(src_width, src_height, pixels.as_raw(), fr::PixelType::U8x3)
                .map_err(|e| failed(e.to_string()))?;
        let mut target =
            fr::images::Image::from_slice_u8(width_px, height_px, &mut buffer, fr::PixelType::U8x3)
                .map_err(|e| failed(e.to_string()))?;
        let options = fr::ResizeOptions::new()
            .resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
        resizer
            .resize(&source, &mut target, &options)
            .map_err(|e| failed(e.to_string()))?;
    }
    RgbImage::from_raw(width_px, height_px, buffer)
        .ok_or_else(|| failed("the resized buffer has the wrong size".to_owned()))
}
