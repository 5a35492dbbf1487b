//! Drawing each chart kind of a [`ChartSpec`](super::chart::ChartSpec): shapes and
//! direct labels inside a rectangle (bars from zero, labels never outside the rect).

use super::chart::{ChartSpec, DataPoint, Series};
use super::colour;
use super::page::{Block, Paint, PointMm, RectMm, Shape};
use super::text::{self, Align, TextStyle};
use crate::model::Rgb;

fn fill(rect: RectMm, colour: Rgb) -> Block {
    Block::Shape {
        shape: Shape::Rect {
            rect,
            radius_mm: 0.0,
        },
        paint: Paint {
            fill: Some(colour),
            stroke: None,
        },
    }
}

fn rule(from: PointMm, to: PointMm, colour: Rgb, width_pt: f32) -> Block {
    Block::Shape {
        shape: Shape::Path {
            points: vec![from, to],
            closed: false,
        },
        paint: Paint {
            fill: None,
            stroke: Some((colour, width_pt)),
        },
    }
}

/// One line of label, cut with an ellipsis to `width_mm`, placed at (x, y).
fn label(
    text_in: &str,
    style: &TextStyle,
    x_mm: f32,
    y_mm: f32,
    width_mm: f32,
    align: Align,
) -> Option<Block> {
    if width_mm <= 0.5 || text_in.is_empty() {
        return None;
    }
    let mut lines = text::break_lines(text_in, style, width_mm);
    text::limit_lines(&mut lines, style, width_mm, 1);
    let set = text::set_lines(&lines, style, x_mm, y_mm, width_mm, align);
    Some(Block::Text(set.block))
}

fn scale(spec: &ChartSpec, value: f64, length_mm: f32) -> f32 {
    let span = (spec.axis.max - spec.axis.min).max(1e-9);
    (((value - spec.axis.min) / span).clamp(0.0, 1.0) as f32) * length_mm
}

pub(super) fn columns(spec: &ChartSpec, series: &Series, rect: RectMm, out: &mut Vec<Block>) {
    let style = &spec.label_style;
    let label_h = style.leading_mm();
    let plot_top = rect.y_mm + label_h + 0.5;
    let baseline = rect.bottom_mm() - label_h - 1.0;
    let plot_h = (baseline - plot_top).max(1.0);
    let band = rect.width_mm / series.points.len() as f32;
    let bar_w = band * 0.65;
    for (index, point) in series.points.iter().enumerate() {
        let band_x = rect.x_mm + band * index as f32;
        let h = scale(spec, point.value, plot_h);
        let colour = spec.colours.of(point.role.unwrap_or(series.role));
        let bar = RectMm::new(band_x + (band - bar_w) / 2.0, baseline - h, bar_w, h);
        if h > 0.0 {
            out.push(fill(bar, colour));
        }
        out.extend(label(
            &point.value_label,
            style,
            band_x,
            bar.y_mm - label_h - 0.3,
            band,
            Align::Center,
        ));
        out.extend(label(
            &point.label,
            style,
            band_x,
            baseline + 1.0,
            band,
            Align::Center,
        ));
    }
    let zero = PointMm {
        x_mm: rect.x_mm,
        y_mm: baseline,
    };
    out.push(rule(
        zero,
        PointMm {
            x_mm: rect.right_mm(),
            y_mm: baseline,
        },
        spec.colours.grid,
        0.5,
    ));
}

