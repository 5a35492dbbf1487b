//! The rate card: packages with prices, or "rates on request", and the terms the
//! rate calculator prices in (usage rights, exclusivity, rush, the bundle).

use super::{Extra, Money, PlatformKind};
use serde::{Deserialize, Serialize};

/// One package a brand can book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatePackage {
    /// The package's name, e.g. "Launch bundle".
    pub name: String,
    /// What is delivered, one item each.
    #[serde(default)]
    pub deliverables: Vec<String>,
    /// The price (or the lower end of a range).
    pub price: Money,
    /// The upper end of a price range, in the same currency's minor units.
    #[serde(default)]
    pub price_max_minor: Option<u64>,
    /// Usage rights included, e.g. "organic use for 30 days".
    #[serde(default)]
    pub usage_rights: String,
    /// Exclusivity terms, e.g. "no competing coffee brands for 14 days".
    #[serde(default)]
    pub exclusivity: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What the creator charges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RateCard {
    /// Print "rates on request" instead of prices.
    #[serde(default)]
    pub on_request: bool,
    /// The packages, in display order.
    #[serde(default)]
    pub packages: Vec<RatePackage>,
    /// A general note, e.g. "Rates exclude VAT".
    #[serde(default)]
    pub notes: String,
    /// The terms the rate calculator prices in; left out of the file while untouched.
    #[serde(default, skip_serializing_if = "RateTerms::is_default")]
    pub terms: RateTerms,
}

/// A kind of content a brand books, as the rate calculator prices it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deliverable {
    /// A photo or carousel in the feed.
    FeedPost,
    /// A Reel, a TikTok, a YouTube Short: vertical video under a minute or so.
    ShortVideo,
    /// A story frame (gone after 24 hours).
    Story,
    /// A long-form video, e.g. an integration in a YouTube video.
    LongVideo,
}

impl Deliverable {
    /// Every deliverable, in the calculator's order.
    pub const ALL: [Deliverable; 4] = [
        Self::FeedPost,
        Self::ShortVideo,
        Self::Story,
        Self::LongVideo,
    ];

    /// The name in a table: "Feed post", "Reel / short video"…
    pub fn label(self) -> &'static str {
        match self {
            Self::FeedPost => "Feed post",
            Self::ShortVideo => "Reel / short video",
            Self::Story => "Story",
            Self::LongVideo => "Long video",
        }
    }

    /// The noun for `count` of it: "1 feed post", "3 stories".
    pub fn counted(self, count: u32) -> String {
        let (one, many) = match self {
            Self::FeedPost => ("feed post", "feed posts"),
            Self::ShortVideo => ("reel / short video", "reels / short videos"),
            Self::Story => ("story", "stories"),
            Self::LongVideo => ("long video", "long videos"),
        };
        format!("{count} {}", if count == 1 { one } else { many })
    }
}

/// Which use of the content the brand buys beyond the creator's own post.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum UsageRights {
    /// The brand gets the creator's post only.
    #[default]
    NotIncluded,
    /// The brand may repost the content on its own channels, without paying to promote it.
    Organic,
    /// The brand may run the content as paid ads, also from the creator's handle
    /// (whitelisting); organic reposting included.
    PaidAds,
}

impl UsageRights {
    /// Every choice, from least to most use.
    pub const ALL: [UsageRights; 3] = [Self::NotIncluded, Self::Organic, Self::PaidAds];

    /// The choice in words: "None", "Organic reposting", "Paid ads / whitelisting".
    pub fn label(self) -> &'static str {
        match self {
            Self::NotIncluded => "No usage rights",
            Self::Organic => "Organic reposting",
            Self::PaidAds => "Paid ads / whitelisting",
        }
    }
}

/// How many of one deliverable on one platform a bundle holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct BundleItem {
    /// The platform it is posted on.
    pub platform: PlatformKind,
    /// What is delivered.
    pub deliverable: Deliverable,
    /// How many.
    pub count: u32,
}

/// The bundle discount a new project starts with, in percent (Pitchkit's assumption:
/// no published figure was found).
pub const DEFAULT_BUNDLE_DISCOUNT_PERCENT: u32 = 10;

/// The usage period a new project starts with, in days.
pub const DEFAULT_USAGE_DAYS: u32 = 30;

/// The terms the creator prices in the rate calculator: usage rights, exclusivity, rush
/// and the bundle. Each raises (or, the bundle discount, lowers) every price it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateTerms {
    /// Which use of the content the brand buys.
    #[serde(default)]
    pub usage: UsageRights,
    /// For how many days the brand may use it (ignored without usage rights).
    #[serde(default = "default_usage_days")]
    pub usage_days: u32,
    /// For how many days the creator works with no competing brand (0: none).
    #[serde(default)]
    pub exclusivity_days: u32,
    /// Delivered faster than the creator's usual turnaround.
    #[serde(default)]
    pub rush: bool,
    /// What the bundle holds, sorted, with no zero counts.
    #[serde(default)]
    pub bundle: Vec<BundleItem>,
    /// The bundle's discount on the sum of its parts, in percent.
    #[serde(default = "default_bundle_discount")]
    pub bundle_discount_percent: u32,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_usage_days() -> u32 {
    DEFAULT_USAGE_DAYS
}

fn default_bundle_discount() -> u32 {
    DEFAULT_BUNDLE_DISCOUNT_PERCENT
}

impl Default for RateTerms {
    fn default() -> Self {
        Self {
            usage: UsageRights::NotIncluded,
            usage_days: DEFAULT_USAGE_DAYS,
            exclusivity_days: 0,
            rush: false,
            bundle: Vec::new(),
            bundle_discount_percent: DEFAULT_BUNDLE_DISCOUNT_PERCENT,
            extra: Extra::new(),
        }
    }
}

impl RateTerms {
    /// True when nothing was set (the terms are then left out of `project.json`).
    pub fn is_default(&self) -> bool {
        self == &Self::default()
    }

    /// How many of `deliverable` on `platform` the bundle holds.
    pub fn bundle_count(&self, platform: &PlatformKind, deliverable: Deliverable) -> u32 {
        self.bundle
            .iter()
            .filter(|item| &item.platform == platform && item.deliverable == deliverable)
            .map(|item| item.count)
            .sum()
    }

    /// These terms with the bundle holding `count` of `deliverable` on `platform`
    /// (the list stays sorted; a zero count removes the line).
    pub fn with_bundle_count(
        &self,
        platform: &PlatformKind,
        deliverable: Deliverable,
        count: u32,
    ) -> Self {
        let mut bundle: Vec<BundleItem> = self
            .bundle
            .iter()
            .filter(|item| !(&item.platform == platform && item.deliverable == deliverable))
            .cloned()
            .collect();
        if count > 0 {
            bundle.push(BundleItem {
                platform: platform.clone(),
                deliverable,
                count,
            });
        }
        bundle.sort();
        Self {
            bundle,
            ..self.clone()
        }
    }
}
