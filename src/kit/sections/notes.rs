//! Notes: "figures as of DATE", the window, every formula the kit uses, where each
//! platform's figures came from, and the benchmark sources (source, year, URL,
//! confidence), numbered as the comparisons cite them. Set as 7 pt footnotes.

use super::heading;
use crate::format;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::text::{self, Align};
use crate::model::Section;

/// The section's components (always shown when visible: every kit has a date).
pub fn build(kit: &Kit) -> Vec<Component> {
    let report = &kit.report;
    let mut paragraphs: Vec<(Option<&str>, Vec<String>)> = Vec::new();
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
    paragraphs.push((Some("Data"), data));
    let lead = report.lead_method;
    let mut formulas = vec![format!(
        "Engagement rate ({}) = {} × 100, per post, then averaged.",
        lead.label(),
        lead.formula()
    )];
    formulas.push("Per-follower rates divide by the current follower count; per-view and per-reach rates are never compared with per-follower ones.".to_owned());
    formulas.push("Posting frequency = posts in the window ÷ weeks spanned. Reply rate = replies ÷ comments. Growth = current followers − the count nearest 30 or 90 days earlier.".to_owned());
    formulas.push("Monthly views = views of posts published in the 30 days up to each platform’s latest figures.".to_owned());
    paragraphs.push((Some("Formulas"), formulas));
    let sources: Option<Vec<String>> = (!report.sources.is_empty()).then(|| {
        report
            .sources
            .iter()
            .enumerate()
            .map(|(index, source)| {
                let year = source
                    .year
                    .map_or_else(|| "year not stated".to_owned(), |y| y.to_string());
                format!(
                    "[{}] {} — {} ({year}; {} source): {}",
                    index + 1,
                    source.citation,
                    source.source,
                    source.confidence.label(),
                    source.url
                )
            })
            .collect()
    });
    let scale = &kit.theme.scale;
    let mut out = vec![heading(kit, Section::Notes, "Notes and sources")];
    // Data and formulas side by side (short paragraphs read well at half width); the
    // sources below at full width, one component per source so a long list flows on.
    let mut columns = Component::new(0.0);
    for (column, (title, lines)) in paragraphs.into_iter().enumerate() {
        let (x, w) = if column == 0 {
            grid::cols(1, 6)
        } else {
            grid::cols(7, 12)
        };
        let mut y = 0.0;
        if let Some(title) = title {
            y += columns.text(title, &scale.eyebrow, x, y, w, Align::Left, 1) + 0.8;
        }
        for line in &lines {
            y += columns.text(
                &text::smarten(line),
                &scale.footnote,
                x,
                y,
                w,
                Align::Left,
                8,
            ) + 0.6;
        }
        columns.extend_to(y);
    }
    out.push(columns);
    if let Some(lines) = sources {
        // The eyebrow travels with the first source; the others flow one by one.
        let mut lines = lines.iter().map(|line| text::smarten(line));
        let mut first = Component::new(rhythm(1.5));
        let mut y = first.text(
            "Benchmark sources",
            &scale.eyebrow,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            1,
        ) + 0.8;
        if let Some(line) = lines.next() {
            y += first.text(
                &line,
                &scale.footnote,
                0.0,
                y,
                grid::LIVE_WIDTH_MM,
                Align::Left,
                6,
            );
        }
        first.extend_to(y);
        out.push(first);
        for line in lines {
            let mut item = Component::new(0.6);
            item.text(
                &line,
                &scale.footnote,
                0.0,
                0.0,
                grid::LIVE_WIDTH_MM,
                Align::Left,
                6,
            );
            out.push(item);
        }
    }
    out
}
