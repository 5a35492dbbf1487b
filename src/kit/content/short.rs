//! What the short kits (one page, two pages) keep of the full kit's content: the
//! cover, the comparisons of the largest platforms, three photos, the best
//! collaboration(s), the rates, contact, and the notes with every formula and source.
//! About, Audience and Growth are left out. Sections the creator hides stay hidden,
//! except the cover, which names who the kit is from.
//!
//! The best collaboration is the one with the most engagements (then views, reach,
//! link clicks, conversions); ties keep the creator's order.

use super::{
    AestheticsContent, CollabsContent, CompareBody, CompareContent, NotesContent, SectionContent,
    collabs, section_content,
};
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::model::{Collaboration, KitLength, Section};

/// Photos a short kit shows.
pub const SHORT_PHOTOS: usize = 3;
/// Platforms compared with their benchmark in a short kit (the largest).
pub const SHORT_COMPARISONS: usize = 3;

/// The sections a short kit keeps, in the order it places them.
const KEPT: [Section; 7] = [
    Section::Cover,
    Section::Compare,
    Section::Aesthetics,
    Section::Collaborations,
    Section::Rates,
    Section::Contact,
    Section::Notes,
];

/// How many campaigns a kit of this length shows in full (`None`: the full kit's own
/// choice).
pub fn campaigns_shown(length: KitLength) -> Option<usize> {
    match length {
        KitLength::Full => None,
        KitLength::TwoPage => Some(2),
        KitLength::OnePage => Some(1),
    }
}

/// The short kit's sections, trimmed, in [`KEPT`] order: the cover always, the others
/// when `visible` has them and they have something to show. The notes list only the
/// benchmark sources the kept comparisons cite (with their full kit's numbers).
pub fn short_sections(kit: &Kit, length: KitLength, visible: &[Section]) -> Vec<SectionContent> {
    let campaigns = campaigns_shown(length).unwrap_or(1);
    let compare = if visible.contains(&Section::Compare) {
        compare(kit)
    } else {
        None
    };
    let cited: Vec<usize> = compare
        .iter()
        .flat_map(|c| &c.rows)
        .filter_map(|row| match &row.body {
            CompareBody::Compared { citation, .. } => *citation,
            CompareBody::NoBenchmark(_) => None,
        })
        .collect();
    KEPT.iter()
        .filter(|&&section| section == Section::Cover || visible.contains(&section))
        .filter_map(|&section| match section {
            Section::Compare => compare.clone().map(SectionContent::Compare),
            Section::Aesthetics => aesthetics(kit),
            Section::Collaborations => best_collaborations(kit, campaigns),
            Section::Notes => Some(SectionContent::Notes(cited_sources(kit, &cited))),
            other => section_content(kit, other),
        })
        .collect()
}

/// The notes with platforms sharing a source named together, and only the sources
/// numbered in `cited`.
fn cited_sources(kit: &Kit, cited: &[usize]) -> NotesContent {
    let mut notes = super::notes::grouped_content(kit);
    let mut number = 0;
    notes.sources.retain(|_| {
        number += 1;
        cited.contains(&number)
    });
    notes
}

/// The comparisons of the largest platforms (by followers), in the report's order.
fn compare(kit: &Kit) -> Option<CompareContent> {
    let Some(SectionContent::Compare(mut content)) = section_content(kit, Section::Compare) else {
        return None;
    };
    content.rows = largest_rows(kit, &content);
    Some(content)
}

fn largest_rows(kit: &Kit, content: &CompareContent) -> Vec<super::CompareRow> {
    let mut ranked: Vec<(usize, u64)> = kit
        .report
        .platforms
        .iter()
        .enumerate()
        .map(|(index, p)| (index, p.followers))
        .collect();
    ranked.sort_by_key(|&(index, followers)| (std::cmp::Reverse(followers), index));
    let keep: Vec<&str> = ranked
        .iter()
        .take(SHORT_COMPARISONS)
        .map(|&(index, _)| kit.report.platforms[index].platform.label())
        .collect();
    content
        .rows
        .iter()
        .filter(|row| keep.contains(&row.platform.as_str()))
        .cloned()
        .collect()
}

/// The first three photos, in one row, and the palette.
fn aesthetics(kit: &Kit) -> Option<SectionContent> {
    let photos = super::aesthetics::first_photos(kit, SHORT_PHOTOS);
    if photos.is_empty() {
        return None;
    }
    Some(SectionContent::Aesthetics(AestheticsContent {
        title: kit.lang.tr("aesthetics.title").to_owned(),
        columns: photos.len(),
        rows: 1,
        photos,
        palette: super::aesthetics::palette(kit),
    }))
}

/// The best `count` collaborations shown in the kit, best first.
fn best_collaborations(kit: &Kit, count: usize) -> Option<SectionContent> {
    let mut shown: Vec<(usize, &Collaboration)> = kit
        .project
        .collaborations
        .iter()
        .filter(|c| c.show_in_kit)
        .enumerate()
        .collect();
    if shown.is_empty() {
        return None;
    }
    shown.sort_by_key(|&(index, collab)| (std::cmp::Reverse(strength(collab)), index));
    Some(SectionContent::Collaborations(CollabsContent {
        title: best_title(kit.lang, count).to_owned(),
        tiles: Vec::new(),
        campaigns: shown
            .into_iter()
            .take(count)
            .map(|(_, c)| collabs::campaign(kit.lang, c))
            .collect(),
        others: Vec::new(),
    }))
}

/// The title over the best `shown` collaborations.
pub fn best_title(lang: Language, shown: usize) -> &'static str {
    if shown == 1 {
        lang.tr("collabs.best_one")
    } else {
        lang.tr("collabs.best_many")
    }
}

/// How a collaboration ranks: its results in the order brands weigh them.
pub fn strength(collab: &Collaboration) -> [u64; 5] {
    let r = &collab.results;
    [r.engagements, r.views, r.reach, r.clicks, r.conversions].map(|v| v.unwrap_or(0))
}
