//! The cover's content: who a pitch's kit is for; niche, name, tagline, handle and
//! location; the portrait (the profile photo, else the first sample); up to four
//! headline figures; highlights; platform profiles; email and website.

use super::{LinkText, Tile, address_label, mail_url, profile_url, web_url};
use crate::analytics::{PostGroup, Statistic, insights};
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::{MediaRef, PlatformKind, Project};
use time::Duration;

/// True for the headline tile of the best platform's engagement (a short kit that
/// shows each platform's engagement against its benchmark leaves it out).
pub fn is_engagement_tile(tile: &Tile) -> bool {
    Language::ALL
        .iter()
        .any(|l| tile.label.starts_with(l.tr("cover.engagement")))
}

/// Characters of tagline shown.
const TAGLINE_BUDGET_CHARS: usize = 140;
/// Insights shown as highlights.
const HIGHLIGHTS: usize = 3;
/// Platform profiles listed.
const PROFILES: usize = 6;

/// What the cover says.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverContent {
    /// "Prepared for BRAND · DATE" in a pitch's kit, smartened; empty otherwise.
    pub prepared_for: String,
    /// The niche (an eyebrow), smartened; may be empty.
    pub niche: String,
    /// The creator's name, smartened.
    pub name: String,
    /// The tagline cut to its budget, smartened; may be empty.
    pub tagline: String,
    /// The handle as typed (trimmed); may be empty.
    pub handle: String,
    /// Where the creator is based, smartened; may be empty.
    pub location: String,
    /// The portrait: the profile photo, else the first sample.
    pub portrait: Option<MediaRef>,
    /// The portrait's caption, smartened, when it is a sample (empty for the profile
    /// photo or a sample without one).
    pub portrait_caption: String,
    /// Up to two initials, shown when there is no portrait.
    pub initials: String,
    /// Total audience, best engagement, monthly views, growth: those that exist.
    pub tiles: Vec<Tile>,
    /// Up to three insights, smartened.
    pub highlights: Vec<String>,
    /// Up to six platform profiles.
    pub profiles: Vec<ProfileLink>,
    /// Email, then website.
    pub contacts: Vec<LinkText>,
}

/// A platform profile: its kind (for the mark), the handle or platform name, the link.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileLink {
    /// Which platform.
    pub kind: PlatformKind,
    /// The handle, else the platform's name.
    pub label: String,
    /// The profile's web address, or empty.
    pub url: String,
}

/// The cover's content.
pub(super) fn content(kit: &Kit) -> CoverContent {
    let creator = &kit.project.creator;
    let first_sample = kit.project.samples.first();
    let portrait = creator
        .profile_photo
        .as_ref()
        .or_else(|| first_sample.map(|s| &s.media))
        .cloned();
    let portrait_caption = match (&creator.profile_photo, first_sample) {
        (None, Some(sample)) => text::smarten(sample.caption.trim()),
        _ => String::new(),
    };
    let initials: String = creator
        .display_name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    let highlights =
        insights::from_platforms_in(kit.lang, &kit.report.platforms, kit.report.lead_method)
            .iter()
            .take(HIGHLIGHTS)
            .map(|insight| text::smarten(&insight.text))
            .collect();
    let profiles = kit
        .project
        .platforms
        .iter()
        .take(PROFILES)
        .map(|platform| ProfileLink {
            kind: platform.kind.clone(),
            label: if platform.handle.trim().is_empty() {
                platform.kind.label().to_owned()
            } else {
                platform.handle.trim().to_owned()
            },
            url: profile_url(platform),
        })
        .collect();
    let mut contacts = Vec::new();
    if !creator.email.trim().is_empty() {
        contacts.push(LinkText {
            label: creator.email.trim().to_owned(),
            url: mail_url(&creator.email),
        });
    }
    if !creator.website.trim().is_empty() {
        contacts.push(LinkText {
            label: address_label(&creator.website),
            url: web_url(&creator.website),
        });
    }
    CoverContent {
        prepared_for: kit
            .settings
            .pitch
            .as_ref()
            .map(|p| text::smarten(&p.prepared_for))
            .unwrap_or_default(),
        niche: text::smarten(creator.niche.trim()),
        name: text::smarten(creator.display_name.trim()),
        tagline: text::fit_budget(&text::smarten(&creator.tagline), TAGLINE_BUDGET_CHARS).0,
        handle: creator.handle.trim().to_owned(),
        location: text::smarten(creator.location.trim()),
        portrait,
        portrait_caption,
        initials,
        tiles: headline_tiles(kit),
        highlights,
        profiles,
        contacts,
    }
}

