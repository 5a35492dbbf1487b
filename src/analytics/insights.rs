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
use crate::kit::lang::Language;
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
    from_platforms_in(Language::En, platforms, lead)
}

/// The insights of computed platform reports in `lang`, the kit's language (the
/// report's own insights are English).
pub fn from_platforms_in(
    lang: Language,
    platforms: &[PlatformReport],
    lead: EngagementMethod,
) -> Vec<Insight> {
    let methods = methods_led_by(lead);
    let benchmark_of = |platform: &PlatformReport| benchmark_insight(lang, platform, &methods);
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
            .find_map(|p| sponsored_insight(lang, p, &methods)),
    );
    found.extend(platforms.iter().find_map(|p| growth_insight(lang, p)));
    found.extend(platforms.iter().find_map(|p| reply_insight(lang, p)));
    found.extend(platforms.iter().find_map(|p| frequency_insight(lang, p)));
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

fn benchmark_insight(
    lang: Language,
    platform: &PlatformReport,
    methods: &[EngagementMethod],
) -> Option<Insight> {
    let comparison = methods.iter().find_map(|&method| {
        [Statistic::Average, Statistic::Median]
            .into_iter()
            .find_map(|statistic| platform.comparison(method, statistic, PostGroup::All))
    })?;
    Some(Insight {
        kind: InsightKind::Benchmark,
        platform: platform.platform.clone(),
        text: benchmark_sentence_in(lang, &platform.platform, comparison),
        benchmark_ids: vec![comparison.benchmark.id.clone()],
    })
}

/// "Instagram engagement is 5.1% by followers (likes + comments), average of 12 posts:
/// 3.1× the 1.6% average for Instagram accounts with 20K–100K followers (HypeAuditor 2018)."
pub fn benchmark_sentence(platform: &PlatformKind, comparison: &Comparison) -> String {
    benchmark_sentence_in(Language::En, platform, comparison)
}

/// [`benchmark_sentence`] in `lang`.
pub fn benchmark_sentence_in(
    lang: Language,
    platform: &PlatformKind,
    comparison: &Comparison,
) -> String {
    let row = &comparison.benchmark;
    let statistic = lang.tr(match row.statistic {
        BenchmarkStatistic::Average => "stat.average",
        BenchmarkStatistic::Median => "stat.median",
        BenchmarkStatistic::AverageBand | BenchmarkStatistic::Unspecified => "stat.benchmark",
    });
    let whom = match row.scope {
        TierScope::Tier => lang.trf(
            "insight.accounts_with",
            &[
                ("platform", platform.label()),
                ("bounds", &row.describe_bounds_in(lang)),
            ],
        ),
        _ => lang.trf(
            "insight.accounts_all_sizes",
            &[("platform", platform.label())],
        ),
    };
    let target = lang.trf(
        "insight.target",
        &[
            ("value", &lang.percent(comparison.benchmark_percent())),
            ("statistic", statistic),
            ("whom", &whom),
        ],
    );
    let ratio = lang.ratio(comparison.ratio);
    let args = [
        ("ratio", ratio.as_str()),
        ("target", target.as_str()),
        ("source", row.citation.as_str()),
    ];
    let relation = if comparison.ratio >= 1.05 {
        lang.trf("insight.above", &args)
    } else if comparison.ratio <= 0.95 {
        lang.trf("insight.below", &args)
    } else {
        lang.trf("insight.in_line", &args)
    };
    lang.trf(
        "insight.benchmark",
        &[
            ("platform", platform.label()),
            ("rate", &describe_rate(lang, &comparison.creator)),
            ("relation", &relation),
        ],
    )
}

/// A rate in words: "5.1% by followers (likes + comments), average of 12 posts".
pub fn describe_rate(lang: Language, rate: &Rate) -> String {
    let what = match rate.statistic() {
        Statistic::SinglePost => lang.tr("insight.one_post").to_owned(),
        statistic => lang.trf(
            "insight.statistic_of",
            &[
                ("statistic", lang.statistic(statistic)),
                ("count", &lang.count(rate.posts_used() as u64)),
                ("group", lang.post_group(rate.group())),
            ],
        ),
    };
    lang.trf(
        "insight.rate",
        &[
            ("value", &lang.percent(rate.percent())),
            ("method", lang.method_label(rate.method())),
            ("what", &what),
        ],
    )
}

