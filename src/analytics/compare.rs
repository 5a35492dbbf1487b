//! Like-with-like comparisons of a creator's engagement rate with benchmark rows.
//!
//! A row is comparable with a rate only when all of these hold:
//! - it is an engagement rate with a single value above 0, and not `not_found`;
//! - same platform ("all platforms" rows never match);
//! - same basis: per-follower methods with `per_follower` rows, by reach with
//!   `per_reach`, by views with `per_view` (never per-view against per-follower;
//!   `unknown` rows never match);
//! - same interactions: "likes + comments" with `likes_comments` rows; the
//!   all-interaction methods with `all` rows or, with a caveat, `likes_comments_shares`;
//! - sponsored rows only with a sponsored-post rate; general rows with all or organic posts;
//! - the row's own follower bounds contain the creator's count (all-size rows contain
//!   every count; rows with unknown bounds none);
//! - an average with `average` rows, a median with `median` rows, either with
//!   `unspecified` rows (with a caveat); brand-account rows never.
//!
//! Among comparable rows the best is, in order: a row with its own tier bounds over an
//! all-size row; the same statistic over an unspecified one; primary over secondary
//! over unverified; the newer year (no year last); the narrower tier; then by id.

use super::benchmarks::{
    Accounts, Basis, BenchmarkRow, BenchmarkStatistic, Benchmarks, Confidence, Interactions,
    Metric, TierScope,
};
use super::engagement::{PostGroup, Rate, Statistic};
use crate::kit::lang::Language;
use crate::model::{EngagementMethod, PlatformKind};
use serde::Serialize;
use std::cmp::Reverse;

/// The outcome of looking for a like-for-like benchmark.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum BenchmarkMatch {
    /// A comparable row was found.
    Compared(Box<Comparison>),
    /// None was; the reason is a plain sentence a kit can print.
    NoComparableBenchmark {
        /// E.g. "No published per-view benchmark for Instagram accounts with 24.8K
        /// followers; nothing to compare with."
        reason: String,
    },
}

impl BenchmarkMatch {
    /// The comparison, if one was made.
    pub fn comparison(&self) -> Option<&Comparison> {
        match self {
            Self::Compared(comparison) => Some(comparison),
            Self::NoComparableBenchmark { .. } => None,
        }
    }
}

/// A creator's rate set against one benchmark row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The creator's rate.
    pub creator: Rate,
    /// The row compared with (source, year, URL, formula, confidence inside).
    pub benchmark: BenchmarkRow,
    /// Creator ÷ benchmark (finite, ≥ 0).
    pub ratio: f64,
    /// Creator − benchmark, in percentage points.
    pub difference_points: f64,
    /// Ways the match is less than exact, in plain sentences.
    pub caveats: Vec<String>,
    /// Ids of the other comparable rows, best first.
    pub also_comparable: Vec<String>,
}

impl Comparison {
    /// The benchmark's value in percent.
    pub fn benchmark_percent(&self) -> f64 {
        self.benchmark.value.unwrap_or(0.0)
    }
}

/// Compares `rate` (of a `platform` account with `followers`) with the best
/// like-for-like row, or says plainly that there is none.
pub fn compare(
    rate: &Rate,
    platform: &PlatformKind,
    followers: u64,
    benchmarks: &Benchmarks,
) -> BenchmarkMatch {
    let rows = comparable_rows(benchmarks, rate, platform, followers);
    let Some((best, others)) = rows.split_first() else {
        return BenchmarkMatch::NoComparableBenchmark {
            reason: no_match_reason(rate, platform, followers),
        };
    };
    let benchmark = best.value.unwrap_or(0.0);
    let ratio = rate.percent() / benchmark;
    let difference_points = rate.percent() - benchmark;
    if !ratio.is_finite() || !difference_points.is_finite() {
        return BenchmarkMatch::NoComparableBenchmark {
            reason: no_match_reason(rate, platform, followers),
        };
    }
    BenchmarkMatch::Compared(Box::new(Comparison {
        creator: rate.clone(),
        benchmark: (*best).clone(),
        ratio,
        difference_points,
        caveats: caveats(rate, best),
        also_comparable: others.iter().map(|row| row.id.clone()).collect(),
    }))
}

/// Every row comparable with `rate` (see the module rules), best first.
pub fn comparable_rows<'a>(
    benchmarks: &'a Benchmarks,
    rate: &Rate,
    platform: &PlatformKind,
    followers: u64,
) -> Vec<&'a BenchmarkRow> {
    let mut rows: Vec<&BenchmarkRow> = benchmarks
        .rows
        .iter()
        .filter(|row| is_comparable(row, rate, platform, followers))
        .collect();
    rows.sort_by_key(|row| {
        (
            row.scope != TierScope::Tier,
            !same_statistic(rate.statistic(), row.statistic),
            Reverse(row.confidence.rank()),
            Reverse(row.year.map_or(i64::MIN, i64::from)),
            width(row),
            row.id.clone(),
        )
    });
    rows
}

