//! About: the bio at lead size and the content style beside the facts (niche, topics,
//! location, languages) on wide screens, below them on a phone.

use super::{close_section, open_section};
use crate::kit::content::AboutContent;
use crate::model::Section;
use crate::web::html::Html;

/// The About section.
pub(super) fn write(html: &mut Html, about: &AboutContent) {
    open_section(html, Section::About, &about.title);
    html.open("div", &[("class", "about")]);
    html.open("div", &[]);
    if !about.bio.is_empty() {
        html.open("div", &[("class", "bio")]);
        for paragraph in &about.bio {
            html.element("p", &[("class", "lead")], paragraph);
        }
        html.close("div");
    }
    if !about.style.is_empty() {
        html.open("div", &[("class", "style")]);
        html.element("p", &[("class", "eyebrow")], html.lang.tr("about.style"));
        html.element("p", &[], &about.style);
        html.close("div");
    }
    html.close("div");
    if !about.facts.is_empty() {
        html.open("dl", &[("class", "about-facts")]);
        for (label, value) in &about.facts {
            html.element("dt", &[("class", "eyebrow")], label);
            html.element("dd", &[], value);
        }
        html.close("dl");
    }
    html.close("div");
    close_section(html);
}
