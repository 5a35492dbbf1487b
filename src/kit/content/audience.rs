//! Audience's content: a tile per platform (followers, tier, engagement by the lead
//! method, average views, posting frequency, reply rate) with the formula note, then
//! demographics: age columns, the gender split and top countries, with their source;
//! in a pitch's kit, when chosen, how the audience fits the brand's target.

use super::{Tile, TitledChart, chart_colours};
use crate::analytics::{AudienceFit, Fit, PostGroup, audience_fit, main_audience, select_window};
use crate::kit::chart::{ChartSpec, DataPoint};
use crate::kit::chart_build::{self, AxisStyle, ChartLook};
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::{Audience, Platform, Provenance};

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
        kit.lang.trf(
            "audience.formula_note",
            &[
                ("window", &kit.lang.window(kit.project.analytics.window)),
                ("formula", kit.lang.formula(kit.report.lead_method)),
            ],
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
        kit.lang
            .trf("audience.title", &[("count", &kit.lang.count(total))])
    } else {
        kit.lang.tr("audience.title_no_count").to_owned()
    };
    let fit = kit.settings.pitch.as_ref().and_then(|pitch| {
        let target = pitch.audience_fit.as_ref()?;
        let source = main_audience(kit.project).map(|a| &a.provenance);
        fit_content(
            kit.lang,
            &pitch.brand,
            &audience_fit(kit.project, target),
            source,
        )
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
fn fit_tile(lang: Language, label: &str, fit: Fit, context: &str) -> Tile {
    let (value, context) = match fit {
        Fit::Share(p) => (lang.percent(p), context.to_owned()),
        Fit::AtLeast(p) => (
            format!("≥{}", lang.percent(p)),
            lang.trf("fit.at_least_context", &[("groups", context)]),
        ),
        Fit::NotEnoughData => (
            lang.tr("num.not_available").to_owned(),
            lang.tr("fit.not_enough_data").to_owned(),
        ),
    };
    Tile {
        label: label.to_owned(),
        value,
        context: text::smarten(&context),
    }
}

/// The fit with `brand`'s target; `None` when the brand targets no group.
fn fit_content(
    lang: Language,
    brand: &str,
    fit: &AudienceFit,
    source: Option<&Provenance>,
) -> Option<FitContent> {
    let together = fit.together?;
    let mut tiles: Vec<Tile> = fit
        .dimensions
        .iter()
        .map(|d| {
            fit_tile(
                lang,
                lang.dimension(d.dimension),
                d.fit,
                &d.groups.join(", "),
            )
        })
        .collect();
    let mut note = lang.tr("fit.formula").to_owned();
    if fit.dimensions.len() > 1 {
        tiles.push(fit_tile(
            lang,
            lang.tr("fit.together"),
            together,
            lang.tr("fit.together_context"),
        ));
        note.push(' ');
        note.push_str(lang.tr("fit.assumption"));
    }
    if let Some(source) = source {
        note.push(' ');
        note.push_str(&lang.trf("audience.source", &[("source", &lang.provenance(source))]));
    }
    Some(FitContent {
        title: text::smarten(&lang.trf("fit.title", &[("brand", brand)])),
        subtitle: text::smarten(lang.tr("fit.subtitle")),
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
    let lang = kit.lang;
    let mut facts = Vec::new();
    if let Some(rate) = report
        .stats(kit.report.lead_method, PostGroup::All)
        .and_then(|s| s.average.value())
    {
        facts.push((
            lang.tr("audience.engagement").to_owned(),
            lang.percent(rate.percent()),
        ));
    }
    if let Some(views) = average_views(platform, kit) {
        facts.push((lang.tr("audience.avg_views").to_owned(), lang.count(views)));
    }
    if let Some(freq) = report.posting_frequency.value() {
        facts.push((
            lang.tr("audience.posts_a_week").to_owned(),
            lang.number(freq.posts_per_week, 1),
        ));
    }
    if let Some(reply) = report.reply_rate.value() {
        facts.push((
            lang.tr("audience.reply_rate").to_owned(),
            lang.percent(reply.percent),
        ));
    }
    PlatformTile {
        label: format!("{} · {}", platform.kind.label(), lang.tier(report.tier)),
        value: lang.count(platform.followers),
        word: lang.audience_word(&platform.kind).to_owned(),
        facts,
    }
}

/// The kit's look for the demographics: axes from zero up to the largest share times
/// `headroom`, no gridlines.
fn look(kit: &Kit, headroom: f64) -> ChartLook {
    ChartLook::new(chart_colours(&kit.theme), kit.theme.scale.caption)
        .with_language(kit.lang)
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
            &kit.lang.trf("audience.ages_title", &[("group", &top)]),
            kit.lang.tr("audience.ages_subtitle"),
            spec,
        )
    });
    let genders = chart_build::genders(&look(kit, 1.0), &audience.genders).map(|spec| {
        let lead = first_point(&spec)
            .map(|p| format!("{} {}", p.value_label, p.label.to_lowercase()))
            .unwrap_or_default();
        titled(&lead, kit.lang.tr("audience.genders_subtitle"), spec)
    });
    let countries = chart_build::countries(&look(kit, 1.0), &audience.countries).map(|spec| {
        let top = first_point(&spec)
            .map(|p| p.label.clone())
            .unwrap_or_default();
        titled(
            &kit.lang
                .trf("audience.countries_title", &[("country", &top)]),
            kit.lang.tr("audience.countries_subtitle"),
            spec,
        )
    });
    Demographics {
        ages,
        genders,
        countries,
        note: kit.lang.trf(
            "audience.source",
            &[("source", &kit.lang.provenance(&audience.provenance))],
        ),
    }
}