fn is_comparable(row: &BenchmarkRow, rate: &Rate, platform: &PlatformKind, followers: u64) -> bool {
    row.metric == Metric::EngagementRate
        && row.confidence != Confidence::NotFound
        && row.accounts != Accounts::Brands
        && row.platform.is(platform)
        && row.contains(followers)
        && row
            .value
            .is_some_and(|value| value.is_finite() && value > 0.0)
        && row.basis == Some(basis_of(rate.method()))
        && row
            .interactions
            .is_some_and(|counted| interactions_match(rate.method(), counted))
        && row.sponsored == (rate.group() == PostGroup::Sponsored)
        && statistic_matches(rate.statistic(), row.statistic)
}

/// The benchmark basis a method's rates are compared with.
pub fn basis_of(method: EngagementMethod) -> Basis {
    match method {
        EngagementMethod::FollowersLikesComments | EngagementMethod::FollowersAllInteractions => {
            Basis::PerFollower
        }
        EngagementMethod::Reach => Basis::PerReach,
        EngagementMethod::Views => Basis::PerView,
    }
}

fn interactions_match(method: EngagementMethod, counted: Interactions) -> bool {
    match method {
        EngagementMethod::FollowersLikesComments => counted == Interactions::LikesComments,
        _ => matches!(
            counted,
            Interactions::All | Interactions::LikesCommentsShares
        ),
    }
}

fn statistic_matches(creator: Statistic, row: BenchmarkStatistic) -> bool {
    row == BenchmarkStatistic::Unspecified || same_statistic(creator, row)
}

fn same_statistic(creator: Statistic, row: BenchmarkStatistic) -> bool {
    matches!(
        (creator, row),
        (
            Statistic::Average | Statistic::SinglePost,
            BenchmarkStatistic::Average
        ) | (Statistic::Median, BenchmarkStatistic::Median)
    )
}

/// Width of the row's follower range (open ends count as the widest).
fn width(row: &BenchmarkRow) -> u64 {
    match (row.min_followers, row.max_followers) {
        (min, Some(max)) => max.saturating_sub(min.unwrap_or(0)),
        _ => u64::MAX,
    }
}

fn caveats(rate: &Rate, row: &BenchmarkRow) -> Vec<String> {
    caveats_in(Language::En, rate, row)
}

/// The caveats of comparing `rate` with `row`, in `lang` (the kit's language).
pub fn caveats_in(lang: Language, rate: &Rate, row: &BenchmarkRow) -> Vec<String> {
    let mut notes = Vec::new();
    if row.statistic == BenchmarkStatistic::Unspecified {
        notes.push(lang.trf("caveat.statistic", &[("source", &row.citation)]));
    }
    if row.scope == TierScope::All {
        notes.push(lang.tr("caveat.all_sizes").to_owned());
    }
    if row.interactions == Some(Interactions::LikesCommentsShares)
        && rate.method() != EngagementMethod::FollowersLikesComments
    {
        notes.push(lang.tr("caveat.no_saves").to_owned());
    }
    if row.accounts == Accounts::Unspecified {
        notes.push(lang.tr("caveat.accounts").to_owned());
    }
    if row.confidence == Confidence::Unverified {
        notes.push(lang.tr("caveat.second_hand").to_owned());
    }
    notes
}

/// The basis in words for a method: "per-follower (likes + comments)", "per-view".
pub fn basis_words(method: EngagementMethod) -> &'static str {
    basis_words_in(Language::En, method)
}

/// [`basis_words`] in `lang`.
pub fn basis_words_in(lang: Language, method: EngagementMethod) -> &'static str {
    lang.tr(match method {
        EngagementMethod::FollowersLikesComments => "basis.followers_likes_comments",
        EngagementMethod::FollowersAllInteractions => "basis.followers_all",
        EngagementMethod::Reach => "basis.reach",
        EngagementMethod::Views => "basis.views",
    })
}

fn no_match_reason(rate: &Rate, platform: &PlatformKind, followers: u64) -> String {
    no_match_reason_in(Language::En, rate, platform, followers)
}

/// Why `rate` has no benchmark to compare with, as a sentence in `lang`.
pub fn no_match_reason_in(
    lang: Language,
    rate: &Rate,
    platform: &PlatformKind,
    followers: u64,
) -> String {
    let key = match (
        rate.statistic() == Statistic::Median,
        rate.group() == PostGroup::Sponsored,
    ) {
        (false, false) => "compare.no_benchmark",
        (true, false) => "compare.no_benchmark_median",
        (false, true) => "compare.no_benchmark_sponsored",
        (true, true) => "compare.no_benchmark_median_sponsored",
    };
    lang.trf(
        key,
        &[
            ("basis", basis_words_in(lang, rate.method())),
            ("platform", platform.label()),
            ("count", &lang.count(followers)),
            ("word", lang.audience_word(platform)),
        ],
    )
}
