//! The plain-text rendering of a [`Report`]: sections per platform, every rate with
//! its formula in words, every benchmark with source, year and confidence, and a list
//! of sources at the end.

use super::compare::BenchmarkMatch;
use super::engagement::{EngagementStats, Rate};
use super::figure::{Figure, Unavailable};
use super::growth::{Growth, SNAPSHOT_TOLERANCE_DAYS, period_start};
use super::rates::RateAdvice;
use super::report::{PlatformReport, Report};
use super::tiers::Tier;
use crate::format;
use std::fmt::Write;

/// Width of the label column.
const LABEL_WIDTH: usize = 19;

/// Posts per week with one decimal: `2.33` → `"2.3"`.
pub(crate) fn per_week(value: f64) -> String {
    if value.is_finite() {
        format!("{value:.1}")
    } else {
        "n/a".to_owned()
    }
}

fn line(out: &mut String, indent: usize, label: &str, value: &str) {
    let _ = writeln!(out, "{:indent$}{label:<LABEL_WIDTH$}{value}", "");
}

fn figure_text<T>(figure: &Figure<T>, show: impl Fn(&T) -> String) -> String {
    match figure {
        Figure::Available { value } => show(value),
        Figure::NotAvailable { reason } => format!("not available: {}", reason.message()),
    }
}

impl Report {
    /// A readable plain-text report (see the module docs).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Pitchkit analytics report: {}", self.creator);
        let as_of = self
            .data_as_of
            .map_or_else(|| "no figures yet".to_owned(), format::date);
        line(&mut out, 0, "Data as of", &as_of);
        line(&mut out, 0, "Post window", &self.window_description);
        line(&mut out, 0, "Leading method", self.lead_method.label());
        let tiers: Vec<String> = Tier::ALL
            .iter()
            .map(|tier| {
                format!(
                    "{} {}",
                    tier.label(),
                    tier.describe_range(&self.tier_bounds)
                )
            })
            .collect();
        line(&mut out, 0, "Tiers", &tiers.join(" · "));
        if self.platforms.is_empty() {
            let _ = writeln!(out, "\nNo platforms entered yet.");
        }
        for platform in &self.platforms {
            platform_text(&mut out, platform);
        }
        let _ = writeln!(out, "\nINSIGHTS");
        if self.insights.is_empty() {
            let _ = writeln!(
                out,
                "  None yet: enter posts, snapshots or replies to get some."
            );
        }
        for insight in &self.insights {
            let _ = writeln!(out, "  - {}", insight.text);
        }
        let _ = writeln!(out, "\nSOURCES");
        if self.sources.is_empty() {
            let _ = writeln!(out, "  No benchmark was cited.");
        }
        for source in &self.sources {
            let year = source
                .year
                .map_or_else(|| "year not stated".to_owned(), |y| y.to_string());
            let _ = writeln!(
                out,
                "  [{}] {} ({year}; {}) {}",
                source.citation,
                source.source,
                source.confidence.label(),
                source.url
            );
        }
        out
    }
}

fn platform_text(out: &mut String, platform: &PlatformReport) {
    let name = platform.platform.label().to_uppercase();
    let _ = writeln!(
        out,
        "\n{}",
        format!("{name}  {}", platform.handle).trim_end()
    );
    let followers = format!(
        "{} ({} tier, {}; {})",
        format::count(platform.followers),
        platform.tier.label(),
        platform.tier_range,
        platform.followers_provenance
    );
    line(out, 2, "Followers", &followers);
    let span = &platform.window;
    let dates = match (span.first_post, span.last_post) {
        (Some(first), Some(last)) => format!(", {} to {}", format::date(first), format::date(last)),
        _ => String::new(),
    };
    let posts = format!(
        "{} of {} posts ({}{dates})",
        format::count(span.posts_in_window as u64),
        format::count(span.eligible_posts as u64),
        span.description
    );
    line(out, 2, "Posts in window", &posts);
    let frequency = figure_text(&platform.posting_frequency, |f| {
        format!(
            "{} a week ({} posts over {} days: posts ÷ weeks spanned)",
            per_week(f.posts_per_week),
            format::count(f.posts as u64),
            format::count(f.days_spanned)
        )
    });
    line(out, 2, "Posting frequency", &frequency);
    let share = figure_text(&platform.sponsored_share, |s| {
        format!(
            "{} ({} of {} posts)",
            format::percent(s.percent),
            format::count(s.part as u64),
            format::count(s.whole as u64)
        )
    });
    line(out, 2, "Sponsored share", &share);
    let saturate = |value: u128| u64::try_from(value).unwrap_or(u64::MAX);
    let replies = figure_text(&platform.reply_rate, |r| {
        format!(
            "{} (replies ÷ comments: {} ÷ {}, {} posts)",
            format::percent(r.percent),
            format::grouped(saturate(r.replies)),
            format::grouped(saturate(r.comments)),
            format::count(r.posts_used as u64)
        )
    });
    line(out, 2, "Reply rate", &replies);
    for (label, figure, days) in [
        ("Growth, 30 days", &platform.growth_30_days, 30),
        ("Growth, 90 days", &platform.growth_90_days, 90),
    ] {
        line(out, 2, label, &growth_text(figure, platform, days));
    }
    let _ = writeln!(
        out,
        "\n  Engagement (each post's rate; average and median over the window)"
    );
    if platform.window.eligible_posts == 0 {
        let _ = writeln!(out, "    No posts entered yet, so no engagement rates.");
    } else {
        engagement_text(out, platform);
    }
    comparisons_text(out, platform);
    rate_text(out, &platform.rate_suggestion);
}

