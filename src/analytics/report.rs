//! The whole analytics report for a project: per platform, every figure, comparison
//! and suggestion, plus the insights and the sources they cite.
//!
//! The window of each platform ends at its posts' as-of date, or at its newest post if
//! that is later (a post is never dropped for being newer than the as-of date). The
//! benchmark comparisons cover every available average and median of every method,
//! for all posts (against general rows) and for sponsored posts (against sponsored
//! rows); organic-only rates are shown beside them but not compared separately.

use super::benchmarks::{BenchmarkRow, Benchmarks, Confidence, Metric};
use super::compare::{BenchmarkMatch, Comparison, compare};
use super::engagement::{EngagementStats, PostGroup, Statistic, engagement_stats};
use super::figure::Figure;
use super::frequency::{
    PostingFrequency, ReplyRate, Share, posting_frequency, reply_rate, sponsored_share,
};
use super::growth::{Growth, growth};
use super::insights::{Insight, from_platforms};
use super::rates::{RateAdvice, suggest_rate};
use super::tiers::Tier;
use super::window::{WindowSpan, select_window};
use crate::model::{EngagementMethod, Platform, PlatformKind, PostWindow, Project, TierBounds};
use serde::Serialize;
use std::collections::BTreeMap;
use time::Date;

/// Everything the analytics know about a project. Serialises to JSON without NaN:
/// every missing figure is a `not_available` status with a reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The creator's display name.
    pub creator: String,
    /// The newest as-of date of any figure.
    pub data_as_of: Option<Date>,
    /// The post window used for every platform.
    pub window: PostWindow,
    /// The window in words, e.g. "last 12 posts".
    pub window_description: String,
    /// The engagement method the kit leads with.
    pub lead_method: EngagementMethod,
    /// The tier bounds used.
    pub tier_bounds: TierBounds,
    /// One section per platform, in the project's order.
    pub platforms: Vec<PlatformReport>,
    /// Short sentences a kit can print, each backed by a figure above.
    pub insights: Vec<Insight>,
    /// Every benchmark source cited, sorted by citation.
    pub sources: Vec<SourceEntry>,
}

/// One platform's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformReport {
    /// Which platform.
    pub platform: PlatformKind,
    /// The handle there.
    pub handle: String,
    /// Current followers (the count every per-follower rate divides by).
    pub followers: u64,
    /// Where the count came from and when, in words.
    pub followers_provenance: String,
    /// The count's as-of date.
    pub followers_as_of: Date,
    /// The follower tier under the project's bounds.
    pub tier: Tier,
    /// The tier's range in words, e.g. "10K–100K followers".
    pub tier_range: String,
    /// The posts the window covered.
    pub window: WindowSpan,
    /// Every method × group (all, organic, sponsored): average and median.
    pub engagement: Vec<EngagementStats>,
    /// Posts per week.
    pub posting_frequency: Figure<PostingFrequency>,
    /// Sponsored posts as a share of the window's posts.
    pub sponsored_share: Figure<Share>,
    /// Replies ÷ comments.
    pub reply_rate: Figure<ReplyRate>,
    /// Follower change over 30 days.
    pub growth_30_days: Figure<Growth>,
    /// Follower change over 90 days.
    pub growth_90_days: Figure<Growth>,
    /// Benchmark comparisons (or why there is none) for every available rate compared.
    pub comparisons: Vec<ComparisonEntry>,
    /// Suggested price for one post.
    pub rate_suggestion: RateAdvice,
}

impl PlatformReport {
    /// The stats of one method and group.
    pub fn stats(&self, method: EngagementMethod, group: PostGroup) -> Option<&EngagementStats> {
        self.engagement
            .iter()
            .find(|stats| stats.method == method && stats.group == group)
    }

    /// The comparison made for one method, statistic and group, if one was.
    pub fn comparison(
        &self,
        method: EngagementMethod,
        statistic: Statistic,
        group: PostGroup,
    ) -> Option<&Comparison> {
        self.comparisons
            .iter()
            .find(|entry| {
                entry.method == method && entry.statistic == statistic && entry.group == group
            })
            .and_then(|entry| entry.result.comparison())
    }
}

/// One attempted benchmark comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonEntry {
    /// The creator's method.
    pub method: EngagementMethod,
    /// Average or median.
    pub statistic: Statistic,
    /// All posts or sponsored posts.
    pub group: PostGroup,
    /// The comparison, or the sentence saying there is nothing to compare with.
    pub result: BenchmarkMatch,
}

/// A source cited by the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceEntry {
    /// Short citation, e.g. "HypeAuditor 2018".
    pub citation: String,
    /// The source in full.
    pub source: String,
    /// Year; `None` when the source gives none.
    pub year: Option<i32>,
    /// Where it was read.
    pub url: String,
    /// How far it was checked.
    pub confidence: Confidence,
    /// The rows of it the report used.
    pub row_ids: Vec<String>,
}

