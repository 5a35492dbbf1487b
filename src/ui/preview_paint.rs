//! Paints one laid-out kit page with egui's painter: a thin translation of the
//! page's blocks (millimetres from the top-left) into screen points. Text too small to
//! read (page thumbnails) is drawn as grey bars, which is faster and reads better.

use super::fonts::kit_family;
use super::thumbnails::Thumbnails;
use crate::kit::fonts::MM_PER_PT;
use crate::kit::page::{Block, ImageBlock, Page, Paint, PointMm, RectMm, Shape, TextBlock};
use crate::model::Rgb;
use egui::epaint::{PathShape, PathStroke};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind};
use std::collections::BTreeMap;

/// Below this size on screen (points), text is drawn as bars.
const GREEK_BELOW_PT: f32 = 5.0;

/// Screen mapping of one page.
#[derive(Clone, Copy)]
struct Mapping {
    origin: Pos2,
    /// Screen points per millimetre.
    scale: f32,
}

impl Mapping {
    fn point(self, p: PointMm) -> Pos2 {
        self.origin + egui::vec2(p.x_mm, p.y_mm) * self.scale
    }

    fn rect(self, r: RectMm) -> Rect {
        Rect::from_min_size(
            self.origin + egui::vec2(r.x_mm, r.y_mm) * self.scale,
            egui::vec2(r.width_mm, r.height_mm) * self.scale,
        )
    }

    /// A length in typographic points, on screen.
    fn pt(self, pt: f32) -> f32 {
        pt * MM_PER_PT * self.scale
    }
}

fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0[0], rgb.0[1], rgb.0[2])
}

/// How sharp a page's photos are painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoDetail {
    /// From the thumbnails (page thumbnails in the side panel).
    Thumbnail,
    /// As sharp as the page is large on screen (a page shown large).
    Display,
}

/// Paints `page` into `rect` (which has the page's proportions).
pub fn paint_page(
    painter: &Painter,
    rect: Rect,
    page: &Page,
    thumbs: &Thumbnails,
    image_sizes: &BTreeMap<String, (u32, u32)>,
    detail: PhotoDetail,
) {
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let map = Mapping {
        origin: rect.min,
        scale: rect.width() / page.width_mm.max(1.0),
    };
    painter.rect_filled(rect, 0.0, colour(page.background));
    for block in &page.blocks {
        match block {
            Block::Text(text) => paint_text(&painter, map, text),
            Block::Shape { shape, paint } => paint_shape(&painter, map, shape, *paint),
            Block::Image(image) => paint_image(&painter, map, image, thumbs, image_sizes, detail),
            Block::Link { .. } => {}
        }
    }
}

fn paint_text(painter: &Painter, map: Mapping, text: &TextBlock) {
    let size = map.pt(text.size_pt);
    let color = colour(text.color);
    if size < GREEK_BELOW_PT {
        let bar = (size * 0.45).max(0.6);
        for line in &text.lines {
            let Some(first) = line.runs.first() else {
                continue;
            };
            let x = map.origin.x + first.x_mm * map.scale;
            let y = map.origin.y + line.baseline_mm * map.scale;
            let bar_rect = Rect::from_min_size(
                egui::pos2(x, y - size * 0.6),
                egui::vec2(line.width_mm * map.scale, bar),
            );
            painter.rect_filled(bar_rect, 0.0, color.gamma_multiply(0.45));
        }
        return;
    }
    let spacing = size * text.tracking_milli_em as f32 / 1000.0;
    for line in &text.lines {
        for run in &line.runs {
            let mut job = LayoutJob::default();
            job.append(
                &run.text,
                0.0,
                TextFormat {
                    font_id: FontId::new(size, kit_family(run.font)),
                    color,
                    extra_letter_spacing: spacing,
                    ..TextFormat::default()
                },
            );
            let galley = painter.layout_job(job);
            let baseline_in_galley = galley
                .rows
                .first()
                .and_then(|row| row.row.glyphs.first().map(|g| row.pos.y + g.pos.y))
                .unwrap_or(size * 0.8);
            let pos = egui::pos2(
                map.origin.x + run.x_mm * map.scale,
                map.origin.y + line.baseline_mm * map.scale - baseline_in_galley,
            );
            painter.galley(pos, galley, color);
        }
    }
}

fn paint_shape(painter: &Painter, map: Mapping, shape: &Shape, paint: Paint) {
    let fill = paint.fill.map(colour);
    let stroke = paint
        .stroke
        .map(|(rgb, width_pt)| Stroke::new(map.pt(width_pt).max(0.5), colour(rgb)));
    match shape {
        Shape::Rect { rect, radius_mm } => {
            let r = map.rect(*rect);
            let radius = radius_mm * map.scale;
            if let Some(fill) = fill {
                painter.rect_filled(r, radius, fill);
            }
            if let Some(stroke) = stroke {
                painter.rect_stroke(r, radius, stroke, StrokeKind::Middle);
            }
        }
        Shape::Circle { center, radius_mm } => {
            let c = map.point(*center);
            let radius = radius_mm * map.scale;
            if let Some(fill) = fill {
                painter.circle_filled(c, radius, fill);
            }
            if let Some(stroke) = stroke {
                painter.circle_stroke(c, radius, stroke);
            }
        }
        Shape::Path { points, closed } => {
            let points: Vec<Pos2> = points.iter().map(|p| map.point(*p)).collect();
            if points.len() < 2 {
                return;
            }
            let stroke = stroke.map_or(PathStroke::NONE, PathStroke::from);
            let path = if *closed {
                PathShape::convex_polygon(points, fill.unwrap_or(Color32::TRANSPARENT), stroke)
            } else {
                PathShape::line(points, stroke)
            };
            painter.add(path);
        }
    }
}

fn paint_image(
    painter: &Painter,
    map: Mapping,
    image: &ImageBlock,
    thumbs: &Thumbnails,
    image_sizes: &BTreeMap<String, (u32, u32)>,
    detail: PhotoDetail,
) {
    let r = map.rect(image.rect);
    let size_px = image_sizes
        .get(&image.media_file)
        .filter(|(w, h)| *w > 0 && *h > 0)
        .copied();
    let uv = size_px.map(|(w, h)| {
        let (x, y, cw, ch) = image.crop_px;
        let (w, h) = (w as f32, h as f32);
        Rect::from_min_max(
            egui::pos2(x as f32 / w, y as f32 / h),
            egui::pos2((x + cw) as f32 / w, (y + ch) as f32 / h),
        )
    });
    match detail {
        PhotoDetail::Thumbnail => thumbs.paint(painter, r, &image.media_file, uv),
        PhotoDetail::Display => thumbs.paint_sharp(painter, r, &image.media_file, uv, size_px),
    }
}
