//! One chart builder for the kit and the editor: the editor's charts are the specs
//! `kit::chart_build` makes, the kit's growth lines on the laid-out pages draw the
//! builder's data, and the builders behave on edge data (no posts, one snapshot,
//! shares that do not add up to 100 %).
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::{BenchmarkMatch, Benchmarks, Comparison, PlatformReport, report};
use pitchkit::kit::chart::{ChartKind, ChartSpec, ColourRole, DataPoint};
use pitchkit::kit::chart_build::{self, AxisStyle, ChartLook, day_x};
use pitchkit::kit::page::{Block, Shape};
use pitchkit::kit::{LayoutContext, layout};
use pitchkit::model::{
    EngagementMethod, FollowerSnapshot, Percent, Platform, PlatformKind, Post, PostKind, Project,
    Share,
};
use pitchkit::ui::charts;

fn demo() -> Project {
    pitchkit::sample::demo_project().unwrap()
}

fn look() -> ChartLook {
    charts::editor_look(&demo(), &[], false)
}

fn points(spec: &ChartSpec) -> &[DataPoint] {
    &spec.series[0].points
}

fn labels(spec: &ChartSpec) -> Vec<&str> {
    points(spec).iter().map(|p| p.label.as_str()).collect()
}

fn share(label: &str, hundredths: u32) -> Share {
    Share::new(label, Percent(hundredths))
}

fn platform_of(project: &Project, kind: PlatformKind) -> &Platform {
    project.platforms.iter().find(|p| p.kind == kind).unwrap()
}

#[test]
fn the_editor_draws_the_specs_the_kit_builder_makes() {
    let project = demo();
    let look = look();
    let instagram = platform_of(&project, PlatformKind::Instagram);
    let from_ui = charts::growth(&look, instagram).unwrap();
    let from_kit = chart_build::growth(&look, instagram).unwrap();
    assert_eq!(from_ui, from_kit);
    // Snapshots before the current count, then the count itself; dated by julian
    // day, as the editor's axis reads.
    let as_of = instagram.followers_provenance.as_of;
    let before = instagram
        .snapshots
        .iter()
        .filter(|s| s.date < as_of)
        .count();
    assert!(before >= 2);
    assert_eq!(points(&from_kit).len(), before + 1);
    let last = points(&from_kit).last().unwrap();
    assert_eq!(last.value, instagram.followers as f64);
    assert_eq!(last.x, day_x(as_of));

    let method = project.kit.engagement_method;
    assert_eq!(
        charts::engagement_per_post(&look, instagram, method),
        chart_build::engagement_per_post(&look, instagram, method)
    );
    assert_eq!(
        charts::followers(&look, &project),
        chart_build::followers(&look, &project)
    );
    let audience = &project.audiences[0];
    assert_eq!(
        charts::ages(&look, &audience.ages),
        chart_build::ages(&look, &audience.ages)
    );
    assert_eq!(
        charts::genders(&look, &audience.genders),
        chart_build::genders(&look, &audience.genders)
    );
    assert_eq!(
        charts::countries(&look, &audience.countries),
        chart_build::countries(&look, &audience.countries)
    );
}

/// Every open path of more than two points on the pages (the data lines).
fn data_lines(project: &Project) -> Vec<Vec<(f32, f32)>> {
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    let laid_out = layout(project, &project.kit, &ctx).unwrap();
    laid_out
        .pages
        .iter()
        .flat_map(|page| &page.blocks)
        .filter_map(|block| match block {
            Block::Shape {
                shape:
                    Shape::Path {
                        points,
                        closed: false,
                    },
                ..
            } if points.len() > 2 => Some(points.iter().map(|p| (p.x_mm, p.y_mm)).collect()),
            _ => None,
        })
        .collect()
}

fn normalised(values: impl Iterator<Item = f64> + Clone) -> Vec<f64> {
    let low = values.clone().fold(f64::MAX, f64::min);
    let high = values.clone().fold(f64::MIN, f64::max);
    values.map(|v| (v - low) / (high - low).max(1e-9)).collect()
}

#[test]
fn the_kits_growth_lines_draw_the_builders_points() {
    let project = demo();
    let lines = data_lines(&project);
    let kit_look = look().with_axis(AxisStyle::Nice { target_lines: 4.0 });
    for platform in &project.platforms {
        let spec = chart_build::growth(&kit_look, platform).unwrap();
        let want_x = normalised(points(&spec).iter().map(|p| p.x));
        let want_y = normalised(points(&spec).iter().map(|p| p.value));
        let found = lines.iter().any(|line| {
            let got_x = normalised(line.iter().map(|p| f64::from(p.0)));
            // Page y grows downwards: the highest value is the smallest y.
            let got_y = normalised(line.iter().map(|p| -f64::from(p.1)));
            got_x.len() == want_x.len()
                && got_x.iter().zip(&want_x).all(|(a, b)| (a - b).abs() < 1e-3)
                && got_y.iter().zip(&want_y).all(|(a, b)| (a - b).abs() < 1e-3)
        });
        assert!(
            found,
            "no line on the kit's pages draws the builder's {} growth",
            platform.kind.label()
        );
    }
}

