//! Notes: the data date and where each platform's figures came from, every formula,
//! and the benchmark sources with their addresses as links, numbered as the
//! comparisons cite them.

use super::{close_section, open_section};
use crate::kit::content::NotesContent;
use crate::model::Section;
use crate::web::html::Html;

/// The section.
pub(super) fn write(html: &mut Html, notes: &NotesContent) {
    open_section(html, Section::Notes, &notes.title);
    html.open("div", &[("class", "notes")]);
    html.open("div", &[("class", "notes-cols")]);
    let data = html.lang.tr("notes.data");
    let formulas = html.lang.tr("notes.formulas");
    for (title, lines) in [(data, &notes.data), (formulas, &notes.formulas)] {
        html.open("div", &[]);
        html.element("p", &[("class", "eyebrow")], title);
        for line in lines {
            html.element("p", &[], line);
        }
        html.close("div");
    }
    html.close("div");
    if !notes.sources.is_empty() {
        html.open("div", &[("class", "sources")]);
        html.element("p", &[("class", "eyebrow")], html.lang.tr("notes.sources"));
        html.open("ol", &[]);
        for source in &notes.sources {
            html.open("li", &[]);
            html.text(&source.label);
            html.text(": ");
            html.link(&source.link, "", &source.url);
            html.close("li");
        }
        html.close("ol");
        html.close("div");
    }
    html.close("div");
    close_section(html);
}
