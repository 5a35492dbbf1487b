//! Photos on the two-page kit's second page: three 4:5 photos in columns 1–6 under an
//! eyebrow, and the photos' palette as swatches in columns 7–12.

use super::eyebrow;
use crate::kit::content::AestheticsContent;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::{Block, Paint, RectMm, Shape};
use crate::kit::sections::photo;
use crate::kit::text::Align;

/// The photos' component.
pub fn build(kit: &Kit, aesthetics: &AestheticsContent) -> Component {
    let mut c = Component::new(rhythm(2.0));
    let top = eyebrow(
        &mut c,
        kit,
        &aesthetics.title,
        (0.0, 0.0, grid::cols(1, 6).1),
    );
    let mut bottom = top;
    for (index, sample) in aesthetics.photos.iter().take(3).enumerate() {
        let first = 1 + 2 * index as u8;
        let (x, w) = grid::cols(first, first + 1);
        let frame = RectMm::new(x, top, w, w * 5.0 / 4.0);
        if !photo(&mut c, kit, &sample.media, frame) {
            c.rect(frame, kit.theme.colours.hairline, 0.0);
        }
        c.link(frame, &sample.link);
        bottom = bottom.max(frame.bottom_mm());
    }
    palette(&mut c, kit, aesthetics, top);
    c.extend_to(bottom);
    c
}

/// Up to six swatches, three to a row, with their hex codes, in columns 7–12.
fn palette(c: &mut Component, kit: &Kit, aesthetics: &AestheticsContent, top: f32) {
    let scale = &kit.theme.scale;
    let (_, w) = grid::cols(1, 2);
    for (index, colour) in aesthetics.palette.iter().take(6).enumerate() {
        let column = (index % 3) as u8;
        let (x, _) = grid::cols(7 + 2 * column, 8 + 2 * column);
        let y = top + (index / 3) as f32 * 17.0;
        let swatch = RectMm::new(x, y, w, 10.0);
        c.rect(swatch, *colour, 1.0);
        c.blocks.push(Block::Shape {
            shape: Shape::Rect {
                rect: swatch,
                radius_mm: 1.0,
            },
            paint: Paint {
                fill: None,
                stroke: Some((kit.theme.colours.hairline, 0.5)),
            },
        });
        c.text(
            &colour.to_hex(),
            &scale.caption,
            x,
            y + 11.0,
            w,
            Align::Left,
            1,
        );
    }
}
