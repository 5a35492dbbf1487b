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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::chart_build;
    use crate::model::EngagementMethod;

    #[test]
    fn demo_specs() {
        let project = crate::sample::demo_project().unwrap();
        let look = editor_look(&project, &[], true);
        let followers = chart_build::followers(&look, &project).unwrap();
        assert_eq!(followers.series[0].points.len(), project.platforms.len());
        assert!(
            followers.axis.max
                >= project
                    .platforms
                    .iter()
                    .map(|p| p.followers as f64)
                    .fold(0.0, f64::max)
        );
        let per_post = chart_build::engagement_per_post(
            &look,
            &project.platforms[0],
            EngagementMethod::FollowersLikesComments,
        )
        .unwrap();
        assert!(
            per_post.series[0]
                .points
                .windows(2)
                .all(|w| w[0].x <= w[1].x)
        );
        let sponsored = project.platforms[0]
            .posts
            .iter()
            .filter(|p| p.sponsored)
            .count();
        assert_eq!(
            per_post.series.get(1).map_or(0, |s| s.points.len()),
            sponsored
        );
    }
}
