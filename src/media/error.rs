//! Why a photo was refused: one plain sentence with the way out, the file's path last.

use std::fmt;
use std::path::{Path, PathBuf};

/// A photo that could not be imported, and why.
///
/// Displays as `"<what is wrong>: <the way out>: <path>"`, the path last.
#[derive(Debug, thiserror::Error)]
#[error("{problem}: {}", path.display())]
pub struct ImportError {
    /// The file the problem is about: the source photo, or the media file that
    /// could not be written.
    pub path: PathBuf,
    /// What went wrong.
    pub problem: Problem,
}

impl ImportError {
    /// The problem, about this file.
    pub fn new(path: &Path, problem: Problem) -> Self {
        Self {
            path: path.to_owned(),
            problem,
        }
    }
}

/// What went wrong with one photo (the message without the path).
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// The file could not be opened or read.
    #[error(
        "Pitchkit could not read this file ({0}): check that it still exists and that you may open it"
    )]
    Read(#[source] std::io::Error),
    /// The file has no bytes at all.
    #[error(
        "This file is empty (0 bytes), so there is no photo in it: pick the original photo again"
    )]
    Empty,
    /// The file is bigger than the size limit.
    #[error(
        "This file is {}, more than the {} a photo may be: export it as a smaller JPEG and import that",
        megabytes(*size_bytes),
        megabytes(*max_bytes)
    )]
    FileTooBig {
        /// Size of the file.
        size_bytes: u64,
        /// The limit.
        max_bytes: u64,
    },
    /// The bytes are not a format Pitchkit reads.
    #[error("{0}")]
    Unsupported(Unsupported),
    /// The header declares a side longer than the limit.
    #[error(
        "This photo says it is {width_px} × {height_px} px, more than the {max_side_px} px per side Pitchkit accepts: resize it to at most {max_side_px} px on its long side and import it again"
    )]
    TooWide {
        /// Declared width.
        width_px: u32,
        /// Declared height.
        height_px: u32,
        /// The limit per side.
        max_side_px: u32,
    },
    /// The header declares more pixels than the limit.
    #[error(
        "This photo says it is {width_px} × {height_px} px ({} megapixels), more than the {} megapixels Pitchkit accepts: resize it and import it again",
        megapixels(u64::from(*width_px) * u64::from(*height_px)),
        megapixels(*max_pixels)
    )]
    TooManyPixels {
        /// Declared width.
        width_px: u32,
        /// Declared height.
        height_px: u32,
        /// The limit on width × height.
        max_pixels: u64,
    },
    /// Decoding would allocate more memory than allowed.
    #[error(
        "Decoding this photo would need about {} of memory, more than the {} allowed: export it as an 8-bit JPEG or a smaller image and import that",
        megabytes(*needed_bytes),
        megabytes(*max_bytes)
    )]
    TooMuchMemory {
        /// What the decoder would need.
        needed_bytes: u64,
        /// The limit.
        max_bytes: u64,
    },
    /// The decoder hit its memory cap while decoding.
    #[error(
        "Decoding this photo needs more than the {} of memory allowed: export it as a smaller JPEG and import that",
        megabytes(*max_bytes)
    )]
    DecoderOverBudget {
        /// The limit.
        max_bytes: u64,
    },
    /// The file uses a feature of its format that the decoder does not support.
    #[error(
        "This photo uses a feature Pitchkit's decoder does not support ({0}): export it again as a standard JPEG and import that"
    )]
    UnsupportedFeature(String),
    /// Resizing or encoding the decoded picture failed.
    #[error(
        "Pitchkit could not process this photo ({0}): export it again as JPEG and import that, and report the problem if it persists"
    )]
    Processing(String),
    /// The file ends before the picture data does.
    #[error(
        "This photo is cut short (the file ends before the picture does), as after an interrupted copy or download: copy the photo again from where it came from"
    )]
    Truncated,
    /// The picture data is damaged.
    #[error(
        "This photo's picture data is damaged ({0}): open it in a photo app, export it again as JPEG and import that"
    )]
    Damaged(String),
    /// The decoder panicked; the panic was caught.
    #[error(
        "The picture decoder failed on this photo (an unusual or damaged file): open it in a photo app, export it again as JPEG and import that"
    )]
    DecoderFailed,
    /// The processed photo could not be written into the project.
    #[error(
        "Pitchkit could not save the processed photo into the project ({0}): check that the disk has free space and that the project folder can be written to"
    )]
    Save(#[source] std::io::Error),
    /// The batch was cancelled before this photo was started.
    #[error("The import was cancelled before this photo was read: import it again to add it")]
    Cancelled,
}

/// A file format Pitchkit does not read, recognised from the file's first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsupported {
    /// AVIF.
    Avif,
    /// TIFF, or a camera RAW format built on TIFF (CR2, NEF, ARW, DNG …).
    TiffOrRaw,
    /// Another camera RAW format (CR3, RAF, ORF, RW2 …).
    Raw,
    /// Windows bitmap.
    Bmp,
    /// Photoshop document.
    Psd,
    /// PDF document.
    Pdf,
    /// SVG drawing.
    Svg,
    /// JPEG XL.
    JpegXl,
    /// Windows icon.
    Ico,
    /// A video (MP4, MOV, 3GP).
    Video,
    /// Plain text.
    Text,
    /// Anything else.
    Unknown,
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Avif => "AVIF images can't be read yet: export the image as JPEG or PNG",
            Self::TiffOrRaw => {
                "TIFF and camera RAW files can't be read: export the photo as JPEG from your photo app"
            }
            Self::Raw => {
                "Camera RAW files can't be read: export the photo as JPEG from your photo or RAW app"
            }
            Self::Bmp => "BMP images can't be read: save the image as PNG or JPEG",
            Self::Psd => "Photoshop files can't be read: export the image as JPEG or PNG",
            Self::Pdf => "This is a PDF document, not a photo: export the page as a JPEG or PNG image",
            Self::Svg => "SVG drawings can't be read: export the drawing as PNG",
            Self::JpegXl => "JPEG XL images can't be read yet: export the photo as a regular JPEG",
            Self::Ico => "Icon files can't be read: save the image as PNG",
            Self::Video => "This is a video, not a photo: save a still frame as JPEG or PNG",
            Self::Text => "This file holds text, not a photo: pick a JPEG, HEIC, PNG, WebP or GIF image",
            Self::Unknown => {
                "This file is not a photo Pitchkit can read: pick a JPEG, HEIC, PNG, WebP or GIF image"
            }
        })
    }
}

/// `"80.3 MB"` (decimal megabytes, one decimal).
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_add(50_000) / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// `"120"` or `"10000"` (whole megapixels, rounded).
pub fn megapixels(pixels: u64) -> String {
    (pixels.saturating_add(500_000) / 1_000_000).to_string()
}
