//! Aesthetics: the sample photos in a grid of 4:5 cells with 4 mm gutters (6 = 3×2,
//! 8 = 4×2, 9 = 3×3, 12 = 4×3, 16 = 4×4, 18 = 6×3, 24 = 6×4; other counts drop the
//! last photos rather than leave holes), captions when cells are large enough, and
//! the photos' palette as swatches.

use super::{heading, photo, web_url};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::AestheticSample;
use crate::model::Section;

/// Columns and rows for `count` photos, and how many are shown.
pub fn grid_shape(count: usize) -> (usize, usize, usize) {
    match count {
        0 => (0, 0, 0),
        1..=5 => (count, 1, count),
        6..=7 => (3, 2, 6),
        8 => (4, 2, 8),
        9..=11 => (3, 3, 9),
        12..=15 => (4, 3, 12),
        16..=17 => (4, 4, 16),
        18..=23 => (6, 3, 18),
        _ => (6, 4, 24),
    }
}

/// The section's components: none without photos.
pub fn build(kit: &Kit) -> Vec<Component> {
    let samples: Vec<&AestheticSample> = kit.project.samples.iter().collect();
    let (columns, rows, shown) = grid_shape(samples.len());
    if shown == 0 {
        return Vec::new();
    }
    if shown < samples.len() {
        kit.warn(format!(
            "The photo grid shows {shown} of {} photos (grids are kept full); reorder the photos to choose which.",
            samples.len()
        ));
    }
    let scale = &kit.theme.scale;
    let slots = columns.max(3) as f32;
    let cell_w = (grid::LIVE_WIDTH_MM - grid::GUTTER_MM * (slots - 1.0)) / slots;
    let cell_h = cell_w * 5.0 / 4.0;
    let captions = cell_w >= 40.0
        && samples
            .iter()
            .take(shown)
            .any(|s| !s.caption.trim().is_empty());
    let caption_h = if captions {
        1.5 + 2.0 * scale.caption.leading_mm()
    } else {
        0.0
    };
    let mut out = vec![heading(kit, Section::Aesthetics, "The look of my feed")];
    for row in 0..rows {
        let mut c = Component::new(if row == 0 { 0.0 } else { grid::GUTTER_MM });
        c.keep_with_next = row + 1 < rows;
        for col in 0..columns {
            let Some(sample) = samples.get(row * columns + col) else {
                continue;
            };
            let x = col as f32 * (cell_w + grid::GUTTER_MM);
            let frame = RectMm::new(x, 0.0, cell_w, cell_h);
            if !photo(&mut c, kit, &sample.media, frame) {
                c.rect(frame, kit.theme.colours.hairline, 0.0);
            }
            let link = web_url(&sample.link);
            if !link.is_empty() {
                c.link(frame, &link);
            }
            if captions {
                c.text(
                    &text::smarten(sample.caption.trim()),
                    &scale.caption,
                    x,
                    cell_h + 1.5,
                    cell_w,
                    Align::Left,
                    2,
                );
            }
        }
        c.extend_to(cell_h + caption_h);
        out.push(c);
    }
    if let Some(c) = palette(kit) {
        out.push(c);
    }
    out
}

/// The photos' palette as swatches with their hex codes.
fn palette(kit: &Kit) -> Option<Component> {
    let colours: Vec<_> = kit.ctx.photo_palette.iter().take(6).collect();
    if colours.is_empty() {
        return None;
    }
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(3.0));
    let mut y = c.text(
        "Palette",
        &scale.eyebrow,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        1,
    ) + 1.0;
    let (_, w) = grid::cols(1, 2);
    for (index, colour) in colours.iter().enumerate() {
        let (x, _) = grid::cols(index as u8 * 2 + 1, index as u8 * 2 + 2);
        let swatch = RectMm::new(x, y, w, 12.0);
        c.rect(swatch, **colour, 1.0);
        c.blocks.push(crate::kit::page::Block::Shape {
            shape: crate::kit::page::Shape::Rect {
                rect: swatch,
                radius_mm: 1.0,
            },
            paint: crate::kit::page::Paint {
                fill: None,
                stroke: Some((kit.theme.colours.hairline, 0.5)),
            },
        });
        c.text(
            &colour.to_hex(),
            &scale.caption,
            x,
            y + 13.0,
            w,
            Align::Left,
            1,
        );
    }
    y += 13.0 + scale.caption.leading_mm();
    c.extend_to(y);
    Some(c)
}
