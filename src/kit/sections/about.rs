//! About: the bio (≤ about 90 words, cut at a sentence end) and content style in
//! columns 1–8; niche, topics, location and languages in columns 9–12.

use super::heading;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::text::{self, Align};
use crate::model::Section;

/// Characters of bio shown (about 90 words).
const BIO_BUDGET_CHARS: usize = 620;
/// Characters of content style shown.
const STYLE_BUDGET_CHARS: usize = 320;

/// The About section's components (none when there is nothing to say).
pub fn build(kit: &Kit) -> Vec<Component> {
    let creator = &kit.project.creator;
    let has_facts = !creator.niche.trim().is_empty()
        || !creator.topics.is_empty()
        || !creator.location.trim().is_empty()
        || !creator.languages.is_empty();
    if creator.bio.trim().is_empty() && creator.content_style.trim().is_empty() && !has_facts {
        return Vec::new();
    }
    let scale = &kit.theme.scale;
    let mut c = Component::new(0.0);
    let (x, w) = grid::cols(1, 8);
    let mut y = 0.0;
    let (bio, cut) = text::fit_budget(&text::smarten(&creator.bio), BIO_BUDGET_CHARS);
    if cut {
        kit.warn(
            "The bio was cut at a sentence end to fit the kit (about 90 words show).".to_owned(),
        );
    }
    for paragraph in bio.split("\n").filter(|p| !p.trim().is_empty()) {
        y += c.text(paragraph.trim(), &scale.lead, x, y, w, Align::Left, 14) + rhythm(1.0);
    }
    let (style, cut) = text::fit_budget(&text::smarten(&creator.content_style), STYLE_BUDGET_CHARS);
    if !style.is_empty() {
        if cut {
            kit.warn("The content style was cut at a sentence end to fit the kit.".to_owned());
        }
        y += rhythm(1.0);
        y += c.text(
            "How it looks and sounds",
            &scale.eyebrow,
            x,
            y,
            w,
            Align::Left,
            1,
        ) + 1.0;
        y += c.text(&style, &scale.body, x, y, w, Align::Left, 8);
    }
    let (fx, fw) = grid::cols(9, 12);
    let mut fy = 0.0;
    let fact = |c: &mut Component, fy: &mut f32, label: &str, value: &str| {
        if value.trim().is_empty() {
            return;
        }
        *fy += c.text(label, &scale.eyebrow, fx, *fy, fw, Align::Left, 1) + 0.8;
        *fy += c.text(
            &text::smarten(value.trim()),
            &scale.body,
            fx,
            *fy,
            fw,
            Align::Left,
            6,
        ) + rhythm(1.5);
    };
    fact(&mut c, &mut fy, "Niche", &creator.niche);
    let topics: Vec<&str> = creator
        .topics
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .take(8)
        .collect();
    fact(&mut c, &mut fy, "Topics", &topics.join(" · "));
    fact(&mut c, &mut fy, "Based in", &creator.location);
    fact(&mut c, &mut fy, "Languages", &creator.languages.join(", "));
    c.extend_to(y.max(fy));
    let first = creator
        .display_name
        .split_whitespace()
        .next()
        .unwrap_or("me");
    vec![heading(kit, Section::About, &format!("Meet {first}")), c]
}
