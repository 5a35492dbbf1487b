//! The cover: portrait photo (4:5, taller when the page has room) in columns 1–5 (1–4
//! or 1–3 when a small photo would print soft wider); who a pitch's kit is for, niche,
//! name, tagline and handle from two columns after it; a row of headline figures;
//! highlights and profiles; a contact line.

use super::{draw_mark, photo, prints_sharp, tile_row};
use crate::kit::content::CoverContent;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align, TextStyle};

/// The cover's components.
pub fn build(kit: &Kit, cover: &CoverContent) -> Vec<Component> {
    let mut top = Component::new(0.0);
    top.page_break_before = true;
    // The portrait spans columns 1–5, or 1–4 or 1–3 when its pixels would print soft
    // wider; the identity starts two columns after it.
    let last_col = portrait_columns(kit, cover);
    let right_bottom = identity(&mut top, kit, cover, last_col + 2);
    let tiles = &cover.tiles;
    let tile_row = (!tiles.is_empty()).then(|| tile_row(kit, tiles, 1, 12, rhythm(4.0)));
    let mut last = highlights_and_profiles(kit, cover);

    // The portrait is 4:5 and grows taller (up to 5:8, and while it prints sharp) into
    // space the cover would otherwise leave empty; what is still spare goes above the
    // highlights.
    let (photo_x, photo_w) = grid::cols(1, last_col);
    let base_h = photo_w * 5.0 / 4.0;
    let below: f32 = tile_row
        .iter()
        .map(|c| c.gap_before_mm + c.height_mm)
        .sum::<f32>()
        + rhythm(4.0)
        + last.height_mm;
    let spare_with_base = kit.grid.live_height_mm() - base_h.max(right_bottom) - below - 0.1;
    let mut photo_h = (base_h + spare_with_base.max(0.0)).min(photo_w * 8.0 / 5.0);
    if let Some(media) = &cover.portrait {
        while photo_h > base_h && !prints_sharp(kit, media, photo_w, photo_h) {
            photo_h = (photo_h - 1.0).max(base_h);
        }
    }
    let frame = RectMm::new(photo_x, 0.0, photo_w, photo_h);
    let placed = cover
        .portrait
        .as_ref()
        .is_some_and(|media| photo(&mut top, kit, media, frame));
    if !placed {
        initials_block(&mut top, kit, &cover.initials, frame);
    }
    top.extend_to(photo_h.max(right_bottom));

    let used = top.height_mm + below - rhythm(4.0);
    let spare = kit.grid.live_height_mm() - used - 0.1;
    last.gap_before_mm = spare.clamp(rhythm(4.0), rhythm(4.0) + 40.0);
    let mut out = vec![top];
    out.extend(tile_row);
    out.push(last);
    out
}

/// The last column of the portrait: 5, or 4 or 3 when the photo would print soft at
/// 4:5 in the wider frame (3 when even that is soft: it is as small as the cover goes).
fn portrait_columns(kit: &Kit, cover: &CoverContent) -> u8 {
    let Some(media) = &cover.portrait else {
        return 5;
    };
    [5, 4]
        .into_iter()
        .find(|&last| {
            let (_, w) = grid::cols(1, last);
            prints_sharp(kit, media, w, w * 5.0 / 4.0)
        })
        .unwrap_or(3)
}

/// A tinted block with the creator's initials when there is no photo.
fn initials_block(c: &mut Component, kit: &Kit, initials: &str, frame: RectMm) {
    let colours = &kit.theme.colours;
    c.rect(frame, colours.accent_tint, 0.0);
    let style = kit.theme.scale.display.with_color(colours.accent_ink);
    let y = frame.y_mm + frame.height_mm / 2.0 - style.leading_mm() / 2.0;
    c.text(
        initials,
        &style,
        frame.x_mm,
        y,
        frame.width_mm,
        Align::Center,
        1,
    );
}

