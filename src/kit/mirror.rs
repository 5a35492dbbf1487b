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

fn mirror_rect(rect: RectMm, width_mm: f32) -> RectMm {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::page::{FontFace, Paint, TextLine, TextRun};
    use crate::model::Rgb;

    fn page(blocks: Vec<Block>) -> Page {
        Page {
            width_mm: 210.0,
            height_mm: 297.0,
            background: Rgb([255, 255, 255]),
            blocks,
        }
    }

    #[test]
    fn blocks_move_to_their_mirror_place_and_text_keeps_its_order() {
        let run = |text: &str, x_mm: f32, width_mm: f32| TextRun {
            text: text.to_owned(),
            font: FontFace::SansRegular,
            x_mm,
            rtl: false,
            glyphs: Vec::new(),
            width_mm,
        };
        let mut p = page(vec![
            Block::Shape {
                shape: Shape::Rect {
                    rect: RectMm::new(20.0, 10.0, 50.0, 5.0),
                    radius_mm: 0.0,
                },
                paint: Paint {
                    fill: None,
                    stroke: None,
                },
            },
            Block::Text(TextBlock {
                rect: RectMm::new(20.0, 30.0, 100.0, 10.0),
                size_pt: 10.0,
                tracking_milli_em: 0,
                color: Rgb([0, 0, 0]),
                lines: vec![TextLine {
                    runs: vec![run("one ", 20.0, 10.0), run("two", 30.0, 8.0)],
                    baseline_mm: 35.0,
                    width_mm: 18.0,
                }],
            }),
        ]);
        mirror_page(&mut p);
        assert_eq!(p.blocks[0].bounds(), RectMm::new(140.0, 10.0, 50.0, 5.0));
        let Block::Text(text) = &p.blocks[1] else {
            panic!("not text")
        };
        assert_eq!(text.rect, RectMm::new(90.0, 30.0, 100.0, 10.0));
        // The line sat at the box's left edge (20–38): now at its right edge (172–190).
        let xs: Vec<f32> = text.lines[0].runs.iter().map(|r| r.x_mm).collect();
        assert_eq!(xs, vec![172.0, 182.0]);
    }

    #[test]
    fn a_qr_code_built_mirrored_comes_out_right_on_a_mirrored_page() {
        let url = "https://www.instagram.com/orbitandoat";
        let rect = RectMm::new(150.0, 200.0, 30.0, 30.0);
        let dark = Rgb([0, 0, 0]);
        let right = crate::kit::qr::qr_shapes(url, rect, dark, None, false).unwrap();
        let built =
            crate::kit::qr::qr_shapes(url, mirror_rect(rect, 210.0), dark, None, true).unwrap();
        assert_ne!(
            built.iter().map(Block::bounds).collect::<Vec<_>>(),
            right.iter().map(Block::bounds).collect::<Vec<_>>()
        );
        let mut p = page(built);
        mirror_page(&mut p);
        let key = |b: &Block| {
            let r = b.bounds();
            (
                (r.x_mm * 100.0).round() as i32,
                (r.y_mm * 100.0).round() as i32,
                (r.width_mm * 100.0).round() as i32,
            )
        };
        let mut got: Vec<_> = p.blocks.iter().map(key).collect();
        let mut want: Vec<_> = right.iter().map(key).collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
    }
}
