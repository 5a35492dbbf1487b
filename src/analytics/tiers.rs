//! Follower tiers: emerging, nano, micro, macro, mega, with configurable bounds.
//!
//! Defaults (`TierBounds::default`): emerging below 1K, nano 1K–10K, micro 10K–100K,
//! macro 100K–1M, mega 1M and up. A tier includes its lower bound and excludes the
//! next tier's (10,000 followers is micro). Bounds are checked from the top, so even
//! bounds entered out of order give one answer.

use crate::model::TierBounds;
use serde::Serialize;

/// A creator's follower tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Below the nano bound (default under 1K).
    Emerging,
    /// Default 1K–10K.
    Nano,
    /// Default 10K–100K.
    Micro,
    /// Default 100K–1M.
    Macro,
    /// Default 1M and up.
    Mega,
}

impl Tier {
    /// Every tier, smallest first.
    pub const ALL: [Tier; 5] = [
        Self::Emerging,
        Self::Nano,
        Self::Micro,
        Self::Macro,
        Self::Mega,
    ];

    /// The tier of an account with `followers` under these bounds.
    pub fn of(followers: u64, bounds: &TierBounds) -> Self {
        if followers >= bounds.mega_min {
            Self::Mega
        } else if followers >= bounds.macro_min {
            Self::Macro
        } else if followers >= bounds.micro_min {
            Self::Micro
        } else if followers >= bounds.nano_min {
            Self::Nano
        } else {
            Self::Emerging
        }
    }

    /// The name shown to people: "Micro".
    pub fn label(self) -> &'static str {
        match self {
            Self::Emerging => "Emerging",
            Self::Nano => "Nano",
            Self::Micro => "Micro",
            Self::Macro => "Macro",
            Self::Mega => "Mega",
        }
    }

    /// First follower count of the tier and the first count above it (`None`: open).
    pub fn range(self, bounds: &TierBounds) -> (u64, Option<u64>) {
        match self {
            Self::Emerging => (0, Some(bounds.nano_min)),
            Self::Nano => (bounds.nano_min, Some(bounds.micro_min)),
            Self::Micro => (bounds.micro_min, Some(bounds.macro_min)),
            Self::Macro => (bounds.macro_min, Some(bounds.mega_min)),
            Self::Mega => (bounds.mega_min, None),
        }
    }

    /// The range in words: "10K–100K followers", "under 1,000 followers", "1M+ followers".
    pub fn describe_range(self, bounds: &TierBounds) -> String {
        let (low, high) = self.range(bounds);
        follower_range(Some(low).filter(|&low| low > 0), high)
    }
}

/// Follower bounds in words (lower inclusive, upper exclusive; `None` is open):
/// "20K–100K followers", "under 100K followers", "1M+ followers", "any follower count".
pub fn follower_range(low: Option<u64>, high: Option<u64>) -> String {
    follower_range_in(crate::kit::lang::Language::En, low, high)
}

/// [`follower_range`] in `lang`.
pub fn follower_range_in(
    lang: crate::kit::lang::Language,
    low: Option<u64>,
    high: Option<u64>,
) -> String {
    match (low, high) {
        (Some(low), Some(high)) => lang.trf(
            "range.between",
            &[("low", &lang.count(low)), ("high", &lang.count(high))],
        ),
        (Some(low), None) => lang.trf("range.from", &[("low", &lang.count(low))]),
        (None, Some(high)) => lang.trf("range.under", &[("high", &lang.count(high))]),
        (None, None) => lang.tr("range.any").to_owned(),
    }
}
