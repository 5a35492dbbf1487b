//! The sourced benchmark table (`assets/benchmarks.json`, embedded in the binary).
//!
//! Every row keeps its source, year (or an explicit null), URL, formula and confidence.
//! Tier bounds: `min_followers` inclusive, `max_followers` exclusive, `None` open. The
//! file's `conventions` list explains each field; [`Benchmarks::embedded`] checks them.

use crate::model::PlatformKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The table as shipped, embedded at build time.
pub const EMBEDDED_JSON: &str = include_str!("../../assets/benchmarks.json");

/// The benchmark table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benchmarks {
    /// Version of the table's layout.
    pub schema_version: u32,
    /// How the fields are to be read (one sentence each).
    pub conventions: Vec<String>,
    /// The rows, in file order.
    pub rows: Vec<BenchmarkRow>,
}

/// A problem with the benchmark table.
#[derive(Debug, thiserror::Error)]
pub enum BenchmarkError {
    /// The JSON does not parse into the table's layout.
    #[error(
        "the benchmark table could not be read ({0}); reinstall Pitchkit or restore the file: assets/benchmarks.json"
    )]
    Parse(#[from] serde_json::Error),
    /// A row breaks one of the table's rules.
    #[error(
        "benchmark row {id:?} is invalid: {problem}; correct the row in: assets/benchmarks.json"
    )]
    InvalidRow {
        /// The row's id.
        id: String,
        /// What is wrong.
        problem: String,
    },
}

/// Which platform a row describes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum BenchmarkPlatform {
    /// Figures across every platform ("all").
    All,
    /// One named platform.
    Platform(PlatformKind),
}

impl BenchmarkPlatform {
    /// True for a row about exactly this platform ("all" rows match none).
    pub fn is(&self, kind: &PlatformKind) -> bool {
        matches!(self, Self::Platform(own) if own == kind)
    }
}

impl TryFrom<String> for BenchmarkPlatform {
    type Error = String;
    fn try_from(name: String) -> Result<Self, Self::Error> {
        if name == "all" {
            return Ok(Self::All);
        }
        PlatformKind::NAMED
            .iter()
            .find(|kind| platform_name(kind) == name)
            .map(|kind| Self::Platform(kind.clone()))
            .ok_or_else(|| format!("{name:?} is not a platform name Pitchkit knows"))
    }
}

impl From<BenchmarkPlatform> for String {
    fn from(platform: BenchmarkPlatform) -> Self {
        match platform {
            BenchmarkPlatform::All => "all".to_owned(),
            BenchmarkPlatform::Platform(kind) => platform_name(&kind),
        }
    }
}

/// The model's serde name of a platform kind ("instagram", "x", …).
fn platform_name(kind: &PlatformKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => name,
        _ => kind.label().to_lowercase(),
    }
}

/// What a row measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Interactions ÷ a base (see `basis`), in percent.
    EngagementRate,
    /// Likes ÷ followers, in percent.
    LikeRate,
    /// Median likes per post.
    MedianLikesPerPost,
    /// A price range for one post, USD.
    PricePerPost,
    /// The average price of one post, USD.
    AvgPricePerPost,
    /// The average price of one deal, USD.
    AvgPricePerDeal,
    /// A pricing rule of thumb per follower count, USD.
    RuleOfThumbPrice,
    /// A pricing rule of thumb per average engagement, USD.
    RuleOfThumbPricePerEngagement,
    /// An estimated fee for one story, USD.
    EstimatedFeeStory,
    /// The average payment to a creator, USD.
    AvgCreatorPayment,
    /// Reach ÷ followers, in percent.
    ReachRate,
    /// Year-on-year change of the reach rate, in percent.
    ReachRateChangeYoy,
    /// Views ÷ followers, in percent.
    ViewRate,
    /// Cost per 1,000 impressions, USD.
    Cpm,
    /// Revenue returned on a cost, USD.
    AvgReturnUsdOnCost,
}

/// What an engagement rate is divided by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// ÷ followers.
    PerFollower,
    /// ÷ views.
    PerView,
    /// ÷ reach (unique accounts).
    PerReach,
    /// ÷ impressions.
    PerImpression,
    /// Not stated by the source: never compared.
    Unknown,
}

