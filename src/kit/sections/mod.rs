//! One builder per kit section, placing its [content](super::content) on the page,
//! plus the pieces they share: section headings, stat tiles and platform marks. Each
//! builder returns atomic components; a section with nothing to show has no content
//! and no components (the rest of the kit reflows).

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
pub mod short;

use super::content::{SectionContent, Tile, platform_mark};
use super::flow::Component;
use super::grid::{self, rhythm};
use super::layout::Kit;
use super::page::RectMm;
use super::text::{self, Align, TextStyle};
use crate::model::{PlatformKind, Section};

/// The components of one section's content.
pub fn build(kit: &Kit, content: &SectionContent) -> Vec<Component> {
    match content {
        SectionContent::Cover(c) => cover::build(kit, c),
        SectionContent::About(c) => about::build(kit, c),
        SectionContent::Audience(c) => audience::build(kit, c),
        SectionContent::Compare(c) => compare::build(kit, c),
        SectionContent::Growth(c) => growth::build(kit, c),
        SectionContent::Aesthetics(c) => aesthetics::build(kit, c),
        SectionContent::Collaborations(c) => collabs::build(kit, c),
        SectionContent::Rates(c) => rates::build(kit, c),
        SectionContent::Contact(c) => contact::build(kit, c),
        SectionContent::Notes(c) => notes::build(kit, c),
    }
}

/// Lines a tile's context line may take (English needs three at most; French and
/// Portuguese formulas a fourth).
const TILE_CONTEXT_LINES: usize = 4;

/// A section heading: a short accent rule, an eyebrow with the section's name and
/// the heading itself (`title`, as printed); kept with what follows.
pub fn heading(kit: &Kit, section: Section, title: &str) -> Component {
    let eyebrow = kit.lang.section(section);
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
        title,
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
/// and unit (both as printed); returns the height used.
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
    y += c.text(title, &scale.h2, x_mm, y, width_mm, Align::Left, 2);
    y += c.text(subtitle, &scale.caption, x_mm, y, width_mm, Align::Left, 2);
    y - y_mm + 1.5
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
                .min(TILE_CONTEXT_LINES)
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
            &tile.context,
            &scale.caption,
            x + pad,
            y,
            inner,
            Align::Left,
            TILE_CONTEXT_LINES,
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
        rtl: kit.lang.is_rtl(),
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

/// Below this many pixels per inch a printed photo looks soft.
pub const SHARP_PPI: f32 = 150.0;

/// The pixels per inch a stored photo prints at, cropped to fill a frame of
/// `width_mm × height_mm`; `None` when its size is unknown.
pub fn print_ppi(
    kit: &Kit,
    media: &crate::model::MediaRef,
    width_mm: f32,
    height_mm: f32,
) -> Option<f32> {
    let (w, h) = kit.ctx.image_size(media)?;
    let crop = super::content::crop_for(w, h, width_mm / height_mm.max(0.1));
    Some(crop.2 as f32 / (width_mm / 25.4).max(0.01))
}

/// True when the photo prints sharp (or its size is unknown) in such a frame.
pub fn prints_sharp(
    kit: &Kit,
    media: &crate::model::MediaRef,
    width_mm: f32,
    height_mm: f32,
) -> bool {
    print_ppi(kit, media, width_mm, height_mm).is_none_or(|ppi| ppi >= SHARP_PPI)
}

/// Places a photo cropped to fill `rect` (layout warns about the photos placed below
/// 150 ppi).
pub fn photo(c: &mut Component, kit: &Kit, media: &crate::model::MediaRef, rect: RectMm) -> bool {
    use super::page::{Block, ImageBlock};
    let Some((w, h)) = kit.ctx.image_size(media) else {
        kit.warn(format!(
            "The size of photo {} is unknown, so it was left out; import it again.",
            media.file
        ));
        return false;
    };
    let crop = super::content::crop_for(w, h, rect.width_mm / rect.height_mm.max(0.1));
    c.extend_to(rect.bottom_mm());
    c.blocks.push(Block::Image(ImageBlock {
        rect,
        media_file: media.file.clone(),
        crop_px: crop,
    }));
    true
}

/// Places a chart at (x, y) relative to the component, `width × height`.
pub fn place_chart(c: &mut Component, spec: &super::chart::ChartSpec, rect: RectMm) {
    let blocks = super::chart::chart_shapes(spec, rect);
    c.extend_blocks(blocks);
    c.extend_to(rect.bottom_mm());
}