fn engagement_text(out: &mut String, platform: &PlatformReport) {
    let mut previous = None;
    for stats in &platform.engagement {
        if previous != Some(stats.method) {
            let divisor = if stats.method.is_per_follower() {
                format!(", current count {}", format::count(platform.followers))
            } else {
                String::new()
            };
            let _ = writeln!(out, "    {}: {} × 100{divisor}", stats.label, stats.formula);
            previous = Some(stats.method);
        }
        line(out, 6, stats.group.label(), &stats_text(stats));
    }
}

fn growth_text(figure: &Figure<Growth>, platform: &PlatformReport, period_days: u32) -> String {
    match figure {
        Figure::Available { value: g } => {
            let percent = g
                .change_percent
                .map(|p| format!(" ({})", format::delta_percent(p)))
                .unwrap_or_default();
            format!(
                "{}{percent}: {} on {} to {} on {}",
                format::delta_count(g.change),
                format::grouped(g.start_followers),
                format::date(g.start_date),
                format::grouped(g.end_followers),
                format::date(g.end_date)
            )
        }
        Figure::NotAvailable { reason } => {
            match period_start(platform.followers_as_of, period_days) {
                Some(start) if *reason == Unavailable::NoSnapshot => format!(
                    "not available: no follower snapshot within {SNAPSHOT_TOLERANCE_DAYS} days of {}",
                    format::date(start)
                ),
                _ => format!("not available: {}", reason.message()),
            }
        }
    }
}

fn stats_text(stats: &EngagementStats) -> String {
    match (&stats.average, &stats.median) {
        (Figure::Available { value: average }, Figure::Available { value: median }) => format!(
            "average {:<8} median {:<8} {} of {} posts",
            format::percent(average.percent()),
            format::percent(median.percent()),
            format::count(average.posts_used() as u64),
            format::count(average.posts_considered() as u64)
        ),
        (average, _) => figure_text(average, Rate::describe),
    }
}

fn comparisons_text(out: &mut String, platform: &PlatformReport) {
    let _ = writeln!(out, "\n  Benchmarks (like with like only)");
    if platform.comparisons.is_empty() {
        let _ = writeln!(out, "    No engagement rate to compare yet.");
    }
    for entry in &platform.comparisons {
        let _ = writeln!(
            out,
            "    {}, {}, {}:",
            entry.method.label(),
            entry.statistic.label(),
            if entry.group.label() == "posts" {
                "all posts"
            } else {
                entry.group.label()
            }
        );
        match &entry.result {
            BenchmarkMatch::NoComparableBenchmark { reason } => {
                let _ = writeln!(out, "      {reason}");
            }
            BenchmarkMatch::Compared(comparison) => {
                let row = &comparison.benchmark;
                let _ = writeln!(
                    out,
                    "      {} against {}: {}, {}",
                    format::percent(comparison.creator.percent()),
                    format::percent(comparison.benchmark_percent()),
                    format::ratio(comparison.ratio),
                    format::points(comparison.difference_points)
                );
                let formula = if row.formula.is_empty() {
                    "formula not stated"
                } else {
                    row.formula.as_str()
                };
                let _ = writeln!(
                    out,
                    "      {} ({}; {}): {} (the source's \"{}\" tier); {formula}",
                    row.source,
                    row.year_text(),
                    row.confidence.label(),
                    row.describe_bounds(),
                    row.tier
                );
                for caveat in &comparison.caveats {
                    let _ = writeln!(out, "      Note: {caveat}");
                }
            }
        }
    }
}

fn rate_text(out: &mut String, advice: &RateAdvice) {
    let _ = writeln!(out, "\n  Suggested rate");
    match advice {
        RateAdvice::NotAvailable { reason } => {
            let _ = writeln!(out, "    {reason}");
        }
        RateAdvice::Suggested(suggestion) => {
            let range = match &suggestion.max {
                Some(max) => format::money_range(&suggestion.min, max.amount_minor),
                None => format!("{} and up", format::money(&suggestion.min)),
            };
            let _ = writeln!(
                out,
                "    {}: {} suggested (published range {range})",
                suggestion.deliverable,
                format::money(&suggestion.suggested)
            );
            for assumption in &suggestion.assumptions {
                let _ = writeln!(out, "      - {assumption}");
            }
        }
    }
}
