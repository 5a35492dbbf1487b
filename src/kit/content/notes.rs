//! Notes' content: "figures as of DATE", the window, where each platform's figures
//! came from, every formula the kit uses, and the benchmark sources (source, year,
//! URL, confidence), numbered as the comparisons cite them.

use super::web_url;
use crate::format;
use crate::kit::layout::Kit;
use crate::kit::text;

/// How posting frequency is computed.
const POSTING_FREQUENCY: &str = "Posting frequency = posts in the window ÷ weeks spanned.";
/// How the reply rate is computed.
const REPLY_RATE: &str = "Reply rate = replies ÷ comments.";
/// How growth is computed.
const GROWTH: &str = "Growth = current followers − the count nearest 30 or 90 days earlier.";

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
    finish(kit, data)
}

/// The notes of the short kits: platforms whose followers share a source are named
/// together ("Instagram, TikTok and YouTube: followers typed by hand, as of …"), and
/// only the formulas of figures they show.
pub(super) fn grouped_content(kit: &Kit) -> NotesContent {
    let report = &kit.report;
    let mut notes = content(kit);
    // A short kit shows neither posting frequency nor reply rate.
    if let Some(line) = notes.formulas.get_mut(2) {
        *line = text::smarten(GROWTH);
    }
    notes.data.truncate(1);
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for platform in &report.platforms {
        let source = platform.followers_provenance.as_str();
        match groups.iter_mut().find(|(s, _)| *s == source) {
            Some((_, names)) => names.push(platform.platform.label()),
            None => groups.push((source, vec![platform.platform.label()])),
        }
    }
    for (source, names) in groups {
        let named = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        };
        notes
            .data
            .push(text::smarten(&format!("{named}: followers {source}.")));
    }
    notes
}

/// The formulas and sources after the data lines.
fn finish(kit: &Kit, data: Vec<String>) -> NotesContent {
    let report = &kit.report;
    let lead = report.lead_method;
    let formulas = [
        format!(
            "Engagement rate ({}) = {} × 100, per post, then averaged.",
            lead.label(),
            lead.formula()
        ),
        "Per-follower rates divide by the current follower count; per-view and per-reach rates are never compared with per-follower ones.".to_owned(),
        format!("{POSTING_FREQUENCY} {REPLY_RATE} {GROWTH}"),
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
