//! The creator's data: serde types only, with no behaviour beyond small helpers.
//!
//! Counts are stored as integers and dates as calendar dates; every rate is derived
//! on demand by `analytics`, never stored (serde_json cannot read NaN back).

mod audience;
mod collab;
mod creator;
mod dismissal;
mod kit;
mod link;
mod media;
mod pitch;
mod platform;
mod provenance;
mod rates;
mod units;

/// The kit's language (defined with the kit's words in `crate::kit::lang`).
pub use crate::kit::lang::Language;
pub use audience::{Audience, Share};
pub use collab::{CollabResults, Collaboration, Testimonial};
pub use creator::Creator;
pub use dismissal::Dismissal;
pub use kit::{
    AnalyticsSettings, EngagementMethod, KitLength, KitSettings, PageSize, PostWindow, Section,
    SectionSetting, Theme, TierBounds,
};
pub use link::{Link, classify_email, classify_link, email_problem, web_link_problem};
pub use media::{AestheticSample, GalleryLook, MediaRef, Swatch};
pub use pitch::{
    AudienceTarget, CollabChoice, Pitch, PitchPrint, PitchStatus, RatesShown, same_name,
};
pub use platform::{FollowerSnapshot, Platform, PlatformKind, Post, PostKind};
pub use provenance::{Provenance, Source};
pub use rates::{
    BundleItem, DEFAULT_BUNDLE_DISCOUNT_PERCENT, DEFAULT_USAGE_DAYS, Deliverable, RateCard,
    RatePackage, RateTerms, UsageRights,
};
pub use units::{Currency, Money, Percent, Rgb};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Unknown JSON fields kept as they were read, so a file written by a newer minor
/// version of Pitchkit survives a load and save by this one.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// The schema major version this build writes. A file with a larger major version
/// is refused; a smaller one is migrated.
pub const SCHEMA_VERSION: u32 = 3;

/// The schema minor version this build writes. Newer minors load; fields this
/// build does not know are kept in `extra` maps.
pub const SCHEMA_MINOR: u32 = 0;

/// A whole media-kit project: everything `project.json` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Schema major version of the file (see [`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Schema minor version of the file (see [`SCHEMA_MINOR`]).
    #[serde(default)]
    pub schema_minor: u32,
    /// Who the kit is about.
    pub creator: Creator,
    /// Social platforms, in the order the creator wants them shown.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    /// Audience demographics, overall or per platform.
    #[serde(default)]
    pub audiences: Vec<Audience>,
    /// The creator's best photos (aesthetic samples), in display order.
    #[serde(default)]
    pub samples: Vec<AestheticSample>,
    /// Past sponsored work.
    #[serde(default)]
    pub collaborations: Vec<Collaboration>,
    /// What the creator charges.
    #[serde(default)]
    pub rate_card: RateCard,
    /// How the kit looks and what it shows.
    #[serde(default)]
    pub kit: KitSettings,
    /// Windows and tier boundaries used by the analytics.
    #[serde(default)]
    pub analytics: AnalyticsSettings,
    /// The gallery's palette and cohesion, recomputed when samples change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub look: Option<GalleryLook>,
    /// Health-check warnings dismissed for one figure, sorted by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed_warnings: Vec<Dismissal>,
    /// Brands pitched, each with its own kit and its place in the pitch log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pitches: Vec<Pitch>,
    /// Fields written by a newer Pitchkit that this build does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            schema_minor: SCHEMA_MINOR,
            creator: Creator::default(),
            platforms: Vec::new(),
            audiences: Vec::new(),
            samples: Vec::new(),
            collaborations: Vec::new(),
            rate_card: RateCard::default(),
            kit: KitSettings::default(),
            analytics: AnalyticsSettings::default(),
            look: None,
            dismissed_warnings: Vec::new(),
            pitches: Vec::new(),
            extra: Extra::new(),
        }
    }
}

impl Project {
    /// A new empty project for a creator with this display name.
    pub fn new(display_name: &str) -> Self {
        let mut project = Self::default();
        project.creator.display_name = display_name.to_owned();
        project
    }

    /// The platform of this kind, if the project has it.
    pub fn platform(&self, kind: &PlatformKind) -> Option<&Platform> {
        self.platforms.iter().find(|p| &p.kind == kind)
    }

    /// The dismissal of the health warning with this key, if it was dismissed.
    pub fn dismissal(&self, key: &str) -> Option<&Dismissal> {
        self.dismissed_warnings.iter().find(|d| d.key == key)
    }

    /// The newest as-of date of any figure group: what the kit's "data as of" shows.
    pub fn data_as_of(&self) -> Option<time::Date> {
        let platform_dates = self.platforms.iter().flat_map(|p| {
            [
                Some(p.followers_provenance.as_of),
                Some(p.posts_provenance.as_of),
            ]
            .into_iter()
            .chain(p.snapshots.iter().map(|s| Some(s.date)))
            .chain(p.posts.iter().map(|post| Some(post.date)))
        });
        let audience_dates = self.audiences.iter().map(|a| Some(a.provenance.as_of));
        platform_dates.chain(audience_dates).flatten().max()
    }
}
