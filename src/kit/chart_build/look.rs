//! How the caller wants its charts to look ([`ChartLook`]: colours, label style, line
//! width, [`AxisStyle`]) and the value axes that follow from it, round gridlines
//! included.

use crate::kit::chart::{Axis, ChartColours, ChartKind, ChartSpec, Series};
use crate::kit::lang::Language;
use crate::kit::text::TextStyle;

/// How the value axis is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AxisStyle {
    /// From zero to the largest value times `headroom` (1.15 leaves 15 % above the top
    /// mark); no gridlines (the editor's plot draws its own).
    FromZero {
        /// Factor above the largest value (1.0: the largest mark fills the axis).
        headroom: f64,
    },
    /// A round range around the data with about `target_lines` labelled gridlines,
    /// stepped 1, 2, 2.5 or 5 × 10^k (bars and columns still start at zero).
    Nice {
        /// About how many intervals between gridlines.
        target_lines: f64,
    },
}

/// What the caller wants its charts to look like: colours by role, the label style,
/// the data line width and the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartLook {
    /// Colours by role.
    pub colours: ChartColours,
    /// Category, axis and data labels.
    pub label_style: TextStyle,
    /// Data line width in points.
    pub line_width_pt: f32,
    /// How the value axis is set.
    pub axis: AxisStyle,
    /// The language of labels, numbers and dates (English for the editor's charts).
    pub language: Language,
}

impl ChartLook {
    /// A look with 2 pt lines and an axis from zero with 15 % headroom.
    pub fn new(colours: ChartColours, label_style: TextStyle) -> Self {
        Self {
            colours,
            label_style,
            line_width_pt: 2.0,
            axis: AxisStyle::FromZero { headroom: 1.15 },
            language: Language::En,
        }
    }

    /// The same look with labels, numbers and dates in `language`.
    pub fn with_language(self, language: Language) -> Self {
        Self { language, ..self }
    }

    /// The same look with another axis style.
    pub fn with_axis(self, axis: AxisStyle) -> Self {
        Self { axis, ..self }
    }

    /// The same look with another data line width.
    pub fn with_line_width_pt(self, line_width_pt: f32) -> Self {
        Self {
            line_width_pt,
            ..self
        }
    }

    /// A spec of `kind` in this look, with no bands.
    pub(super) fn spec(&self, kind: ChartKind, series: Vec<Series>, axis: Axis) -> ChartSpec {
        ChartSpec {
            kind,
            series,
            axis,
            bands: Vec::new(),
            colours: self.colours,
            label_style: self.label_style,
            line_width_pt: self.line_width_pt,
        }
    }

    /// The axis for values from `low` to `high` (`low` is 0 for bars and columns).
    pub fn axis(&self, low: f64, high: f64, label: fn(Language, f64) -> String) -> Axis {
        match self.axis {
            AxisStyle::FromZero { headroom } => Axis {
                min: 0.0,
                max: high.max(1e-9) * headroom,
                gridlines: Vec::new(),
            },
            AxisStyle::Nice { target_lines } => {
                nice_axis(low, high, target_lines, |v| label(self.language, v))
            }
        }
    }
}

/// A gridline label for counts: "25,000".
pub fn count_label(language: Language, value: f64) -> String {
    language.count(value.max(0.0) as u64)
}

/// A gridline label for audience shares.
pub(super) fn share_label(language: Language, value: f64) -> String {
    language.share(value)
}

/// A gridline label for rates.
pub(super) fn percent_label(language: Language, value: f64) -> String {
    language.percent(value)
}

/// Gridline step: 1, 2, 2.5 or 5 × 10^k giving about `target_lines` intervals.
pub fn nice_axis(min: f64, max: f64, target_lines: f64, label: impl Fn(f64) -> String) -> Axis {
    let span = (max - min).max(1.0);
    let raw = span / target_lines.max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    let bounds = |step: f64| {
        let low = (min / step).floor() * step;
        (low, ((max / step).ceil() * step).max(low + step))
    };
    let step = [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| {
            let (low, high) = bounds(s);
            (high - low) / s <= target_lines + 0.01
        })
        .unwrap_or(magnitude * 100.0);
    let (low, high) = bounds(step);
    let mut gridlines = Vec::new();
    let mut value = low;
    while value <= high + step * 0.01 {
        gridlines.push((value, label(value)));
        value += step;
    }
    Axis {
        min: low,
        max: high,
        gridlines,
    }
}
