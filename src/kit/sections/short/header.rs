//! The one-page kit's header: who a pitch's kit is for, niche, name, tagline, handle
//! and location in columns 1–6 beside three 4:5 photos in columns 7–12 (the portrait
//! when there are no photos); under both, how to get in touch: email, website and the
//! profiles, each a link.

use crate::kit::content::{AestheticsContent, CoverContent};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::sections::photo;
use crate::kit::text::{self, Align, TextStyle};
use crate::model::MediaRef;

/// The header's component.
pub fn build(kit: &Kit, cover: &CoverContent, aesthetics: Option<&AestheticsContent>) -> Component {
    let mut c = Component::new(0.0);
    let mut photos: Vec<(&MediaRef, &str)> = aesthetics
        .iter()
        .flat_map(|a| &a.photos)
        .map(|p| (&p.media, p.link.as_str()))
        .collect();
    if photos.is_empty()
        && let Some(portrait) = &cover.portrait
    {
        photos.push((portrait, ""));
    }
    let last_col = if photos.is_empty() { 12 } else { 6 };
    let identity_bottom = identity(&mut c, kit, cover, last_col);
    let photos_bottom = photos_ui(&mut c, kit, &photos);
    let bottom = identity_bottom.max(photos_bottom);
    let contact_h = contact(&mut c, kit, cover, bottom + rhythm(1.0));
    c.extend_to(
        bottom
            + if contact_h > 0.0 {
                rhythm(1.0) + contact_h
            } else {
                0.0
            },
    );
    c
}

/// Up to three 4:5 photos in columns 7–12, each two columns wide; returns the bottom.
fn photos_ui(c: &mut Component, kit: &Kit, photos: &[(&MediaRef, &str)]) -> f32 {
    let mut bottom: f32 = 0.0;
    for (index, (media, link)) in photos.iter().take(3).enumerate() {
        let first = 7 + 2 * index as u8;
        let (x, w) = grid::cols(first, first + 1);
        let frame = RectMm::new(x, 0.0, w, w * 5.0 / 4.0);
        if !photo(c, kit, media, frame) {
            c.rect(frame, kit.theme.colours.hairline, 0.0);
        }
        c.link(frame, link);
        bottom = bottom.max(frame.bottom_mm());
    }
    bottom
}

/// "Prepared for" (a pitch's kit), niche, name, tagline, handle · location in columns
/// 1–`last_col`; returns the bottom.
fn identity(c: &mut Component, kit: &Kit, cover: &CoverContent, last_col: u8) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(1, last_col);
    let mut y = 0.0;
    // A pitch's kit says who it is for, as the full kit's cover does.
    let prepared_h = c.text(
        &cover.prepared_for,
        &scale.body_bold,
        x,
        y,
        w,
        Align::Left,
        2,
    );
    if prepared_h > 0.0 {
        y += prepared_h + 1.0;
    }
    let eyebrow = scale.eyebrow.with_color(kit.theme.colours.accent_ink);
    let niche_h = c.text(&cover.niche, &eyebrow, x, y, w, Align::Left, 2);
    if niche_h > 0.0 {
        y += niche_h + 1.0;
    }
    let (style, lines) = name_lines(&cover.name, scale.display, w);
    y += c.lines(&lines, &style, x, y, w, Align::Left) + rhythm(1.0);
    let tagline_h = c.text(&cover.tagline, &scale.body, x, y, w, Align::Left, 4);
    if tagline_h > 0.0 {
        y += tagline_h + 1.0;
    }
    let place: Vec<&str> = [cover.handle.as_str(), cover.location.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    y += c.text(&place.join(" · "), &scale.caption, x, y, w, Align::Left, 2);
    y
}

/// Email and website in bold, then the profiles, across the page from `y`; returns
/// the height used.
fn contact(c: &mut Component, kit: &Kit, cover: &CoverContent, y: f32) -> f32 {
    let scale = &kit.theme.scale;
    let mut items: Vec<(String, &str, TextStyle)> = cover
        .contacts
        .iter()
        .map(|l| (l.label.clone(), l.url.as_str(), scale.body_bold))
        .collect();
    // A profile under the handle above is named by its platform alone.
    items.extend(cover.profiles.iter().map(|p| {
        let same = p.label.eq_ignore_ascii_case(&cover.handle) || !p.label.starts_with('@');
        let label = if same {
            p.kind.label().to_owned()
        } else {
            format!("{} {}", p.kind.label(), p.label)
        };
        (label, p.url.as_str(), scale.body)
    }));
    inline_links(c, &items, (0.0, y, grid::LIVE_WIDTH_MM))
}

/// Labels with their links set one after another, 6 mm apart, wrapping to a new line
/// when the next one would not fit; returns the height used.
fn inline_links(
    c: &mut Component,
    items: &[(String, &str, TextStyle)],
    (x0, y0, width): (f32, f32, f32),
) -> f32 {
    let (mut x, mut y) = (0.0, 0.0);
    let mut used: f32 = 0.0;
    let mut line_h: f32 = 0.0;
    for (label, url, style) in items {
        let label_w = (text::width_mm(label, style) + 0.5).min(width);
        if x > 0.0 && x + label_w > width {
            x = 0.0;
            y += line_h;
            line_h = 0.0;
        }
        let h = c.text(label, style, x0 + x, y0 + y, label_w, Align::Left, 2);
        c.link(RectMm::new(x0 + x, y0 + y, label_w, h), url);
        line_h = line_h.max(h);
        used = used.max(y + h);
        x += label_w + 6.0;
    }
    used
}

/// The name at 32/34, 28/30, 24/26 until it fits in two lines, then 20/22 in three,
/// 16/18 in as many as it takes.
fn name_lines(name: &str, display: TextStyle, width_mm: f32) -> (TextStyle, Vec<String>) {
    let extra = display.leading_pt - display.size_pt;
    let steps = [(32.0, 2), (28.0, 2), (24.0, 2), (20.0, 3)];
    for (size, max_lines) in steps {
        let style = display.sized(size, size + 2.0 + extra);
        let lines = text::break_lines(name, &style, width_mm);
        if lines.len() <= max_lines {
            return (style, lines);
        }
    }
    let style = display.sized(16.0, 18.0 + extra);
    (style, text::break_lines(name, &style, width_mm))
}