impl Basis {
    /// Words for sentences: "per-follower", "per-view".
    pub fn label(self) -> &'static str {
        match self {
            Self::PerFollower => "per-follower",
            Self::PerView => "per-view",
            Self::PerReach => "per-reach",
            Self::PerImpression => "per-impression",
            Self::Unknown => "unknown-basis",
        }
    }
}

/// Which interactions a rate counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interactions {
    /// Likes only.
    Likes,
    /// Likes and comments.
    LikesComments,
    /// Likes, comments and shares (no saves).
    LikesCommentsShares,
    /// Every interaction the source counts ("engagements").
    All,
    /// Not stated.
    Unknown,
}

/// How a row summarises many accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchmarkStatistic {
    /// A mean.
    Average,
    /// A median.
    Median,
    /// A range of typical averages (no single value).
    AverageBand,
    /// The source does not say.
    Unspecified,
}

/// Which follower counts a row covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierScope {
    /// The row's own follower bounds.
    Tier,
    /// Every account size on the platform.
    All,
    /// A named tier whose bounds the source did not give: never compared.
    UnknownBounds,
}

/// Whose accounts a row measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Accounts {
    /// Creators (influencers).
    Creators,
    /// Brand accounts: never compared with a creator.
    Brands,
    /// The source does not say.
    Unspecified,
}

/// How far a figure was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in the source itself.
    Primary,
    /// Read in a copy or press report of the source.
    Secondary,
    /// Quoted second-hand; the original was not seen.
    Unverified,
    /// A widely quoted figure whose table could not be found: never used.
    NotFound,
}

impl Confidence {
    /// Higher is better: primary 3, secondary 2, unverified 1, not found 0.
    pub fn rank(self) -> u8 {
        match self {
            Self::Primary => 3,
            Self::Secondary => 2,
            Self::Unverified => 1,
            Self::NotFound => 0,
        }
    }

    /// The word for it: "primary", "secondary", "unverified", "not found".
    pub fn label(self) -> &'static str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Unverified => "unverified",
            Self::NotFound => "not found",
        }
    }
}

/// One published figure with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkRow {
    /// Stable identifier, e.g. "hypeauditor-2018-instagram-20k-100k-engagement-rate-average".
    pub id: String,
    /// The platform, or all platforms.
    pub platform: BenchmarkPlatform,
    /// The source's own name for the tier, e.g. "mid".
    pub tier: String,
    /// First follower count covered (inclusive); `None` is open.
    pub min_followers: Option<u64>,
    /// First follower count above the tier (exclusive); `None` is open.
    pub max_followers: Option<u64>,
    /// Tier, all accounts, or unknown bounds.
    pub scope: TierScope,
    /// What is measured.
    pub metric: Metric,
    /// The research file's metric name before normalising.
    pub source_metric: String,
    /// What a rate divides by (`None` for money figures).
    pub basis: Option<Basis>,
    /// Which interactions a rate counts (`None` where it does not apply).
    pub interactions: Option<Interactions>,
    /// Average, median, band or unspecified.
    pub statistic: BenchmarkStatistic,
    /// Measured on sponsored posts.
    pub sponsored: bool,
    /// Creators, brands or unspecified.
    pub accounts: Accounts,
    /// The figure, when the source gives one value.
    pub value: Option<f64>,
    /// Lower end, when the source gives a range.
    pub value_min: Option<f64>,
    /// Upper end, when the source gives a range (`None` with a `value_min`: open).
    pub value_max: Option<f64>,
    /// Unit, e.g. "%" or "USD".
    pub unit: String,
    /// The source in full.
    pub source: String,
    /// A short citation with the year, e.g. "HypeAuditor 2018".
    pub citation: String,
    /// Year of the figure; `None` when the source gives none.
    pub year: Option<i32>,
    /// Where it was read.
    pub url: String,
    /// The formula the source used, in its words (may be empty).
    pub formula: String,
    /// Primary, secondary, unverified or not found.
    pub confidence: Confidence,
    /// Anything else worth knowing.
    pub notes: String,
}

