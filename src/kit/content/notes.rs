//! Notes' content: "figures as of DATE", the window, where each platform's figures
//! came from, every formula the kit uses, and the benchmark sources (source, year,
//! URL, confidence), numbered as the comparisons cite them.

use super::web_url;
use crate::format;
use crate::kit::layout::Kit;
use crate::kit::text;

/// What Notes says; every line smartened.
#[derive(Debug, Clone, PartialEq)]
pub struct NotesContent {
    /// The heading.
    pub title: String,
    /// The data date, the window, and each platform's follower source.
    pub data: Vec<String>,
    /// The formulas.
    pub formulas: Vec<String>,
    /// The benchmark sources, in citation order ([1], [2]…).
    pub sources: Vec<SourceLine>,
}

/// A benchmark source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    /// The whole line as printed: "[1] Citation — Source (2024; primary source): URL".
    pub line: String,
    /// The line without its address: "[1] Citation — Source (2024; primary source)".
    pub label: String,
    /// The source's address as given.
    pub url: String,
    /// The address as a link, or empty when it is not a web address.
    pub link: String,
}

/// The section's content (always: every kit has a date).
pub(super) fn content(kit: &Kit) -> NotesContent {
    let report = &kit.report;
    let mut data = vec![format!(
        "Figures as of {}. Engagement rates are averages of per-post rates over the {} of each platform; every rate is computed by Pitchkit from the counts below, never typed.",
        format::date(kit.as_of),
        report.window_description
    )];
    for platform in &report.platforms {
        data.push(format!(
            "{}: followers {}.",
            platform.platform.label(),
            platform.followers_provenance
        ));
    }
    let lead = report.lead_method;
    let formulas = [
        format!(
            "Engagement rate ({}) = {} × 100, per post, then averaged.",
            lead.label(),
            lead.formula()
        ),
        "Per-follower rates divide by the current follower count; per-view and per-reach rates are never compared with per-follower ones.".to_owned(),
        "Posting frequency = posts in the window ÷ weeks spanned. Reply rate = replies ÷ comments. Growth = current followers − the count nearest 30 or 90 days earlier.".to_owned(),
        "Monthly views = views of posts published in the 30 days up to each platform’s latest figures.".to_owned(),
    ];
    let sources = report
        .sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let year = source
                .year
                .map_or_else(|| "year not stated".to_owned(), |y| y.to_string());
            let label = format!(
                "[{}] {} — {} ({year}; {} source)",
                index + 1,
                source.citation,
                source.source,
                source.confidence.label(),
            );
            SourceLine {
                line: text::smarten(&format!("{label}: {}", source.url)),
                label: text::smarten(&label),
                url: source.url.clone(),
                link: web_url(&source.url),
            }
        })
        .collect();
    NotesContent {
        title: "Notes and sources".to_owned(),
        data: data.iter().map(|line| text::smarten(line)).collect(),
        formulas: formulas.iter().map(|line| text::smarten(line)).collect(),
        sources,
    }
}
