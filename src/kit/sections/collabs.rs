//! Collaborations: sponsored against organic engagement (brands want to know sponsored
//! posts hold up), then one atomic block per campaign — brand, what was delivered,
//! results, and the brand's testimonial with a hanging quote mark.

use super::{Tile, heading, tile_row, web_url};
use crate::analytics::PostGroup;
use crate::format;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::Collaboration;
use crate::model::Section;

/// Characters of a testimonial shown (about 40 words).
const QUOTE_BUDGET_CHARS: usize = 260;

/// The section's components: none without collaborations to show.
pub fn build(kit: &Kit) -> Vec<Component> {
    let collabs: Vec<&Collaboration> = kit
        .project
        .collaborations
        .iter()
        .filter(|c| c.show_in_kit)
        .collect();
    let tiles = sponsored_tiles(kit);
    if collabs.is_empty() && tiles.is_empty() {
        return Vec::new();
    }
    let mut out = vec![heading(
        kit,
        Section::Collaborations,
        "Brands I’ve worked with",
    )];
    if !tiles.is_empty() {
        let mut row = tile_row(kit, &tiles, 1, 12, 0.0);
        // The heading and its figures never end a page without the first campaign.
        row.keep_with_next = !collabs.is_empty();
        out.push(row);
    }
    for (index, collab) in collabs.iter().take(FULL_CAMPAIGNS).enumerate() {
        let first = index == 0 && tiles.is_empty();
        out.push(campaign(
            kit,
            collab,
            if first { 0.0 } else { rhythm(3.0) },
            !first,
        ));
    }
    let rest: Vec<&Collaboration> = collabs.iter().skip(FULL_CAMPAIGNS).copied().collect();
    if !rest.is_empty() {
        let mut title = Component::new(rhythm(4.0));
        title.keep_with_next = true;
        title.text(
            "Also worked with",
            &kit.theme.scale.eyebrow,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            1,
        );
        title.extend_to(kit.theme.scale.eyebrow.leading_mm() + 1.0);
        out.push(title);
        for pair in rest.chunks(2) {
            out.push(compact_row(kit, pair));
        }
    }
    out
}

/// Campaigns shown in full (results and testimonial); later ones are listed compactly.
const FULL_CAMPAIGNS: usize = 6;

/// Two campaigns side by side in one line each: brand, then category, date, deliverables.
fn compact_row(kit: &Kit, pair: &[&Collaboration]) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(1.5);
    for (index, collab) in pair.iter().enumerate() {
        let (x, w) = if index == 0 {
            grid::cols(1, 6)
        } else {
            grid::cols(7, 12)
        };
        let mut y = c.text(
            &text::smarten(collab.brand.trim()),
            &scale.body_bold,
            x,
            0.0,
            w,
            Align::Left,
            1,
        );
        let link = web_url(&collab.link);
        if !link.is_empty() {
            c.link(RectMm::new(x, 0.0, w, y), &link);
        }
        let mut meta = vec![format::date(collab.date)];
        if !collab.category.trim().is_empty() {
            meta.insert(0, collab.category.trim().to_owned());
        }
        if !collab.deliverables.trim().is_empty() {
            meta.push(collab.deliverables.trim().to_owned());
        }
        y += c.text(
            &text::smarten(&meta.join(" · ")),
            &scale.caption,
            x,
            y,
            w,
            Align::Left,
            1,
        );
        c.extend_to(y);
    }
    c
}

fn sponsored_tiles(kit: &Kit) -> Vec<Tile> {
    let method = kit.report.lead_method;
    kit.report
        .platforms
        .iter()
        .filter_map(|p| {
            let sponsored = p
                .stats(method, PostGroup::Sponsored)?
                .average
                .value()?
                .clone();
            let organic = p
                .stats(method, PostGroup::Organic)?
                .average
                .value()?
                .clone();
            Some(Tile {
                label: format!("{} · sponsored vs organic", p.platform.label()),
                value: format!(
                    "{} / {}",
                    format::percent(sponsored.percent()),
                    format::percent(organic.percent())
                ),
                context: format!(
                    "average of {} sponsored and {} organic posts, {}",
                    sponsored.posts_used(),
                    organic.posts_used(),
                    method.formula()
                ),
            })
        })
        .take(3)
        .collect()
}

fn campaign(kit: &Kit, collab: &Collaboration, gap: f32, rule: bool) -> Component {
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
    let brand = text::smarten(collab.brand.trim());
    let brand_h = c.text(&brand, &scale.h2, lx, y, lw, Align::Left, 2);
    let link = web_url(&collab.link);
    if !link.is_empty() {
        c.link(RectMm::new(lx, y, lw, brand_h), &link);
    }
    y += brand_h;
    let platforms: Vec<&str> = collab.platforms.iter().map(|p| p.label()).collect();
    let mut meta = vec![format::date(collab.date)];
    if !collab.category.trim().is_empty() {
        meta.insert(0, collab.category.trim().to_owned());
    }
    if !platforms.is_empty() {
        meta.push(platforms.join(", "));
    }
    y += c.text(
        &text::smarten(&meta.join(" · ")),
        &scale.caption,
        lx,
        y,
        lw,
        Align::Left,
        3,
    ) + 1.0;
    y += c.text(
        &text::smarten(collab.deliverables.trim()),
        &scale.body,
        lx,
        y,
        lw,
        Align::Left,
        4,
    );
    let (rx, rw) = grid::cols(5, 12);
    let mut ry = top + results(&mut c, kit, collab, rx, top, rw);
    if let Some(testimonial) = &collab.testimonial {
        let (quote, _) =
            text::fit_budget(&text::smarten(testimonial.quote.trim()), QUOTE_BUDGET_CHARS);
        if !quote.is_empty() {
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
            ry += c.text(&quote, &scale.lead, qx, ry, qw, Align::Left, 8) + 1.0;
            let mut who = format!("— {}", testimonial.author.trim());
            if !testimonial.role.trim().is_empty() {
                who.push_str(", ");
                who.push_str(testimonial.role.trim());
            }
            if !testimonial.role.contains(collab.brand.trim()) {
                who.push_str(", ");
                who.push_str(collab.brand.trim());
            }
            ry += c.text(
                &text::smarten(&who),
                &scale.caption,
                qx,
                ry,
                qw,
                Align::Left,
                2,
            );
        }
    }
    c.extend_to(y.max(ry));
    c
}

/// Results as small figures in a row; returns the height used.
fn results(
    c: &mut Component,
    kit: &Kit,
    collab: &Collaboration,
    x0: f32,
    y0: f32,
    width: f32,
) -> f32 {
    let scale = &kit.theme.scale;
    let r = &collab.results;
    let figures: Vec<(&str, u64)> = [
        ("views", r.views),
        ("reach", r.reach),
        ("engagements", r.engagements),
        ("link clicks", r.clicks),
        ("conversions", r.conversions),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|v| (label, v)))
    .collect();
    if figures.is_empty() {
        return 0.0;
    }
    let slot = (width + grid::GUTTER_MM) / 5.0;
    let value_style = scale.h2.in_face(kit.theme.faces.numbers).sized(16.0, 19.0);
    let mut height: f32 = 0.0;
    for (index, (label, value)) in figures.iter().enumerate() {
        let x = x0 + index as f32 * slot;
        let w = slot - grid::GUTTER_MM;
        let mut y = y0;
        y += c.text(
            &format::count(*value),
            &value_style,
            x,
            y,
            w,
            Align::Left,
            1,
        );
        y += c.text(label, &scale.caption, x, y, w, Align::Left, 1);
        height = height.max(y - y0);
    }
    height
}
