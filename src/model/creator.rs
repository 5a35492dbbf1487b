//! The person the kit is about: identity, contact and niche.

use super::{Extra, MediaRef};
use serde::{Deserialize, Serialize};

/// The creator's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Creator {
    /// Name shown on the cover, e.g. "Maya Okafor".
    pub display_name: String,
    /// The main handle brands know the creator by, e.g. "@orbitandoat".
    #[serde(default)]
    pub handle: String,
    /// One-line tagline under the name.
    #[serde(default)]
    pub tagline: String,
    /// A short biography (the kit shows up to about 90 words).
    #[serde(default)]
    pub bio: String,
    /// Where the creator is based, e.g. "Leeds, UK".
    #[serde(default)]
    pub location: String,
    /// Languages the creator publishes in, e.g. `["English", "Yoruba"]`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Contact email for brands.
    #[serde(default)]
    pub email: String,
    /// Website or link-in-bio page.
    #[serde(default)]
    pub website: String,
    /// Profile photo, once imported into the project's media.
    #[serde(default)]
    pub profile_photo: Option<MediaRef>,
    /// The primary niche, often hyper-specific ("space science explained over coffee").
    #[serde(default)]
    pub niche: String,
    /// Topic tags (content pillars).
    #[serde(default)]
    pub topics: Vec<String>,
    /// How the content looks and sounds, in the creator's words.
    #[serde(default)]
    pub content_style: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}
