//! Notes: "figures as of DATE", the window, every formula the kit uses, where each
//! platform's figures came from, and the benchmark sources (source, year, URL,
//! confidence), numbered as the comparisons cite them. Set as 7 pt footnotes; when it
//! saves a page, in two columns under a small heading instead.

use super::heading;
use crate::kit::content::NotesContent;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::text::Align;
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit, notes: &NotesContent) -> Vec<Component> {
    let paragraphs = [
        (kit.lang.tr("notes.data"), &notes.data),
        (kit.lang.tr("notes.formulas"), &notes.formulas),
    ];
    let scale = &kit.theme.scale;
    let mut title = heading(kit, Section::Notes, &notes.title);
    // The compact version (when it saves a page): the short kits' notes, everything in
    // two balanced columns under a small heading, all in the first component.
    title.compact = Some(Box::new(super::short::notes::build(
        kit,
        notes,
        kit.lang.section(Section::Notes),
        None,
    )));
    let mut out = vec![title];
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
        y += columns.text(title, &scale.eyebrow, x, y, w, Align::Left, 1) + 0.8;
        for line in lines {
            y += columns.text(line, &scale.footnote, x, y, w, Align::Left, 8) + 0.6;
        }
        columns.extend_to(y);
    }
    columns.compact = Some(Box::default());
    out.push(columns);
    if !notes.sources.is_empty() {
        // The eyebrow travels with the first source; the others flow one by one.
        let mut lines = notes.sources.iter().map(|source| &source.line);
        let mut first = Component::new(rhythm(1.5));
        let mut y = first.text(
            kit.lang.tr("notes.sources"),
            &scale.eyebrow,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            1,
        ) + 0.8;
        if let Some(line) = lines.next() {
            y += first.text(
                line,
                &scale.footnote,
                0.0,
                y,
                grid::LIVE_WIDTH_MM,
                Align::Left,
                6,
            );
        }
        first.extend_to(y);
        first.compact = Some(Box::default());
        out.push(first);
        for line in lines {
            let mut item = Component::new(0.6);
            item.compact = Some(Box::default());
            item.text(
                line,
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
