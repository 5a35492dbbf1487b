//! JPEG encoding of the stored images (`jpeg-encoder`: baseline, 4:2:0, one
//! interleaved scan, no EXIF/XMP/IPTC: only the pixels leave this module).
//!
//! Huffman-table optimisation is off on purpose: with it `jpeg-encoder` writes one
//! scan per component, which zune-jpeg 0.5 (the `image` crate's decoder, used by
//! the editor) decodes with wrong colours when chroma is subsampled (still so in
//! 0.5.15: a test below says when that changes).

use super::error::Problem;
use image::RgbImage;

/// Qualities tried for the print master, best first, until it fits the budget.
const MASTER_QUALITIES: [u8; 4] = [82, 75, 68, 60];

/// Quality of the editor's thumbnail.
pub(crate) const THUMB_QUALITY: u8 = 80;

/// The picture as a baseline JPEG with no metadata segments besides JFIF.
pub(crate) fn jpeg(pixels: &RgbImage, quality: u8) -> Result<Vec<u8>, Problem> {
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

/// The print master: the best quality in [`MASTER_QUALITIES`] whose file fits
/// `budget_bytes` (the lowest one if none does), with the quality used.
pub(crate) fn master_jpeg(pixels: &RgbImage, budget_bytes: u64) -> Result<(Vec<u8>, u8), Problem> {
    let mut last = None;
    for quality in MASTER_QUALITIES {
        let bytes = jpeg(pixels, quality)?;
        if bytes.len() as u64 <= budget_bytes {
            return Ok((bytes, quality));
        }
        last = Some((bytes, quality));
    }
    last.ok_or_else(|| Problem::Processing("no JPEG quality to try".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_quality_down_to_fit() {
        // Noise compresses badly: the budget forces a lower quality.
        let noise: Vec<u8> = (0u32..256 * 256 * 3)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
            .collect();
        let pixels = RgbImage::from_raw(256, 256, noise).unwrap();
        let (roomy, roomy_quality) = master_jpeg(&pixels, 10_000_000).unwrap();
        assert_eq!(roomy_quality, 82);
        let (tight, tight_quality) = master_jpeg(&pixels, roomy.len() as u64 * 3 / 4).unwrap();
        assert!(tight_quality < 82 && tight.len() < roomy.len());
        assert!(!roomy.windows(4).any(|w| w == b"Exif"));
    }

    /// Why Huffman optimisation stays off: checked against the zune-jpeg in Cargo.lock
    /// (0.5.15). When this fails, zune-jpeg decodes such files right: turn it on.
    #[test]
    fn optimised_tables_still_mislead_the_editors_decoder() {
        let pixels = RgbImage::from_fn(64, 48, |x, y| {
            image::Rgb([(x * 4) as u8, (y * 5) as u8, ((x + y) * 2) as u8])
        });
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
        encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
        encoder.set_optimized_huffman_tables(true);
        encoder
            .encode(pixels.as_raw(), 64, 48, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        assert!(crate::media::sniff::jpeg_scans_not_interleaved(&out));
        let decoded = image::load_from_memory(&out).unwrap().to_rgb8();
        let worst = decoded
            .as_raw()
            .iter()
            .zip(pixels.as_raw())
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap();
        assert!(
            worst > 40,
            "zune-jpeg now decodes separate-scan JPEGs (worst difference {worst}): turn Huffman optimisation on"
        );
        // Without optimisation (what Pitchkit writes) the same decoder is right.
        let plain = jpeg(&pixels, 90).unwrap();
        let decoded = image::load_from_memory(&plain).unwrap().to_rgb8();
        let worst = decoded
            .as_raw()
            .iter()
            .zip(pixels.as_raw())
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap();
        assert!(worst < 24, "{worst}");
    }
}
