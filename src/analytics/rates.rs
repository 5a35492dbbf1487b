//! A suggested price per deliverable (one post on a platform) from published tier price
//! ranges, adjusted for engagement, with every assumption in plain sentences.
//!
//! 1. The price row: a `price_per_post` row for the platform whose own follower bounds
//!    contain the creator (best row as in `compare`: own tier bounds, confidence, newer).
//! 2. The starting point: placed in the row's price range by where the follower count
//!    sits in the row's tier (linearly); at the lower end for an open-ended range.
//! 3. The engagement adjustment, following the research's rule of thumb (±10–20 % for
//!    engagement above or below the tier): ratio to the tier benchmark ≥ 1.5 → +20 %,
//!    ≥ 1.1 → +10 %, within 0.9–1.1 → none, ≤ 0.9 → −10 %, ≤ 0.5 → −20 % (capped at 20 %).
//!    No like-for-like benchmark → no adjustment.
//! 4. The suggestion is kept within the published range and rounded to whole dollars.

use super::benchmarks::{BenchmarkRow, Benchmarks, Confidence, Metric, TierScope};
use super::compare::Comparison;
use crate::format;
use crate::model::{Currency, Money, PlatformKind};
use serde::Serialize;
use std::cmp::Reverse;

/// The sentence saying what the published prices leave out.
pub const USD_NOTE: &str = "Prices are in US dollars as published; usage rights, exclusivity and extra deliverables are not included.";

/// The sentence every suggestion ends with.
pub const GUIDE_NOTE: &str = "This is a guide from published ranges, not a promise of earnings.";

/// The largest engagement adjustment, in percent either way.
pub const MAX_ADJUSTMENT_PERCENT: i32 = 20;

/// A suggested price, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RateAdvice {
    /// A suggestion with its assumptions.
    Suggested(Box<RateSuggestion>),
    /// No published price range fits.
    NotAvailable {
        /// A plain sentence saying why.
        reason: String,
    },
}

impl RateAdvice {
    /// The suggestion, if there is one.
    pub fn suggestion(&self) -> Option<&RateSuggestion> {
        match self {
            Self::Suggested(suggestion) => Some(suggestion),
            Self::NotAvailable { .. } => None,
        }
    }
}

/// Minimum, suggested and maximum price for one deliverable, in USD.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateSuggestion {
    /// The platform.
    pub platform: PlatformKind,
    /// What is priced, e.g. "One feed post on Instagram".
    pub deliverable: String,
    /// Lower end of the published range.
    pub min: Money,
    /// The suggestion.
    pub suggested: Money,
    /// Upper end of the published range; `None` when the range is open-ended.
    pub max: Option<Money>,
    /// The engagement adjustment applied, in percent (−20 to +20).
    pub adjustment_percent: i32,
    /// The price row used.
    pub price_row: BenchmarkRow,
    /// The engagement comparison behind the adjustment, if any.
    pub engagement: Option<Comparison>,
    /// Every assumption, as sentences.
    pub assumptions: Vec<String>,
}

/// Suggests a price for one post on `platform` by an account with `followers`,
/// adjusted by `engagement` (a like-for-like comparison with the tier benchmark).
pub fn suggest_rate(
    platform: &PlatformKind,
    followers: u64,
    engagement: Option<&Comparison>,
    benchmarks: &Benchmarks,
) -> RateAdvice {
    let not_available = || RateAdvice::NotAvailable {
        reason: format!(
            "No published price range for one {} post by accounts with {} {}; no rate to suggest.",
            platform.label(),
            format::count(followers),
            platform.audience_word()
        ),
    };
    let Some(row) = price_row(benchmarks, platform, followers) else {
        return not_available();
    };
    let Some(low) = row.value_min.or(row.value) else {
        return not_available();
    };
    let high = if row.value_min.is_some() {
        row.value_max
    } else {
        row.value
    };
    let position = tier_position(row, followers);
    let base = match (high, position) {
        (Some(high), Some(position)) => low + (high - low) * position,
        (Some(high), None) => (low + high) / 2.0,
        (None, _) => low,
    };
    let adjustment_percent = engagement.map_or(0, |comparison| adjustment_for(comparison.ratio));
    let adjusted = base * (1.0 + f64::from(adjustment_percent) / 100.0);
    let kept = adjusted.max(low).min(high.unwrap_or(f64::MAX));
    let (Some(min), Some(suggested)) = (usd(low), usd(kept)) else {
        return not_available();
    };
    let max = high.and_then(usd);
    let mut assumptions = vec![
        format!(
            "Starting point: the published range for one {} post by accounts with {}, {} ({}: {}, {}; {}).",
            platform.label(),
            row.describe_bounds(),
            range_text(&min, max.as_ref()),
            row.citation,
            row.source,
            row.year_text(),
            row.confidence.label()
        ),
        placement_sentence(row, followers, position, base),
        adjustment_sentence(engagement, adjustment_percent, benchmarks),
    ];
    if (kept - adjusted).abs() > 0.005 {
        assumptions.push("The adjusted figure was kept within the published range.".to_owned());
    }
    assumptions.push(USD_NOTE.to_owned());
    assumptions.push(GUIDE_NOTE.to_owned());
    RateAdvice::Suggested(Box::new(RateSuggestion {
        platform: platform.clone(),
        deliverable: deliverable(platform),
        min,
        suggested,
        max,
        adjustment_percent,
        price_row: row.clone(),
        engagement: engagement.cloned(),
        assumptions,
    }))
}

