//! Formats told from the first bytes, and cut-off JPEGs refused.

use pitchkit::media::sniff::*;
use pitchkit::media::{Problem, Unsupported};

#[test]
fn formats_from_bytes() {
    assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]).ok(), Some(Readable::Jpeg));
    assert_eq!(sniff(b"\x89PNG\r\n\x1a\n....").ok(), Some(Readable::Png));
    assert_eq!(sniff(b"GIF89a..").ok(), Some(Readable::Gif));
    assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 ").ok(), Some(Readable::Webp));
    let kind = |head: &[u8]| match sniff(head) {
        Err(Problem::Unsupported(kind)) => Some(kind),
        _ => None,
    };
    assert_eq!(
        sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic").ok(),
        Some(Readable::Heif)
    );
    assert_eq!(
        sniff(b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic").ok(),
        Some(Readable::Heif)
    );
    assert_eq!(
        kind(b"\0\0\0\x18ftypcrx \0\0\0\x01crx isom"),
        Some(Unsupported::Raw)
    );
    assert_eq!(
        kind(b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf"),
        Some(Unsupported::Avif)
    );
    assert_eq!(
        kind(b"\0\0\0\x18ftypisom\0\0\0\0isomavc1"),
        Some(Unsupported::Video)
    );
    assert_eq!(kind(b"II*\0\x08\0\0\0"), Some(Unsupported::TiffOrRaw));
    assert_eq!(kind(b"%PDF-1.7"), Some(Unsupported::Pdf));
    assert_eq!(kind(b"hello, I am not a photo\n"), Some(Unsupported::Text));
    assert_eq!(
        kind(b"<?xml version=\"1.0\"?><svg xmlns="),
        Some(Unsupported::Svg)
    );
    assert_eq!(kind(&[0x00, 0x13, 0x99, 0xFE]), Some(Unsupported::Unknown));
    assert!(matches!(sniff(b""), Err(Problem::Empty)));
}

#[test]
fn jpeg_completeness() {
    // SOI, a comment segment, SOS with 3 data bytes incl. stuffing and a restart, EOI.
    let whole: &[u8] = &[
        0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x04, b'h', b'i', 0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00,
        0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xD9,
    ];
    assert!(check_jpeg_complete(whole).is_ok());
    for cut in 3..whole.len() {
        assert!(
            matches!(
                check_jpeg_complete(whole.get(..cut).unwrap()),
                Err(Problem::Truncated)
            ),
            "cut at {cut}"
        );
    }
    let mut trailer = whole.to_vec();
    trailer.extend_from_slice(b"motion photo video follows");
    assert!(check_jpeg_complete(&trailer).is_ok());
}