impl BenchmarkRow {
    /// True when an account with `followers` is inside the row's bounds. Rows with
    /// unknown bounds contain nobody; all-account rows contain everybody.
    pub fn contains(&self, followers: u64) -> bool {
        match self.scope {
            TierScope::All => true,
            TierScope::UnknownBounds => false,
            TierScope::Tier => {
                self.min_followers.is_none_or(|min| followers >= min)
                    && self.max_followers.is_none_or(|max| followers < max)
            }
        }
    }

    /// The accounts covered in words: "20K–100K followers", "all account sizes".
    pub fn describe_bounds(&self) -> String {
        self.describe_bounds_in(crate::kit::lang::Language::En)
    }

    /// [`Self::describe_bounds`] in `lang`.
    pub fn describe_bounds_in(&self, lang: crate::kit::lang::Language) -> String {
        match self.scope {
            TierScope::All => lang.tr("range.all_sizes").to_owned(),
            TierScope::UnknownBounds => lang.trf("range.unknown_bounds", &[("tier", &self.tier)]),
            TierScope::Tier => {
                super::tiers::follower_range_in(lang, self.min_followers, self.max_followers)
            }
        }
    }

    /// The year in words: "2018" or "year not stated".
    pub fn year_text(&self) -> String {
        self.year_text_in(crate::kit::lang::Language::En)
    }

    /// [`Self::year_text`] in `lang`.
    pub fn year_text_in(&self, lang: crate::kit::lang::Language) -> String {
        self.year.map_or_else(
            || lang.tr("source.year_not_stated").to_owned(),
            |year| year.to_string(),
        )
    }

    /// A full reference: "HypeAuditor 2018 Instagram engagement study (2018; secondary): URL".
    pub fn reference(&self) -> String {
        format!(
            "{} ({}; {}): {}",
            self.source,
            self.year_text(),
            self.confidence.label(),
            self.url
        )
    }

    fn check(&self) -> Result<(), String> {
        let missing = [
            ("id", &self.id),
            ("source", &self.source),
            ("citation", &self.citation),
            ("url", &self.url),
            ("unit", &self.unit),
        ];
        if let Some((name, _)) = missing.iter().find(|(_, text)| text.trim().is_empty()) {
            return Err(format!("its {name} is empty"));
        }
        let values = [self.value, self.value_min, self.value_max];
        if values.iter().flatten().any(|value| !value.is_finite()) {
            return Err("a value is not a finite number".to_owned());
        }
        if self.value.is_none() && self.value_min.is_none() && self.value_max.is_none() {
            return Err("it has no value".to_owned());
        }
        if let (Some(min), Some(max)) = (self.min_followers, self.max_followers)
            && min >= max
        {
            return Err(format!("its follower bounds {min}–{max} are empty"));
        }
        if self.metric == Metric::EngagementRate && self.basis.is_none() {
            return Err("an engagement rate needs a basis (or \"unknown\")".to_owned());
        }
        Ok(())
    }
}

impl Benchmarks {
    /// The table embedded in the binary.
    pub fn embedded() -> Result<Self, BenchmarkError> {
        Self::from_json(EMBEDDED_JSON)
    }

    /// Parses and checks a table (unique ids, sources, URLs, finite values, bounds).
    pub fn from_json(text: &str) -> Result<Self, BenchmarkError> {
        let table: Self = serde_json::from_str(text)?;
        let mut seen = BTreeSet::new();
        for row in &table.rows {
            row.check().map_err(|problem| BenchmarkError::InvalidRow {
                id: row.id.clone(),
                problem,
            })?;
            if !seen.insert(row.id.as_str()) {
                return Err(BenchmarkError::InvalidRow {
                    id: row.id.clone(),
                    problem: "another row has the same id".to_owned(),
                });
            }
        }
        Ok(table)
    }

    /// The row with this id.
    pub fn row(&self, id: &str) -> Option<&BenchmarkRow> {
        self.rows.iter().find(|row| row.id == id)
    }
}
