//! Growth: follower counts over time as line charts (the largest platform full width,
//! the others as small multiples), titled with the 90- or 30-day change.

use super::{chart_colours, chart_title, heading, place_chart};
use crate::analytics::{Growth, PlatformReport};
use crate::format;
use crate::kit::chart_build::{self, AxisStyle, ChartLook};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::model::Section;
use crate::model::{PageSize, Platform};

/// Fewest dated counts a growth line needs.
const MIN_POINTS: usize = 3;

/// The kit's look for a growth chart `height_mm` tall: round gridlines, two on
/// small multiples and four on the big chart.
fn look(kit: &Kit, height_mm: f32) -> ChartLook {
    ChartLook::new(chart_colours(kit), kit.theme.scale.caption)
        .with_line_width_pt(2.0 + kit.theme.data_line_extra_pt)
        .with_axis(AxisStyle::Nice {
            target_lines: if height_mm < 50.0 { 2.0 } else { 4.0 },
        })
}

/// The section's components: none when no platform has three dated counts.
pub fn build(kit: &Kit) -> Vec<Component> {
    let mut charts: Vec<(&Platform, &PlatformReport)> = kit
        .project
        .platforms
        .iter()
        .zip(&kit.report.platforms)
        .filter(|(platform, _)| {
            chart_build::growth(&look(kit, 0.0), platform)
                .and_then(|spec| spec.series.first().map(|s| s.points.len()))
                .is_some_and(|n| n >= MIN_POINTS)
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
    if let Some((platform, report)) = rest.next() {
        let mut c = Component::new(0.0);
        chart(
            &mut c,
            kit,
            platform,
            report,
            0.0,
            grid::LIVE_WIDTH_MM,
            big_h,
        );
        out.push(c);
    }
    let others: Vec<_> = rest.collect();
    for pair in others.chunks(2) {
        let mut c = Component::new(rhythm(3.0));
        for (index, (platform, report)) in pair.iter().enumerate() {
            let (x, w) = if index == 0 {
                grid::cols(1, 6)
            } else {
                grid::cols(7, 12)
            };
            chart(&mut c, kit, platform, report, x, w, 42.0);
        }
        out.push(c);
    }
    out
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

/// A growth chart `h` tall at `x`, `w` wide, under its title (nothing without a line).
fn chart(
    c: &mut Component,
    kit: &Kit,
    platform: &Platform,
    report: &PlatformReport,
    x: f32,
    w: f32,
    h: f32,
) {
    let Some(spec) = chart_build::growth(&look(kit, h), platform) else {
        return;
    };
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
    place_chart(c, &spec, RectMm::new(x, y, w, h - y));
}
