//! The editor's charts (`ui::charts`, `ui::chart_specs`): the demo's specs in the
//! editor's look, date gridlines that keep about five labels, and axis labels.

use egui_plot::GridInput;
use pitchkit::kit::chart_build;
use pitchkit::model::EngagementMethod;
use pitchkit::ui::charts::{category, date_label, date_marks, editor_look};

#[test]
fn demo_specs() {
    let project = pitchkit::sample::demo_project().unwrap();
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

#[test]
fn date_marks_keep_about_five_labels() {
    for span in [3.0, 40.0, 90.0, 180.0, 400.0, 5000.0] {
        let marks = date_marks(GridInput {
            bounds: (2_461_000.0, 2_461_000.0 + span),
            base_step_size: 1.0,
        });
        assert!((1..=6).contains(&marks.len()), "{span}: {}", marks.len());
        assert!(marks.iter().all(|m| m.value.fract() == 0.0));
    }
}

#[test]
fn labels() {
    let labels = vec!["a".to_owned(), "b".to_owned()];
    assert_eq!(category(&labels, 1.0, 2), "b");
    assert_eq!(category(&labels, 0.5, 2), "");
    assert_eq!(category(&labels, 2.0, 2), "");
    let d = crate::dates::date(2026, 3, 12);
    assert_eq!(date_label(f64::from(d.to_julian_day())), "12 Mar 2026");
}
