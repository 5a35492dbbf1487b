//! What each section of the kit says, as plain data: texts already cut to their
//! budgets and typographically smartened, figures already formatted with their
//! formulas and sources, chart specs, photo references and checked links.
//!
//! Built once per export from the project and its analytics report; the PDF's section
//! builders ([`super::sections`]) place it on pages and the web kit (`crate::web`)
//! writes it as HTML, so both say the same thing from the same figures.
//!
//! A pitch is applied to the project view and kit settings before [`kit_content`] is
//! called (`kit::pitch::tailor`); the content reads only what a pitch prints besides
//! the project (`KitSettings::pitch`): the cover's "Prepared for" line, the intro in
//! About, "from" prices and the audience fit.

mod about;
mod aesthetics;
mod audience;
mod collabs;
mod compare;
mod contact;
mod cover;
mod growth;
mod links;
mod notes;
mod rates;
mod short;

pub use about::AboutContent;
pub use aesthetics::{AestheticsContent, Photo, crop_for, grid_shape};
pub use audience::{AudienceContent, Demographics, FitContent, PlatformTile};
pub use collabs::{Campaign, CampaignLine, CollabsContent, Quote, ResultFigure};
pub use compare::{CompareBody, CompareContent, CompareRow};
pub use contact::{ContactContent, ContactLink, QrLink};
pub use cover::{CoverContent, ProfileLink, is_engagement_tile};
pub use growth::{GrowthChart, GrowthContent};
pub use links::{address_label, mail_url, platform_mark, profile_url, short_url, web_url};
pub use notes::{NotesContent, SourceLine};
pub use rates::{OnRequest, Package, RatesContent};
pub use short::{
    SHORT_COMPARISONS, SHORT_PHOTOS, best_title, campaigns_shown, short_sections, strength,
};

use super::chart::{ChartColours, ChartSpec};
use super::colour;
use super::lang::Language;
use super::layout::{Kit, LayoutContext, LayoutError};
use super::text;
use super::theme::ThemeTokens;
use crate::model::{KitLength, KitSettings, Project, Section};
use std::collections::BTreeSet;
use time::Date;

/// A stat tile: label, value and a context line.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// The label above (1–4 words).
    pub label: String,
    /// The value, already formatted.
    pub value: String,
    /// A context line (≤ 8 words ideally), smartened.
    pub context: String,
}

/// A text with the link it opens (`https:` or `mailto:`; empty when the text is not
/// a valid address and is printed, never linked).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkText {
    /// What is printed.
    pub label: String,
    /// Where it leads, or empty.
    pub url: String,
}

/// A chart with the title that states its takeaway and a subtitle naming the measure.
#[derive(Debug, Clone, PartialEq)]
pub struct TitledChart {
    /// The takeaway, smartened.
    pub title: String,
    /// The measure and unit, smartened.
    pub subtitle: String,
    /// The chart.
    pub spec: ChartSpec,
}

/// One section's content.
#[derive(Debug, Clone, PartialEq)]
pub enum SectionContent {
    /// Name, portrait, tagline, headline figures, highlights, profiles.
    Cover(Box<CoverContent>),
    /// Bio, content style and facts.
    About(AboutContent),
    /// Platform tiles and demographics.
    Audience(AudienceContent),
    /// Engagement against like-for-like benchmarks.
    Compare(CompareContent),
    /// Followers over time.
    Growth(GrowthContent),
    /// Photo grid and palette.
    Aesthetics(AestheticsContent),
    /// Sponsored against organic, campaigns and testimonials.
    Collaborations(CollabsContent),
    /// Packages or "rates on request".
    Rates(RatesContent),
    /// Ways to get in touch and QR codes.
    Contact(ContactContent),
    /// Data date, formulas and sources.
    Notes(NotesContent),
}

impl SectionContent {
    /// Which section this is.
    pub fn section(&self) -> Section {
        match self {
            Self::Cover(_) => Section::Cover,
            Self::About(_) => Section::About,
            Self::Audience(_) => Section::Audience,
            Self::Compare(_) => Section::Compare,
            Self::Growth(_) => Section::Growth,
            Self::Aesthetics(_) => Section::Aesthetics,
            Self::Collaborations(_) => Section::Collaborations,
            Self::Rates(_) => Section::Rates,
            Self::Contact(_) => Section::Contact,
            Self::Notes(_) => Section::Notes,
        }
    }
}

