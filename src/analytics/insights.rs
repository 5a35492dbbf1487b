//! Three to five plain sentences a kit can print, each backed by a computed figure or a
//! like-for-like benchmark comparison (with its citation: source and year).
//!
//! Deterministic order, first five that exist: the first platform's benchmark
//! comparison; sponsored against organic engagement (first platform with both);
//! follower growth (90 days, else 30); reply rate; posting frequency; then the other
//! platforms' benchmark comparisons. Wording never claims "above" for a rate below its
//! benchmark: within ±5 % of it reads "in line with".

use super::benchmarks::{BenchmarkStatistic, Benchmarks, TierScope};
use super::compare::Comparison;
use super::engagement::{PostGroup, Rate, Statistic};
use super::report::{PlatformReport, methods_led_by, report};
use super::text::per_week;
use crate::format;
use crate::model::{EngagementMethod, PlatformKind, Project};
use serde::Serialize;

/// The most insights returned.
pub const MAX_INSIGHTS: usize = 5;

/// What an insight is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InsightKind {
    /// Engagement against a published benchmark.
    Benchmark,
    /// Sponsored against organic engagement.
    SponsoredVsOrganic,
    /// Follower growth.
    Growth,
    /// Reply rate.
    Replies,
    /// Posting frequency.
    Frequency,
}

/// One sentence with what backs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Insight {
    /// What it is about.
    pub kind: InsightKind,
    /// The platform it describes.
    pub platform: PlatformKind,
    /// The sentence.
    pub text: String,
    /// Ids of the benchmark rows it cites (empty for the creator's own figures).
    pub benchmark_ids: Vec<String>,
}

/// The insights of a project (the same as `report(project, benchmarks).insights`).
pub fn insights(project: &Project, benchmarks: &Benchmarks) -> Vec<Insight> {
    report(project, benchmarks).insights
}

/// Insights from computed platform reports (see the module order).
pub(crate) fn from_platforms(platforms: &[PlatformReport], lead: EngagementMethod) -> Vec<Insight> {
    let methods = methods_led_by(lead);
    let benchmark_of = |platform: &PlatformReport| benchmark_insight(platform, &methods);
    let mut found: Vec<Insight> = Vec::new();
    let mut first_benchmark = None;
    for (index, platform) in platforms.iter().enumerate() {
        if let Some(insight) = benchmark_of(platform) {
            first_benchmark = Some(index);
            found.push(insight);
            break;
        }
    }
    found.extend(
        platforms
            .iter()
            .find_map(|p| sponsored_insight(p, &methods)),
    );
    found.extend(platforms.iter().find_map(growth_insight));
    found.extend(platforms.iter().find_map(reply_insight));
    found.extend(platforms.iter().find_map(frequency_insight));
    found.extend(
        platforms
            .iter()
            .enumerate()
            .filter(|(index, _)| Some(*index) != first_benchmark)
            .filter_map(|(_, platform)| benchmark_of(platform)),
    );
    found.truncate(MAX_INSIGHTS);
    found
}

fn benchmark_insight(platform: &PlatformReport, methods: &[EngagementMethod]) -> Option<Insight> {
    let comparison = methods.iter().find_map(|&method| {
        [Statistic::Average, Statistic::Median]
            .into_iter()
            .find_map(|statistic| platform.comparison(method, statistic, PostGroup::All))
    })?;
    Some(Insight {
        kind: InsightKind::Benchmark,
        platform: platform.platform.clone(),
        text: benchmark_sentence(&platform.platform, comparison),
        benchmark_ids: vec![comparison.benchmark.id.clone()],
    })
}

/// "Instagram engagement is 5.1% by followers (likes + comments), average of 12 posts:
/// 3.1× the 1.6% average for Instagram accounts with 20K–100K followers (HypeAuditor 2018)."
pub fn benchmark_sentence(platform: &PlatformKind, comparison: &Comparison) -> String {
    let row = &comparison.benchmark;
    let statistic = match row.statistic {
        BenchmarkStatistic::Average => "average",
        BenchmarkStatistic::Median => "median",
        BenchmarkStatistic::AverageBand | BenchmarkStatistic::Unspecified => "benchmark",
    };
    let whom = match row.scope {
        TierScope::Tier => format!(
            "{} accounts with {}",
            platform.label(),
            row.describe_bounds()
        ),
        _ => format!("{} accounts of all sizes", platform.label()),
    };
    let target = format!(
        "the {} {statistic} for {whom}",
        format::percent(comparison.benchmark_percent())
    );
    let ratio = format::ratio(comparison.ratio);
    let relation = if comparison.ratio >= 1.05 {
        format!("{ratio} {target} ({})", row.citation)
    } else if comparison.ratio <= 0.95 {
        format!("below {target} ({ratio}; {})", row.citation)
    } else {
        format!("in line with {target} ({})", row.citation)
    };
    format!(
        "{} engagement is {}: {relation}.",
        platform.label(),
        comparison.creator.describe()
    )
}