pub(super) fn bars(spec: &ChartSpec, series: &Series, rect: RectMm, out: &mut Vec<Block>) {
    let style = &spec.label_style;
    let rows = series.points.len() as f32;
    let row_h = rect.height_mm / rows;
    let label_w = (rect.width_mm * 0.36).min(40.0);
    let value_w = series
        .points
        .iter()
        .map(|p| text::width_mm(&p.value_label, style))
        .fold(0.0_f32, f32::max)
        + 1.5;
    let bar_x = rect.x_mm + label_w + 2.0;
    let bar_len = (rect.right_mm() - bar_x - value_w).max(1.0);
    let bar_h = (row_h * 0.65).min(5.0);
    for (index, point) in series.points.iter().enumerate() {
        let row_y = rect.y_mm + row_h * index as f32;
        let text_y = row_y + (row_h - style.leading_mm()) / 2.0;
        out.extend(label(
            &point.label,
            style,
            rect.x_mm,
            text_y,
            label_w,
            Align::Left,
        ));
        let len = scale(spec, point.value, bar_len);
        let colour = spec.colours.of(point.role.unwrap_or(series.role));
        if len > 0.0 {
            out.push(fill(
                RectMm::new(bar_x, row_y + (row_h - bar_h) / 2.0, len, bar_h),
                colour,
            ));
        }
        let value_x = bar_x + len + 1.5;
        out.extend(label(
            &point.value_label,
            style,
            value_x,
            text_y,
            rect.right_mm() - value_x,
            Align::Left,
        ));
    }
    let top = PointMm {
        x_mm: bar_x,
        y_mm: rect.y_mm,
    };
    out.push(rule(
        top,
        PointMm {
            x_mm: bar_x,
            y_mm: rect.bottom_mm(),
        },
        spec.colours.grid,
        0.5,
    ));
}

pub(super) fn line(spec: &ChartSpec, series: &Series, rect: RectMm, out: &mut Vec<Block>) {
    let style = &spec.label_style;
    let label_h = style.leading_mm();
    let end_label_w = series
        .points
        .last()
        .map_or(0.0, |p| text::width_mm(&p.value_label, style))
        + 3.0;
    let plot = RectMm::new(
        rect.x_mm,
        rect.y_mm + label_h,
        (rect.width_mm - end_label_w).max(1.0),
        (rect.height_mm - 2.0 * label_h - 1.5).max(1.0),
    );
    let mut last_label_y = f32::MAX;
    for (value, text_label) in &spec.axis.gridlines {
        let y = plot.bottom_mm() - scale(spec, *value, plot.height_mm);
        let label_y = y - label_h - 0.2;
        if last_label_y - label_y < label_h + 0.3 {
            continue;
        }
        last_label_y = label_y;
        out.push(rule(
            PointMm {
                x_mm: plot.x_mm,
                y_mm: y,
            },
            PointMm {
                x_mm: plot.right_mm(),
                y_mm: y,
            },
            spec.colours.grid,
            0.4,
        ));
        out.extend(label(
            text_label,
            style,
            plot.x_mm,
            label_y.max(rect.y_mm),
            30.0_f32.min(plot.width_mm),
            Align::Left,
        ));
    }
    let (x_min, x_max) = series
        .points
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), p| {
            (lo.min(p.x), hi.max(p.x))
        });
    let x_span = (x_max - x_min).max(1e-9);
    let to_point = |p: &DataPoint| PointMm {
        x_mm: plot.x_mm + (((p.x - x_min) / x_span) as f32) * plot.width_mm,
        y_mm: plot.bottom_mm() - scale(spec, p.value, plot.height_mm),
    };
    let points: Vec<PointMm> = series.points.iter().map(to_point).collect();
    let width = spec.line_width_pt;
    let colour = spec.colours.of(series.role);
    out.push(Block::Shape {
        shape: Shape::Path {
            points: points.clone(),
            closed: false,
        },
        paint: Paint {
            fill: None,
            stroke: Some((colour, width)),
        },
    });
    if let (Some(end), Some(last)) = (points.last(), series.points.last()) {
        out.push(Block::Shape {
            shape: Shape::Circle {
                center: *end,
                radius_mm: 1.1,
            },
            paint: Paint {
                fill: Some(colour),
                stroke: Some((spec.colours.background, 0.8)),
            },
        });
        let y = (end.y_mm - label_h / 2.0).clamp(rect.y_mm, rect.bottom_mm() - label_h);
        let value_style = style.with_color(colour::mix(colour, style.color, 0.0));
        out.extend(label(
            &last.value_label,
            &value_style,
            end.x_mm + 2.0,
            y,
            rect.right_mm() - end.x_mm - 2.0,
            Align::Left,
        ));
    }
    let date_y = plot.bottom_mm() + 1.5;
    if let (Some(first), Some(last)) = (series.points.first(), series.points.last()) {
        out.extend(label(
            &first.label,
            style,
            plot.x_mm,
            date_y,
            plot.width_mm / 2.0 - 1.0,
            Align::Left,
        ));
        let half = plot.width_mm / 2.0;
        out.extend(label(
            &last.label,
            style,
            plot.x_mm + half + 1.0,
            date_y,
            half - 1.0,
            Align::Right,
        ));
    }
}

