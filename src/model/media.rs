//! References to images stored in the project's `media/` folder.

use super::{Extra, PlatformKind, Rgb};
use serde::{Deserialize, Serialize};

/// An image in the project bundle's `media/` folder, named by its content hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRef {
    /// File name inside `media/` (no folders), e.g. `"3f9a…c1.jpg"`.
    pub file: String,
    /// Pixel width of the stored image.
    #[serde(default)]
    pub width_px: u32,
    /// Pixel height of the stored image.
    #[serde(default)]
    pub height_px: u32,
    /// The thumbnail's file name inside `media/` (long edge 512 px); empty when the
    /// image has none, and then `file` serves as its own thumbnail.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub thumb_file: String,
    /// The image's dominant colours, largest share first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub palette: Vec<Swatch>,
}

impl MediaRef {
    /// A stored image of this size with no thumbnail or palette yet.
    pub fn new(file: &str, width_px: u32, height_px: u32) -> Self {
        Self {
            file: file.to_owned(),
            width_px,
            height_px,
            thumb_file: String::new(),
            palette: Vec::new(),
        }
    }

    /// The file to show in galleries: the thumbnail, or the image itself.
    pub fn thumbnail(&self) -> &str {
        if self.thumb_file.is_empty() {
            &self.file
        } else {
            &self.thumb_file
        }
    }
}

/// One dominant colour of an image and its share of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Swatch {
    /// The colour (sRGB).
    pub rgb: Rgb,
    /// Its share of the picture in basis points (10 000 = all of it).
    pub weight_bp: u32,
}

/// The look of the whole gallery: its dominant colours and how cohesive it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryLook {
    /// Up to five dominant colours over all photos, largest share first.
    pub palette: Vec<Swatch>,
    /// 0 (every photo a different world) to 100 (all photos share colours and brightness).
    pub cohesion: u8,
}

/// One aesthetic sample: a photo that shows the creator's look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AestheticSample {
    /// The image.
    pub media: MediaRef,
    /// A short caption.
    #[serde(default)]
    pub caption: String,
    /// Where it was posted.
    #[serde(default)]
    pub platform: Option<PlatformKind>,
    /// Link to the post.
    #[serde(default)]
    pub link: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}
