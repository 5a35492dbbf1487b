//! About: the bio (≤ about 90 words, cut at a sentence end) and content style in
//! columns 1–8; niche, topics, location and languages in columns 9–12.

use super::heading;
use crate::kit::content::AboutContent;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::text::Align;
use crate::model::Section;

/// The About section's components.
pub fn build(kit: &Kit, about: &AboutContent) -> Vec<Component> {
    let scale = &kit.theme.scale;
    let mut c = Component::new(0.0);
    let (x, w) = grid::cols(1, 8);
    let mut y = 0.0;
    for paragraph in &about.bio {
        y += c.text(paragraph, &scale.lead, x, y, w, Align::Left, 14) + rhythm(1.0);
    }
    if !about.style.is_empty() {
        y += rhythm(1.0);
        y += c.text(
            kit.lang.tr("about.style"),
            &scale.eyebrow,
            x,
            y,
            w,
            Align::Left,
            1,
        ) + 1.0;
        y += c.text(&about.style, &scale.body, x, y, w, Align::Left, 8);
    }
    let (fx, fw) = grid::cols(9, 12);
    let mut fy = 0.0;
    for (label, value) in &about.facts {
        fy += c.text(label, &scale.eyebrow, fx, fy, fw, Align::Left, 1) + 0.8;
        fy += c.text(value, &scale.body, fx, fy, fw, Align::Left, 6) + rhythm(1.5);
    }
    c.extend_to(y.max(fy));
    vec![heading(kit, Section::About, &about.title), c]
}
