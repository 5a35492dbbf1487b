//! One builder per kit section, plus the pieces they share: section headings, stat
//! tiles and platform marks. Each builder returns atomic components, or none when the
//! section has no data (the rest of the kit reflows).

mod about;
mod aesthetics;
mod audience;
mod collabs;
mod compare;
mod contact;
mod cover;
mod growth;
mod notes;
mod rates;

use super::flow::Component;
use super::grid::{self, rhythm};
use super::layout::Kit;
use super::page::RectMm;
use super::text::{self, Align, TextStyle};
use crate::model::{Link, PlatformKind, Section, classify_email, classify_link};

/// The components of one section (empty when it has nothing to show).
pub fn build(kit: &Kit, section: Section) -> Vec<Component> {
    match section {
        Section::Cover => cover::build(kit),
        Section::About => about::build(kit),
        Section::Audience => audience::build(kit),
        Section::Compare => compare::build(kit),
        Section::Growth => growth::build(kit),
        Section::Aesthetics => aesthetics::build(kit),
        Section::Collaborations => collabs::build(kit),
        Section::Rates => rates::build(kit),
        Section::Contact => contact::build(kit),
        Section::Notes => notes::build(kit),
    }
}

/// A section heading: a short accent rule, an eyebrow with the section's number and
/// the heading itself; kept with what follows.
pub fn heading(kit: &Kit, section: Section, title: &str) -> Component {
    let eyebrow = section.label();
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(4.0));
    c.keep_with_next = true;
    c.rect(
        RectMm::new(0.0, 0.0, 12.0, 0.8),
        kit.theme.colours.accent_fill,
        0.0,
    );
    let mut y = 3.0;
    let eyebrow_style = scale.eyebrow.with_color(kit.theme.colours.accent_ink);
    y += c.text(
        eyebrow,
        &eyebrow_style,
        0.0,
        y,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        1,
    );
    y += 0.5;
    y += c.text(
        &text::smarten(title),
        &scale.h1,
        0.0,
        y,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        2,
    );
    c.extend_to(y + rhythm(1.0));
    c
}

/// A chart or block title that states the takeaway, with a subtitle naming the measure
/// and unit; returns the height used.
pub fn chart_title(
    c: &mut Component,
    kit: &Kit,
    title: &str,
    subtitle: &str,
    x_mm: f32,
    y_mm: f32,
    width_mm: f32,
) -> f32 {
    let scale = &kit.theme.scale;
    let mut y = y_mm;
    y += c.text(
        &text::smarten(title),
        &scale.h2,
        x_mm,
        y,
        width_mm,
        Align::Left,
        2,
    );
    y += c.text(
        &text::smarten(subtitle),
        &scale.caption,
        x_mm,
        y,
        width_mm,
        Align::Left,
        2,
    );
    y - y_mm + 1.5
}

/// A stat tile's content.
pub struct Tile {
    /// The label above (1–4 words).
    pub label: String,
    /// The value, already formatted.
    pub value: String,
    /// A context line (≤ 8 words ideally; at most 3 lines).
    pub context: String,
}

/// A row of equal-height stat tiles across columns `first..=last`, values on one
/// baseline. Light theme: tint fill; dark: raised surface; warm: an accent top rule.
pub fn tile_row(kit: &Kit, tiles: &[Tile], first: u8, last: u8, gap_before_mm: f32) -> Component {
    let mut c = Component::new(gap_before_mm);
    if tiles.is_empty() {
        return c;
    }
    let (x0, width) = grid::cols(first, last);
    let n = tiles.len() as f32;
    let tile_w = (width - grid::GUTTER_MM * (n - 1.0)) / n;
    let pad = 4.0;
    let inner = tile_w - 2.0 * pad;
    let scale = &kit.theme.scale;
    let value_style = fit_value_style(tiles, scale.tile_value, inner);
    let label_h = tiles
        .iter()
        .map(|t| {
            text::break_lines(&t.label, &scale.eyebrow, inner)
                .len()
                .min(2)
        })
        .max()
        .unwrap_or(1) as f32
        * scale.eyebrow.leading_mm();
    let context_lines = tiles
        .iter()
        .map(|t| {
            text::break_lines(&t.context, &scale.caption, inner)
                .len()
                .min(3)
        })
        .max()
        .unwrap_or(0) as f32;
    let height = pad
        + label_h
        + 1.0
        + value_style.leading_mm()
        + 0.5
        + context_lines * scale.caption.leading_mm()
        + pad;
    for (index, tile) in tiles.iter().enumerate() {
        let x = x0 + index as f32 * (tile_w + grid::GUTTER_MM);
        match kit.theme.colours.surface {
            Some(fill) => c.rect(RectMm::new(x, 0.0, tile_w, height), fill, 1.5),
            None => c.rect(
                RectMm::new(x, 0.0, tile_w, 0.53),
                kit.theme.colours.accent_fill,
                0.0,
            ),
        }
        let mut y = pad;
        c.text(
            &tile.label,
            &scale.eyebrow,
            x + pad,
            y,
            inner,
            Align::Left,
            2,
        );
        y += label_h + 1.0;
        y += c.text(&tile.value, &value_style, x + pad, y, inner, Align::Left, 1) + 0.5;
        c.text(
            &text::smarten(&tile.context),
            &scale.caption,
            x + pad,
            y,
            inner,
            Align::Left,
            3,
        );
    }
    c.extend_to(height);
    c
}