/// Methods in the order the report leads with: the kit's method first.
pub(crate) fn methods_led_by(lead: EngagementMethod) -> Vec<EngagementMethod> {
    let mut methods = vec![lead];
    methods.extend(
        EngagementMethod::ALL
            .iter()
            .copied()
            .filter(|&method| method != lead),
    );
    methods
}

/// Builds the report for a project against a benchmark table.
pub fn report(project: &Project, benchmarks: &Benchmarks) -> Report {
    let settings = project.analytics;
    let lead = project.kit.engagement_method;
    let platforms: Vec<PlatformReport> = project
        .platforms
        .iter()
        .map(|platform| {
            platform_report(platform, settings.window, &settings.tiers, lead, benchmarks)
        })
        .collect();
    let insights = from_platforms(&platforms, lead);
    let sources = sources(&platforms, benchmarks);
    Report {
        creator: project.creator.display_name.clone(),
        data_as_of: project.data_as_of(),
        window: settings.window,
        window_description: settings.window.describe(),
        lead_method: lead,
        tier_bounds: settings.tiers,
        platforms,
        insights,
        sources,
    }
}

fn platform_report(
    platform: &Platform,
    window: PostWindow,
    bounds: &TierBounds,
    lead: EngagementMethod,
    benchmarks: &Benchmarks,
) -> PlatformReport {
    let newest = platform.posts.iter().map(|post| post.date).max();
    let as_of = newest.map_or(platform.posts_provenance.as_of, |newest| {
        newest.max(platform.posts_provenance.as_of)
    });
    let selected = select_window(&platform.posts, window, Some(as_of));
    let followers = platform.followers;
    let engagement: Vec<EngagementStats> = EngagementMethod::ALL
        .iter()
        .flat_map(|&method| PostGroup::ALL.iter().map(move |&group| (method, group)))
        .map(|(method, group)| engagement_stats(&selected, followers, method, group))
        .collect();
    let mut comparisons = Vec::new();
    for stats in engagement
        .iter()
        .filter(|stats| stats.group != PostGroup::Organic)
    {
        for (statistic, figure) in [
            (Statistic::Average, &stats.average),
            (Statistic::Median, &stats.median),
        ] {
            if let Some(rate) = figure.value() {
                comparisons.push(ComparisonEntry {
                    method: stats.method,
                    statistic,
                    group: stats.group,
                    result: compare(rate, &platform.kind, followers, benchmarks),
                });
            }
        }
    }
    let tier = Tier::of(followers, bounds);
    let mut report = PlatformReport {
        platform: platform.kind.clone(),
        handle: platform.handle.clone(),
        followers,
        followers_provenance: platform.followers_provenance.describe(),
        followers_as_of: platform.followers_provenance.as_of,
        tier,
        tier_range: tier.describe_range(bounds),
        window: selected.span(),
        engagement,
        posting_frequency: posting_frequency(&selected),
        sponsored_share: sponsored_share(&selected),
        reply_rate: reply_rate(&selected),
        growth_30_days: growth(platform, 30),
        growth_90_days: growth(platform, 90),
        comparisons,
        rate_suggestion: RateAdvice::NotAvailable {
            reason: String::new(),
        },
    };
    let basis = methods_led_by(lead)
        .into_iter()
        .find_map(|method| report.comparison(method, Statistic::Average, PostGroup::All));
    report.rate_suggestion = suggest_rate(&platform.kind, followers, basis, benchmarks);
    report
}

fn sources(platforms: &[PlatformReport], benchmarks: &Benchmarks) -> Vec<SourceEntry> {
    let mut rows: Vec<&BenchmarkRow> = Vec::new();
    for platform in platforms {
        rows.extend(
            platform
                .comparisons
                .iter()
                .filter_map(|entry| entry.result.comparison())
                .map(|comparison| &comparison.benchmark),
        );
        if let Some(suggestion) = platform.rate_suggestion.suggestion() {
            rows.push(&suggestion.price_row);
            if suggestion.engagement.is_some() {
                rows.extend(
                    benchmarks
                        .rows
                        .iter()
                        .find(|row| row.metric == Metric::RuleOfThumbPrice),
                );
            }
        }
    }
    let mut grouped: BTreeMap<(String, String, String), SourceEntry> = BTreeMap::new();
    for row in rows {
        let key = (row.citation.clone(), row.source.clone(), row.url.clone());
        let entry = grouped.entry(key).or_insert_with(|| SourceEntry {
            citation: row.citation.clone(),
            source: row.source.clone(),
            year: row.year,
            url: row.url.clone(),
            confidence: row.confidence,
            row_ids: Vec::new(),
        });
        if !entry.row_ids.contains(&row.id) {
            entry.row_ids.push(row.id.clone());
        }
    }
    grouped
        .into_values()
        .map(|mut entry| {
            entry.row_ids.sort();
            entry
        })
        .collect()
}
