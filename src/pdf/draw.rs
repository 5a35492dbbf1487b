//! Translating one block into PDF operations: vector shapes (rectangles with rounded
//! corners, paths, circles), photos cropped to fill their frame, link annotations.
//! Every position goes through [`Flip::point`].

use super::coords::{Flip, mm_to_pt};
use crate::kit::page::{Paint, PointMm, RectMm, Shape};
use crate::model::Rgb;
use printpdf::{
    Actions, BorderArray, Color, ColorArray, CurTransMat, HighlightingMode, Line, LineJoinStyle,
    LinePoint, LinkAnnotation, Op, PaintMode, Polygon, PolygonRing, Pt, Rect, WindingOrder,
    XObjectId, XObjectTransform,
};

/// How far a cubic Bézier control point sits to draw a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A model colour as a PDF colour.
pub(crate) fn color(rgb: Rgb) -> Color {
    let channel = |v: u8| f32::from(v) / 255.0;
    Color::Rgb(printpdf::Rgb {
        r: channel(rgb.0[0]),
        g: channel(rgb.0[1]),
        b: channel(rgb.0[2]),
        icc_profile: None,
    })
}

/// A rectangle in PDF terms (lower-left corner and size, in points).
pub(crate) fn pdf_rect(flip: &Flip, rect: &RectMm, mode: Option<PaintMode>) -> Rect {
    let lower_left = flip.point(rect.x_mm, rect.bottom_mm());
    Rect {
        x: lower_left.x,
        y: lower_left.y,
        width: Pt(mm_to_pt(rect.width_mm)),
        height: Pt(mm_to_pt(rect.height_mm)),
        mode,
        winding_order: None,
    }
}

/// One vertex (`control` marks a Bézier control point).
fn vertex(flip: &Flip, x_mm: f32, y_mm: f32, control: bool) -> LinePoint {
    LinePoint {
        p: flip.point(x_mm, y_mm),
        bezier: control,
    }
}

/// The outline of a rectangle with rounded corners, clockwise from the top edge.
fn rounded_rect(flip: &Flip, rect: &RectMm, radius_mm: f32) -> Vec<LinePoint> {
    let r = radius_mm
        .min(rect.width_mm / 2.0)
        .min(rect.height_mm / 2.0)
        .max(0.0);
    let k = r * KAPPA;
    let (x, y, right, bottom) = (rect.x_mm, rect.y_mm, rect.right_mm(), rect.bottom_mm());
    let plain = |px, py| vertex(flip, px, py, false);
    let ctrl = |px, py| vertex(flip, px, py, true);
    vec![
        plain(x + r, y),
        plain(right - r, y),
        ctrl(right - r + k, y),
        ctrl(right, y + r - k),
        plain(right, y + r),
        plain(right, bottom - r),
        ctrl(right, bottom - r + k),
        ctrl(right - r + k, bottom),
        plain(right - r, bottom),
        plain(x + r, bottom),
        ctrl(x + r - k, bottom),
        ctrl(x, bottom - r + k),
        plain(x, bottom - r),
        plain(x, y + r),
        ctrl(x, y + r - k),
        ctrl(x + r - k, y),
        plain(x + r, y),
    ]
}

/// The outline of a circle as four Bézier arcs.
fn circle(flip: &Flip, center: PointMm, radius_mm: f32) -> Vec<LinePoint> {
    let (cx, cy, r) = (center.x_mm, center.y_mm, radius_mm.max(0.0));
    let k = r * KAPPA;
    let plain = |px, py| vertex(flip, px, py, false);
    let ctrl = |px, py| vertex(flip, px, py, true);
    vec![
        plain(cx, cy - r),
        ctrl(cx + k, cy - r),
        ctrl(cx + r, cy - k),
        plain(cx + r, cy),
        ctrl(cx + r, cy + k),
        ctrl(cx + k, cy + r),
        plain(cx, cy + r),
        ctrl(cx - k, cy + r),
        ctrl(cx - r, cy + k),
        plain(cx - r, cy),
        ctrl(cx - r, cy - k),
        ctrl(cx - k, cy - r),
        plain(cx, cy - r),
    ]
}

/// The paint mode for a fill/stroke combination (`None`: nothing to paint).
fn paint_mode(paint: &Paint) -> Option<PaintMode> {
    match (paint.fill.is_some(), paint.stroke.is_some()) {
        (true, true) => Some(PaintMode::FillStroke),
        (true, false) => Some(PaintMode::Fill),
        (false, true) => Some(PaintMode::Stroke),
        (false, false) => None,
    }
}