/// The engagement adjustment for a ratio to the tier benchmark (module rule 3).
pub fn adjustment_for(ratio: f64) -> i32 {
    if !ratio.is_finite() {
        0
    } else if ratio >= 1.5 {
        MAX_ADJUSTMENT_PERCENT
    } else if ratio >= 1.1 {
        10
    } else if ratio > 0.9 {
        0
    } else if ratio > 0.5 {
        -10
    } else {
        -MAX_ADJUSTMENT_PERCENT
    }
}

fn price_row<'a>(
    benchmarks: &'a Benchmarks,
    platform: &PlatformKind,
    followers: u64,
) -> Option<&'a BenchmarkRow> {
    benchmarks
        .rows
        .iter()
        .filter(|row| {
            row.metric == Metric::PricePerPost
                && row.unit == "USD"
                && row.confidence != Confidence::NotFound
                && row.platform.is(platform)
                && row.contains(followers)
                && (row.value_min.is_some() || row.value.is_some())
        })
        .min_by_key(|row| {
            (
                row.scope != TierScope::Tier,
                Reverse(row.confidence.rank()),
                Reverse(row.year.map_or(i64::MIN, i64::from)),
                row.max_followers.map_or(u64::MAX, |max| {
                    max.saturating_sub(row.min_followers.unwrap_or(0))
                }),
                row.id.clone(),
            )
        })
}

/// Where `followers` sits in the row's tier, 0 (bottom) to 1 (top); `None` when a
/// bound is open.
#[allow(clippy::cast_precision_loss)]
fn tier_position(row: &BenchmarkRow, followers: u64) -> Option<f64> {
    let (Some(min), Some(max)) = (row.min_followers, row.max_followers) else {
        return None;
    };
    let span = max.checked_sub(min).filter(|&span| span > 0)? as f64;
    let into = followers.saturating_sub(min) as f64;
    Some((into / span).clamp(0.0, 1.0))
}

/// Whole US dollars from an amount in dollars; `None` if not a sensible amount.
pub(crate) fn usd(dollars: f64) -> Option<Money> {
    if !dollars.is_finite() || !(0.0..=1e12).contains(&dollars) {
        return None;
    }
    // Finite, non-negative and below 10^12, so the cast is exact after rounding.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = dollars.round() as u64;
    Some(Money::major(whole, Currency::usd()))
}

fn range_text(min: &Money, max: Option<&Money>) -> String {
    match max {
        Some(max) => format::money_range(min, max.amount_minor),
        None => format!("{} and up", format::money(min)),
    }
}

fn deliverable(platform: &PlatformKind) -> String {
    let what = match platform {
        PlatformKind::Instagram | PlatformKind::Facebook => "One feed post",
        PlatformKind::Youtube | PlatformKind::Tiktok => "One video",
        _ => "One post",
    };
    format!("{what} on {}", platform.label())
}

fn placement_sentence(
    row: &BenchmarkRow,
    followers: u64,
    position: Option<f64>,
    base: f64,
) -> String {
    let base_text = usd(base).map_or_else(|| "n/a".to_owned(), |money| format::money(&money));
    match position {
        Some(position) => format!(
            "With {} {}, the account sits {} of the way through that tier, so the starting point is {base_text} before any engagement adjustment.",
            format::count(followers),
            if row.platform.is(&PlatformKind::Youtube) {
                "subscribers"
            } else {
                "followers"
            },
            format::share(position * 100.0),
        ),
        None if row.value_max.is_some() => format!(
            "The tier has an open end, so the starting point is the middle of the range, {base_text}."
        ),
        None => format!(
            "The range has no upper end, so the starting point is its lower end, {base_text}."
        ),
    }
}

fn adjustment_sentence(
    engagement: Option<&Comparison>,
    adjustment: i32,
    benchmarks: &Benchmarks,
) -> String {
    let rule = benchmarks
        .rows
        .iter()
        .find(|row| row.metric == Metric::RuleOfThumbPrice)
        .map_or_else(String::new, |row| format!(" ({})", row.citation));
    let Some(comparison) = engagement else {
        return "No like-for-like engagement benchmark was found, so the price is not adjusted for engagement."
            .to_owned();
    };
    let direction = match adjustment {
        a if a > 0 => format!("raised by {a}%"),
        a if a < 0 => format!("lowered by {}%", a.unsigned_abs()),
        _ => "not changed".to_owned(),
    };
    format!(
        "Engagement of {} is {} the tier benchmark of {} ({}), so the price is {direction}: the rule of thumb{rule} moves prices 10–20% for engagement above or below the tier average, and Pitchkit caps the move at {MAX_ADJUSTMENT_PERCENT}%.",
        comparison.creator.describe(),
        format::ratio(comparison.ratio),
        format::percent(comparison.benchmark_percent()),
        comparison.benchmark.citation,
    )
}
