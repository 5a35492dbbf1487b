//! The one chart builder for the kit's pages and the editor: project, report or
//! platform data plus a [`ChartLook`] in, a [`ChartSpec`] out (or `None` when there is
//! nothing to draw). The kit's sections and the editor's panels both call these.

pub mod look;

pub use look::{AxisStyle, ChartLook};

use super::chart::{Axis, Band, ChartKind, ChartSpec, ColourRole, DataPoint, Series};
use super::lang::Language;
use super::text;
use crate::analytics::{Comparison, PlatformReport, post_rate};
use crate::model::{EngagementMethod, Platform, Project, Share};
use look::{count_label, percent_label, share_label};
use time::Date;

/// Headroom of a bullet graph's axis: a quarter beyond the furthest mark.
const BULLET_HEADROOM: f64 = 1.25;
/// Countries named in the countries chart; the rest are "Other".
const TOP_COUNTRIES: usize = 5;
/// Genders named in the gender bar; the rest are "Other".
const TOP_GENDERS: usize = 3;
/// Smallest remainder (in percent) worth its own "Other" or "Not stated" mark.
const MIN_REMAINDER_PERCENT: f64 = 0.5;

fn point(x: f64, value: f64, label: String, value_label: String) -> DataPoint {
    DataPoint {
        x,
        value,
        label,
        value_label,
        role: None,
    }
}

fn largest(points: &[DataPoint]) -> f64 {
    points.iter().map(|p| p.value).fold(0.0, f64::max)
}

/// A date as the x of a time series: its julian day number.
pub fn day_x(date: Date) -> f64 {
    f64::from(date.to_julian_day())
}

/// Followers per platform (horizontal bars, in the project's platform order);
/// `None` without platforms.
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
                look.language.count(p.followers),
            )
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let axis = look.axis(0.0, largest(&points), count_label);
    let series = Series {
        name: look.language.tr("chart.followers").into(),
        points,
        role: ColourRole::Accent,
    };
    Some(look.spec(ChartKind::Bars, vec![series], axis))
}

/// One platform's followers over time (a line; x is the julian day): the snapshots
/// dated before the current count (one per day), then the current count on its
/// date. `None` with fewer than two dated counts.
pub fn growth(look: &ChartLook, platform: &Platform) -> Option<ChartSpec> {
    let end = platform.followers_provenance.as_of;
    let mut dated: Vec<(Date, u64)> = platform
        .snapshots
        .iter()
        .filter(|s| s.date < end)
        .map(|s| (s.date, s.followers))
        .collect();
    dated.sort();
    dated.dedup_by_key(|d| d.0);
    dated.push((end, platform.followers));
    if dated.len() < 2 {
        return None;
    }
    let points: Vec<DataPoint> = dated
        .iter()
        .map(|&(date, n)| {
            point(
                day_x(date),
                n as f64,
                look.language.date(date),
                look.language.count(n),
            )
        })
        .collect();
    let (low, high) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.value), hi.max(p.value))
    });
    let axis = look.axis(low, high, count_label);
    let series = Series {
        name: platform.kind.label().to_owned(),
        points,
        role: ColourRole::Accent,
    };
    Some(look.spec(ChartKind::Line, vec![series], axis))
}

/// Engagement of each post over time by `method` (a line of all posts; x is the
/// julian day), with the sponsored posts again as a second series so they are
/// marked. Posts whose rate cannot be worked out are left out; `None` when none is
/// left.
pub fn engagement_per_post(
    look: &ChartLook,
    platform: &Platform,
    method: EngagementMethod,
) -> Option<ChartSpec> {
    let mut rated: Vec<(Date, f64, bool, &str)> = platform
        .posts
        .iter()
        .filter_map(|post| {
            let rate = post_rate(post, method, platform.followers).into_value()?;
            Some((
                post.date,
                rate.percent(),
                post.sponsored,
                post.title.as_str(),
            ))
        })
        .collect();
    if rated.is_empty() {
        return None;
    }
    rated.sort_by_key(|r| r.0);
    let to_point = |&(date, rate, _, title): &(Date, f64, bool, &str)| {
        let label = if title.trim().is_empty() {
            look.language.date(date)
        } else {
            text::smarten(title.trim())
        };
        point(day_x(date), rate, label, look.language.percent(rate))
    };
    let all: Vec<DataPoint> = rated.iter().map(to_point).collect();
    let sponsored: Vec<DataPoint> = rated.iter().filter(|r| r.2).map(to_point).collect();
    let axis = look.axis(0.0, largest(&all), percent_label);
    let mut series = vec![Series {
        name: look.language.tr("chart.all_posts").into(),
        points: all,
        role: ColourRole::Accent,
    }];
    if !sponsored.is_empty() {
        series.push(Series {
            name: look.language.tr("chart.sponsored").into(),
            points: sponsored,
            role: ColourRole::Benchmark,
        });
    }
    Some(look.spec(ChartKind::Line, series, axis))
}