/// Operations that draw `shape` with `paint`.
pub(crate) fn shape(ops: &mut Vec<Op>, flip: &Flip, shape: &Shape, paint: &Paint) {
    let Some(mode) = paint_mode(paint) else {
        return;
    };
    if let Some(fill) = paint.fill {
        ops.push(Op::SetFillColor { col: color(fill) });
    }
    if let Some((stroke, width_pt)) = paint.stroke {
        ops.push(Op::SetOutlineColor { col: color(stroke) });
        ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
    }
    let polygon = |points: Vec<LinePoint>, mode| Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode,
            winding_order: WindingOrder::NonZero,
        },
    };
    match shape {
        Shape::Rect { rect, radius_mm } if *radius_mm <= 0.0 => ops.push(Op::DrawRectangle {
            rectangle: pdf_rect(flip, rect, Some(mode)),
        }),
        Shape::Rect { rect, radius_mm } => {
            ops.push(polygon(rounded_rect(flip, rect, *radius_mm), mode))
        }
        Shape::Circle { center, radius_mm } => {
            ops.push(polygon(circle(flip, *center, *radius_mm), mode))
        }
        Shape::Path { points, closed } => {
            if points.len() < 2 {
                return;
            }
            let vertices: Vec<LinePoint> = points
                .iter()
                .map(|p| vertex(flip, p.x_mm, p.y_mm, false))
                .collect();
            if *closed {
                ops.push(polygon(vertices, mode));
                return;
            }
            // An open path: fill it as a polygon, stroke it as a line (a stroked
            // polygon would draw the closing edge).
            if paint.fill.is_some() {
                ops.push(polygon(vertices.clone(), PaintMode::Fill));
            }
            if paint.stroke.is_some() {
                ops.push(Op::SetLineJoinStyle {
                    join: LineJoinStyle::Round,
                });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vertices,
                        is_closed: false,
                    },
                });
            }
        }
    }
}

/// Operations that paint an image XObject so that its `crop_px` part (in the
/// `reference_px` pixel grid the layout used) exactly fills `frame`, clipped to it.
pub(crate) fn image(
    ops: &mut Vec<Op>,
    flip: &Flip,
    id: &XObjectId,
    frame: &RectMm,
    crop_px: (u32, u32, u32, u32),
    reference_px: (u32, u32),
) {
    let (ref_w, ref_h) = (reference_px.0.max(1) as f32, reference_px.1.max(1) as f32);
    let (crop_x, crop_y) = (crop_px.0 as f32, crop_px.1 as f32);
    let crop_w = (crop_px.2.max(1) as f32).min(ref_w);
    let crop_h = (crop_px.3.max(1) as f32).min(ref_h);
    let crop_x = crop_x.min(ref_w - crop_w);
    let crop_y = crop_y.min(ref_h - crop_h);
    // Millimetres per source pixel, each way: the crop fills the frame.
    let (mm_per_px_x, mm_per_px_y) = (frame.width_mm / crop_w, frame.height_mm / crop_h);
    let whole = RectMm::new(
        frame.x_mm - crop_x * mm_per_px_x,
        frame.y_mm - crop_y * mm_per_px_y,
        ref_w * mm_per_px_x,
        ref_h * mm_per_px_y,
    );
    let lower_left = flip.point(whole.x_mm, whole.bottom_mm());
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::DrawRectangle {
        rectangle: pdf_rect(flip, frame, Some(PaintMode::Clip)),
    });
    ops.push(Op::SetTransformationMatrix {
        matrix: CurTransMat::Raw([
            mm_to_pt(whole.width_mm),
            0.0,
            0.0,
            mm_to_pt(whole.height_mm),
            lower_left.x.0,
            lower_left.y.0,
        ]),
    });
    ops.push(Op::UseXobject {
        id: id.clone(),
        transform: XObjectTransform {
            no_auto_scale: true,
            ..XObjectTransform::default()
        },
    });
    ops.push(Op::RestoreGraphicsState);
}

/// A clickable area opening `url`, with no visible border.
pub(crate) fn link(ops: &mut Vec<Op>, flip: &Flip, rect: &RectMm, url: &str) {
    ops.push(Op::LinkAnnotation {
        link: LinkAnnotation::new(
            pdf_rect(flip, rect, None),
            Actions::Uri(url.to_owned()),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            Some(ColorArray::Transparent),
            Some(HighlightingMode::Invert),
        ),
    });
}
