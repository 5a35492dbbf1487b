//! Audience's content: a tile per platform (followers, tier, engagement by the lead
//! method, average views, posting frequency, reply rate) with the formula note, then
//! demographics: age columns, the gender split and top countries, with their source;
//! in a pitch's kit, when chosen, how the audience fits the brand's target.

use super::{Tile, TitledChart, chart_colours};
use crate::analytics::{AudienceFit, Fit, PostGroup, audience_fit, main_audience, select_window};
use crate::format;
use crate::kit::chart::{ChartSpec, DataPoint};
use crate::kit::chart_build::{self, AxisStyle, ChartLook};
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::{Audience, Platform};

/// What Audience says.
#[derive(Debug, Clone, PartialEq)]
pub struct AudienceContent {
    /// The heading ("24.8K people follow along").
    pub title: String,
    /// One tile per platform, in the project's order.
    pub platforms: Vec<PlatformTile>,
    /// How the tiles' figures are computed (when there are tiles).
    pub formula_note: Option<String>,
    /// Age, gender and countries (when the project has any).
    pub demographics: Option<Box<Demographics>>,
    /// How the audience fits the pitched brand's target (a pitch's kit, when chosen).
    pub fit: Option<FitContent>,
}

/// The audience fit as printed: a tile per targeted dimension, then "Together".
#[derive(Debug, Clone, PartialEq)]
pub struct FitContent {
    /// "How my audience fits Brightside Coffee Co.", smartened.
    pub title: String,
    /// What the figures measure.
    pub subtitle: String,
    /// One tile per dimension the brand targets, and "Together" when there are several.
    pub tiles: Vec<Tile>,
    /// The formula, its assumption and the figures' source, smartened.
    pub note: String,
}

/// A platform's tile.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformTile {
    /// "Instagram · Micro".
    pub label: String,
    /// The follower count, formatted.
    pub value: String,
    /// "followers", "subscribers"…
    pub word: String,
    /// Key and value of each figure the platform has.
    pub facts: Vec<(String, String)>,
}

/// The audience's make-up, each chart when it has data.
#[derive(Debug, Clone, PartialEq)]
pub struct Demographics {
    /// Share of audience by age (columns).
    pub ages: Option<TitledChart>,
    /// Audience by gender (one 100 % bar).
    pub genders: Option<TitledChart>,
    /// Top countries (bars).
    pub countries: Option<TitledChart>,
    /// Where the figures came from.
    pub note: String,
}

/// Audience's content; `None` without platforms or demographics.
pub(super) fn content(kit: &Kit) -> Option<AudienceContent> {
    let platforms: Vec<PlatformTile> = kit
        .project
        .platforms
        .iter()
        .zip(kit.report.platforms.iter())
        .map(|(platform, report)| platform_tile(kit, platform, report))
        .collect();
    let formula_note = (!platforms.is_empty()).then(|| {
        format!(
            "Engagement: average per post over the {}, {} (per-follower and per-view rates are never compared). Avg views: mean of posts with views entered.",
            kit.report.window_description,
            kit.report.lead_method.formula()
        )
    });
    let demographics =
        main_audience(kit.project).map(|audience| Box::new(demographics(kit, audience)));
    if platforms.is_empty() && demographics.is_none() {
        return None;
    }
    let total: u64 = kit
        .project
        .platforms
        .iter()
        .map(|p| p.followers)
        .fold(0, u64::saturating_add);
    let title = if total > 0 {
        format!("{} people follow along", format::count(total))
    } else {
        "Who follows along".to_owned()
    };
    let fit = kit.settings.pitch.as_ref().and_then(|pitch| {
        let target = pitch.audience_fit.as_ref()?;
        fit_content(&pitch.brand, &audience_fit(kit.project, target))
    });
    Some(AudienceContent {
        title: text::smarten(&title),
        platforms,
        formula_note,
        demographics,
        fit,
    })
}

/// A fit's tile: the dimension, the share ("58.1%", "≥31.4%" when some groups are not
/// listed, "n/a" without figures) and the groups (or why there is no figure).
fn fit_tile(label: &str, fit: Fit, context: &str) -> Tile {
    let (value, context) = match fit {
        Fit::Share(p) => (format::percent(p), context.to_owned()),
        Fit::AtLeast(p) => (
            format!("≥{}", format::percent(p)),
            format!("{context} (at least: not all are listed)"),
        ),
        Fit::NotEnoughData => ("n/a".to_owned(), "not enough audience data".to_owned()),
    };
    Tile {
        label: label.to_owned(),
        value,
        context: text::smarten(&context),
    }
}

