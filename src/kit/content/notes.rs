//! Notes' content: "figures as of DATE", the window, where each platform's figures
//! came from, every formula the kit uses, and the benchmark sources (source, year,
//! URL, confidence), numbered as the comparisons cite them.

use super::web_url;
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
    let lang = kit.lang;
    let mut data = vec![lang.trf(
        "notes.as_of",
        &[
            ("date", &lang.date(kit.as_of)),
            ("window", &lang.window(kit.project.analytics.window)),
        ],
    )];
    for platform in &kit.project.platforms {
        data.push(lang.trf(
            "notes.followers_source",
            &[
                ("platforms", platform.kind.label()),
                ("source", &lang.provenance(&platform.followers_provenance)),
            ],
        ));
    }
    finish(kit, data)
}

/// The notes of the short kits: platforms whose followers share a source are named
/// together ("Instagram, TikTok and YouTube: followers typed by hand, as of …"), and
/// only the formulas of figures they show.
pub(super) fn grouped_content(kit: &Kit) -> NotesContent {
    let lang = kit.lang;
    let mut notes = content(kit);
    // A short kit shows neither posting frequency nor reply rate.
    if let Some(line) = notes.formulas.get_mut(2) {
        *line = text::smarten(lang.tr("notes.growth"));
    }
    notes.data.truncate(1);
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for platform in &kit.project.platforms {
        let source = lang.provenance(&platform.followers_provenance);
        match groups.iter_mut().find(|(s, _)| *s == source) {
            Some((_, names)) => names.push(platform.kind.label()),
            None => groups.push((source, vec![platform.kind.label()])),
        }
    }
    for (source, names) in groups {
        let named = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                lang.trf("notes.and", &[("list", &rest.join(", ")), ("last", last)])
            }
            _ => names.concat(),
        };
        notes.data.push(text::smarten(&lang.trf(
            "notes.followers_source",
            &[("platforms", &named), ("source", &source)],
        )));
    }
    notes
}

/// The formulas and sources after the data lines.
fn finish(kit: &Kit, data: Vec<String>) -> NotesContent {
    let report = &kit.report;
    let lead = report.lead_method;
    let lang = kit.lang;
    let formulas = [
        lang.trf(
            "notes.engagement_formula",
            &[
                ("method", lang.method_label(lead)),
                ("formula", lang.formula(lead)),
            ],
        ),
        lang.tr("notes.per_follower").to_owned(),
        format!(
            "{} {} {}",
            lang.tr("notes.posting_frequency"),
            lang.tr("notes.reply_rate"),
            lang.tr("notes.growth")
        ),
        lang.tr("notes.monthly_views").to_owned(),
    ];
    let sources = report
        .sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let year = source.year.map_or_else(
                || lang.tr("source.year_not_stated").to_owned(),
                |y| y.to_string(),
            );
            let label = lang.trf(
                "notes.source_line",
                &[
                    ("n", &(index + 1).to_string()),
                    ("citation", &source.citation),
                    ("source", &source.source),
                    ("year", &year),
                    ("confidence", lang.confidence(source.confidence)),
                ],
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
        title: lang.tr("notes.title").to_owned(),
        data: data.iter().map(|line| text::smarten(line)).collect(),
        formulas: formulas.iter().map(|line| text::smarten(line)).collect(),
        sources,
    }
}
