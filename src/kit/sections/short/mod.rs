//! The short kits' pages, from what [`short_sections`](crate::kit::content::short_sections)
//! keeps.
//!
//! - One page: a header (portrait, name, tagline, contact), key figures beside the
//!   engagement of the largest platforms against their benchmarks, three photos beside
//!   the best collaboration, the rates, and the formulas and sources in small type.
//! - Two pages: the full kit's cover page, then one page of proof: the comparisons
//!   with their captions, three photos, the best collaborations, rates, formulas and
//!   sources.
//!
//! A page is built in a few versions, richest first; the first whose blocks fit the
//! live area is used and its spare height is shared between the blocks (the notes
//! sit at the foot), so a short kit neither runs onto another page nor cuts a text.

mod campaigns;
mod figures;
mod header;
pub mod notes;
mod photos;
mod rates;

use super::cover;
use crate::kit::content::{
    AestheticsContent, CollabsContent, CompareContent, CoverContent, NotesContent, RatesContent,
    SectionContent, Tile, is_engagement_tile,
};
use crate::kit::flow::Component;
use crate::kit::grid::rhythm;
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::Align;
use crate::model::KitLength;

/// The most a gap between two blocks grows when a page has height to spare.
const MAX_GAP_GROWTH_MM: f32 = 9.0;

/// The short kit's sections, by kind.
#[derive(Default)]
pub(crate) struct Parts<'c> {
    /// Name, tagline, headline figures, contacts (always there in practice).
    pub cover: Option<&'c CoverContent>,
    /// The largest platforms against their benchmarks.
    pub compare: Option<&'c CompareContent>,
    /// Three photos and the palette.
    pub aesthetics: Option<&'c AestheticsContent>,
    /// The best campaigns, best first.
    pub collabs: Option<&'c CollabsContent>,
    /// Packages or "rates on request".
    pub rates: Option<&'c RatesContent>,
    /// Data date, formulas, the sources cited.
    pub notes: Option<&'c NotesContent>,
}

impl<'c> Parts<'c> {
    fn of(sections: &'c [SectionContent]) -> Self {
        let mut parts = Self::default();
        for section in sections {
            match section {
                SectionContent::Cover(c) => parts.cover = Some(c),
                SectionContent::Compare(c) => parts.compare = Some(c),
                SectionContent::Aesthetics(c) => parts.aesthetics = Some(c),
                SectionContent::Collaborations(c) => parts.collabs = Some(c),
                SectionContent::Rates(c) => parts.rates = Some(c),
                SectionContent::Notes(c) => parts.notes = Some(c),
                // Contact lives in the header (one page) or on the cover (two pages);
                // About, Audience and Growth are not part of a short kit.
                _ => {}
            }
        }
        parts
    }
}

/// How much a version of a page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Richness {
    /// The comparisons' captions under their rows (else they join the notes).
    pub captions: bool,
    /// Campaigns shown (at most what the content holds).
    pub campaigns: usize,
    /// The campaigns' testimonials.
    pub quotes: bool,
    /// The packages' deliverables.
    pub deliverables: bool,
}

impl Richness {
    const fn new(captions: bool, campaigns: usize, quotes: bool, deliverables: bool) -> Self {
        Self {
            captions,
            campaigns,
            quotes,
            deliverables,
        }
    }
}

/// The versions of the one-page kit, richest first.
pub const ONE_PAGE: [Richness; 5] = [
    Richness::new(true, 1, true, true),
    Richness::new(true, 1, true, false),
    Richness::new(true, 1, false, true),
    Richness::new(true, 1, false, false),
    Richness::new(false, 1, false, false),
];

/// The versions of the two-page kit's second page, richest first.
pub const SECOND_PAGE: [Richness; 6] = [
    Richness::new(true, 2, true, true),
    Richness::new(true, 1, true, true),
    Richness::new(true, 1, true, false),
    Richness::new(true, 1, false, true),
    Richness::new(true, 1, false, false),
    Richness::new(false, 1, false, false),
];

/// The components of a short kit (`length` is not [`KitLength::Full`]).
pub fn build(kit: &Kit, length: KitLength, sections: &[SectionContent]) -> Vec<Component> {
    let parts = Parts::of(sections);
    match length {
        KitLength::TwoPage => {
            let mut out = parts
                .cover
                .map(|c| cover::build(kit, c))
                .unwrap_or_default();
            out.extend(fit_page(kit, &SECOND_PAGE, |r| body(kit, &parts, r, false)));
            out
        }
        _ => fit_page(kit, &ONE_PAGE, |r| body(kit, &parts, r, true)),
    }
}

