//! The editor's charts: built by `kit::chart_build` (the same builder, and so the
//! same `ChartSpec`, as the kit's pages) in the editor's look, drawn with egui_plot.

use crate::format;
use crate::kit::chart::{ChartKind, ChartSpec, ColourRole, Series};
use crate::model::Rgb;
use egui::{Color32, Ui};
use egui_plot::{
    Bar, BarChart, Corner, GridInput, GridMark, Legend, Line, MarkerShape, Plot, PlotPoints,
    Points, Span, VLine,
};

pub use super::chart_specs::editor_look;
pub use crate::kit::chart_build::{
    ChartLook, ages, countries, engagement_per_post, followers, genders, growth, versus_benchmark,
};

fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0[0], c.0[1], c.0[2])
}

fn role_colour(spec: &ChartSpec, role: ColourRole) -> Color32 {
    rgb(match role {
        ColourRole::Accent => spec.colours.accent,
        ColourRole::AccentLight => spec.colours.accent_light,
        ColourRole::Benchmark => spec.colours.benchmark,
    })
}

/// Which axis of the plot carries the values.
#[derive(Clone, Copy)]
enum ValueAxis {
    X,
    Y,
}

/// The spec's own gridlines and labels ("4%", "20K") on the value axis, so the editor
/// shows the units the kit prints; egui_plot's defaults when the spec has none.
fn with_value_grid<'a>(plot: Plot<'a>, spec: &ChartSpec, axis: ValueAxis) -> Plot<'a> {
    if spec.axis.gridlines.len() < 2 {
        return plot;
    }
    let grid = spec.axis.gridlines.clone();
    let step = (grid[1].0 - grid[0].0).abs().max(f64::EPSILON);
    let marks: Vec<GridMark> = grid
        .iter()
        .map(|(value, _)| GridMark {
            value: *value,
            step_size: step,
        })
        .collect();
    let label = move |mark: GridMark, _: &std::ops::RangeInclusive<f64>| {
        grid.iter()
            .find(|(value, _)| (value - mark.value).abs() <= step * 1e-6)
            .map(|(_, label)| label.clone())
            .unwrap_or_default()
    };
    let (low, high) = (spec.axis.min, spec.axis.max);
    match axis {
        ValueAxis::X => plot
            .include_x(low)
            .include_x(high)
            .x_grid_spacer(move |_| marks.clone())
            .x_axis_formatter(label),
        ValueAxis::Y => plot
            .include_y(low)
            .include_y(high)
            .y_grid_spacer(move |_| marks.clone())
            .y_axis_formatter(label),
    }
}

/// Draws `spec` with egui_plot, `height` points tall, under a small title.
pub fn chart_ui(ui: &mut Ui, id: &str, title: &str, spec: &ChartSpec, height: f32) {
    ui.label(egui::RichText::new(title).strong());
    let Some(first) = spec.series.first() else {
        return;
    };
    let plot = Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true]);
    match spec.kind {
        ChartKind::Columns => columns_ui(ui, plot, spec, first),
        ChartKind::Bars => bars_ui(ui, plot, spec, first),
        ChartKind::Line => line_ui(ui, plot, spec),
        ChartKind::Bullet => {
            bullet_ui(ui, plot, spec, first);
            bullet_caption_ui(ui, spec, first);
        }
        ChartKind::Stacked100 => stacked_ui(ui, plot, spec, first),
    }
}

/// The category labels of a series' points, in order.
fn point_labels(series: &Series) -> Vec<String> {
    series.points.iter().map(|p| p.label.clone()).collect()
}

/// One bar per point, at `x` (categories), `width` wide, named "label value".
fn category_bars(spec: &ChartSpec, series: &Series, sign: f64, width: f64) -> Vec<Bar> {
    series
        .points
        .iter()
        .map(|p| {
            Bar::new(sign * p.x, p.value)
                .name(format!("{} {}", p.label, p.value_label))
                .fill(role_colour(spec, p.role.unwrap_or(series.role)))
                .width(width)
        })
        .collect()
}

/// Vertical columns, one per category.
fn columns_ui(ui: &mut Ui, plot: Plot<'_>, spec: &ChartSpec, first: &Series) {
    let labels = point_labels(first);
    let count = labels.len();
    let bars = category_bars(spec, first, 1.0, 0.65);
    with_value_grid(plot, spec, ValueAxis::Y)
        .include_y(spec.axis.max)
        .x_axis_formatter(move |mark, _| category(&labels, mark.value, count))
        .show(ui, |plot_ui| {
            plot_ui.add(BarChart::new(first.name.clone(), bars))
        });
}

/// Horizontal bars, one per category, the first at the top.
fn bars_ui(ui: &mut Ui, plot: Plot<'_>, spec: &ChartSpec, first: &Series) {
    let labels = point_labels(first);
    let count = labels.len();
    let bars = category_bars(spec, first, -1.0, 0.6);
    with_value_grid(plot, spec, ValueAxis::X)
        .include_x(spec.axis.max)
        .show_grid([true, false])
        .y_axis_formatter(move |mark, _| category(&labels, -mark.value, count))
        .show(ui, |plot_ui| {
            plot_ui.add(BarChart::new(first.name.clone(), bars).horizontal())
        });
}