fn sponsored_insight(platform: &PlatformReport, methods: &[EngagementMethod]) -> Option<Insight> {
    let (sponsored, organic) = methods.iter().find_map(|&method| {
        let sponsored = platform
            .stats(method, PostGroup::Sponsored)?
            .average
            .value()?;
        let organic = platform
            .stats(method, PostGroup::Organic)?
            .average
            .value()?;
        Some((sponsored, organic))
    })?;
    let relative = if organic.percent() > 0.0 {
        let ratio = sponsored.percent() / organic.percent();
        format!(": {} the organic rate", format::ratio(ratio))
    } else {
        String::new()
    };
    Some(Insight {
        kind: InsightKind::SponsoredVsOrganic,
        platform: platform.platform.clone(),
        text: format!(
            "On {}, sponsored posts average {} {} against {} for organic posts ({} and {} posts, {}){relative}.",
            platform.platform.label(),
            format::percent(sponsored.percent()),
            rate_label(sponsored),
            format::percent(organic.percent()),
            format::count(sponsored.posts_used() as u64),
            format::count(organic.posts_used() as u64),
            platform.window.description,
        ),
        benchmark_ids: Vec::new(),
    })
}

fn rate_label(rate: &Rate) -> &'static str {
    rate.method().label()
}

fn growth_insight(platform: &PlatformReport) -> Option<Insight> {
    let growth = platform
        .growth_90_days
        .value()
        .or_else(|| platform.growth_30_days.value())?;
    let word = platform.platform.audience_word();
    let percent = growth
        .change_percent
        .map(|value| format!(" ({})", format::delta_percent(value)))
        .unwrap_or_default();
    let magnitude = u64::try_from(growth.change.unsigned_abs()).unwrap_or(u64::MAX);
    let movement = match growth.change {
        change if change > 0 => format!("grew by {}{percent}", format::grouped(magnitude)),
        change if change < 0 => format!("fell by {}{percent}", format::grouped(magnitude)),
        _ => "held steady".to_owned(),
    };
    Some(Insight {
        kind: InsightKind::Growth,
        platform: platform.platform.clone(),
        text: format!(
            "{} {word} {movement} over the last {} days ({} on {} to {} on {}).",
            platform.platform.label(),
            format::count(u64::from(growth.period_days)),
            format::grouped(growth.start_followers),
            format::date(growth.start_date),
            format::grouped(growth.end_followers),
            format::date(growth.end_date),
        ),
        benchmark_ids: Vec::new(),
    })
}

fn reply_insight(platform: &PlatformReport) -> Option<Insight> {
    let rate = platform.reply_rate.value()?;
    let saturate = |value: u128| u64::try_from(value).unwrap_or(u64::MAX);
    Some(Insight {
        kind: InsightKind::Replies,
        platform: platform.platform.clone(),
        text: format!(
            "Replies to {} of {} comments ({} replies to {} comments over {} posts).",
            format::percent(rate.percent),
            platform.platform.label(),
            format::grouped(saturate(rate.replies)),
            format::grouped(saturate(rate.comments)),
            format::count(rate.posts_used as u64),
        ),
        benchmark_ids: Vec::new(),
    })
}

fn frequency_insight(platform: &PlatformReport) -> Option<Insight> {
    let frequency = platform.posting_frequency.value()?;
    Some(Insight {
        kind: InsightKind::Frequency,
        platform: platform.platform.clone(),
        text: format!(
            "Posts on {} about {} a week ({} posts over {} days, {}).",
            platform.platform.label(),
            per_week(frequency.posts_per_week),
            format::count(frequency.posts as u64),
            format::count(frequency.days_spanned),
            platform.window.description,
        ),
        benchmark_ids: Vec::new(),
    })
}
