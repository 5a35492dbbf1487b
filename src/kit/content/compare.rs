//! How I compare: per platform, the creator's engagement against the like-for-like
//! tier benchmark (a bullet graph, the value, the difference in points) and a caption
//! naming the formula, tier, source and year; or why there is no such benchmark.

use super::chart_colours;
use crate::analytics::{
    BenchmarkMatch, BenchmarkStatistic, Comparison, PlatformReport, PostGroup, Statistic, compare,
};
use crate::kit::chart::ChartSpec;
use crate::kit::chart_build::{self, ChartLook};
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::EngagementMethod;

/// What "How I compare" says.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareContent {
    /// The heading.
    pub title: String,
    /// One row per platform with a comparison or a reason for none.
    pub rows: Vec<CompareRow>,
    /// How to read the rows (like for like only; what grey, bar and line are).
    pub note: String,
}

/// One platform's row.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// The platform's name.
    pub platform: String,
    /// "Micro · 24.8K followers".
    pub tier: String,
    /// The comparison, or why there is none.
    pub body: CompareBody,
}

/// A row's comparison, or the reason there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareBody {
    /// Compared with a like-for-like benchmark.
    Compared {
        /// The bullet graph (none when a rate is not a finite number).
        chart: Option<ChartSpec>,
        /// The creator's rate, "4.2%".
        value: String,
        /// "+1.3 pts vs 2.9%".
        versus: String,
        /// Statistic, posts, window, formula; the benchmark's tier, source and year,
        /// with its number in the Notes; caveats. Smartened.
        caption: String,
        /// The benchmark's number in the Notes' sources (1-based), when listed.
        citation: Option<usize>,
    },
    /// No benchmark measured the same way: the reason, smartened.
    NoBenchmark(String),
}

/// The comparison a platform's row shows: the lead method first, average before median.
fn best_comparison(report: &PlatformReport, lead: EngagementMethod) -> Option<&Comparison> {
    let mut methods = vec![lead];
    methods.extend(EngagementMethod::ALL.iter().copied().filter(|&m| m != lead));
    methods.into_iter().find_map(|method| {
        [Statistic::Average, Statistic::Median]
            .into_iter()
            .find_map(|statistic| report.comparison(method, statistic, PostGroup::All))
    })
}

/// "[n]": the comparison's source number in the Notes.
fn citation_number(kit: &Kit, citation: &str, url: &str) -> Option<usize> {
    kit.report
        .sources
        .iter()
        .position(|s| s.citation == citation && s.url == url)
        .map(|i| i + 1)
}

/// The section's content: none when no platform has posts to compare.
pub(super) fn content(kit: &Kit) -> Option<CompareContent> {
    let lead = kit.report.lead_method;
    let mut rows = Vec::new();
    for report in &kit.report.platforms {
        let body = if let Some(comparison) = best_comparison(report, lead) {
            compared(kit, report, comparison)
        } else if let Some(reason) = no_match_reason(kit, report, lead) {
            CompareBody::NoBenchmark(text::smarten(&reason))
        } else {
            continue;
        };
        rows.push(CompareRow {
            platform: report.platform.label().to_owned(),
            tier: format!(
                "{} · {} {}",
                kit.lang.tier(report.tier),
                kit.lang.count(report.followers),
                kit.lang.audience_word(&report.platform)
            ),
            body,
        });
    }
    if rows.is_empty() {
        return None;
    }
    Some(CompareContent {
        title: kit.lang.tr("compare.title").to_owned(),
        rows,
        note: kit.lang.tr("compare.note").to_owned(),
    })
}

fn no_match_reason(kit: &Kit, report: &PlatformReport, lead: EngagementMethod) -> Option<String> {
    let entry = report
        .comparisons
        .iter()
        .find(|entry| entry.method == lead && entry.group == PostGroup::All)?;
    match &entry.result {
        BenchmarkMatch::NoComparableBenchmark { reason } => {
            let rate =
                report
                    .stats(entry.method, entry.group)
                    .and_then(|s| match entry.statistic {
                        Statistic::Median => s.median.value(),
                        _ => s.average.value(),
                    });
            Some(match rate {
                Some(rate) => {
                    compare::no_match_reason_in(kit.lang, rate, &report.platform, report.followers)
                }
                None => reason.clone(),
            })
        }
        BenchmarkMatch::Compared(_) => None,
    }
}

fn compared(kit: &Kit, report: &PlatformReport, comparison: &Comparison) -> CompareBody {
    let benchmark = &comparison.benchmark;
    let value = comparison.benchmark_percent();
    let look =
        ChartLook::new(chart_colours(&kit.theme), kit.theme.scale.caption).with_language(kit.lang);
    let citation = citation_number(kit, &benchmark.citation, &benchmark.url);
    let cite = citation.map_or(String::new(), |n| format!(" [{n}]"));
    let lang = kit.lang;
    let statistic = lang.statistic(comparison.creator.statistic());
    // "HypeAuditor 2018" already names its year: not "HypeAuditor 2018, 2018".
    let year = benchmark.year_text_in(lang);
    let source = if benchmark.citation.ends_with(year.as_str()) {
        benchmark.citation.clone()
    } else {
        format!("{}, {year}", benchmark.citation)
    };
    let mut caption = lang.trf(
        "compare.caption",
        &[
            ("statistic", statistic),
            ("posts", &comparison.creator.posts_used().to_string()),
            ("window", &lang.window(kit.project.analytics.window)),
            ("formula", lang.formula(comparison.creator.method())),
            ("value", &lang.percent(value)),
            (
                "benchmark_statistic",
                benchmark_statistic_word(lang, benchmark.statistic),
            ),
            ("platform", report.platform.label()),
            ("bounds", &benchmark.describe_bounds_in(lang)),
            ("source", &source),
            ("cite", &cite),
        ],
    );
    for caveat in compare::caveats_in(lang, &comparison.creator, benchmark) {
        caption.push(' ');
        caption.push_str(&caveat);
    }
    CompareBody::Compared {
        chart: chart_build::versus_benchmark(&look, report, comparison),
        value: lang.percent(comparison.creator.percent()),
        versus: lang.trf(
            "compare.versus",
            &[
                ("points", &lang.points(comparison.difference_points)),
                ("benchmark", &lang.percent(value)),
            ],
        ),
        caption: text::smarten(&caption),
        citation,
    }
}

fn benchmark_statistic_word(lang: Language, statistic: BenchmarkStatistic) -> &'static str {
    match statistic {
        BenchmarkStatistic::Median => lang.tr("stat.median"),
        BenchmarkStatistic::Average => lang.tr("stat.average"),
        _ => lang.tr("stat.typical_rate"),
    }
}
