//! How I compare: one row per platform — label (cols 1–3), a bullet graph of the
//! creator's engagement against the like-for-like tier benchmark (cols 4–10), the
//! value (cols 11–12) — and a caption naming the formula, tier, source and year.

use super::{chart_colours, heading, place_chart};
use crate::analytics::{Comparison, PlatformReport, PostGroup, Statistic};
use crate::format;
use crate::kit::chart_build::{self, ChartLook};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::EngagementMethod;
use crate::model::Section;

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
pub fn citation_number(kit: &Kit, citation: &str, url: &str) -> Option<usize> {
    kit.report
        .sources
        .iter()
        .position(|s| s.citation == citation && s.url == url)
        .map(|i| i + 1)
}

/// The section's components: none when no platform has posts to compare.
pub fn build(kit: &Kit) -> Vec<Component> {
    let lead = kit.report.lead_method;
    let mut rows = Vec::new();
    for report in &kit.report.platforms {
        let gap = if rows.is_empty() { 0.0 } else { rhythm(2.0) };
        if let Some(comparison) = best_comparison(report, lead) {
            rows.push(row(kit, report, comparison, gap));
        } else if let Some(reason) = no_match_reason(report, lead) {
            rows.push(reason_row(kit, report, &reason, gap));
        }
    }
    if rows.is_empty() {
        return rows;
    }
    let mut out = vec![heading(
        kit,
        Section::Compare,
        "Engagement against published benchmarks",
    )];
    out.extend(rows);
    let mut note = Component::new(rhythm(2.0));
    note.text(
        "Each rate is set only against a benchmark measured the same way (same platform, tier, formula and statistic); per-follower and per-view rates are never compared. Grey: the benchmark range where the source gives one; bar: my rate; line: the benchmark figure.",
        &kit.theme.scale.footnote,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        3,
    );
    out.push(note);
    out
}

fn no_match_reason(report: &PlatformReport, lead: EngagementMethod) -> Option<String> {
    report
        .comparisons
        .iter()
        .find(|entry| entry.method == lead && entry.group == PostGroup::All)
        .and_then(|entry| match &entry.result {
            crate::analytics::BenchmarkMatch::NoComparableBenchmark { reason } => {
                Some(reason.clone())
            }
            crate::analytics::BenchmarkMatch::Compared(_) => None,
        })
}

fn label_column(c: &mut Component, kit: &Kit, report: &PlatformReport) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(1, 3);
    let mut y = c.text(
        report.platform.label(),
        &scale.body_bold,
        x,
        0.0,
        w,
        Align::Left,
        1,
    );
    let tier = format!(
        "{} · {} {}",
        report.tier.label(),
        format::count(report.followers),
        report.platform.audience_word()
    );
    y += c.text(&tier, &scale.caption, x, y, w, Align::Left, 2);
    y
}

fn row(kit: &Kit, report: &PlatformReport, comparison: &Comparison, gap: f32) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(gap);
    let label_h = label_column(&mut c, kit, report);
    let creator = comparison.creator.percent();
    let benchmark = &comparison.benchmark;
    let value = comparison.benchmark_percent();
    let (bx, bw) = grid::cols(4, 10);
    let bar_h = 7.0;
    let look = ChartLook::new(chart_colours(kit), scale.caption);
    if let Some(spec) = chart_build::versus_benchmark(&look, report, comparison) {
        place_chart(&mut c, &spec, RectMm::new(bx, 1.0, bw, bar_h));
    }
    let (vx, vw) = grid::cols(11, 12);
    let value_style = scale
        .h2
        .in_face(kit.theme.faces.numbers)
        .with_color(kit.theme.colours.accent_ink);
    let mut vy = c.text(
        &format::percent(creator),
        &value_style,
        vx,
        0.0,
        vw,
        Align::Left,
        1,
    );
    let versus = format!(
        "{} vs {}",
        format::points(comparison.difference_points),
        format::percent(value)
    );
    vy += c.text(&versus, &scale.caption, vx, vy, vw, Align::Left, 2);
    let cite = citation_number(kit, &benchmark.citation, &benchmark.url)
        .map_or(String::new(), |n| format!(" [{n}]"));
    let statistic = comparison.creator.statistic().label();
    let mut caption = format!(
        "Me: {statistic} of {} posts ({}), {}. Benchmark: {} {} for {} accounts with {}, {}, {}{cite}.",
        comparison.creator.posts_used(),
        kit.report.window_description,
        comparison.creator.formula(),
        format::percent(value),
        benchmark_statistic_word(benchmark.statistic),
        report.platform.label(),
        benchmark.describe_bounds(),
        benchmark.citation,
        benchmark.year_text(),
    );
    for caveat in &comparison.caveats {
        caption.push(' ');
        caption.push_str(caveat);
    }
    let (cx, cw) = grid::cols(4, 12);
    let y = label_h.max(vy).max(bar_h + 2.0) + 1.0;
    c.text(
        &text::smarten(&caption),
        &scale.footnote,
        cx,
        y,
        cw,
        Align::Left,
        4,
    );
    c
}

fn benchmark_statistic_word(statistic: crate::analytics::BenchmarkStatistic) -> &'static str {
    match statistic {
        crate::analytics::BenchmarkStatistic::Median => "median",
        crate::analytics::BenchmarkStatistic::Average => "average",
        _ => "typical rate",
    }
}

fn reason_row(kit: &Kit, report: &PlatformReport, reason: &str, gap: f32) -> Component {
    let mut c = Component::new(gap);
    label_column(&mut c, kit, report);
    let (x, w) = grid::cols(4, 12);
    c.text(
        &text::smarten(reason),
        &kit.theme.scale.caption,
        x,
        0.0,
        w,
        Align::Left,
        3,
    );
    c
}