/// "Prepared for", niche, name, tagline and handle in columns `first`–12; returns
/// the bottom.
fn identity(c: &mut Component, kit: &Kit, cover: &CoverContent, first: u8) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(first, 12);
    let mut y = 2.0;
    if !cover.prepared_for.is_empty() {
        y += c.text(
            &cover.prepared_for,
            &scale.body_bold,
            x,
            y,
            w,
            Align::Left,
            2,
        );
        y += rhythm(1.0);
    }
    let eyebrow = scale.eyebrow.with_color(kit.theme.colours.accent_ink);
    y += c.text(&cover.niche, &eyebrow, x, y, w, Align::Left, 2);
    if !cover.niche.is_empty() {
        y += rhythm(1.0);
    }
    let (style, lines) = name_lines(&cover.name, scale.display, w);
    y += c.lines(&lines, &style, x, y, w, Align::Left) + rhythm(1.5);
    let lead_h = c.text(&cover.tagline, &scale.lead, x, y, w, Align::Left, 4);
    y += lead_h;
    if lead_h > 0.0 {
        y += rhythm(1.5);
    }
    if !cover.handle.is_empty() {
        let style = scale.body_bold.with_color(kit.theme.colours.accent_ink);
        y += c.text(&cover.handle, &style, x, y, w, Align::Left, 1);
    }
    if !cover.location.is_empty() {
        y += c.text(&cover.location, &scale.caption, x, y, w, Align::Left, 1);
    }
    y
}

/// The name at 56/56, 48/48, 40/42 until it fits in two lines; then 32/34 or 28/30
/// in up to three lines, 24/26 in up to four; only then cut with an ellipsis.
fn name_lines(name: &str, display: TextStyle, width_mm: f32) -> (TextStyle, Vec<String>) {
    let extra = display.leading_pt - display.size_pt;
    let steps = [
        (56.0, 56.0, 2),
        (48.0, 48.0, 2),
        (40.0, 42.0, 2),
        (32.0, 34.0, 3),
        (28.0, 30.0, 3),
        (24.0, 26.0, 4),
    ];
    for (size, leading, max_lines) in steps {
        let style = display.sized(size, leading + extra);
        let lines = text::break_lines(name, &style, width_mm);
        if lines.len() <= max_lines {
            return (style, lines);
        }
    }
    let style = display.sized(24.0, 26.0 + extra);
    let mut lines = text::break_lines(name, &style, width_mm);
    text::limit_lines(&mut lines, &style, width_mm, 4);
    (style, lines)
}

/// Insights (cols 1–7) and platform profiles with marks and links (cols 9–12).
fn highlights_and_profiles(kit: &Kit, cover: &CoverContent) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(4.0));
    let (x, w) = grid::cols(1, 7);
    let mut y = 0.0;
    if !cover.highlights.is_empty() {
        y += c.text(
            kit.lang.tr("cover.highlights"),
            &scale.eyebrow,
            x,
            y,
            w,
            Align::Left,
            1,
        ) + 1.0;
        for insight in &cover.highlights {
            c.rect(
                RectMm::new(x, y + 1.6, 1.6, 1.6),
                kit.theme.colours.accent_fill,
                0.8,
            );
            y += c.text(insight, &scale.body, x + 5.0, y, w - 5.0, Align::Left, 4);
            y += 1.5;
        }
    }
    let (px, pw) = grid::cols(9, 12);
    let mut py = 0.0;
    if !cover.profiles.is_empty() {
        py += c.text(
            kit.lang.tr("cover.find_me"),
            &scale.eyebrow,
            px,
            py,
            pw,
            Align::Left,
            1,
        ) + 1.0;
    }
    for profile in &cover.profiles {
        let mark = 6.0;
        draw_mark(&mut c, kit, &profile.kind, px, py, mark);
        let line_y = py + (mark - scale.body.leading_mm()) / 2.0;
        let text_w = pw - mark - 2.0;
        let used = c.text(
            &profile.label,
            &scale.body,
            px + mark + 2.0,
            line_y,
            text_w,
            Align::Left,
            1,
        );
        if !profile.url.is_empty() {
            c.link(RectMm::new(px, py, pw, mark.max(used)), &profile.url);
        }
        py += mark + 2.0;
    }
    let mut bottom = y.max(py) + rhythm(2.0);
    if !cover.contacts.is_empty() {
        c.rect(
            RectMm::new(0.0, bottom, grid::LIVE_WIDTH_MM, 0.25),
            kit.theme.colours.hairline,
            0.0,
        );
        bottom += rhythm(1.0);
        let style = scale.body_bold;
        let mut x = 0.0;
        let mut line_h: f32 = 0.0;
        for contact in &cover.contacts {
            let width = text::width_mm(&contact.label, &style).min(grid::LIVE_WIDTH_MM - x);
            if width <= 5.0 {
                break;
            }
            let h = c.text(
                &contact.label,
                &style,
                x,
                bottom,
                width + 0.5,
                Align::Left,
                1,
            );
            if !contact.url.is_empty() {
                c.link(RectMm::new(x, bottom, width, h), &contact.url);
            }
            line_h = line_h.max(h);
            x += width + 8.0;
        }
        bottom += line_h;
    }
    c.extend_to(bottom);
    c
}
