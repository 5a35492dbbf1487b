//! Collaborations: sponsored against organic engagement (brands want to know sponsored
//! posts hold up), then one atomic block per campaign — brand, what was delivered,
//! results, and the brand's testimonial with a hanging quote mark.

use super::{heading, tile_row};
use crate::kit::content::{Campaign, CampaignLine, CollabsContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit, collabs: &CollabsContent) -> Vec<Component> {
    let tiles = &collabs.tiles;
    let mut out = vec![heading(kit, Section::Collaborations, &collabs.title)];
    if !tiles.is_empty() {
        let mut row = tile_row(kit, tiles, 1, 12, 0.0);
        // The heading and its figures never end a page without the first campaign.
        row.keep_with_next = !collabs.campaigns.is_empty();
        out.push(row);
    }
    for (index, campaign) in collabs.campaigns.iter().enumerate() {
        let first = index == 0 && tiles.is_empty();
        out.push(campaign_ui(
            kit,
            campaign,
            if first { 0.0 } else { rhythm(3.0) },
            !first,
        ));
    }
    if !collabs.others.is_empty() {
        let mut title = Component::new(rhythm(4.0));
        title.keep_with_next = true;
        title.text(
            kit.lang.tr("collabs.also"),
            &kit.theme.scale.eyebrow,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            1,
        );
        title.extend_to(kit.theme.scale.eyebrow.leading_mm() + 1.0);
        out.push(title);
        for pair in collabs.others.chunks(2) {
            out.push(compact_row(kit, pair));
        }
    }
    out
}

/// Two campaigns side by side in one line each: brand, then category, date, deliverables.
fn compact_row(kit: &Kit, pair: &[CampaignLine]) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(1.5);
    for (index, line) in pair.iter().enumerate() {
        let (x, w) = if index == 0 {
            grid::cols(1, 6)
        } else {
            grid::cols(7, 12)
        };
        let mut y = c.text(&line.brand, &scale.body_bold, x, 0.0, w, Align::Left, 1);
        if !line.link.is_empty() {
            c.link(RectMm::new(x, 0.0, w, y), &line.link);
        }
        y += c.text(&line.meta, &scale.caption, x, y, w, Align::Left, 1);
        c.extend_to(y);
    }
    c
}

fn campaign_ui(kit: &Kit, campaign: &Campaign, gap: f32, rule: bool) -> Component {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut c = Component::new(gap);
    let mut top = 0.0;
    if rule {
        c.rect(
            RectMm::new(0.0, 0.0, grid::LIVE_WIDTH_MM, 0.25),
            colours.hairline,
            0.0,
        );
        top = rhythm(2.0);
    }
    let (lx, lw) = grid::cols(1, 4);
    let mut y = top;
    let brand_h = c.text(&campaign.brand, &scale.h2, lx, y, lw, Align::Left, 2);
    if !campaign.link.is_empty() {
        c.link(RectMm::new(lx, y, lw, brand_h), &campaign.link);
    }
    y += brand_h;
    y += c.text(&campaign.meta, &scale.caption, lx, y, lw, Align::Left, 3) + 1.0;
    y += c.text(
        &campaign.deliverables,
        &scale.body,
        lx,
        y,
        lw,
        Align::Left,
        4,
    );
    let (rx, rw) = grid::cols(5, 12);
    let mut ry = top + results(&mut c, kit, campaign, rx, top, rw);
    if let Some(quote) = &campaign.testimonial {
        ry += if ry > top { rhythm(1.5) } else { 0.0 };
        let (qx, qw) = grid::cols(6, 12);
        let mark_style = scale
            .lead
            .sized(scale.lead.size_pt * 2.5, scale.lead.size_pt * 2.5)
            .with_color(colours.accent_ink)
            .in_face(kit.theme.faces.heading);
        let (mx, mw) = grid::cols(5, 5);
        c.text(
            "“",
            &mark_style,
            mx + mw - text::width_mm("“", &mark_style) - 1.0,
            ry - 2.0,
            text::width_mm("“", &mark_style) + 0.5,
            Align::Left,
            1,
        );
        ry += c.text(&quote.text, &scale.lead, qx, ry, qw, Align::Left, 8) + 1.0;
        ry += c.text(&quote.who, &scale.caption, qx, ry, qw, Align::Left, 2);
    }
    c.extend_to(y.max(ry));
    c
}

/// Results as small figures in a row; returns the height used.
fn results(c: &mut Component, kit: &Kit, campaign: &Campaign, x0: f32, y0: f32, width: f32) -> f32 {
    let scale = &kit.theme.scale;
    if campaign.results.is_empty() {
        return 0.0;
    }
    let slot = (width + grid::GUTTER_MM) / 5.0;
    let value_style = scale.h2.in_face(kit.theme.faces.numbers).sized(16.0, 19.0);
    let mut height: f32 = 0.0;
    for (index, figure) in campaign.results.iter().enumerate() {
        let x = x0 + index as f32 * slot;
        let w = slot - grid::GUTTER_MM;
        let mut y = y0;
        y += c.text(&figure.value, &value_style, x, y, w, Align::Left, 1);
        y += c.text(&figure.label, &scale.caption, x, y, w, Align::Left, 1);
        height = height.max(y - y0);
    }
    height
}