/// The tile value style, one step down (24 pt) when a value would not fit.
fn fit_value_style(tiles: &[Tile], style: TextStyle, width_mm: f32) -> TextStyle {
    let fits = |s: &TextStyle| {
        tiles
            .iter()
            .all(|t| text::width_mm(&t.value, s) <= width_mm)
    };
    if fits(&style) {
        return style;
    }
    let smaller = style.sized(24.0, 26.0);
    if fits(&smaller) {
        smaller
    } else {
        style.sized(18.0, 20.0)
    }
}

/// A short mark for a platform (two letters), drawn in a small accent circle.
pub fn platform_mark(kind: &PlatformKind) -> String {
    match kind {
        PlatformKind::Instagram => "IG".to_owned(),
        PlatformKind::Tiktok => "TT".to_owned(),
        PlatformKind::Youtube => "YT".to_owned(),
        PlatformKind::X => "X".to_owned(),
        PlatformKind::Facebook => "FB".to_owned(),
        PlatformKind::Twitch => "TW".to_owned(),
        PlatformKind::Pinterest => "PI".to_owned(),
        PlatformKind::Linkedin => "IN".to_owned(),
        PlatformKind::Threads => "TH".to_owned(),
        PlatformKind::Snapchat => "SC".to_owned(),
        PlatformKind::Bluesky => "BS".to_owned(),
        PlatformKind::Newsletter => "NL".to_owned(),
        PlatformKind::Other(name) => name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .take(2)
            .collect::<String>()
            .to_uppercase(),
    }
}

/// Draws a platform mark (a filled circle with its letters) with its top-left at
/// (x, y) and diameter `size_mm`.
pub fn draw_mark(
    c: &mut Component,
    kit: &Kit,
    kind: &PlatformKind,
    x_mm: f32,
    y_mm: f32,
    size_mm: f32,
) {
    use super::page::{Block, Paint, PointMm, Shape};
    let radius = size_mm / 2.0;
    c.blocks.push(Block::Shape {
        shape: Shape::Circle {
            center: PointMm {
                x_mm: x_mm + radius,
                y_mm: y_mm + radius,
            },
            radius_mm: radius,
        },
        paint: Paint {
            fill: Some(kit.theme.colours.accent_fill),
            stroke: None,
        },
    });
    c.extend_to(y_mm + size_mm);
    let size_pt = (size_mm / super::fonts::MM_PER_PT * 0.42).max(4.0);
    let style = TextStyle {
        face: kit.theme.faces.body_bold,
        size_pt,
        leading_pt: size_pt * 1.2,
        tracking_milli_em: 0,
        color: kit.theme.colours.on_accent,
        caps: false,
    };
    let y = y_mm + radius - style.leading_mm() / 2.0;
    c.text(
        &platform_mark(kind),
        &style,
        x_mm,
        y,
        size_mm,
        Align::Center,
        1,
    );
}