/// What a section says; `None` when it has nothing to show (the rest reflows).
/// Budget cuts and left-out items are recorded as the kit's warnings.
pub fn section_content(kit: &Kit, section: Section) -> Option<SectionContent> {
    match section {
        Section::Cover => Some(SectionContent::Cover(Box::new(cover::content(kit)))),
        Section::About => about::content(kit).map(SectionContent::About),
        Section::Audience => audience::content(kit).map(SectionContent::Audience),
        Section::Compare => compare::content(kit).map(SectionContent::Compare),
        Section::Growth => growth::content(kit).map(SectionContent::Growth),
        Section::Aesthetics => aesthetics::content(kit).map(SectionContent::Aesthetics),
        Section::Collaborations => collabs::content(kit).map(SectionContent::Collaborations),
        Section::Rates => Some(SectionContent::Rates(rates::content(kit))),
        Section::Contact => contact::content(kit).map(SectionContent::Contact),
        Section::Notes => Some(SectionContent::Notes(notes::content(kit))),
    }
}

/// Everything the kit says, section by section in the settings' order.
#[derive(Debug, Clone, PartialEq)]
pub struct KitContent {
    /// The theme with its accent (from the settings, the photos or the default).
    pub theme: ThemeTokens,
    /// The date the figures are true on.
    pub as_of: Date,
    /// The creator's name as printed.
    pub creator_name: String,
    /// The language the kit is printed in.
    pub language: Language,
    /// The document's title: "NAME – media kit", or "NAME × BRAND – media kit" for
    /// a pitch's kit (see [`kit_title`]).
    pub title: String,
    /// The sections with something to show, in order.
    pub sections: Vec<SectionContent>,
    /// What the creator should know (cut texts, photos left out of the grid…).
    pub warnings: Vec<String>,
}

/// The kit's content for `project` with `settings` (what [`super::layout()`] places on
/// pages), for renderers that lay out on their own, such as the web kit. A short
/// kit (`settings.length`) says what [`short_sections`] keeps.
pub fn kit_content(
    project: &Project,
    settings: &KitSettings,
    ctx: &LayoutContext,
) -> Result<KitContent, LayoutError> {
    let visible = super::layout::visible_sections(settings)?;
    let kit = Kit::new(project, settings, ctx);
    let sections = match settings.length {
        KitLength::Full => visible
            .into_iter()
            .filter_map(|section| section_content(&kit, section))
            .collect(),
        short => short_sections(&kit, short, &visible),
    };
    let mut warnings = kit.warnings.borrow().clone();
    let mut seen = BTreeSet::new();
    warnings.retain(|w| seen.insert(w.clone()));
    let creator_name = text::smarten(project.creator.display_name.trim());
    Ok(KitContent {
        theme: kit.theme,
        as_of: kit.as_of,
        title: kit_title(&creator_name, settings, kit.lang),
        creator_name,
        language: kit.lang,
        sections,
        warnings,
    })
}

/// The title of a kit by `creator_name` with `settings` in `lang`: "Maya Okafor –
/// media kit", "Maya Okafor × Brightside Coffee Co. – media kit" for a pitch's kit,
/// "Media kit" without a name.
pub fn kit_title(creator_name: &str, settings: &KitSettings, lang: Language) -> String {
    let name = creator_name.trim();
    let brand = settings
        .pitch
        .as_ref()
        .map(|p| p.brand.trim())
        .filter(|b| !b.is_empty());
    match (name.is_empty(), brand) {
        (true, None) => lang.tr("title.no_name").to_owned(),
        (true, Some(brand)) => lang.trf("title.for_brand", &[("brand", brand)]),
        (false, None) => lang.trf("title.named", &[("name", name)]),
        (false, Some(brand)) => {
            lang.trf("title.named_for_brand", &[("name", name), ("brand", brand)])
        }
    }
}

/// The first word of the creator's name (`fallback` when there is none).
fn first_name<'a>(kit: &Kit<'a>, fallback: &'a str) -> &'a str {
    kit.project
        .creator
        .display_name
        .split_whitespace()
        .next()
        .unwrap_or(fallback)
}

/// Chart colours from the theme: the accent for the creator's marks, grey for
/// benchmarks and "other".
pub fn chart_colours(theme: &ThemeTokens) -> ChartColours {
    let c = &theme.colours;
    ChartColours {
        accent: c.accent_fill,
        accent_light: colour::mix(c.accent_fill, c.background, 0.55),
        benchmark: c.chart_grey,
        grid: if theme.dark {
            colour::mix(c.hairline, c.muted, 0.3)
        } else {
            c.hairline
        },
        background: c.background,
    }
}
