//! A page mirrored for a kit written right to left: the layout is built left to right
//! and then every block moves to its mirror place (columns swap sides, charts read
//! from the right, the footer's page number goes left). Nothing is drawn mirrored:
//! photos keep their pixels, text its glyphs and reading order (each line moves to
//! its mirror extent within its box), QR codes were built mirrored to come out right.

use super::page::{Block, Page, PointMm, RectMm, Shape, TextBlock};

/// Mirrors every block of `page` about its vertical centre line.
pub fn mirror_page(page: &mut Page) {
    let width_mm = page.width_mm;
    for block in &mut page.blocks {
        mirror_block(block, width_mm);
    }
}

/// `rect` moved to its mirror place on a page `width_mm` wide.
pub fn mirror_rect(rect: RectMm, width_mm: f32) -> RectMm {
    RectMm::new(
        width_mm - rect.x_mm - rect.width_mm,
        rect.y_mm,
        rect.width_mm,
        rect.height_mm,
    )
}

fn mirror_point(point: PointMm, width_mm: f32) -> PointMm {
    PointMm {
        x_mm: width_mm - point.x_mm,
        y_mm: point.y_mm,
    }
}

fn mirror_block(block: &mut Block, width_mm: f32) {
    match block {
        Block::Text(text) => mirror_text(text, width_mm),
        Block::Shape { shape, .. } => match shape {
            Shape::Rect { rect, .. } => *rect = mirror_rect(*rect, width_mm),
            Shape::Path { points, .. } => {
                for point in points {
                    *point = mirror_point(*point, width_mm);
                }
            }
            Shape::Circle { center, .. } => *center = mirror_point(*center, width_mm),
        },
        Block::Image(image) => image.rect = mirror_rect(image.rect, width_mm),
        Block::Link { rect, .. } => *rect = mirror_rect(*rect, width_mm),
    }
}

/// The block's box moves to its mirror place; each line moves to the mirror of its
/// extent, its runs keeping their order and spacing.
fn mirror_text(text: &mut TextBlock, width_mm: f32) {
    text.rect = mirror_rect(text.rect, width_mm);
    for line in &mut text.lines {
        let Some(start_mm) = line.runs.iter().map(|r| r.x_mm).reduce(f32::min) else {
            continue;
        };
        let shift_mm = width_mm - 2.0 * start_mm - line.width_mm;
        for run in &mut line.runs {
            run.x_mm += shift_mm;
        }
    }
}
