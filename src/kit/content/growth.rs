//! Growth's content: each platform's follower counts over time (three dated counts or
//! more), largest platform first, titled with its 90- or 30-day change.

use super::chart_colours;
use crate::analytics::{Growth, PlatformReport};
use crate::kit::chart::ChartSpec;
use crate::kit::chart_build::{self, AxisStyle, ChartLook};
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::Platform;

/// Fewest dated counts a growth line needs.
const MIN_POINTS: usize = 3;

/// What Growth says.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthContent {
    /// The heading.
    pub title: String,
    /// One chart per platform with a line, most followers first.
    pub charts: Vec<GrowthChart>,
}

/// One platform's growth line with its titles.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthChart {
    /// "Instagram grew +4.1% in 90 days", smartened.
    pub title: String,
    /// The title worded for a third of a page's width.
    pub title_short: String,
    /// "Instagram followers · +312 followers (+1.3%) in 30 days · …", smartened.
    pub subtitle: String,
    /// The subtitle without the platform and measure, for small multiples.
    pub subtitle_short: String,
    /// The line with about four round gridlines (charts 50 mm tall or more).
    pub spec: ChartSpec,
    /// The same line with about two gridlines (small charts).
    pub spec_small: ChartSpec,
}

/// The kit's look for a growth chart with about `target_lines` round gridlines.
fn look(kit: &Kit, target_lines: f64) -> ChartLook {
    ChartLook::new(chart_colours(&kit.theme), kit.theme.scale.caption)
        .with_language(kit.lang)
        .with_line_width_pt(2.0 + kit.theme.data_line_extra_pt)
        .with_axis(AxisStyle::Nice { target_lines })
}

/// The section's content: none when no platform has three dated counts.
pub(super) fn content(kit: &Kit) -> Option<GrowthContent> {
    let mut platforms: Vec<(&Platform, &PlatformReport)> = kit
        .project
        .platforms
        .iter()
        .zip(&kit.report.platforms)
        .collect();
    platforms.sort_by_key(|c| std::cmp::Reverse(c.0.followers));
    let charts: Vec<GrowthChart> = platforms
        .into_iter()
        .filter_map(|(platform, report)| chart(kit, platform, report))
        .collect();
    (!charts.is_empty()).then(|| GrowthContent {
        title: kit.lang.tr("growth.title").to_owned(),
        charts,
    })
}

fn change_words(lang: Language, growth: &Growth, word: &str) -> String {
    let percent = growth
        .change_percent
        .map_or(String::new(), |p| format!(" ({})", lang.delta_percent(p)));
    lang.trf(
        "growth.change",
        &[
            ("delta", &lang.delta_count(growth.change)),
            ("word", word),
            ("percent", &percent),
            ("days", &growth.period_days.to_string()),
        ],
    )
}

fn chart(kit: &Kit, platform: &Platform, report: &PlatformReport) -> Option<GrowthChart> {
    let spec = chart_build::growth(&look(kit, 4.0), platform)?;
    if spec.series.first().map_or(0, |s| s.points.len()) < MIN_POINTS {
        return None;
    }
    let spec_small = chart_build::growth(&look(kit, 2.0), platform)?;
    let lang = kit.lang;
    let word = lang.audience_word(&platform.kind);
    let label = platform.kind.label();
    let g90 = report.growth_90_days.value();
    let g30 = report.growth_30_days.value();
    let change = g90
        .or(g30)
        .and_then(|g| g.change_percent.map(|p| (p, g.period_days)));
    let (title, title_short) = match change {
        Some((p, days)) => {
            let delta = lang.delta_percent(p);
            let args = [
                ("platform", label),
                ("delta", delta.as_str()),
                ("days", &days.to_string()),
            ];
            let long = if p > 0.0 {
                lang.trf("growth.title_grew", &args)
            } else {
                lang.trf("growth.title_changed", &args)
            };
            (long, lang.trf("growth.title_short", &args))
        }
        None => (format!("{label} {word}"), format!("{label} {word}")),
    };
    let changes: Vec<String> = [g30, g90]
        .into_iter()
        .flatten()
        .map(|growth| change_words(lang, growth, word))
        .collect();
    let subtitle = std::iter::once(format!("{label} {word}"))
        .chain(changes.iter().cloned())
        .collect::<Vec<_>>()
        .join(" · ");
    Some(GrowthChart {
        title: text::smarten(&title),
        title_short: text::smarten(&title_short),
        subtitle: text::smarten(&subtitle),
        subtitle_short: text::smarten(&changes.join(" · ")),
        spec,
        spec_small,
    })
}