/// The creator's rate (a bar) against the tier benchmark: its range as a band where
/// the source gives one, its central figure as a marker. The axis runs from zero to
/// a quarter beyond the furthest mark whatever the look's axis style. `None` when a
/// rate is not a finite number.
pub fn versus_benchmark(
    look: &ChartLook,
    report: &PlatformReport,
    comparison: &Comparison,
) -> Option<ChartSpec> {
    let creator = comparison.creator.percent();
    let benchmark = comparison.benchmark_percent();
    if !creator.is_finite() || !benchmark.is_finite() {
        return None;
    }
    let row = &comparison.benchmark;
    let (low, high) = match (row.value_min, row.value_max) {
        (Some(low), Some(high)) if high > low => (low, high),
        _ => (benchmark, benchmark),
    };
    let series = Series {
        name: look.language.tr("chart.me").into(),
        points: vec![point(
            0.0,
            creator,
            report.platform.label().to_owned(),
            look.language.percent(creator),
        )],
        role: ColourRole::Accent,
    };
    let axis = Axis {
        min: 0.0,
        max: creator.max(high).max(benchmark).max(1e-9) * BULLET_HEADROOM,
        gridlines: Vec::new(),
    };
    let mut spec = look.spec(ChartKind::Bullet, vec![series], axis);
    spec.bands = vec![Band {
        low,
        high,
        marker: Some(benchmark),
        label: format!("{} ({})", row.citation, row.year_text_in(look.language)),
    }];
    Some(spec)
}

fn share_points(language: Language, shares: &[Share]) -> Vec<DataPoint> {
    shares
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let value = s.percent.as_percent();
            point(
                i as f64,
                value,
                text::smarten(s.label.trim()),
                language.share(value),
            )
        })
        .collect()
}

/// The `n` largest shares, largest first (ties keep their order).
fn largest_shares(language: Language, shares: &[Share], n: usize) -> (Vec<DataPoint>, f64) {
    let mut sorted: Vec<Share> = shares.to_vec();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.percent));
    let rest: f64 = sorted.iter().skip(n).map(|s| s.percent.as_percent()).sum();
    sorted.truncate(n);
    (share_points(language, &sorted), rest)
}

fn push_remainder(language: Language, points: &mut Vec<DataPoint>, label: &str, value: f64) {
    points.push(DataPoint {
        x: points.len() as f64,
        value,
        label: label.to_owned(),
        value_label: language.share(value),
        role: Some(ColourRole::Benchmark),
    });
}

fn shares_spec(
    look: &ChartLook,
    kind: ChartKind,
    name: &str,
    points: Vec<DataPoint>,
    axis: Axis,
) -> ChartSpec {
    let series = Series {
        name: name.to_owned(),
        points,
        role: ColourRole::Accent,
    };
    look.spec(kind, vec![series], axis)
}

/// Audience by age: one column per bucket in the order given; `None` without buckets.
pub fn ages(look: &ChartLook, shares: &[Share]) -> Option<ChartSpec> {
    let points = share_points(look.language, shares);
    if points.is_empty() {
        return None;
    }
    let axis = look.axis(0.0, largest(&points).max(1.0), share_label);
    Some(shares_spec(
        look,
        ChartKind::Columns,
        look.language.tr("chart.age"),
        points,
        axis,
    ))
}

/// Audience by gender: one 100 % bar, largest first — the three largest shares
/// (accent, light accent, grey), the rest summed as "Other", and what the shares
/// leave of 100 % as "Not stated" (both grey, each only from half a percent). The
/// axis is always 0–100. `None` without shares.
pub fn genders(look: &ChartLook, shares: &[Share]) -> Option<ChartSpec> {
    if shares.is_empty() {
        return None;
    }
    let (mut points, rest) = largest_shares(look.language, shares, TOP_GENDERS);
    let total: f64 = shares.iter().map(|s| s.percent.as_percent()).sum();
    if rest > 0.0 {
        push_remainder(
            look.language,
            &mut points,
            look.language.tr("chart.other"),
            rest,
        );
    }
    let unstated = 100.0 - total;
    if unstated >= MIN_REMAINDER_PERCENT {
        push_remainder(
            look.language,
            &mut points,
            look.language.tr("chart.not_stated"),
            unstated,
        );
    }
    let roles = [ColourRole::Accent, ColourRole::AccentLight];
    for (index, point) in points.iter_mut().enumerate() {
        point.role = Some(roles.get(index).copied().unwrap_or(ColourRole::Benchmark));
    }
    let axis = Axis {
        min: 0.0,
        max: 100.0,
        gridlines: Vec::new(),
    };
    Some(shares_spec(
        look,
        ChartKind::Stacked100,
        look.language.tr("chart.gender"),
        points,
        axis,
    ))
}

/// Top countries: horizontal bars, largest first — the five largest, then what they
/// leave of 100 % as a grey "Other" (from half a percent). `None` without countries.
pub fn countries(look: &ChartLook, shares: &[Share]) -> Option<ChartSpec> {
    if shares.is_empty() {
        return None;
    }
    let (mut points, _) = largest_shares(look.language, shares, TOP_COUNTRIES);
    let other = 100.0 - points.iter().map(|p| p.value).sum::<f64>();
    if other >= MIN_REMAINDER_PERCENT {
        push_remainder(
            look.language,
            &mut points,
            look.language.tr("chart.other"),
            other,
        );
    }
    let axis = look.axis(0.0, largest(&points).max(1.0), share_label);
    Some(shares_spec(
        look,
        ChartKind::Bars,
        look.language.tr("chart.countries"),
        points,
        axis,
    ))
}
