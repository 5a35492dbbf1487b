//! Rates: up to three packages side by side (the middle one highlighted with the
//! tint), price, deliverables, usage rights and exclusivity; or "rates on request".

use super::heading;
use crate::kit::content::{Package, RatesContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align, TextStyle};
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit, rates: &RatesContent) -> Vec<Component> {
    let scale = &kit.theme.scale;
    let mut out = vec![heading(kit, Section::Rates, &rates.title)];
    if let Some(on_request) = &rates.on_request {
        let mut c = Component::new(0.0);
        let (x, w) = grid::cols(1, 8);
        let mut y = c.text(
            kit.lang.tr("rates.on_request"),
            &scale.h2,
            x,
            0.0,
            w,
            Align::Left,
            1,
        );
        if !on_request.invitation.is_empty() {
            let h = c.text(&on_request.invitation, &scale.body, x, y, w, Align::Left, 3);
            c.link(RectMm::new(x, y, w, h), &on_request.mailto);
            y += h;
        }
        c.extend_to(y);
        out.push(c);
    } else {
        out.push(packages(kit, &rates.packages));
    }
    if !rates.notes.is_empty() {
        let mut c = Component::new(rhythm(1.5));
        c.text(
            &rates.notes,
            &scale.footnote,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            4,
        );
        out.push(c);
    }
    out
}

fn price_style(kit: &Kit, prices: &[String], width_mm: f32) -> TextStyle {
    let base = kit.theme.scale.tile_value;
    [(28.0, 30.0), (24.0, 26.0), (20.0, 23.0), (16.0, 19.0)]
        .into_iter()
        .map(|(size, leading)| base.sized(size, leading))
        .find(|style| prices.iter().all(|p| text::width_mm(p, style) <= width_mm))
        .unwrap_or_else(|| base.sized(14.0, 17.0))
}

fn packages(kit: &Kit, packages: &[Package]) -> Component {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut c = Component::new(0.0);
    let spans = [(1, 4), (5, 8), (9, 12)];
    let pad = 4.0;
    let prices: Vec<String> = packages.iter().map(|p| p.price.clone()).collect();
    let inner = grid::cols(1, 4).1 - 2.0 * pad;
    let price_style = price_style(kit, &prices, inner);
    let mut bottoms = Vec::new();
    let mut cards: Vec<Component> = Vec::new();
    for (index, package) in packages.iter().enumerate() {
        let (x, _) = grid::cols(spans[index].0, spans[index].1);
        let mut card = Component::new(0.0);
        let mut y = pad;
        y += card.text(&package.name, &scale.h2, x + pad, y, inner, Align::Left, 2) + 1.0;
        y += card.text(
            &prices[index],
            &price_style.with_color(colours.accent_ink),
            x + pad,
            y,
            inner,
            Align::Left,
            1,
        ) + rhythm(1.0);
        for item in &package.deliverables {
            card.rect(
                RectMm::new(x + pad, y + 1.8, 1.4, 1.4),
                colours.accent_fill,
                0.7,
            );
            y += card.text(
                item,
                &scale.body,
                x + pad + 4.0,
                y,
                inner - 4.0,
                Align::Left,
                3,
            ) + 0.8;
        }
        if !package.terms.is_empty() {
            y += rhythm(1.0);
            y += card.text(
                &package.terms,
                &scale.footnote,
                x + pad,
                y,
                inner,
                Align::Left,
                5,
            );
        }
        bottoms.push(y + pad);
        cards.push(card);
    }
    let height = bottoms.iter().copied().fold(0.0, f32::max);
    for (index, card) in cards.into_iter().enumerate() {
        let (x, w) = grid::cols(spans[index].0, spans[index].1);
        let highlighted = index == 1 && packages.len() == 3;
        let frame = RectMm::new(x, 0.0, w, height);
        if highlighted {
            c.rect(
                frame,
                kit.theme.colours.surface.unwrap_or(colours.accent_tint),
                1.5,
            );
        } else {
            c.blocks.push(crate::kit::page::Block::Shape {
                shape: crate::kit::page::Shape::Rect {
                    rect: frame,
                    radius_mm: 1.5,
                },
                paint: crate::kit::page::Paint {
                    fill: None,
                    stroke: Some((colours.hairline, 0.75)),
                },
            });
        }
        c.blocks.extend(card.blocks);
        c.dropped.extend(card.dropped);
    }
    c.extend_to(height);
    c
}
