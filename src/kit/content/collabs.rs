//! Collaborations' content: sponsored against organic engagement per platform, the
//! first campaigns in full (brand, what was delivered, results, the brand's
//! testimonial) and the rest as one line each.

use super::{Tile, web_url};
use crate::analytics::PostGroup;
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::Collaboration;

/// Characters of a testimonial shown (about 40 words).
const QUOTE_BUDGET_CHARS: usize = 260;
/// Campaigns shown in full (results and testimonial); later ones are listed compactly.
const FULL_CAMPAIGNS: usize = 6;

/// What Collaborations says.
#[derive(Debug, Clone, PartialEq)]
pub struct CollabsContent {
    /// The heading.
    pub title: String,
    /// Sponsored against organic engagement, per platform (up to three).
    pub tiles: Vec<Tile>,
    /// The first campaigns, in full.
    pub campaigns: Vec<Campaign>,
    /// The others, one line each.
    pub others: Vec<CampaignLine>,
}

/// A campaign in full.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    /// The brand, smartened.
    pub brand: String,
    /// The campaign's link, or empty.
    pub link: String,
    /// Category · date · platforms, smartened.
    pub meta: String,
    /// What was delivered, smartened; may be empty.
    pub deliverables: String,
    /// Its results (views, reach, engagements, link clicks, conversions) as given.
    pub results: Vec<ResultFigure>,
    /// The brand's words, when given.
    pub testimonial: Option<Quote>,
}

/// One result of a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultFigure {
    /// The count, formatted.
    pub value: String,
    /// "views", "link clicks"…
    pub label: String,
}

/// A testimonial: the quote (cut to about 40 words) and who said it, both smartened.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The words.
    pub text: String,
    /// "— Name, Role, Brand".
    pub who: String,
}

/// A campaign in one line.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignLine {
    /// The brand, smartened.
    pub brand: String,
    /// The campaign's link, or empty.
    pub link: String,
    /// Category · date · deliverables, smartened.
    pub meta: String,
}

/// The section's content: none without collaborations to show.
pub(super) fn content(kit: &Kit) -> Option<CollabsContent> {
    let collabs: Vec<&Collaboration> = kit
        .project
        .collaborations
        .iter()
        .filter(|c| c.show_in_kit)
        .collect();
    let tiles = sponsored_tiles(kit);
    if collabs.is_empty() && tiles.is_empty() {
        return None;
    }
    Some(CollabsContent {
        title: kit.lang.tr("collabs.title").to_owned(),
        tiles,
        campaigns: collabs
            .iter()
            .take(FULL_CAMPAIGNS)
            .map(|c| campaign(kit.lang, c))
            .collect(),
        others: collabs
            .iter()
            .skip(FULL_CAMPAIGNS)
            .map(|c| campaign_line(kit.lang, c))
            .collect(),
    })
}

fn campaign_line(lang: Language, collab: &Collaboration) -> CampaignLine {
    let mut meta = vec![lang.date(collab.date)];
    if !collab.category.trim().is_empty() {
        meta.insert(0, collab.category.trim().to_owned());
    }
    if !collab.deliverables.trim().is_empty() {
        meta.push(collab.deliverables.trim().to_owned());
    }
    CampaignLine {
        brand: text::smarten(collab.brand.trim()),
        link: web_url(&collab.link),
        meta: text::smarten(&meta.join(" · ")),
    }
}

fn sponsored_tiles(kit: &Kit) -> Vec<Tile> {
    let method = kit.report.lead_method;
    let lang = kit.lang;
    kit.report
        .platforms
        .iter()
        .filter_map(|p| {
            let sponsored = p
                .stats(method, PostGroup::Sponsored)?
                .average
                .value()?
                .clone();
            let organic = p
                .stats(method, PostGroup::Organic)?
                .average
                .value()?
                .clone();
            Some(Tile {
                label: lang.trf(
                    "collabs.sponsored_label",
                    &[("platform", p.platform.label())],
                ),
                value: format!(
                    "{} / {}",
                    lang.percent(sponsored.percent()),
                    lang.percent(organic.percent())
                ),
                context: text::smarten(&lang.trf(
                    "collabs.sponsored_context",
                    &[
                        ("sponsored", &sponsored.posts_used().to_string()),
                        ("organic", &organic.posts_used().to_string()),
                        ("formula", lang.formula(method)),
                    ],
                )),
            })
        })
        .take(3)
        .collect()
}

/// A campaign in full: brand, meta, deliverables, results and testimonial.
pub(super) fn campaign(lang: Language, collab: &Collaboration) -> Campaign {
    let platforms: Vec<&str> = collab.platforms.iter().map(|p| p.label()).collect();
    let mut meta = vec![lang.date(collab.date)];
    if !collab.category.trim().is_empty() {
        meta.insert(0, collab.category.trim().to_owned());
    }
    if !platforms.is_empty() {
        meta.push(platforms.join(", "));
    }
    let r = &collab.results;
    let results = [
        (lang.tr("result.views"), r.views),
        (lang.tr("result.reach"), r.reach),
        (lang.tr("result.engagements"), r.engagements),
        (lang.tr("result.link_clicks"), r.clicks),
        (lang.tr("result.conversions"), r.conversions),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        value.map(|v| ResultFigure {
            value: lang.count_tight(v),
            label: label.to_owned(),
        })
    })
    .collect();
    Campaign {
        brand: text::smarten(collab.brand.trim()),
        link: web_url(&collab.link),
        meta: text::smarten(&meta.join(" · ")),
        deliverables: text::smarten(collab.deliverables.trim()),
        results,
        testimonial: collab
            .testimonial
            .as_ref()
            .and_then(|t| quote(t, collab.brand.trim())),
    }
}

fn quote(testimonial: &crate::model::Testimonial, brand: &str) -> Option<Quote> {
    let (text, _) = text::fit_budget(&text::smarten(testimonial.quote.trim()), QUOTE_BUDGET_CHARS);
    if text.is_empty() {
        return None;
    }
    let mut who = format!("— {}", testimonial.author.trim());
    if !testimonial.role.trim().is_empty() {
        who.push_str(", ");
        who.push_str(testimonial.role.trim());
    }
    if !testimonial.role.contains(brand) {
        who.push_str(", ");
        who.push_str(brand);
    }
    Some(Quote {
        text,
        who: text::smarten(&who),
    })
}
