//! The best collaborations of a short kit: for each, brand and category · date ·
//! platforms in columns 1–4; what was delivered, the results in a row and (when the
//! page has room) the brand's testimonial in columns 5–12.

use super::{Richness, eyebrow};
use crate::kit::content::{Campaign, CollabsContent, Quote, best_title};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};

/// One component per campaign shown, the first under the section's eyebrow.
pub fn build(kit: &Kit, collabs: &CollabsContent, richness: Richness) -> Vec<Component> {
    let shown = collabs.campaigns.len().min(richness.campaigns);
    let mut out = Vec::new();
    for (index, campaign) in collabs.campaigns[..shown].iter().enumerate() {
        let mut c = Component::new(rhythm(1.5));
        let top = if index == 0 {
            // Fewer campaigns than the content has: the title says how many show.
            let title = if shown < collabs.campaigns.len() {
                best_title(kit.lang, shown)
            } else {
                collabs.title.as_str()
            };
            eyebrow(&mut c, kit, title, (0.0, 0.0, grid::LIVE_WIDTH_MM))
        } else {
            c.rect(
                RectMm::new(0.0, 0.0, grid::LIVE_WIDTH_MM, 0.25),
                kit.theme.colours.hairline,
                0.0,
            );
            rhythm(1.0)
        };
        let (lx, lw) = grid::cols(1, 4);
        let left = brand_ui(&mut c, kit, campaign, lx, top, lw);
        let (rx, rw) = grid::cols(5, 12);
        let mut right = top;
        let deliverables_h = c.text(
            &campaign.deliverables,
            &kit.theme.scale.body,
            rx,
            right,
            rw,
            Align::Left,
            4,
        );
        if deliverables_h > 0.0 {
            right += deliverables_h + rhythm(0.5);
        }
        right = results_ui(&mut c, kit, campaign, rx, right, rw);
        if richness.quotes
            && let Some(quote) = &campaign.testimonial
        {
            right = quote_ui(&mut c, kit, quote, right + rhythm(1.0));
        }
        c.extend_to(left.max(right));
        out.push(c);
    }
    out
}

/// Brand (linked) and category · date · platforms in `x..x + w` from `y`; returns
/// the bottom.
fn brand_ui(c: &mut Component, kit: &Kit, campaign: &Campaign, x: f32, y: f32, w: f32) -> f32 {
    let scale = &kit.theme.scale;
    let brand_h = c.text(&campaign.brand, &scale.h2, x, y, w, Align::Left, 2);
    if !campaign.link.is_empty() {
        c.link(RectMm::new(x, y, w, brand_h), &campaign.link);
    }
    y + brand_h
        + c.text(
            &campaign.meta,
            &scale.caption,
            x,
            y + brand_h,
            w,
            Align::Left,
            3,
        )
}

/// The results as figures in a row across `x..x + w` from `y`; returns the bottom.
fn results_ui(c: &mut Component, kit: &Kit, campaign: &Campaign, x: f32, y: f32, w: f32) -> f32 {
    let scale = &kit.theme.scale;
    if campaign.results.is_empty() {
        return y;
    }
    let slot = (w + grid::GUTTER_MM) / 5.0;
    let value_style = scale.h2.in_face(kit.theme.faces.numbers).sized(16.0, 19.0);
    let mut bottom = y;
    for (index, figure) in campaign.results.iter().enumerate() {
        let fx = x + index as f32 * slot;
        let fw = slot - grid::GUTTER_MM;
        let mut fy = y;
        fy += c.text(&figure.value, &value_style, fx, fy, fw, Align::Left, 1);
        fy += c.text(&figure.label, &scale.caption, fx, fy, fw, Align::Left, 2);
        bottom = bottom.max(fy);
    }
    bottom
}

/// A testimonial in columns 5–12 at body size (a one-page kit has no room for lead
/// size) after an opening quote mark in the accent, "— Name, Role, Brand" under it;
/// returns the bottom.
fn quote_ui(c: &mut Component, kit: &Kit, quote: &Quote, y: f32) -> f32 {
    let scale = &kit.theme.scale;
    let (qx, qw) = grid::cols(5, 12);
    let mark_style = scale
        .lead
        .sized(scale.lead.size_pt * 2.0, scale.lead.size_pt * 2.0)
        .with_color(kit.theme.colours.accent_ink)
        .in_face(kit.theme.faces.heading);
    let mark_w = text::width_mm("“", &mark_style);
    c.text("“", &mark_style, qx, y - 1.5, mark_w + 0.5, Align::Left, 1);
    let (tx, tw) = (qx + 6.0, qw - 6.0);
    let mut y = y + c.text(&quote.text, &scale.body, tx, y, tw, Align::Left, 8) + 1.0;
    y += c.text(&quote.who, &scale.caption, tx, y, tw, Align::Left, 2);
    y
}
