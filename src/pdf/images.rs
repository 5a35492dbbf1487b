//! Photos as the PDF wants them: a metadata-free JPEG stream (DCTDecode) with its
//! size. Plain JPEGs (print masters) pass through untouched apart from cutting
//! metadata segments; anything else (PNG, WebP, CMYK or rotated JPEGs) is decoded and
//! encoded as JPEG. [`reencode`] makes smaller copies for the size budget.

use super::jpeg::{self, JpegInfo};
use image::{DynamicImage, RgbImage};

/// Quality for photos that have to be encoded anyway (PNG and the like).
const CONVERT_QUALITY: u8 = 90;

/// A photo ready to embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfImage {
    /// Baseline or progressive JPEG bytes with no metadata segments.
    pub jpeg: Vec<u8>,
    /// Pixel width of `jpeg`.
    pub(crate) width_px: u32,
    /// Pixel height of `jpeg`.
    pub(crate) height_px: u32,
    /// One grey channel rather than three.
    pub(crate) grey: bool,
}

impl PdfImage {
    /// Size of the JPEG stream in bytes.
    pub fn size_bytes(&self) -> usize {
        self.jpeg.len()
    }

    /// Pixel size (width, height).
    pub fn size_px(&self) -> (u32, u32) {
        (self.width_px, self.height_px)
    }
}

/// The photo ready to embed: a plain JPEG as it is (metadata cut out), anything else
/// decoded and encoded as JPEG. The error says why the bytes are no usable image.
pub fn prepare(bytes: &[u8]) -> Result<PdfImage, String> {
    if let Some(info) = jpeg::header(bytes)
        && info.embeddable()
        && let Some((clean, info)) = jpeg::strip(bytes)
    {
        return Ok(PdfImage {
            jpeg: clean,
            width_px: info.width_px,
            height_px: info.height_px,
            grey: info.components == 1,
        });
    }
    reencode(bytes, 1.0, CONVERT_QUALITY)
}

/// A copy scaled by `scale` (at most 1; the result is at least 1 px each way) and
/// encoded at JPEG `quality`, upright and without metadata.
pub fn reencode(bytes: &[u8], scale: f32, quality: u8) -> Result<PdfImage, String> {
    let scale = if scale.is_finite() {
        scale.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let stripped = jpeg::strip(bytes);
    let (pixels, orientation) = match &stripped {
        Some((clean, info)) => (decode_jpeg(clean, info, scale)?, info.orientation),
        None => (decode_other(bytes)?, 1),
    };
    let (full_w, full_h) = match &stripped {
        Some((_, info)) => (info.width_px, info.height_px),
        None => pixels.dimensions(),
    };
    let target = |side: u32| ((side as f32 * scale).round() as u32).max(1);
    let pixels = resize(pixels, target(full_w), target(full_h))?;
    let pixels = upright(pixels, orientation);
    encode(&pixels, quality)
}

/// Decodes a JPEG, in the DCT domain at 1/2, 1/4 or 1/8 size when that still covers
/// the target size (much faster than decoding everything).
fn decode_jpeg(clean: &[u8], info: &JpegInfo, scale: f32) -> Result<RgbImage, String> {
    let failed = |e: jpeg_decoder::Error| format!("the JPEG does not decode ({e})");
    let mut decoder = jpeg_decoder::Decoder::new(clean);
    let want =
        |side: u32| u16::try_from(((side as f32 * scale).ceil() as u32).max(1)).unwrap_or(u16::MAX);
    decoder
        .scale(want(info.width_px), want(info.height_px))
        .map_err(failed)?;
    let data = decoder.decode().map_err(failed)?;
    let meta = decoder
        .info()
        .ok_or_else(|| "the JPEG has no frame header".to_owned())?;
    let (w, h) = (u32::from(meta.width), u32::from(meta.height));
    let rgb: Vec<u8> = match meta.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => data,
        jpeg_decoder::PixelFormat::L8 => data.iter().flat_map(|&l| [l, l, l]).collect(),
        jpeg_decoder::PixelFormat::L16 => data
            .chunks_exact(2)
            .flat_map(|c| [c[0], c[0], c[0]])
            .collect(),
        jpeg_decoder::PixelFormat::CMYK32 => data
            .chunks_exact(4)
            .flat_map(|c| {
                let k = u16::from(255 - c[3]);
                let channel = |v: u8| ((u16::from(255 - v) * k) / 255) as u8;
                [channel(c[0]), channel(c[1]), channel(c[2])]
            })
            .collect(),
    };
    RgbImage::from_raw(w, h, rgb).ok_or_else(|| "the JPEG decoded to the wrong size".to_owned())
}

/// Decodes PNG, WebP, GIF with the `image` crate; transparency is laid over white.
fn decode_other(bytes: &[u8]) -> Result<RgbImage, String> {
    let decoded = image::load_from_memory(bytes)
        .map_err(|e| format!("the file is not an image Pitchkit can read ({e})"))?;
    if !decoded.color().has_alpha() {
        return Ok(decoded.to_rgb8());
    }
    let rgba = decoded.to_rgba8();
    let (w, h) = rgba.dimensions();
    let flat = rgba
        .pixels()
        .flat_map(|p| {
            let a = u16::from(p.0[3]);
            let over_white = |v: u8| ((u16::from(v) * a + 255 * (255 - a)) / 255) as u8;
            [over_white(p.0[0]), over_white(p.0[1]), over_white(p.0[2])]
        })
        .collect();
    RgbImage::from_raw(w, h, flat).ok_or_else(|| "the image decoded to the wrong size".to_owned())
}

/// Lanczos3 resize to exactly `width_px × height_px` (no-op when already that size),
/// through the photo pipeline's resizer.
fn resize(pixels: RgbImage, width_px: u32, height_px: u32) -> Result<RgbImage, String> {
    if pixels.dimensions() == (width_px, height_px) {
        return Ok(pixels);
    }
    crate::media::resize::resize(&pixels, width_px, height_px)
        .map_err(|e| format!("the photo could not be resized ({e})"))
}

/// The picture turned by its EXIF orientation (1–8).
fn upright(pixels: RgbImage, orientation: u8) -> RgbImage {
    match image::metadata::Orientation::from_exif(orientation) {
        Some(o) if orientation != 1 => {
            let mut image = DynamicImage::ImageRgb8(pixels);
            image.apply_orientation(o);
            image.to_rgb8()
        }
        _ => pixels,
    }
}

/// Baseline JPEG, 4:2:0, no metadata segments besides JFIF.
fn encode(pixels: &RgbImage, quality: u8) -> Result<PdfImage, String> {
    let (w, h) = pixels.dimensions();
    let too_big = |_| format!("the photo is too large to encode ({w} × {h} px)");
    let (w16, h16) = (
        u16::try_from(w).map_err(too_big)?,
        u16::try_from(h).map_err(too_big)?,
    );
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    encoder
        .encode(pixels.as_raw(), w16, h16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| format!("JPEG encoding failed ({e})"))?;
    Ok(PdfImage {
        jpeg: out,
        width_px: w,
        height_px: h,
        grey: false,
    })
}
