//! The editor's charts as data: the editor's [`ChartLook`] (the kit's accent tuned
//! for the editor's background), handed to `kit::chart_build`, the one builder the
//! kit's pages use too — the editor builds no chart of its own.

use crate::kit::chart::ChartColours;
use crate::kit::chart_build::{AxisStyle, ChartLook};
use crate::kit::theme;
use crate::model::{Project, Rgb, Theme};

/// The look of the editor's charts: the kit's accent tuned for a dark or light editor
/// background, 2 pt lines, value axes with about four round, labelled gridlines (the
/// labels carry the unit: "4%", "20K").
pub fn editor_look(project: &Project, palette: &[Rgb], dark: bool) -> ChartLook {
    let theme = if dark {
        Theme::BoldDark
    } else {
        Theme::CleanLight
    };
    let tokens = theme::tokens(theme, project.kit.accent, palette);
    let colours = ChartColours {
        accent: tokens.colours.accent_fill,
        accent_light: tokens.colours.accent_ink,
        benchmark: tokens.colours.chart_grey,
        grid: tokens.colours.hairline,
        background: tokens.colours.background,
    };
    ChartLook::new(colours, tokens.scale.caption).with_axis(AxisStyle::Nice { target_lines: 4.0 })
}
