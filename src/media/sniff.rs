//! Telling the format from the file's first bytes (never from its name), and
//! checking that a JPEG is whole before it is decoded.

use super::error::{Problem, Unsupported};

/// How many leading bytes [`sniff`] looks at.
pub const HEAD_BYTES: usize = 512;

/// A format Pitchkit decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readable {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// WebP.
    Webp,
    /// GIF (its first frame).
    Gif,
    /// HEIC/HEIF (HEVC-coded), decoded by `heifer`, not by the `image` crate.
    Heif,
}

impl Readable {
    /// The `image` crate's name for it (`None` for formats decoded elsewhere).
    pub(crate) fn image_format(self) -> Option<image::ImageFormat> {
        match self {
            Self::Jpeg => Some(image::ImageFormat::Jpeg),
            Self::Png => Some(image::ImageFormat::Png),
            Self::Webp => Some(image::ImageFormat::WebP),
            Self::Gif => Some(image::ImageFormat::Gif),
            Self::Heif => None,
        }
    }
}

/// The format of a file from its first bytes (up to [`HEAD_BYTES`]).
pub fn sniff(head: &[u8]) -> Result<Readable, Problem> {
    if head.is_empty() {
        return Err(Problem::Empty);
    }
    let starts = |magic: &[u8]| head.starts_with(magic);
    let readable = if starts(&[0xFF, 0xD8, 0xFF]) {
        Some(Readable::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some(Readable::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(Readable::Gif)
    } else if starts(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
        Some(Readable::Webp)
    } else if head.get(4..8) == Some(b"ftyp") {
        return iso_media_kind(head).map_err(Problem::Unsupported);
    } else {
        None
    };
    readable.ok_or_else(|| Problem::Unsupported(unsupported_kind(head)))
}

/// Names a format Pitchkit does not read, for the message.
fn unsupported_kind(head: &[u8]) -> Unsupported {
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(b"II*\0") || starts(b"MM\0*") {
        Unsupported::TiffOrRaw
    } else if starts(b"IIRO") || starts(b"IIU\0") || starts(b"FUJIFILMCCD-RAW") {
        Unsupported::Raw
    } else if starts(b"8BPS") {
        Unsupported::Psd
    } else if starts(b"%PDF") {
        Unsupported::Pdf
    } else if starts(&[0xFF, 0x0A]) || starts(b"\0\0\0\x0CJXL \r\n\x87\n") {
        Unsupported::JpegXl
    } else if starts(&[0, 0, 1, 0]) {
        Unsupported::Ico
    } else if starts(b"BM") && head.get(6..10) == Some(&[0, 0, 0, 0]) {
        Unsupported::Bmp
    } else if looks_like_text(head) {
        if contains(head, b"<svg") {
            Unsupported::Svg
        } else {
            Unsupported::Text
        }
    } else {
        Unsupported::Unknown
    }
}

/// HEIC, AVIF, CR3 and videos all start with an ISO-BMFF `ftyp` box: its major
/// and compatible brands tell them apart. HEIF still images are read (AVIF is
/// refused first: it carries the generic `mif1` brand too).
fn iso_media_kind(head: &[u8]) -> Result<Readable, Unsupported> {
    let box_len = head
        .get(0..4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, |b| u32::from_be_bytes(b) as usize);
    let brands = head.get(8..box_len.clamp(12, head.len())).unwrap_or(&[]);
    let has = |brand: &[u8; 4]| brands.chunks(4).any(|chunk| chunk == brand);
    if has(b"avif") || has(b"avis") {
        Err(Unsupported::Avif)
    } else if [
        "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "mif2",
    ]
    .iter()
    .any(|b| has(&to_brand(b)))
    {
        Ok(Readable::Heif)
    } else if has(b"crx ") {
        Err(Unsupported::Raw)
    } else {
        Err(Unsupported::Video)
    }
}

fn to_brand(text: &str) -> [u8; 4] {
    let mut brand = [b' '; 4];
    for (slot, byte) in brand.iter_mut().zip(text.bytes()) {
        *slot = byte;
    }
    brand
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// UTF-8 text with no control characters other than tab, newlines and form feed.
fn looks_like_text(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        // A character cut by the end of the head is still text.
        Err(err) if err.error_len().is_none() => {
            std::str::from_utf8(head.get(..err.valid_up_to()).unwrap_or(&[])).unwrap_or("")
        }
        Err(_) => return false,
    };
    !text.is_empty()
        && text
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'))
}

/// Checks that a JPEG's segments and scans run to an end-of-image marker before
/// the file ends: a cut-off file is refused instead of being shown half grey.
/// Data after the end marker (as in motion photos) is allowed.
pub fn check_jpeg_complete(bytes: &[u8]) -> Result<(), Problem> {
    let len = bytes.len();
    let at = |i: usize| bytes.get(i).copied();
    let mut i = 2; // after SOI
    loop {
        // Find the next marker, skipping stray bytes and 0xFF fill.
        while at(i).is_some_and(|b| b != 0xFF) {
            i += 1;
        }
        while at(i) == Some(0xFF) {
            i += 1;
        }
        let Some(marker) = at(i) else {
            return Err(Problem::Truncated);
        };
        i += 1;
        match marker {
            0xD9 => return Ok(()),
            0x01 | 0xD0..=0xD8 => continue,
            _ => {}
        }
        let (Some(high), Some(low)) = (at(i), at(i + 1)) else {
            return Err(Problem::Truncated);
        };
        let segment_len = usize::from(u16::from_be_bytes([high, low]));
        if segment_len < 2 {
            return Err(Problem::Damaged(format!(
                "a JPEG segment has an impossible length of {segment_len}"
            )));
        }
        i += segment_len;
        if i > len {
            return Err(Problem::Truncated);
        }
        if marker == 0xDA {
            i = end_of_scan(bytes, i).ok_or(Problem::Truncated)?;
        }
    }
}

/// Whether a sequential (non-progressive) JPEG with subsampled chroma codes its
/// components in separate scans. zune-jpeg 0.5 decodes such files with wrong
/// colours, so they go to the other decoder.
pub fn jpeg_scans_not_interleaved(bytes: &[u8]) -> bool {
    let mut i = 2;
    let mut subsampled_sequential = false;
    while let (Some(0xFF), Some(&marker)) = (bytes.get(i), bytes.get(i + 1)) {
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let Some(&[high, low]) = bytes.get(i + 2..i + 4) else {
            return false;
        };
        let segment = bytes.get(i + 4..i + 2 + usize::from(u16::from_be_bytes([high, low])));
        match (marker, segment) {
            (0xC0 | 0xC1, Some(frame)) => {
                let components = usize::from(frame.get(5).copied().unwrap_or(0));
                let factors: Vec<u8> = (0..components)
                    .filter_map(|c| frame.get(6 + c * 3 + 1).copied())
                    .collect();
                subsampled_sequential = factors.windows(2).any(|w| w[0] != w[1]);
            }
            (0xDA, Some(scan)) => {
                let in_scan = scan.first().copied().unwrap_or(0);
                return subsampled_sequential && in_scan == 1;
            }
            _ => {}
        }
        i += 2 + usize::from(u16::from_be_bytes([high, low]));
    }
    false
}

/// Index of the first marker after entropy-coded data starting at `start`
/// (byte-stuffed `FF 00` and restart markers are part of the data).
fn end_of_scan(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    loop {
        let offset = memchr::memchr(0xFF, bytes.get(i..)?)?;
        i += offset;
        match bytes.get(i + 1)? {
            0x00 | 0xD0..=0xD7 | 0xFF => i += 1,
            _ => return Some(i),
        }
    }
}