/// Total audience, best engagement (lead method, with its formula), views in the last
/// 30 days and 90-day growth: the ones that exist.
fn headline_tiles(kit: &Kit) -> Vec<Tile> {
    let report = &kit.report;
    let lang = kit.lang;
    let mut tiles = Vec::new();
    let platforms = &report.platforms;
    if !platforms.is_empty() {
        let total: u64 = platforms
            .iter()
            .map(|p| p.followers)
            .fold(0, u64::saturating_add);
        let n = platforms.len();
        tiles.push(Tile {
            label: lang.tr("cover.total_audience").to_owned(),
            value: lang.count(total),
            context: if n == 1 {
                lang.tr("cover.total_context_one").to_owned()
            } else {
                lang.trf("cover.total_context", &[("n", &n.to_string())])
            },
        });
    }
    let method = report.lead_method;
    let best = platforms
        .iter()
        .filter_map(|p| {
            let rate = p.stats(method, PostGroup::All)?.average.value()?.clone();
            Some((p, rate))
        })
        .max_by(|a, b| a.1.percent().total_cmp(&b.1.percent()));
    if let Some((platform, rate)) = best {
        tiles.push(Tile {
            label: format!(
                "{} · {}",
                lang.tr("cover.engagement"),
                platform.platform.label()
            ),
            value: lang.percent(rate.percent()),
            context: lang.trf(
                "cover.engagement_context",
                &[
                    ("statistic", lang.statistic(Statistic::Average)),
                    ("formula", lang.formula(method)),
                    ("window", &lang.window(kit.project.analytics.window)),
                ],
            ),
        });
    }
    if let Some(views) = views_last_30_days(kit.project) {
        tiles.push(Tile {
            label: lang.tr("cover.monthly_views").to_owned(),
            value: lang.count(views),
            context: lang.tr("cover.monthly_views_context").to_owned(),
        });
    }
    let growth = platforms
        .iter()
        .find_map(|p| p.growth_90_days.value().map(|g| (p, g.clone())))
        .or_else(|| {
            platforms
                .iter()
                .find_map(|p| p.growth_30_days.value().map(|g| (p, g.clone())))
        });
    if let Some((platform, growth)) = growth
        && let Some(percent) = growth.change_percent
    {
        tiles.push(Tile {
            label: format!(
                "{} · {}",
                lang.tr("cover.growth"),
                platform.platform.label()
            ),
            value: lang.delta_percent(percent),
            context: lang.trf(
                "cover.growth_context",
                &[
                    ("delta", &lang.delta_count(growth.change)),
                    ("word", lang.audience_word(&platform.platform)),
                    ("days", &growth.period_days.to_string()),
                ],
            ),
        });
    }
    tiles.truncate(4);
    for tile in &mut tiles {
        tile.context = text::smarten(&tile.context);
    }
    tiles
}

/// Views of every post published in the 30 days up to each platform's newest figures.
fn views_last_30_days(project: &Project) -> Option<u64> {
    let mut total: Option<u64> = None;
    for platform in &project.platforms {
        let newest = platform.posts.iter().map(|p| p.date).max();
        let end = newest.map_or(platform.posts_provenance.as_of, |n| {
            n.max(platform.posts_provenance.as_of)
        });
        let Some(start) = end.checked_sub(Duration::days(30)) else {
            continue;
        };
        for post in platform
            .posts
            .iter()
            .filter(|p| p.date > start && p.date <= end)
        {
            if let Some(views) = post.views {
                total = Some(total.unwrap_or(0).saturating_add(views));
            }
        }
    }
    total.filter(|&v| v > 0)
}