pub(super) fn bullet(spec: &ChartSpec, series: &Series, rect: RectMm, out: &mut Vec<Block>) {
    for band in &spec.bands {
        let x0 = rect.x_mm + scale(spec, band.low, rect.width_mm);
        let x1 = rect.x_mm + scale(spec, band.high, rect.width_mm);
        if x1 - x0 > 0.05 {
            let band_fill = colour::mix(spec.colours.benchmark, spec.colours.background, 0.6);
            out.push(fill(
                RectMm::new(x0, rect.y_mm, x1 - x0, rect.height_mm),
                band_fill,
            ));
        }
    }
    if let Some(point) = series.points.first() {
        let bar_h = rect.height_mm / 3.0;
        let len = scale(spec, point.value, rect.width_mm);
        let colour = spec.colours.of(point.role.unwrap_or(series.role));
        if len > 0.0 {
            out.push(fill(
                RectMm::new(rect.x_mm, rect.y_mm + bar_h, len, bar_h),
                colour,
            ));
        }
    }
    for marker in spec.bands.iter().filter_map(|band| band.marker) {
        let x = rect.x_mm + scale(spec, marker, rect.width_mm);
        let colour = spec.colours.benchmark;
        out.push(fill(
            RectMm::new(x - 0.35, rect.y_mm, 0.7, rect.height_mm),
            colour,
        ));
    }
    let zero = PointMm {
        x_mm: rect.x_mm,
        y_mm: rect.y_mm,
    };
    out.push(rule(
        zero,
        PointMm {
            x_mm: rect.x_mm,
            y_mm: rect.bottom_mm(),
        },
        spec.colours.grid,
        0.5,
    ));
}

pub(super) fn stacked(spec: &ChartSpec, series: &Series, rect: RectMm, out: &mut Vec<Block>) {
    let style = &spec.label_style;
    let total: f64 = series
        .points
        .iter()
        .map(|p| p.value.max(0.0))
        .sum::<f64>()
        .max(1e-9);
    let bar_h = (rect.height_mm - style.leading_mm() - 1.5).clamp(2.0, 7.0);
    let mut x = rect.x_mm;
    let mut label_x = rect.x_mm;
    for point in &series.points {
        let w = (point.value.max(0.0) / total) as f32 * rect.width_mm;
        let colour = spec.colours.of(point.role.unwrap_or(series.role));
        if w > 0.0 {
            out.push(fill(
                RectMm::new(x, rect.y_mm, (w - 0.3).max(0.1), bar_h),
                colour,
            ));
        }
        let text_in = format!("{} {}", point.label, point.value_label);
        let start = x.max(label_x);
        let text_w = text::width_mm(&text_in, style);
        let available = rect.right_mm() - start;
        if available > 4.0 {
            out.extend(label(
                &text_in,
                style,
                start,
                rect.y_mm + bar_h + 1.5,
                text_w.min(available),
                Align::Left,
            ));
        }
        label_x = start + text_w.min(available) + 3.0;
        x += w;
    }
}
