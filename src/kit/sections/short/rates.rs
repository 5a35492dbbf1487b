//! Rates of a short kit: up to three packages side by side (the middle one tinted) —
//! name, price, what it includes in one line of small type, usage rights and
//! exclusivity as a footnote — or "rates on request" with the invitation to write;
//! the card's notes under them.

use super::{Richness, eyebrow};
use crate::kit::content::{Package, RatesContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::{Block, Paint, RectMm, Shape};
use crate::kit::text::{self, Align, TextStyle};

/// The rates' component.
pub fn build(kit: &Kit, rates: &RatesContent, richness: Richness) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(1.5));
    let mut y = eyebrow(&mut c, kit, &rates.title, (0.0, 0.0, grid::LIVE_WIDTH_MM));
    if let Some(on_request) = &rates.on_request {
        let (x, w) = grid::cols(1, 8);
        y += c.text(
            kit.lang.tr("rates.on_request"),
            &scale.h2,
            x,
            y,
            w,
            Align::Left,
            1,
        );
        if !on_request.invitation.is_empty() {
            let h = c.text(&on_request.invitation, &scale.body, x, y, w, Align::Left, 3);
            c.link(RectMm::new(x, y, w, h), &on_request.mailto);
            y += h;
        }
    } else if !rates.packages.is_empty() {
        y += cards(&mut c, kit, &rates.packages, y, richness.deliverables);
    }
    if !rates.notes.is_empty() {
        y += 1.5;
        y += c.text(
            &rates.notes,
            &scale.footnote,
            0.0,
            y,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            4,
        );
    }
    c.extend_to(y);
    c
}

/// The largest price size (20, 16 or 14 pt) at which every price fits.
fn price_style(kit: &Kit, prices: &[&str], width_mm: f32) -> TextStyle {
    let base = kit.theme.scale.tile_value;
    [(20.0, 22.0), (16.0, 19.0)]
        .into_iter()
        .map(|(size, leading)| base.sized(size, leading))
        .find(|style| prices.iter().all(|p| text::width_mm(p, style) <= width_mm))
        .unwrap_or_else(|| base.sized(14.0, 17.0))
}

/// The packages as equal-height cards from `top`; returns their height.
fn cards(c: &mut Component, kit: &Kit, packages: &[Package], top: f32, deliverables: bool) -> f32 {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let pad = 3.0;
    let spans = [(1, 4), (5, 8), (9, 12)];
    let inner = grid::cols(1, 4).1 - 2.0 * pad;
    let prices: Vec<&str> = packages.iter().map(|p| p.price.as_str()).collect();
    let price_style = price_style(kit, &prices, inner).with_color(colours.accent_ink);
    let mut inside = Component::new(0.0);
    let mut height: f32 = 0.0;
    for (package, &(first, last)) in packages.iter().zip(&spans) {
        let (x, _) = grid::cols(first, last);
        let x = x + pad;
        let mut y = top + pad;
        y += inside.text(&package.name, &scale.body_bold, x, y, inner, Align::Left, 2);
        y += inside.text(&package.price, &price_style, x, y, inner, Align::Left, 1);
        if deliverables && !package.deliverables.is_empty() {
            let list = package.deliverables.join(" · ");
            y += 0.5 + inside.text(&list, &scale.caption, x, y + 0.5, inner, Align::Left, 6);
        }
        if !package.terms.is_empty() {
            y += 1.0
                + inside.text(
                    &package.terms,
                    &scale.footnote,
                    x,
                    y + 1.0,
                    inner,
                    Align::Left,
                    6,
                );
        }
        height = height.max(y + pad - top);
    }
    for (index, &(first, last)) in spans.iter().take(packages.len()).enumerate() {
        let (x, w) = grid::cols(first, last);
        let frame = RectMm::new(x, top, w, height);
        if index == 1 && packages.len() == 3 {
            c.rect(frame, colours.surface.unwrap_or(colours.accent_tint), 1.5);
        } else {
            c.blocks.push(Block::Shape {
                shape: Shape::Rect {
                    rect: frame,
                    radius_mm: 1.5,
                },
                paint: Paint {
                    fill: None,
                    stroke: Some((colours.hairline, 0.75)),
                },
            });
        }
    }
    c.blocks.extend(inside.blocks);
    c.dropped.extend(inside.dropped);
    c.extend_to(top + height);
    height
}
