//! Helpers shared by the media tests: fixtures, crafted files, pixel comparisons.
#![allow(dead_code, clippy::unwrap_used)]

use image::RgbImage;
use std::path::{Path, PathBuf};

/// A file under `tests/fixtures/images/`.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/images")
        .join(relative)
}

/// A baseline JPEG of the pixels (no metadata).
pub fn jpeg_of(pixels: &RgbImage, quality: u8) -> Vec<u8> {
    jpeg_with(pixels, quality, |_| {})
}

/// A baseline 4:2:0 JPEG of the pixels as a phone writes it, with a Display P3
/// profile when asked.
pub fn phone_jpeg(pixels: &RgbImage, p3: bool) -> Vec<u8> {
    jpeg_with(pixels, 90, |encoder| {
        encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
        if p3 {
            let profile = moxcms::ColorProfile::new_display_p3().encode().unwrap();
            encoder.add_icc_profile(&profile).unwrap();
        }
    })
}

/// A JPEG of the pixels, the encoder set up by `setup` first.
fn jpeg_with(
    pixels: &RgbImage,
    quality: u8,
    setup: impl FnOnce(&mut jpeg_encoder::Encoder<&mut Vec<u8>>),
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    setup(&mut encoder);
    let (w, h) = pixels.dimensions();
    encoder
        .encode(
            pixels.as_raw(),
            u16::try_from(w).unwrap(),
            u16::try_from(h).unwrap(),
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    out
}

/// The JPEG with an EXIF segment (big-endian TIFF) holding only an Orientation tag,
/// inserted right after SOI.
pub fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0*");
    tiff.extend_from_slice(&8u32.to_be_bytes()); // first IFD right after the header
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes()); // one value
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]); // padding of the 4-byte value field
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The markers of a JPEG's segments up to its first scan (`0xE1` is APP1 = EXIF/XMP).
pub fn header_markers(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut i = 2;
    while i + 4 <= jpeg.len() {
        assert_eq!(jpeg[i], 0xFF, "segment at {i} starts with a marker");
        let marker = jpeg[i + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        i += 2 + len;
    }
    markers
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A real 8×8 PNG (`color_type` 0 grey, 2 RGB, 6 RGBA; `bit_depth` 8 or 16) whose
/// header is then rewritten to claim `width × height`: a decompression bomb's shape
/// (tiny file, huge picture) with a valid checksum.
pub fn png_claiming(width: u32, height: u32, color_type: u8, bit_depth: u8) -> Vec<u8> {
    let mut png = Vec::new();
    let small = image::DynamicImage::new_rgb8(8, 8);
    small
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    // IHDR data starts after the 8-byte signature, 4-byte length and 4-byte type.
    let ihdr = 16;
    png[ihdr..ihdr + 4].copy_from_slice(&width.to_be_bytes());
    png[ihdr + 4..ihdr + 8].copy_from_slice(&height.to_be_bytes());
    png[ihdr + 8] = bit_depth;
    png[ihdr + 9] = color_type;
    let crc = crc32(&png[12..ihdr + 13]);
    png[ihdr + 13..ihdr + 17].copy_from_slice(&crc.to_be_bytes());
    png
}

/// A JPEG whose frame header claims `width × height` (the rest is a small real JPEG).
pub fn jpeg_claiming(width: u16, height: u16) -> Vec<u8> {
    let mut jpeg = jpeg_of(&RgbImage::new(16, 16), 80);
    let mut i = 2;
    loop {
        let marker = jpeg[i + 1];
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        if marker == 0xC0 || marker == 0xC2 {
            // Length (2), precision (1), then height and width.
            jpeg[i + 5..i + 7].copy_from_slice(&height.to_be_bytes());
            jpeg[i + 7..i + 9].copy_from_slice(&width.to_be_bytes());
            return jpeg;
        }
        i += 2 + len;
    }
}

/// A stored image decoded back.
pub fn load(media_dir: &Path, file: &str) -> RgbImage {
    image::open(media_dir.join(file)).unwrap().into_rgb8()
}

/// Mean absolute difference per channel of two same-size pictures (0–255).
pub fn mean_abs_diff(a: &RgbImage, b: &RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

/// The average colour of a rectangle.
pub fn mean_colour(pixels: &RgbImage, x0: u32, y0: u32, w: u32, h: u32) -> [u8; 3] {
    let mut sum = [0u64; 3];
    for y in y0..y0 + h {
        for x in x0..x0 + w {
            for (s, v) in sum.iter_mut().zip(pixels.get_pixel(x, y).0) {
                *s += u64::from(v);
            }
        }
    }
    let n = u64::from(w * h);
    sum.map(|s| u8::try_from(s / n).unwrap())
}

/// Whether two colours are within `tolerance` on every channel.
pub fn close(a: [u8; 3], b: [u8; 3], tolerance: u8) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= tolerance)
}
