//! Photos for the PDF: JPEG metadata cut out and headers read (`pdf::jpeg`), other
//! formats converted and JPEGs scaled down (`pdf::images`).
#![allow(clippy::unwrap_used)]

use pitchkit::pdf::images::{prepare, reencode};
use pitchkit::pdf::jpeg::{header, strip};

// pdf::jpeg

/// A tiny real JPEG with an EXIF segment (orientation 1), a comment and a trailer.
fn sample_with_metadata(orientation: u16) -> Vec<u8> {
    let pixels = vec![128u8; 16 * 8 * 3];
    let mut plain = Vec::new();
    jpeg_encoder::Encoder::new(&mut plain, 80)
        .encode(&pixels, 16, 8, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    exif.extend_from_slice(&orientation.to_be_bytes());
    exif.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    exif.extend_from_slice(b"GPS 52.1N secret");
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x07]);
    out.extend_from_slice(b"hello");
    out.extend_from_slice(&plain[2..]);
    out.extend_from_slice(b"\xFF\xD8\xFF\xE1 Exif trailing preview");
    out
}

#[test]
fn cuts_exif_comments_and_trailers() {
    let (clean, info) = strip(&sample_with_metadata(1)).unwrap();
    assert_eq!((info.width_px, info.height_px, info.components), (16, 8, 3));
    assert!(info.embeddable());
    assert!(!clean.windows(4).any(|w| w == b"Exif"));
    assert!(!clean.windows(5).any(|w| w == b"hello"));
    assert!(clean.ends_with(&[0xFF, 0xD9]));
    let decoded = jpeg_decoder::Decoder::new(clean.as_slice())
        .decode()
        .unwrap();
    assert_eq!(decoded.len(), 16 * 8 * 3);
}

#[test]
fn reads_orientation() {
    let (_, info) = strip(&sample_with_metadata(6)).unwrap();
    assert_eq!(info.orientation, 6);
    assert!(!info.embeddable());
    assert_eq!(header(&sample_with_metadata(6)), Some(info));
    assert_eq!(
        header(&sample_with_metadata(1)).map(|i| (i.width_px, i.height_px)),
        Some((16, 8))
    );
}

#[test]
fn refuses_garbage() {
    assert!(strip(b"not a jpeg").is_none());
    assert!(strip(&[0xFF, 0xD8, 0xFF]).is_none());
    let full = sample_with_metadata(1);
    assert!(strip(&full[..full.len() / 3]).is_none());
}

// pdf::images

fn png(width: u32, height: u32, alpha: u8) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([0, 0, 0, alpha]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn png_becomes_jpeg_over_white() {
    let image = prepare(&png(40, 20, 0)).unwrap();
    assert_eq!(image.size_px(), (40, 20));
    assert!(image.jpeg.starts_with(&[0xFF, 0xD8]));
    let pixels = jpeg_decoder::Decoder::new(image.jpeg.as_slice())
        .decode()
        .unwrap();
    assert!(
        pixels.iter().all(|&v| v > 245),
        "transparent pixels turn white"
    );
}

#[test]
fn reencode_scales_down() {
    let source = prepare(&png(400, 300, 255)).unwrap();
    let small = reencode(&source.jpeg, 0.25, 70).unwrap();
    assert_eq!(small.size_px(), (100, 75));
    let tiny = reencode(&source.jpeg, 0.0, 70).unwrap();
    assert_eq!(tiny.size_px(), (1, 1));
}

#[test]
fn garbage_is_an_error() {
    assert!(prepare(b"definitely not a photo").is_err());
}
