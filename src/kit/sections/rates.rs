//! Rates: up to three packages side by side (the middle one highlighted with the
//! tint), price, deliverables, usage rights and exclusivity; or "rates on request".

use super::heading;
use crate::format;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align, TextStyle};
use crate::model::RatePackage;
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit) -> Vec<Component> {
    let card = &kit.project.rate_card;
    let scale = &kit.theme.scale;
    let mut out = vec![heading(kit, Section::Rates, "Work with me")];
    if card.on_request || card.packages.is_empty() {
        let mut c = Component::new(0.0);
        let (x, w) = grid::cols(1, 8);
        let mut y = c.text("Rates on request", &scale.h2, x, 0.0, w, Align::Left, 1);
        let email = kit.project.creator.email.trim();
        if !email.is_empty() {
            let line =
                format!("Tell me about your campaign at {email} and I’ll reply with a quote.");
            let h = c.text(&line, &scale.body, x, y, w, Align::Left, 3);
            c.link(RectMm::new(x, y, w, h), &format!("mailto:{email}"));
            y += h;
        }
        c.extend_to(y);
        out.push(c);
    } else {
        if card.packages.len() > 3 {
            kit.warn(format!(
                "The kit shows the first 3 of {} rate packages.",
                card.packages.len()
            ));
        }
        out.push(packages(kit, &card.packages[..card.packages.len().min(3)]));
    }
    if !card.notes.trim().is_empty() {
        let mut c = Component::new(rhythm(1.5));
        c.text(
            &text::smarten(card.notes.trim()),
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

fn price(package: &RatePackage) -> String {
    match package.price_max_minor {
        Some(high) if high > package.price.amount_minor => {
            format::money_range(&package.price, high)
        }
        _ => format::money(&package.price),
    }
}

fn price_style(kit: &Kit, prices: &[String], width_mm: f32) -> TextStyle {
    let base = kit.theme.scale.tile_value;
    [(28.0, 30.0), (24.0, 26.0), (20.0, 23.0), (16.0, 19.0)]
        .into_iter()
        .map(|(size, leading)| base.sized(size, leading))
        .find(|style| prices.iter().all(|p| text::width_mm(p, style) <= width_mm))
        .unwrap_or_else(|| base.sized(14.0, 17.0))
}

fn packages(kit: &Kit, packages: &[RatePackage]) -> Component {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut c = Component::new(0.0);
    let spans = [(1, 4), (5, 8), (9, 12)];
    let pad = 4.0;
    let prices: Vec<String> = packages.iter().map(price).collect();
    let inner = grid::cols(1, 4).1 - 2.0 * pad;
    let price_style = price_style(kit, &prices, inner);
    let mut bottoms = Vec::new();
    let mut cards: Vec<Component> = Vec::new();
    for (index, package) in packages.iter().enumerate() {
        let (x, _) = grid::cols(spans[index].0, spans[index].1);
        let mut card = Component::new(0.0);
        let mut y = pad;
        y += card.text(
            &text::smarten(package.name.trim()),
            &scale.h2,
            x + pad,
            y,
            inner,
            Align::Left,
            2,
        ) + 1.0;
        y += card.text(
            &prices[index],
            &price_style.with_color(colours.accent_ink),
            x + pad,
            y,
            inner,
            Align::Left,
            1,
        ) + rhythm(1.0);
        for item in package
            .deliverables
            .iter()
            .filter(|d| !d.trim().is_empty())
            .take(5)
        {
            card.rect(
                RectMm::new(x + pad, y + 1.8, 1.4, 1.4),
                colours.accent_fill,
                0.7,
            );
            y += card.text(
                &text::smarten(item.trim()),
                &scale.body,
                x + pad + 4.0,
                y,
                inner - 4.0,
                Align::Left,
                3,
            ) + 0.8;
        }
        let mut terms = Vec::new();
        if !package.usage_rights.trim().is_empty() {
            terms.push(format!(
                "Usage: {}.",
                package.usage_rights.trim().trim_end_matches('.')
            ));
        }
        if !package.exclusivity.trim().is_empty() {
            terms.push(format!(
                "Exclusivity: {}.",
                package.exclusivity.trim().trim_end_matches('.')
            ));
        }
        if !terms.is_empty() {
            y += rhythm(1.0);
            y += card.text(
                &text::smarten(&terms.join(" ")),
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