/// The blocks of one page in a version: the header (one page only), key figures,
/// collaborations, rates, notes.
fn body(kit: &Kit, parts: &Parts, richness: Richness, one_page: bool) -> Vec<Component> {
    let mut blocks = Vec::new();
    if one_page && let Some(cover) = parts.cover {
        blocks.push(header::build(kit, cover, parts.aesthetics));
    }
    // The one page's key figures, without the best engagement when each platform's
    // is shown against its benchmark beside them.
    let compared = parts.compare.is_some_and(|c| !c.rows.is_empty());
    let stats: Vec<Tile> = parts
        .cover
        .filter(|_| one_page)
        .map(|c| c.tiles.iter())
        .into_iter()
        .flatten()
        .filter(|t| !(compared && is_engagement_tile(t)))
        .cloned()
        .collect();
    blocks.extend(figures::build(kit, &stats, parts.compare, richness));
    if !one_page && let Some(aesthetics) = parts.aesthetics {
        blocks.push(photos::build(kit, aesthetics));
    }
    if let Some(collabs) = parts.collabs {
        blocks.extend(campaigns::build(kit, collabs, richness));
    }
    blocks.extend(parts.rates.map(|r| rates::build(kit, r, richness)));
    let captions = if richness.captions {
        None
    } else {
        parts.compare
    };
    blocks.extend(
        parts
            .notes
            .map(|n| notes::build(kit, n, &n.title, captions)),
    );
    blocks
}

/// The first version of a page that fits, its spare height shared out; the last
/// version (with a warning) when none does.
fn fit_page(
    kit: &Kit,
    versions: &[Richness],
    build: impl Fn(Richness) -> Vec<Component>,
) -> Vec<Component> {
    let live_h = kit.grid.live_height_mm();
    let mut chosen = Vec::new();
    for &richness in versions {
        chosen = build(richness);
        if height_mm(&chosen) <= live_h {
            spread(&mut chosen, live_h);
            break;
        }
    }
    if height_mm(&chosen) > live_h + 0.01 {
        kit.warn(
            "The short kit needed more than its pages; its last part continues on another page."
                .to_owned(),
        );
    }
    if let Some(first) = chosen.first_mut() {
        first.page_break_before = true;
    }
    for block in chosen.iter_mut() {
        // One page: the flow never breaks inside it.
        block.keep_with_next = false;
        block.compact = None;
    }
    chosen
}

/// Height of blocks stacked on one page (the first block's gap dropped).
pub fn height_mm(blocks: &[Component]) -> f32 {
    blocks
        .iter()
        .enumerate()
        .map(|(i, c)| c.height_mm + if i == 0 { 0.0 } else { c.gap_before_mm })
        .sum()
}

/// Shares the page's spare height: each gap grows by up to [`MAX_GAP_GROWTH_MM`]; what
/// is left goes above the last block, which then sits at the foot of the page.
pub fn spread(blocks: &mut [Component], live_h: f32) {
    let gaps = blocks.len().saturating_sub(1);
    if gaps == 0 {
        return;
    }
    let spare = (live_h - height_mm(blocks) - 0.05).max(0.0);
    let each = (spare / gaps as f32).min(MAX_GAP_GROWTH_MM);
    for block in blocks.iter_mut().skip(1) {
        block.gap_before_mm += each;
    }
    let left = (live_h - height_mm(blocks) - 0.05).max(0.0);
    if let Some(last) = blocks.last_mut() {
        last.gap_before_mm += left;
    }
}

/// A block's title: a short accent rule and an eyebrow at (x, y), `width_mm` wide;
/// returns the height used.
pub(crate) fn eyebrow(
    c: &mut Component,
    kit: &Kit,
    label: &str,
    (x_mm, y_mm, width_mm): (f32, f32, f32),
) -> f32 {
    c.rect(
        RectMm::new(x_mm, y_mm, 8.0, 0.6),
        kit.theme.colours.accent_fill,
        0.0,
    );
    let style = kit
        .theme
        .scale
        .eyebrow
        .with_color(kit.theme.colours.accent_ink);
    let h = c.text(label, &style, x_mm, y_mm + 1.8, width_mm, Align::Left, 2);
    1.8 + h + rhythm(0.5)
}
