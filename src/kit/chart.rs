//! Charts as data (`ChartSpec`: kind, series, axis, benchmark bands, colours by role),
//! which the editor can draw with egui_plot, and [`chart_shapes`], which turns a spec
//! into vector shapes and direct labels inside a rectangle for the kit's pages.

use super::chart_draw as draw;
use super::page::{Block, RectMm};
use super::text::TextStyle;
use crate::model::Rgb;

/// What kind of chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Vertical columns in category order (age buckets).
    Columns,
    /// Horizontal bars, sorted (countries).
    Bars,
    /// A line over time (follower growth).
    Line,
    /// A bullet graph: the creator's bar against a benchmark band and median marker.
    Bullet,
    /// One 100 % bar split into labelled segments (gender).
    Stacked100,
}

/// Which colour a mark takes, by meaning rather than by hue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColourRole {
    /// The creator's own figure.
    Accent,
    /// A second share of the creator's own (a lighter accent).
    AccentLight,
    /// Benchmarks and "other": grey.
    Benchmark,
}

/// One value of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPoint {
    /// Position on the x axis (index for bars and columns, days for lines).
    pub x: f64,
    /// The value.
    pub value: f64,
    /// The category or date label.
    pub label: String,
    /// The value as printed (from `crate::format`).
    pub value_label: String,
    /// Colour of this mark, overriding the series'.
    pub role: Option<ColourRole>,
}

/// A named series of values.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Its name (for the editor's legend; the kit labels directly).
    pub name: String,
    /// The values in order.
    pub points: Vec<DataPoint>,
    /// Its colour.
    pub role: ColourRole,
}

/// A benchmark band on the value axis, with an optional median marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
    /// The benchmark's central figure, drawn as a 1 pt marker.
    pub marker: Option<f64>,
    /// What the band is, e.g. "Micro-tier median, HypeAuditor 2018".
    pub label: String,
}

/// The value axis: its range and labelled gridlines.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The value at the axis start (0 for bars, columns and bullets).
    pub min: f64,
    /// The value at the axis end.
    pub max: f64,
    /// Gridlines: value and label.
    pub gridlines: Vec<(f64, String)>,
}

/// Colours by role.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartColours {
    /// The creator's marks.
    pub accent: Rgb,
    /// A second share of the creator's own.
    pub accent_light: Rgb,
    /// Benchmarks and "other".
    pub benchmark: Rgb,
    /// Gridlines and baselines.
    pub grid: Rgb,
    /// The paper behind the chart (for end dots).
    pub background: Rgb,
}

impl ChartColours {
    /// The colour of a role.
    pub fn of(&self, role: ColourRole) -> Rgb {
        match role {
            ColourRole::Accent => self.accent,
            ColourRole::AccentLight => self.accent_light,
            ColourRole::Benchmark => self.benchmark,
        }
    }
}

/// A chart, described once for the PDF and the editor.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// The kind.
    pub kind: ChartKind,
    /// The data (the kit uses one series; more become small multiples).
    pub series: Vec<Series>,
    /// The value axis.
    pub axis: Axis,
    /// Benchmark bands.
    pub bands: Vec<Band>,
    /// Colours by role.
    pub colours: ChartColours,
    /// Category, axis and data labels.
    pub label_style: TextStyle,
    /// Data line width in points (lines and markers).
    pub line_width_pt: f32,
}

/// Turns a chart into shapes and direct labels inside `rect` (nothing outside it).
pub fn chart_shapes(spec: &ChartSpec, rect: RectMm) -> Vec<Block> {
    let Some(series) = spec.series.first() else {
        return Vec::new();
    };
    if series.points.is_empty() || rect.width_mm <= 0.0 || rect.height_mm <= 0.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    match spec.kind {
        ChartKind::Columns => draw::columns(spec, series, rect, &mut out),
        ChartKind::Bars => draw::bars(spec, series, rect, &mut out),
        ChartKind::Line => draw::line(spec, series, rect, &mut out),
        ChartKind::Bullet => draw::bullet(spec, series, rect, &mut out),
        ChartKind::Stacked100 => draw::stacked(spec, series, rect, &mut out),
    }
    out
}
