//! Growth: follower counts over time as line charts (the largest platform full width,
//! the others as small multiples), titled with the 90- or 30-day change.

use super::{chart_colours, chart_title, heading, place_chart};
use crate::analytics::{Growth, PlatformReport};
use crate::format;
use crate::kit::chart::{Axis, ChartKind, ChartSpec, ColourRole, DataPoint, Series};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::model::Section;
use crate::model::{PageSize, Platform};

/// Fewest dated counts a growth line needs.
const MIN_POINTS: usize = 3;

/// The section's components: none when no platform has three dated counts.
pub fn build(kit: &Kit) -> Vec<Component> {
    let mut charts: Vec<(&Platform, &PlatformReport, Vec<DataPoint>)> = kit
        .project
        .platforms
        .iter()
        .zip(&kit.report.platforms)
        .filter_map(|(platform, report)| {
            let points = points(platform);
            (points.len() >= MIN_POINTS).then_some((platform, report, points))
        })
        .collect();
    if charts.is_empty() {
        return Vec::new();
    }
    charts.sort_by_key(|c| std::cmp::Reverse(c.0.followers));
    let mut out = vec![heading(kit, Section::Growth, "Followers over time")];
    let big_h = if kit.settings.page_size == PageSize::Letter {
        55.0
    } else {
        62.0
    };
    let mut rest = charts.into_iter();
    if let Some((platform, report, pts)) = rest.next() {
        let mut c = Component::new(0.0);
        chart(
            &mut c,
            kit,
            platform,
            report,
            pts,
            0.0,
            grid::LIVE_WIDTH_MM,
            big_h,
        );
        out.push(c);
    }
    let others: Vec<_> = rest.collect();
    for pair in others.chunks(2) {
        let mut c = Component::new(rhythm(3.0));
        for (index, (platform, report, pts)) in pair.iter().enumerate() {
            let (x, w) = if index == 0 {
                grid::cols(1, 6)
            } else {
                grid::cols(7, 12)
            };
            chart(&mut c, kit, platform, report, pts.clone(), x, w, 42.0);
        }
        out.push(c);
    }
    out
}

fn points(platform: &Platform) -> Vec<DataPoint> {
    let end = platform.followers_provenance.as_of;
    let mut dated: Vec<(time::Date, u64)> = platform
        .snapshots
        .iter()
        .filter(|s| s.date < end)
        .map(|s| (s.date, s.followers))
        .collect();
    dated.sort();
    dated.dedup_by_key(|d| d.0);
    dated.push((end, platform.followers));
    let Some(first) = dated.first().map(|d| d.0) else {
        return Vec::new();
    };
    dated
        .into_iter()
        .map(|(date, followers)| DataPoint {
            x: (date - first).whole_days() as f64,
            value: followers as f64,
            label: format::date(date),
            value_label: format::count(followers),
            role: None,
        })
        .collect()
}

fn change_words(growth: &Growth, word: &str) -> String {
    let percent = growth.change_percent.map_or(String::new(), |p| {
        format!(" ({})", format::delta_percent(p))
    });
    format!(
        "{} {word}{percent} in {} days",
        format::delta_count(growth.change),
        growth.period_days
    )
}

/// Gridline step: 1, 2, 2.5 or 5 × 10^k giving about `target_lines` intervals.
fn nice_axis(min: f64, max: f64, target_lines: f64) -> Axis {
    let span = (max - min).max(1.0);
    let raw = span / target_lines;
    let magnitude = 10f64.powf(raw.log10().floor());
    let bounds = |step: f64| {
        let low = (min / step).floor() * step;
        (low, ((max / step).ceil() * step).max(low + step))
    };
    let step = [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| {
            let (low, high) = bounds(s);
            (high - low) / s <= target_lines + 0.01
        })
        .unwrap_or(magnitude * 100.0);
    let (low, high) = bounds(step);
    let mut gridlines = Vec::new();
    let mut value = low;
    while value <= high + step * 0.01 {
        gridlines.push((value, format::count(value.max(0.0) as u64)));
        value += step;
    }
    Axis {
        min: low,
        max: high,
        gridlines,
    }
}

#[allow(clippy::too_many_arguments)]
fn chart(
    c: &mut Component,
    kit: &Kit,
    platform: &Platform,
    report: &PlatformReport,
    points: Vec<DataPoint>,
    x: f32,
    w: f32,
    h: f32,
) {
    let word = platform.kind.audience_word();
    let label = platform.kind.label();
    let g90 = report.growth_90_days.value();
    let g30 = report.growth_30_days.value();
    let title = match g90
        .or(g30)
        .and_then(|g| g.change_percent.map(|p| (p, g.period_days)))
    {
        Some((p, days)) if p > 0.0 => {
            format!("{label} grew {} in {days} days", format::delta_percent(p))
        }
        Some((p, days)) => format!("{label}: {} in {days} days", format::delta_percent(p)),
        None => format!("{label} {word}"),
    };
    let mut subtitle = format!("{} {word}", label);
    for growth in [g30, g90].into_iter().flatten() {
        subtitle.push_str(" · ");
        subtitle.push_str(&change_words(growth, word));
    }
    let y = chart_title(c, kit, &title, &subtitle, x, 0.0, w);
    let (min, max) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.value), hi.max(p.value))
    });
    let spec = ChartSpec {
        kind: ChartKind::Line,
        series: vec![Series {
            name: label.to_owned(),
            points,
            role: ColourRole::Accent,
        }],
        axis: nice_axis(min, max, if h < 50.0 { 2.0 } else { 4.0 }),
        bands: Vec::new(),
        colours: chart_colours(kit),
        label_style: kit.theme.scale.caption,
        line_width_pt: 2.0 + kit.theme.data_line_extra_pt,
    };
    place_chart(c, &spec, RectMm::new(x, y, w, h - y));
}
