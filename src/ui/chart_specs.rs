//! The editor's charts as data: `ChartSpec`s built from the project and its report
//! (followers, growth, engagement per post, the benchmark bullet, audience shares).

use super::charts::ChartLook;
use crate::analytics::{Comparison, PlatformReport, post_rate};
use crate::format;
use crate::kit::chart::{Band, ChartKind, ChartSpec, ColourRole, DataPoint, Series};
use crate::model::{EngagementMethod, Platform, Project, Share};

fn point(x: f64, value: f64, label: String, value_label: String) -> DataPoint {
    DataPoint {
        x,
        value,
        label,
        value_label,
        role: None,
    }
}

fn top(points: &[DataPoint]) -> f64 {
    points.iter().map(|p| p.value).fold(0.0, f64::max).max(1e-9) * 1.15
}

fn day(date: time::Date) -> f64 {
    f64::from(date.to_julian_day())
}

/// Followers per platform (horizontal bars).
pub fn followers(look: &ChartLook, project: &Project) -> Option<ChartSpec> {
    let points: Vec<DataPoint> = project
        .platforms
        .iter()
        .enumerate()
        .map(|(i, p)| {
            point(
                i as f64,
                p.followers as f64,
                p.kind.label().to_owned(),
                format::count(p.followers),
            )
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let max = top(&points);
    let series = Series {
        name: "Followers".into(),
        points,
        role: ColourRole::Accent,
    };
    Some(look.spec(ChartKind::Bars, vec![series], max))
}

/// One platform's followers over time: its snapshots, then today's count.
pub fn growth(look: &ChartLook, platform: &Platform) -> Option<ChartSpec> {
    let mut dated: Vec<(time::Date, u64)> = platform
        .snapshots
        .iter()
        .map(|s| (s.date, s.followers))
        .collect();
    dated.push((platform.followers_provenance.as_of, platform.followers));
    dated.sort_by_key(|(date, _)| *date);
    dated.dedup_by_key(|(date, _)| *date);
    if dated.len() < 2 {
        return None;
    }
    let points: Vec<DataPoint> = dated
        .iter()
        .map(|&(date, n)| point(day(date), n as f64, format::date(date), format::count(n)))
        .collect();
    let max = top(&points);
    let series = Series {
        name: platform.kind.audience_word().to_owned(),
        points,
        role: ColourRole::Accent,
    };
    Some(look.spec(ChartKind::Line, vec![series], max))
}

/// Engagement of each post over time by `method`; sponsored posts as a second series.
pub fn engagement_per_post(
    look: &ChartLook,
    platform: &Platform,
    method: EngagementMethod,
) -> Option<ChartSpec> {
    let mut rated: Vec<(time::Date, f64, bool, String)> = platform
        .posts
        .iter()
        .filter_map(|post| {
            let rate = post_rate(post, method, platform.followers).into_value()?;
            Some((
                post.date,
                rate.percent(),
                post.sponsored,
                post.title.clone(),
            ))
        })
        .collect();
    if rated.is_empty() {
        return None;
    }
    rated.sort_by_key(|r| r.0);
    let to_point = |(date, rate, _, title): &(time::Date, f64, bool, String)| DataPoint {
        x: day(*date),
        value: *rate,
        label: if title.is_empty() {
            format::date(*date)
        } else {
            title.clone()
        },
        value_label: format::percent(*rate),
        role: None,
    };
    let all: Vec<DataPoint> = rated.iter().map(to_point).collect();
    let sponsored: Vec<DataPoint> = rated.iter().filter(|r| r.2).map(to_point).collect();
    let max = top(&all);
    let mut series = vec![Series {
        name: "All posts".into(),
        points: all,
        role: ColourRole::Accent,
    }];
    if !sponsored.is_empty() {
        series.push(Series {
            name: "Sponsored".into(),
            points: sponsored,
            role: ColourRole::Benchmark,
        });
    }
    Some(look.spec(ChartKind::Line, series, max))
}

/// The creator's rate against the tier benchmark's band and central figure.
pub fn versus_benchmark(
    look: &ChartLook,
    report: &PlatformReport,
    comparison: &Comparison,
) -> ChartSpec {
    let creator = comparison.creator.percent();
    let benchmark = comparison.benchmark_percent();
    let row = &comparison.benchmark;
    let (low, high) = match (row.value_min, row.value_max) {
        (Some(low), Some(high)) if high > low => (low, high),
        _ => (benchmark, benchmark),
    };
    let max = creator.max(high).max(benchmark).max(1e-9) * 1.25;
    let series = Series {
        name: "Me".into(),
        points: vec![point(
            0.0,
            creator,
            report.platform.label().to_owned(),
            format::percent(creator),
        )],
        role: ColourRole::Accent,
    };
    let mut spec = look.spec(ChartKind::Bullet, vec![series], max);
    spec.bands = vec![Band {
        low,
        high,
        marker: Some(benchmark),
        label: format!("{} ({})", row.citation, row.year_text()),
    }];
    spec
}

fn share_points(shares: &[Share]) -> Vec<DataPoint> {
    shares
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let value = s.percent.as_percent();
            point(i as f64, value, s.label.clone(), format::share(value))
        })
        .collect()
}

/// Age buckets (columns), gender split (one 100 % bar) or top countries (bars).
pub fn shares(
    look: &ChartLook,
    kind: ChartKind,
    name: &str,
    shares: &[Share],
) -> Option<ChartSpec> {
    let mut points = share_points(shares);
    if points.is_empty() {
        return None;
    }
    if kind == ChartKind::Bars {
        points.sort_by(|a, b| b.value.total_cmp(&a.value));
        points.truncate(8);
        for (i, p) in points.iter_mut().enumerate() {
            p.x = i as f64;
        }
    }
    if kind == ChartKind::Stacked100 {
        let last = points.len().saturating_sub(1);
        for (i, p) in points.iter_mut().enumerate() {
            p.role = Some(match i {
                0 => ColourRole::Accent,
                _ if i == last && i > 1 => ColourRole::Benchmark,
                _ => ColourRole::AccentLight,
            });
        }
    }
    let max = top(&points).max(1.0);
    let series = Series {
        name: name.to_owned(),
        points,
        role: ColourRole::Accent,
    };
    Some(look.spec(kind, vec![series], max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_specs() {
        let project = crate::sample::demo_project().unwrap();
        let look = ChartLook::new(&project, &[], true);
        let followers = followers(&look, &project).unwrap();
        assert_eq!(followers.series[0].points.len(), project.platforms.len());
        assert!(
            followers.axis.max
                >= project
                    .platforms
                    .iter()
                    .map(|p| p.followers as f64)
                    .fold(0.0, f64::max)
        );
        let per_post = engagement_per_post(
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
