//! JPEG encoding of the stored images: the master's quality steps down to fit, the
//! probe agrees with trying each quality, and why Huffman optimisation stays off.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use image::RgbImage;
use pitchkit::media::encode::*;

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

/// The best quality that fits, found by encoding at each in turn.
fn exhaustive(pixels: &RgbImage, budget_bytes: u64) -> u8 {
    MASTER_QUALITIES
        .into_iter()
        .find(|&q| jpeg(pixels, q).unwrap().len() as u64 <= budget_bytes)
        .unwrap_or(60)
}

#[test]
fn the_probe_picks_the_quality_trying_each_would() {
    for (noise, budget_kb) in [
        (0u32, 60u64),
        (24, 200),
        (24, 95),
        (24, 85),
        (64, 125),
        (64, 105),
        (64, 40),
    ] {
        let pixels = RgbImage::from_fn(900, 700, |x, y| {
            let n = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 24;
            let n = if noise == 0 { 0 } else { n % noise };
            image::Rgb([
                ((x / 3 + n) % 256) as u8,
                ((y / 2 + n) % 256) as u8,
                (((x + y) / 5) % 256) as u8,
            ])
        });
        let budget = budget_kb * 1000;
        let (bytes, quality) = master_jpeg(&pixels, budget).unwrap();
        assert_eq!(
            quality,
            exhaustive(&pixels, budget),
            "noise {noise}, {budget_kb} KB"
        );
        assert!(bytes.len() as u64 <= budget || quality == 60);
    }
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
    assert!(pitchkit::media::sniff::jpeg_scans_not_interleaved(&out));
    let worst = worst_difference_through_zune(&out, &pixels);
    assert!(
        worst > 40,
        "zune-jpeg now decodes separate-scan JPEGs (worst difference {worst}): turn Huffman optimisation on"
    );
    // Without optimisation (what Pitchkit writes) the same decoder is right.
    let plain = jpeg(&pixels, 90).unwrap();
    let worst = worst_difference_through_zune(&plain, &pixels);
    assert!(worst < 24, "{worst}");
}

/// The largest channel difference between `pixels` and `jpeg` decoded by the
/// `image` crate (zune-jpeg, the editor's decoder).
fn worst_difference_through_zune(jpeg: &[u8], pixels: &RgbImage) -> u8 {
    let decoded = image::load_from_memory(jpeg).unwrap().to_rgb8();
    decoded
        .as_raw()
        .iter()
        .zip(pixels.as_raw())
        .map(|(a, b)| a.abs_diff(*b))
        .max()
        .unwrap()
}