#[test]
fn a_round_axis_covers_the_line_with_labelled_gridlines() {
    let project = demo();
    let platform = platform_of(&project, PlatformKind::Tiktok);
    let spec = chart_build::growth(
        &look().with_axis(AxisStyle::Nice { target_lines: 4.0 }),
        platform,
    )
    .unwrap();
    let values: Vec<f64> = points(&spec).iter().map(|p| p.value).collect();
    assert!(
        values
            .iter()
            .all(|v| *v >= spec.axis.min && *v <= spec.axis.max)
    );
    assert!((3..=6).contains(&spec.axis.gridlines.len()));
    assert!(spec.axis.min > 0.0, "a growth line need not start at zero");
}

fn platform_with(snapshots: &[(time::Date, u64)]) -> Platform {
    let mut platform = Platform::new(PlatformKind::Instagram, 5_000, date(2026, 11, 15));
    platform.snapshots = snapshots
        .iter()
        .map(|&(date, followers)| FollowerSnapshot { date, followers })
        .collect();
    platform
}

#[test]
fn growth_needs_a_snapshot_before_todays_count() {
    assert_eq!(chart_build::growth(&look(), &platform_with(&[])), None);
    // A snapshot on the day of the current count is the same day: still one point.
    let same_day = platform_with(&[(date(2026, 11, 15), 4_000)]);
    assert_eq!(chart_build::growth(&look(), &same_day), None);

    let one = platform_with(&[(date(2026, 10, 15), 4_500)]);
    let spec = chart_build::growth(&look(), &one).unwrap();
    assert_eq!(spec.kind, ChartKind::Line);
    let values: Vec<f64> = points(&spec).iter().map(|p| p.value).collect();
    assert_eq!(values, vec![4_500.0, 5_000.0]);
    assert_eq!(points(&spec)[1].x - points(&spec)[0].x, 31.0);
    // Round gridlines around the data, labelled with their unit.
    assert!(
        spec.axis.min <= 4_500.0 && spec.axis.max >= 5_000.0,
        "{:?}",
        spec.axis
    );
    assert!(spec.axis.gridlines.len() >= 2, "{:?}", spec.axis);
    assert!(
        spec.axis
            .gridlines
            .iter()
            .all(|(_, label)| !label.is_empty()),
        "{:?}",
        spec.axis
    );
}

#[test]
fn growth_sorts_keeps_one_count_a_day_and_drops_later_snapshots() {
    let platform = platform_with(&[
        (date(2026, 9, 1), 4_000),
        (date(2026, 12, 1), 9_999),
        (date(2026, 8, 1), 3_000),
        (date(2026, 9, 1), 4_100),
    ]);
    let spec = chart_build::growth(&look(), &platform).unwrap();
    assert_eq!(labels(&spec).len(), 3);
    let values: Vec<f64> = points(&spec).iter().map(|p| p.value).collect();
    assert_eq!(values, vec![3_000.0, 4_000.0, 5_000.0]);
}

#[test]
fn engagement_per_post_needs_posts_and_marks_the_sponsored_ones() {
    let mut platform = platform_with(&[]);
    let method = EngagementMethod::FollowersLikesComments;
    assert_eq!(
        chart_build::engagement_per_post(&look(), &platform, method),
        None
    );
    // A post without the figures the formula needs draws nothing either.
    platform
        .posts
        .push(Post::new(date(2026, 11, 1), PostKind::Photo));
    assert_eq!(
        chart_build::engagement_per_post(&look(), &platform, method),
        None
    );
    let mut organic = Post::new(date(2026, 11, 3), PostKind::Photo);
    organic.likes = Some(100);
    organic.comments = Some(10);
    let mut sponsored = Post::new(date(2026, 11, 2), PostKind::Photo);
    sponsored.likes = Some(200);
    sponsored.comments = Some(50);
    sponsored.sponsored = true;
    sponsored.title = "Summer \"drop\"".into();
    platform.posts.extend([organic, sponsored]);
    let spec = chart_build::engagement_per_post(&look(), &platform, method).unwrap();
    assert_eq!(spec.series.len(), 2);
    let all = &spec.series[0];
    assert_eq!(all.points.len(), 2);
    assert!(all.points[0].x < all.points[1].x, "oldest first");
    assert!((all.points[0].value - 5.0).abs() < 1e-9, "250 of 5,000");
    assert_eq!(all.points[0].label, "Summer “drop”");
    assert_eq!(
        all.points[1].label,
        pitchkit::format::date(date(2026, 11, 3))
    );
    let marked = &spec.series[1];
    assert_eq!(marked.role, ColourRole::Benchmark);
    assert_eq!(marked.points, vec![all.points[0].clone()]);
}

