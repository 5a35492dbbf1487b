//! Aesthetics: the sample photos in a grid of 4:5 cells with 4 mm gutters (6 = 3×2,
//! 8 = 4×2, 9 = 3×3, 12 = 4×3, 16 = 4×4, 18 = 6×3, 24 = 6×4; other counts drop the
//! last photos rather than leave holes), captions when cells are large enough, and
//! the photos' palette as swatches. Up to six photos are set in one row of small
//! cells instead when a photo would print soft in the grid's cells, and the flow
//! uses that row when it keeps a page from ending half empty.

use super::{heading, photo, prints_sharp};
use crate::kit::content::AestheticsContent;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::Align;
use crate::model::Section;

/// The section's components.
pub fn build(kit: &Kit, aesthetics: &AestheticsContent) -> Vec<Component> {
    let (columns, rows) = (aesthetics.columns, aesthetics.rows);
    let photos = &aesthetics.photos;
    let scale = &kit.theme.scale;
    let slots = columns.max(3) as f32;
    let cell_w = (grid::LIVE_WIDTH_MM - grid::GUTTER_MM * (slots - 1.0)) / slots;
    let cell_h = cell_w * 5.0 / 4.0;
    let one_row_fits = photos.len() > columns && photos.len() <= COMPACT_ROW_MAX;
    if one_row_fits
        && photos
            .iter()
            .any(|p| !prints_sharp(kit, &p.media, cell_w, cell_h))
    {
        // Never enlarge a photo past what its pixels hold: small cells, one row.
        let mut row = one_row(kit, photos);
        row.gap_before_mm = 0.0;
        let mut out = vec![heading(kit, Section::Aesthetics, &aesthetics.title), row];
        out.extend(palette(kit, &aesthetics.palette));
        return out;
    }
    let captions = cell_w >= 40.0 && photos.iter().any(|p| !p.caption.is_empty());
    let caption_h = if captions {
        1.5 + 2.0 * scale.caption.leading_mm()
    } else {
        0.0
    };
    let mut out = vec![heading(kit, Section::Aesthetics, &aesthetics.title)];
    let first_row = out.len();
    for row in 0..rows {
        let mut c = Component::new(if row == 0 { 0.0 } else { grid::GUTTER_MM });
        c.keep_with_next = row + 1 < rows;
        for col in 0..columns {
            let Some(sample) = photos.get(row * columns + col) else {
                continue;
            };
            let x = col as f32 * (cell_w + grid::GUTTER_MM);
            let frame = RectMm::new(x, 0.0, cell_w, cell_h);
            if !photo(&mut c, kit, &sample.media, frame) {
                c.rect(frame, kit.theme.colours.hairline, 0.0);
            }
            if !sample.link.is_empty() {
                c.link(frame, &sample.link);
            }
            if captions {
                c.text(
                    &sample.caption,
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
    // The compact version, used when it saves a page: every photo in one row of small
    // cells (the first row's compact version holds them all, the others' are empty).
    if one_row_fits {
        for (index, row) in out.iter_mut().skip(first_row).enumerate() {
            row.compact = Some(Box::new(if index == 0 {
                one_row(kit, photos)
            } else {
                Component::new(0.0)
            }));
        }
    }
    if let Some(c) = palette(kit, &aesthetics.palette) {
        out.push(c);
    }
    out
}

/// The most photos the compact version sets in one row.
const COMPACT_ROW_MAX: usize = 6;

/// Every photo in one row of 4:5 cells across the full width, without captions.
fn one_row(kit: &Kit, photos: &[crate::kit::content::Photo]) -> Component {
    let mut c = Component::new(0.0);
    let n = photos.len().max(1) as f32;
    let cell_w = (grid::LIVE_WIDTH_MM - grid::GUTTER_MM * (n - 1.0)) / n;
    for (index, sample) in photos.iter().enumerate() {
        let x = index as f32 * (cell_w + grid::GUTTER_MM);
        let frame = RectMm::new(x, 0.0, cell_w, cell_w * 5.0 / 4.0);
        if !photo(&mut c, kit, &sample.media, frame) {
            c.rect(frame, kit.theme.colours.hairline, 0.0);
        }
        if !sample.link.is_empty() {
            c.link(frame, &sample.link);
        }
    }
    c
}

/// The photos' palette as swatches with their hex codes.
fn palette(kit: &Kit, colours: &[crate::model::Rgb]) -> Option<Component> {
    if colours.is_empty() {
        return None;
    }
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(3.0));
    let mut y = c.text(
        kit.lang.tr("aesthetics.palette"),
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
        c.rect(swatch, *colour, 1.0);
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
