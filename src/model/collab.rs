//! Past sponsored work: brands, deliverables, results and testimonials.

use super::{Extra, PlatformKind, Provenance};
use serde::{Deserialize, Serialize};
use time::Date;

/// What a campaign achieved; each figure optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CollabResults {
    /// Views of the sponsored content.
    #[serde(default)]
    pub views: Option<u64>,
    /// Unique accounts reached.
    #[serde(default)]
    pub reach: Option<u64>,
    /// Interactions (likes, comments, shares, saves).
    #[serde(default)]
    pub engagements: Option<u64>,
    /// Link clicks.
    #[serde(default)]
    pub clicks: Option<u64>,
    /// Conversions or discount-code uses.
    #[serde(default)]
    pub conversions: Option<u64>,
}

/// A quote from the brand about working with the creator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Testimonial {
    /// The quote (the kit shows up to about 40 words).
    pub quote: String,
    /// Who said it.
    pub author: String,
    /// Their role, e.g. "Head of Marketing".
    #[serde(default)]
    pub role: String,
}

/// One past collaboration (sponsored content).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collaboration {
    /// The brand's name.
    pub brand: String,
    /// Its category, e.g. "Coffee roaster".
    #[serde(default)]
    pub category: String,
    /// When the campaign ran.
    pub date: Date,
    /// Where it ran.
    #[serde(default)]
    pub platforms: Vec<PlatformKind>,
    /// What was delivered, e.g. "1 Reel + 3 Stories".
    #[serde(default)]
    pub deliverables: String,
    /// What it achieved.
    #[serde(default)]
    pub results: CollabResults,
    /// Where the results came from and when.
    pub provenance: Provenance,
    /// Link to the content.
    #[serde(default)]
    pub link: String,
    /// The brand's words, if any.
    #[serde(default)]
    pub testimonial: Option<Testimonial>,
    /// Whether the kit shows it (some deals are private).
    #[serde(default = "yes")]
    pub show_in_kit: bool,
    /// The creator marked it as competing with the brands pitched: every pitch's kit
    /// hides it by default, as it hides collaborations in the pitched brand's category.
    #[serde(default, skip_serializing_if = "is_false")]
    pub competing: bool,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

fn yes() -> bool {
    true
}

fn is_false(value: &bool) -> bool {
    !value
}
