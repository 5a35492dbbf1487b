//! Photos for the web page: each stored master decoded once (with limits), turned
//! upright, cropped to the kit's 4:5 cell (centred, anchored at 40 % of the height)
//! and scaled to a long edge of about 1600 px; then encoded as baseline JPEG from the
//! pixels alone, so no EXIF, GPS or other metadata reaches the page. Smaller steps
//! (size, quality) keep the page under its budget.

use crate::kit::content::crop_for;
use crate::media::resize::{fit, resize};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbImage, RgbaImage};
use std::collections::BTreeMap;
use std::io::Cursor;

/// Reads a stored image by its file name in the project's `media/` folder: its bytes,
/// or why not in words.
pub type ReadMedia<'a> = &'a dyn Fn(&str) -> Result<Vec<u8>, String>;

/// Long edge and JPEG quality of the photos, tried in order until the page fits.
pub const STEPS: [(u32, u8); 7] = [
    (1600, 82),
    (1600, 74),
    (1400, 72),
    (1200, 70),
    (1000, 68),
    (800, 64),
    (640, 60),
];

/// Width ÷ height of every photo frame in the kit.
const FRAME_RATIO: f32 = 0.8;

/// Largest stored image side accepted, in pixels.
const MAX_SIDE_PX: u32 = 16_384;

/// Most memory one decode may take.
const MAX_ALLOC_BYTES: u64 = 512 * 1024 * 1024;

/// A photo ready for the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    /// Baseline JPEG bytes (JFIF only, no other metadata).
    pub jpeg: Vec<u8>,
    /// Its width.
    pub width_px: u32,
    /// Its height.
    pub height_px: u32,
}

/// Photos decoded once, and encoded once per step.
pub struct Photos<'a> {
    read: ReadMedia<'a>,
    cropped: BTreeMap<String, Result<RgbImage, String>>,
    encoded: BTreeMap<(String, (u32, u8)), Encoded>,
}

impl<'a> Photos<'a> {
    /// Photos read through `read`.
    pub fn new(read: ReadMedia<'a>) -> Self {
        Self {
            read,
            cropped: BTreeMap::new(),
            encoded: BTreeMap::new(),
        }
    }

    /// The photo `file` at `(long edge, quality)`, or why it cannot be shown.
    pub fn encoded(&mut self, file: &str, step: (u32, u8)) -> Result<Encoded, String> {
        let key = (file.to_owned(), step);
        if let Some(done) = self.encoded.get(&key) {
            return Ok(done.clone());
        }
        let (long_edge_px, quality) = step;
        let read = self.read;
        let pixels = self
            .cropped
            .entry(file.to_owned())
            .or_insert_with(|| cropped(read, file))
            .as_ref()
            .map_err(Clone::clone)?;
        let (w, h) = pixels.dimensions();
        let (width_px, height_px) = fit(w, h, long_edge_px);
        let scaled = resize(pixels, width_px, height_px).map_err(|e| e.to_string())?;
        let encoded = Encoded {
            jpeg: jpeg(&scaled, quality)?,
            width_px,
            height_px,
        };
        self.encoded.insert(key, encoded.clone());
        Ok(encoded)
    }
}

/// The stored photo decoded, upright, cropped to 4:5 and at most 1600 px long.
fn cropped(read: ReadMedia<'_>, file: &str) -> Result<RgbImage, String> {
    let bytes = read(file)?;
    let upright =
        decode(&bytes).map_err(|e| format!("the photo {file} could not be read ({e})"))?;
    let (w, h) = upright.dimensions();
    let (x, y, cw, ch) = crop_for(w, h, FRAME_RATIO);
    let crop = image::imageops::crop_imm(&upright, x, y, cw, ch).to_image();
    let (fw, fh) = fit(cw, ch, STEPS[0].0);
    resize(&crop, fw, fh).map_err(|e| e.to_string())
}

/// Decodes with limits, applies the orientation the file asks for, lays any
/// transparency over white.
fn decode(bytes: &[u8]) -> Result<RgbImage, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE_PX);
    limits.max_image_height = Some(MAX_SIDE_PX);
    limits.max_alloc = Some(MAX_ALLOC_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    picture.apply_orientation(orientation);
    Ok(if picture.color().has_alpha() {
        over_white(&picture.to_rgba8())
    } else {
        picture.to_rgb8()
    })
}

fn over_white(rgba: &RgbaImage) -> RgbImage {
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let alpha = u16::from(a);
        let blend = |c: u8| ((u16::from(c) * alpha + 255 * (255 - alpha) + 127) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

/// Baseline JPEG, 4:2:0, with no metadata segment besides JFIF.
fn jpeg(pixels: &RgbImage, quality: u8) -> Result<Vec<u8>, String> {
    let (width, height) = pixels.dimensions();
    let width = u16::try_from(width).map_err(|e| e.to_string())?;
    let height = u16::try_from(height).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    encoder
        .encode(pixels.as_raw(), width, height, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| format!("JPEG encoding failed: {e}"))?;
    Ok(out)
}