#[test]
fn followers_per_platform_in_project_order() {
    let mut project = demo();
    let spec = chart_build::followers(&look(), &project).unwrap();
    assert_eq!(spec.kind, ChartKind::Bars);
    let kinds: Vec<&str> = project.platforms.iter().map(|p| p.kind.label()).collect();
    assert_eq!(labels(&spec), kinds);
    project.platforms.clear();
    assert_eq!(chart_build::followers(&look(), &project), None);
}

#[test]
fn shares_that_leave_part_of_100_percent() {
    let look = look();
    assert_eq!(chart_build::genders(&look, &[]), None);
    assert_eq!(chart_build::countries(&look, &[]), None);
    assert_eq!(chart_build::ages(&look, &[]), None);

    // 60 % + 30 %: the bar shows the missing tenth as "Not stated", in grey.
    let genders = chart_build::genders(&look, &[share("Men", 3000), share("Women", 6000)]).unwrap();
    assert_eq!(genders.kind, ChartKind::Stacked100);
    assert_eq!(labels(&genders), ["Women", "Men", "Not stated"]);
    let last = points(&genders).last().unwrap();
    assert!((last.value - 10.0).abs() < 1e-9);
    assert_eq!(last.role, Some(ColourRole::Benchmark));
    assert_eq!(points(&genders)[0].role, Some(ColourRole::Accent));
    assert_eq!(genders.axis.max, 100.0);

    // More than three genders: the rest are summed as "Other"; nothing unstated.
    let four = [
        share("A", 5000),
        share("B", 3000),
        share("C", 1500),
        share("D", 500),
    ];
    let spec = chart_build::genders(&look, &four).unwrap();
    assert_eq!(labels(&spec), ["A", "B", "C", "Other"]);
    assert!((points(&spec)[3].value - 5.0).abs() < 1e-9);

    // Countries adding up to 70 %: five named, then "Other" 100 − shown.
    let countries = chart_build::countries(
        &look,
        &[
            share("Ireland", 500),
            share("United Kingdom", 4000),
            share("France", 1000),
            share("Spain", 500),
            share("Italy", 500),
            share("Japan", 300),
            share("Peru", 200),
        ],
    )
    .unwrap();
    assert_eq!(
        labels(&countries),
        [
            "United Kingdom",
            "France",
            "Ireland",
            "Spain",
            "Italy",
            "Other"
        ]
    );
    assert!((points(&countries)[5].value - 35.0).abs() < 1e-9);
    assert_eq!(points(&countries)[5].role, Some(ColourRole::Benchmark));

    // Ages keep their order and do not invent a remainder.
    let ages = chart_build::ages(&look, &[share("18–24", 2000), share("25–34", 3000)]).unwrap();
    assert_eq!(labels(&ages), ["18–24", "25–34"]);
    assert!(ages.axis.max >= 30.0);
}

#[test]
fn a_share_of_100_percent_leaves_no_remainder() {
    let countries =
        chart_build::countries(&look(), &[share("Ghana", 6000), share("Kenya", 4000)]).unwrap();
    assert_eq!(labels(&countries), ["Ghana", "Kenya"]);
    let genders = chart_build::genders(&look(), &[share("Women", 10000)]).unwrap();
    assert_eq!(labels(&genders), ["Women"]);
}

fn compared(report: &PlatformReport) -> Option<&Comparison> {
    report.comparisons.iter().find_map(|e| match &e.result {
        BenchmarkMatch::Compared(c) => Some(c.as_ref()),
        BenchmarkMatch::NoComparableBenchmark { .. } => None,
    })
}

#[test]
fn the_bullet_shows_the_benchmark_band_and_marker() {
    let project = demo();
    let benchmarks = Benchmarks::embedded().unwrap();
    let report = report(&project, &benchmarks);
    let (platform, comparison) = report
        .platforms
        .iter()
        .find_map(|p| compared(p).map(|c| (p, c)))
        .unwrap();
    let mut comparison = comparison.clone();
    comparison.benchmark.value_min = Some(1.0);
    comparison.benchmark.value_max = Some(3.0);
    let spec = chart_build::versus_benchmark(&look(), platform, &comparison).unwrap();
    assert_eq!(spec.kind, ChartKind::Bullet);
    let band = &spec.bands[0];
    assert_eq!((band.low, band.high), (1.0, 3.0));
    assert_eq!(band.marker, Some(comparison.benchmark_percent()));
    let furthest = comparison
        .creator
        .percent()
        .max(3.0)
        .max(comparison.benchmark_percent());
    assert!((spec.axis.max - furthest * 1.25).abs() < 1e-9);
    assert_eq!(points(&spec)[0].value, comparison.creator.percent());

    // Without a range the band collapses onto the benchmark figure.
    comparison.benchmark.value_min = None;
    let spec = chart_build::versus_benchmark(&look(), platform, &comparison).unwrap();
    let band = &spec.bands[0];
    assert_eq!(band.low, band.high);
    assert_eq!(Some(band.low), band.marker);
}
