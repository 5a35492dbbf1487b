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
    // The compact version, used when it saves a page: every chart as a small
    // multiple, three to a row, in one component (the pairs' compact versions are
    // then empty, as the rows already hold their charts).
    let compact_h = COMPACT_H_MM;
    let mut compact = Component::new(0.0);
    for (row, three) in charts.chunks(3).enumerate() {
        let top = row as f32 * (compact_h + rhythm(3.0));
        let mut cell = Component::new(0.0);
        for (index, (platform, report)) in three.iter().enumerate() {
            let first_col = 1 + 4 * u8::try_from(index).unwrap_or(0);
            let (x, w) = grid::cols(first_col, first_col + 3);
            chart(&mut cell, kit, platform, report, (x, w, compact_h), true);
        }
        for mut block in cell.blocks {
            block.translate(0.0, top);
            compact.extend_blocks(vec![block]);
        }
        compact.dropped.extend(cell.dropped);
        compact.extend_to(top + cell.height_mm);
    }
    let mut rest = charts.into_iter();
    if let Some((platform, report)) = rest.next() {
        let mut c = Component::new(0.0);
        chart(
            &mut c,
            kit,
            platform,
            report,
            (0.0, grid::LIVE_WIDTH_MM, big_h),
            false,
        );
        c.compact = Some(Box::new(compact));
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
            chart(&mut c, kit, platform, report, (x, w, 42.0), false);
        }
        c.compact = Some(Box::default());
        out.push(c);
    }
    out
}

/// Height of a small multiple in the compact version, title included.
const COMPACT_H_MM: f32 = 50.0;

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

/// A growth chart in `(x, width, height)` (title included), nothing without a
/// line. `short` words the title and subtitle for a third of the page's width.
fn chart(
    c: &mut Component,
    kit: &Kit,
    platform: &Platform,
    report: &PlatformReport,
    (x, w, h): (f32, f32, f32),
    short: bool,
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
        Some((p, days)) if short => format!("{label} {} in {days} days", format::delta_percent(p)),
        Some((p, days)) if p > 0.0 => {
            format!("{label} grew {} in {days} days", format::delta_percent(p))
        }
        Some((p, days)) => format!("{label}: {} in {days} days", format::delta_percent(p)),
        None => format!("{label} {word}"),
    };
    let changes: Vec<String> = [g30, g90]
        .into_iter()
        .flatten()
        .map(|growth| change_words(growth, word))
        .collect();
    let subtitle = if short {
        changes.join(" · ")
    } else {
        std::iter::once(format!("{label} {word}"))
            .chain(changes)
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let y = chart_title(c, kit, &title, &subtitle, x, 0.0, w);
    place_chart(c, &spec, RectMm::new(x, y, w, h - y));
}