/// Lines over time: the first series as a line with dots, the others as diamonds.
fn line_ui(ui: &mut Ui, plot: Plot<'_>, spec: &ChartSpec) {
    let with_legend = spec.series.len() > 1;
    // Bottom left: the values start higher, so the legend covers no point.
    let plot = if with_legend {
        plot.legend(Legend::default().position(Corner::LeftBottom))
    } else {
        plot
    };
    with_value_grid(plot, spec, ValueAxis::Y)
        .include_y(spec.axis.min)
        .include_y(spec.axis.max)
        .x_grid_spacer(date_marks)
        .x_axis_formatter(|mark, _| date_label(mark.value))
        .show(ui, |plot_ui| {
            for (index, series) in spec.series.iter().enumerate() {
                let xy: Vec<[f64; 2]> = series.points.iter().map(|p| [p.x, p.value]).collect();
                let colour = role_colour(spec, series.role);
                if index == 0 {
                    plot_ui.line(
                        Line::new(series.name.clone(), PlotPoints::from(xy.clone()))
                            .color(colour)
                            .width(spec.line_width_pt),
                    );
                    plot_ui.add(
                        Points::new(series.name.clone(), PlotPoints::from(xy))
                            .color(colour)
                            .radius(2.5),
                    );
                } else {
                    plot_ui.add(
                        Points::new(series.name.clone(), PlotPoints::from(xy))
                            .color(colour)
                            .shape(MarkerShape::Diamond)
                            .filled(true)
                            .radius(5.0),
                    );
                }
            }
        });
}

/// My rate as one bar over the benchmark's shaded range and marker line.
fn bullet_ui(ui: &mut Ui, plot: Plot<'_>, spec: &ChartSpec, first: &Series) {
    plot.include_x(0.0)
        .include_x(spec.axis.max)
        .include_y(-0.6)
        .include_y(0.6)
        .show_grid([true, false])
        .show_y(false)
        .y_axis_formatter(|_, _| String::new())
        // Engagement rates: the value axis reads in percent.
        .x_axis_formatter(|mark, _| format!("{}%", mark.value))
        .show(ui, |plot_ui| {
            for band in &spec.bands {
                if band.high > band.low {
                    plot_ui.add(
                        Span::new(
                            format!("Benchmark range: {}", band.label),
                            band.low..=band.high,
                        )
                        .fill(rgb(spec.colours.benchmark).gamma_multiply(0.3))
                        .border_width(0.0),
                    );
                }
                if let Some(marker) = band.marker {
                    plot_ui.add(
                        VLine::new(format!("Benchmark {}", format::percent(marker)), marker)
                            .color(rgb(spec.colours.benchmark))
                            .width(3.0),
                    );
                }
            }
            let bars: Vec<Bar> = first
                .points
                .iter()
                .map(|p| {
                    Bar::new(0.0, p.value)
                        .name(format!("Me {}", p.value_label))
                        .width(0.36)
                        .fill(role_colour(spec, p.role.unwrap_or(first.role)))
                })
                .collect();
            plot_ui.add(
                BarChart::new("Me", bars)
                    .horizontal()
                    .color(role_colour(spec, first.role)),
            );
        });
}

/// The bullet chart's key in words, under it: my value, the benchmark and its range.
fn bullet_caption_ui(ui: &mut Ui, spec: &ChartSpec, first: &Series) {
    let (Some(point), Some(band)) = (first.points.first(), spec.bands.first()) else {
        return;
    };
    let range = if band.high > band.low {
        format!(
            ", shaded: {}–{}",
            format::percent(band.low),
            format::percent(band.high)
        )
    } else {
        String::new()
    };
    let marker = band.marker.map(format::percent).unwrap_or_default();
    ui.label(
        egui::RichText::new(format!(
            "Bar: me {} · line: benchmark {marker}{range} ({})",
            point.value_label, band.label
        ))
        .small()
        .weak(),
    );
}

/// Shares of 100 % as one horizontal bar of stacked segments, with a legend.
fn stacked_ui(ui: &mut Ui, plot: Plot<'_>, spec: &ChartSpec, first: &Series) {
    plot.include_x(0.0)
        .include_x(100.0)
        .show_y(false)
        .y_axis_formatter(|_, _| String::new())
        .legend(Legend::default())
        .show(ui, |plot_ui| {
            let mut charts: Vec<BarChart> = Vec::new();
            for p in &first.points {
                let colour = role_colour(spec, p.role.unwrap_or(first.role));
                let bar = Bar::new(0.0, p.value).width(0.5).fill(colour);
                let chart = BarChart::new(format!("{} {}", p.label, p.value_label), vec![bar])
                    .horizontal()
                    .color(colour);
                let refs: Vec<&BarChart> = charts.iter().collect();
                let chart = chart.stack_on(&refs);
                charts.push(chart);
            }
            for chart in charts {
                plot_ui.add(chart);
            }
        });
}

/// The label of category `value` (an index) when it falls on one.
pub fn category(labels: &[String], value: f64, count: usize) -> String {
    let index = value.round();
    if (value - index).abs() > 0.01 || index < 0.0 || index as usize >= count {
        return String::new();
    }
    labels.get(index as usize).cloned().unwrap_or_default()
}

/// Gridlines on a time axis (x in days): every 1, 7, 14, 30, 61, 91, 182 or 365 days,
/// the smallest step that keeps about five labels, so dates never run together.
pub fn date_marks(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    if !(min.is_finite() && max.is_finite()) || max <= min {
        return Vec::new();
    }
    let span = max - min;
    let step = [1.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0]
        .into_iter()
        .find(|step| span / step <= 5.0)
        .unwrap_or((span / 5.0).ceil());
    let first = (min / step).ceil() * step;
    (0..)
        .map(|i| first + f64::from(i) * step)
        .take_while(|&value| value <= max)
        .take(64)
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A julian day number as "12 Mar 2026".
pub fn date_label(value: f64) -> String {
    if !value.is_finite() || value.fract().abs() > 0.01 {
        return String::new();
    }
    i32::try_from(value.round() as i64)
        .ok()
        .and_then(|day| time::Date::from_julian_day(day).ok())
        .map(format::date)
        .unwrap_or_default()
}
