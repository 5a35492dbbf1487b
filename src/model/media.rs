//! References to images stored in the project's `media/` folder.

use super::{Extra, PlatformKind};
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
