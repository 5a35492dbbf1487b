//! JPEG encoding of the stored images (`jpeg-encoder`: baseline, 4:2:0, one
//! interleaved scan, no EXIF/XMP/IPTC: only the pixels leave this module).
//!
//! Huffman-table optimisation is off on purpose: with it `jpeg-encoder` writes one
//! scan per component, which zune-jpeg 0.5 (the `image` crate's decoder, used by
//! the editor) decodes with wrong colours when chroma is subsampled (still so in
//! 0.5.15: a test in `tests/core/unit_media_encode.rs` says when that changes).

use super::error::Problem;
use image::RgbImage;

/// Qualities tried for the print master, best first, until it fits the budget.
pub const MASTER_QUALITIES: [u8; 4] = [82, 75, 68, 60];

/// Quality of the editor's thumbnail.
pub(crate) const THUMB_QUALITY: u8 = 80;

/// The picture as a baseline JPEG with no metadata segments besides JFIF.
pub fn jpeg(pixels: &RgbImage, quality: u8) -> Result<Vec<u8>, Problem> {
    let failed = |detail: String| Problem::Processing(format!("JPEG encoding failed: {detail}"));
    let (width, height) = pixels.dimensions();
    let width = u16::try_from(width).map_err(|e| failed(e.to_string()))?;
    let height = u16::try_from(height).map_err(|e| failed(e.to_string()))?;
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    encoder
        .encode(pixels.as_raw(), width, height, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| failed(e.to_string()))?;
    Ok(out)
}

/// Rows in each band of the size probe (a multiple of 16: whole 4:2:0 blocks).
const PROBE_BAND_ROWS: u32 = 16;

/// Bands in the size probe, spread evenly over the picture.
const PROBE_BANDS: u32 = 8;

/// The print master: the best quality in [`MASTER_QUALITIES`] whose file fits
/// `budget_bytes` (the lowest one if none does), with the quality used.
///
/// Most masters fit at the best quality: that is encoded first. Only when it is too
/// big, rather than encoding the whole picture at each lower quality in turn, a probe
/// (a few bands of rows spread over the picture, about a fourteenth of a master),
/// calibrated by that first encode, predicts which quality fits; the quality above the
/// predicted one is tried too when the prediction skipped it.
pub fn master_jpeg(pixels: &RgbImage, budget_bytes: u64) -> Result<(Vec<u8>, u8), Problem> {
    let quality_at = |index: usize| MASTER_QUALITIES.get(index).copied().unwrap_or(60);
    let best = jpeg(pixels, quality_at(0))?;
    if best.len() as u64 <= budget_bytes {
        return Ok((best, quality_at(0)));
    }
    let Some(mut probe) = Probe::new(pixels) else {
        return step_down(pixels, budget_bytes, 1);
    };
    // Calibrated by the full encode, skip the qualities predicted too big.
    let calibration = best.len() as f64 / probe.size(0)?.max(1.0);
    let budget = budget_bytes as f64;
    let mut start = 1;
    while start + 1 < MASTER_QUALITIES.len() && probe.size(start)? * calibration > budget {
        start += 1;
    }
    let (bytes, quality) = step_down(pixels, budget_bytes, start)?;
    let fits_at_start = quality == quality_at(start) && bytes.len() as u64 <= budget_bytes;
    if start > 1 && fits_at_start {
        let higher = jpeg(pixels, quality_at(start - 1))?;
        if higher.len() as u64 <= budget_bytes {
            return Ok((higher, quality_at(start - 1)));
        }
    }
    Ok((bytes, quality))
}

/// The first quality from index `start` on whose file fits (the last one if none).
fn step_down(pixels: &RgbImage, budget_bytes: u64, start: usize) -> Result<(Vec<u8>, u8), Problem> {
    let mut last = None;
    for &quality in MASTER_QUALITIES.iter().skip(start) {
        let bytes = jpeg(pixels, quality)?;
        if bytes.len() as u64 <= budget_bytes {
            return Ok((bytes, quality));
        }
        last = Some((bytes, quality));
    }
    last.ok_or_else(|| Problem::Processing("no JPEG quality to try".to_owned()))
}

/// A few bands of rows spread over the picture, encoded at a quality only when its
/// predicted file size is asked for.
struct Probe {
    bands: RgbImage,
    /// Picture rows per probe row.
    scale: f64,
    /// Predicted sizes by index in [`MASTER_QUALITIES`], as computed.
    sizes: [Option<f64>; MASTER_QUALITIES.len()],
}

impl Probe {
    /// The probe of `pixels`; `None` when the picture is too small to need one.
    fn new(pixels: &RgbImage) -> Option<Self> {
        let (width, height) = pixels.dimensions();
        let probe_rows = PROBE_BAND_ROWS * PROBE_BANDS;
        if height < probe_rows * 4 {
            return None;
        }
        let row_bytes = width as usize * 3;
        let mut bands = Vec::with_capacity(row_bytes * probe_rows as usize);
        let stride = height / PROBE_BANDS;
        for band in 0..PROBE_BANDS {
            let first = (band * stride + (stride - PROBE_BAND_ROWS) / 2) as usize;
            let rows = pixels
                .as_raw()
                .get(first * row_bytes..(first + PROBE_BAND_ROWS as usize) * row_bytes)?;
            bands.extend_from_slice(rows);
        }
        Some(Self {
            bands: RgbImage::from_raw(width, probe_rows, bands)?,
            scale: f64::from(height) / f64::from(probe_rows),
            sizes: [None; MASTER_QUALITIES.len()],
        })
    }

    /// The predicted file size of the whole picture at `MASTER_QUALITIES[index]`.
    fn size(&mut self, index: usize) -> Result<f64, Problem> {
        if let Some(Some(size)) = self.sizes.get(index) {
            return Ok(*size);
        }
        let quality = MASTER_QUALITIES.get(index).copied().unwrap_or(60);
        // The headers (tables) are written once whatever the size: only the coded
        // data grows with the rows.
        let headers = jpeg(&RgbImage::new(16, 16), quality)?.len() as f64;
        let data = (jpeg(&self.bands, quality)?.len() as f64 - headers).max(0.0);
        let size = headers + data * self.scale;
        if let Some(slot) = self.sizes.get_mut(index) {
            *slot = Some(size);
        }
        Ok(size)
    }
}