/// The fit with `brand`'s target; `None` when the brand targets no group.
fn fit_content(brand: &str, fit: &AudienceFit) -> Option<FitContent> {
    let together = fit.together?;
    let mut tiles: Vec<Tile> = fit
        .dimensions
        .iter()
        .map(|d| fit_tile(d.dimension.label(), d.fit, &d.groups.join(", ")))
        .collect();
    let mut note = AudienceFit::FORMULA.to_owned();
    if fit.dimensions.len() > 1 {
        tiles.push(fit_tile("Together", together, "an estimate, see below"));
        note.push(' ');
        note.push_str(AudienceFit::ASSUMPTION);
    }
    if let Some(source) = &fit.source {
        note.push_str(&format!(" Audience figures: {source}."));
    }
    Some(FitContent {
        title: text::smarten(&format!("How my audience fits {brand}")),
        subtitle: text::smarten("Share of my audience in the brand's target groups"),
        tiles,
        note: text::smarten(&note),
    })
}

fn average_views(platform: &Platform, kit: &Kit) -> Option<u64> {
    let newest = platform.posts.iter().map(|p| p.date).max();
    let as_of = newest.map_or(platform.posts_provenance.as_of, |n| {
        n.max(platform.posts_provenance.as_of)
    });
    let window = select_window(&platform.posts, kit.project.analytics.window, Some(as_of));
    let views: Vec<u64> = window.posts.iter().filter_map(|p| p.views).collect();
    if views.is_empty() {
        return None;
    }
    let sum: u128 = views.iter().map(|&v| u128::from(v)).sum();
    u64::try_from(sum / views.len() as u128).ok()
}

fn platform_tile(
    kit: &Kit,
    platform: &Platform,
    report: &crate::analytics::PlatformReport,
) -> PlatformTile {
    let mut facts = Vec::new();
    if let Some(rate) = report
        .stats(kit.report.lead_method, PostGroup::All)
        .and_then(|s| s.average.value())
    {
        facts.push(("Engagement".to_owned(), format::percent(rate.percent())));
    }
    if let Some(views) = average_views(platform, kit) {
        facts.push(("Avg views".to_owned(), format::count(views)));
    }
    if let Some(freq) = report.posting_frequency.value() {
        facts.push((
            "Posts a week".to_owned(),
            format!("{:.1}", freq.posts_per_week),
        ));
    }
    if let Some(reply) = report.reply_rate.value() {
        facts.push(("Reply rate".to_owned(), format::percent(reply.percent)));
    }
    PlatformTile {
        label: format!("{} · {}", platform.kind.label(), report.tier.label()),
        value: format::count(platform.followers),
        word: platform.kind.audience_word().to_owned(),
        facts,
    }
}

/// The kit's look for the demographics: axes from zero up to the largest share times
/// `headroom`, no gridlines.
fn look(kit: &Kit, headroom: f64) -> ChartLook {
    ChartLook::new(chart_colours(&kit.theme), kit.theme.scale.caption)
        .with_line_width_pt(2.0 + kit.theme.data_line_extra_pt)
        .with_axis(AxisStyle::FromZero { headroom })
}

fn first_point(spec: &ChartSpec) -> Option<&DataPoint> {
    spec.series.first().and_then(|s| s.points.first())
}

fn titled(title: &str, subtitle: &str, spec: ChartSpec) -> TitledChart {
    TitledChart {
        title: text::smarten(title),
        subtitle: text::smarten(subtitle),
        spec,
    }
}

fn demographics(kit: &Kit, audience: &Audience) -> Demographics {
    let ages = chart_build::ages(&look(kit, 1.1), &audience.ages).map(|spec| {
        let top = spec
            .series
            .first()
            .and_then(|s| s.points.iter().max_by(|a, b| a.value.total_cmp(&b.value)))
            .map(|p| p.label.clone())
            .unwrap_or_default();
        titled(
            &format!("Most of my audience is {top}"),
            "Share of audience by age",
            spec,
        )
    });
    let genders = chart_build::genders(&look(kit, 1.0), &audience.genders).map(|spec| {
        let lead = first_point(&spec)
            .map(|p| format!("{} {}", p.value_label, p.label.to_lowercase()))
            .unwrap_or_default();
        titled(&lead, "Audience by gender", spec)
    });
    let countries = chart_build::countries(&look(kit, 1.0), &audience.countries).map(|spec| {
        let top = first_point(&spec)
            .map(|p| p.label.clone())
            .unwrap_or_default();
        titled(
            &format!("Top country: {top}"),
            "Share of audience by country",
            spec,
        )
    });
    Demographics {
        ages,
        genders,
        countries,
        note: format!("Audience figures: {}.", audience.provenance.describe()),
    }
}