fn sponsored_insight(
    lang: Language,
    platform: &PlatformReport,
    methods: &[EngagementMethod],
) -> Option<Insight> {
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
        lang.trf("insight.organic_ratio", &[("ratio", &lang.ratio(ratio))])
    } else {
        String::new()
    };
    Some(Insight {
        kind: InsightKind::SponsoredVsOrganic,
        platform: platform.platform.clone(),
        text: lang.trf(
            "insight.sponsored",
            &[
                ("platform", platform.platform.label()),
                ("sponsored", &lang.percent(sponsored.percent())),
                ("method", lang.method_label(sponsored.method())),
                ("organic", &lang.percent(organic.percent())),
                (
                    "sponsored_posts",
                    &lang.count(sponsored.posts_used() as u64),
                ),
                ("organic_posts", &lang.count(organic.posts_used() as u64)),
                ("window", &lang.window(platform.window.window)),
                ("relative", &relative),
            ],
        ),
        benchmark_ids: Vec::new(),
    })
}

fn growth_insight(lang: Language, platform: &PlatformReport) -> Option<Insight> {
    let growth = platform
        .growth_90_days
        .value()
        .or_else(|| platform.growth_30_days.value())?;
    let word = lang.audience_word(&platform.platform);
    let percent = growth
        .change_percent
        .map(|value| format!(" ({})", lang.delta_percent(value)))
        .unwrap_or_default();
    let magnitude = u64::try_from(growth.change.unsigned_abs()).unwrap_or(u64::MAX);
    let by = [("n", lang.grouped(magnitude)), ("percent", percent)];
    let by = by.each_ref().map(|(k, v)| (*k, v.as_str()));
    let movement = match growth.change {
        change if change > 0 => lang.trf("insight.grew_by", &by),
        change if change < 0 => lang.trf("insight.fell_by", &by),
        _ => lang.tr("insight.held_steady").to_owned(),
    };
    Some(Insight {
        kind: InsightKind::Growth,
        platform: platform.platform.clone(),
        text: lang.trf(
            "insight.growth",
            &[
                ("platform", platform.platform.label()),
                ("word", word),
                ("movement", &movement),
                ("days", &lang.count(u64::from(growth.period_days))),
                ("start", &lang.grouped(growth.start_followers)),
                ("start_date", &lang.date(growth.start_date)),
                ("end", &lang.grouped(growth.end_followers)),
                ("end_date", &lang.date(growth.end_date)),
            ],
        ),
        benchmark_ids: Vec::new(),
    })
}

fn reply_insight(lang: Language, platform: &PlatformReport) -> Option<Insight> {
    let rate = platform.reply_rate.value()?;
    let saturate = |value: u128| u64::try_from(value).unwrap_or(u64::MAX);
    Some(Insight {
        kind: InsightKind::Replies,
        platform: platform.platform.clone(),
        text: lang.trf(
            "insight.replies",
            &[
                ("rate", &lang.percent(rate.percent)),
                ("platform", platform.platform.label()),
                ("replies", &lang.grouped(saturate(rate.replies))),
                ("comments", &lang.grouped(saturate(rate.comments))),
                ("posts", &lang.count(rate.posts_used as u64)),
            ],
        ),
        benchmark_ids: Vec::new(),
    })
}

fn frequency_insight(lang: Language, platform: &PlatformReport) -> Option<Insight> {
    let frequency = platform.posting_frequency.value()?;
    Some(Insight {
        kind: InsightKind::Frequency,
        platform: platform.platform.clone(),
        text: lang.trf(
            "insight.frequency",
            &[
                ("platform", platform.platform.label()),
                ("per_week", &per_week_in(lang, frequency.posts_per_week)),
                ("posts", &lang.count(frequency.posts as u64)),
                ("days", &lang.count(frequency.days_spanned)),
                ("window", &lang.window(platform.window.window)),
            ],
        ),
        benchmark_ids: Vec::new(),
    })
}

/// Posts a week with one decimal ("2.5", "2,5"), "n/a" when not finite.
fn per_week_in(lang: Language, value: f64) -> String {
    if value.is_finite() {
        lang.number(value, 1)
    } else {
        lang.tr("num.not_available").to_owned()
    }
}