/// The URL of a platform profile, when one can be built: the profile link when it is
/// a web address, else one built from the handle; empty when the profile link is not a
/// web address (it is printed as text, never linked) or nothing can be built.
pub fn profile_url(platform: &crate::model::Platform) -> String {
    match classify_link(&platform.profile_url) {
        Link::Web(url) => return url,
        Link::Empty => {}
        Link::Email(_) | Link::NotALink(_) => return String::new(),
    }
    let handle = platform.handle.trim().trim_start_matches('@');
    if handle.is_empty() {
        return String::new();
    }
    match platform.kind {
        PlatformKind::Instagram => format!("https://www.instagram.com/{handle}"),
        PlatformKind::Tiktok => format!("https://www.tiktok.com/@{handle}"),
        PlatformKind::Youtube => format!("https://www.youtube.com/@{handle}"),
        PlatformKind::X => format!("https://x.com/{handle}"),
        PlatformKind::Threads => format!("https://www.threads.net/@{handle}"),
        PlatformKind::Twitch => format!("https://www.twitch.tv/{handle}"),
        PlatformKind::Pinterest => format!("https://www.pinterest.com/{handle}"),
        PlatformKind::Bluesky => format!("https://bsky.app/profile/{handle}"),
        _ => String::new(),
    }
}

/// A web address for links (`https://` added when the scheme is missing); empty when
/// the text is empty or not a web address (`javascript:…`, `file:…`): such text is
/// printed as it was typed, never linked.
pub fn web_url(address: &str) -> String {
    match classify_link(address) {
        Link::Web(url) => url,
        Link::Email(_) | Link::Empty | Link::NotALink(_) => String::new(),
    }
}

/// The `mailto:` link of an email address; empty when it is not an address.
pub fn mail_url(address: &str) -> String {
    classify_email(address).target().unwrap_or_default()
}

/// What to print for a typed address: its short form when it is a web address, else
/// the text as typed.
pub fn address_label(address: &str) -> String {
    match web_url(address).as_str() {
        "" => address.trim().to_owned(),
        url => short_url(url),
    }
}

/// An address for print: without the scheme and trailing slash.
pub fn short_url(url: &str) -> String {
    url.trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_owned()
}

/// The part of a `width_px × height_px` image that fills a frame of `frame_ratio`
/// (width ÷ height): centred horizontally, anchored at 40 % of the height.
pub fn crop_for(width_px: u32, height_px: u32, frame_ratio: f32) -> (u32, u32, u32, u32) {
    let (w, h) = (width_px as f32, height_px as f32);
    if w <= 0.0 || h <= 0.0 || frame_ratio <= 0.0 {
        return (0, 0, width_px, height_px);
    }
    let (crop_w, crop_h) = if w / h > frame_ratio {
        (h * frame_ratio, h)
    } else {
        (w, w / frame_ratio)
    };
    let x = (w - crop_w) / 2.0;
    let y = (h - crop_h) * 0.4;
    let round = |v: f32| v.round().max(0.0) as u32;
    let crop_w = round(crop_w).clamp(1, width_px);
    let crop_h = round(crop_h).clamp(1, height_px);
    (
        round(x).min(width_px - crop_w),
        round(y).min(height_px - crop_h),
        crop_w,
        crop_h,
    )
}

/// Places a photo cropped to fill `rect`; warns when it prints below 150 ppi.
pub fn photo(c: &mut Component, kit: &Kit, media: &crate::model::MediaRef, rect: RectMm) -> bool {
    use super::page::{Block, ImageBlock};
    let Some((w, h)) = kit.ctx.image_size(media) else {
        kit.warn(format!(
            "The size of photo {} is unknown, so it was left out; import it again.",
            media.file
        ));
        return false;
    };
    let crop = crop_for(w, h, rect.width_mm / rect.height_mm.max(0.1));
    let ppi = crop.2 as f32 / (rect.width_mm / 25.4);
    if ppi < 150.0 {
        kit.low_resolution(&media.file, ppi);
    }
    c.extend_to(rect.bottom_mm());
    c.blocks.push(Block::Image(ImageBlock {
        rect,
        media_file: media.file.clone(),
        crop_px: crop,
    }));
    true
}

/// Chart colours from the theme.
pub fn chart_colours(kit: &Kit) -> super::chart::ChartColours {
    let c = &kit.theme.colours;
    super::chart::ChartColours {
        accent: c.accent_fill,
        accent_light: super::colour::mix(c.accent_fill, c.background, 0.55),
        benchmark: c.chart_grey,
        grid: if kit.theme.dark {
            super::colour::mix(c.hairline, c.muted, 0.3)
        } else {
            c.hairline
        },
        background: c.background,
    }
}

/// Places a chart at (x, y) relative to the component, `width × height`.
pub fn place_chart(c: &mut Component, spec: &super::chart::ChartSpec, rect: RectMm) {
    let blocks = super::chart::chart_shapes(spec, rect);
    c.extend_blocks(blocks);
    c.extend_to(rect.bottom_mm());
}
