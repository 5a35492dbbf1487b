//! Follower growth over a period (30 or 90 days) from dated snapshots.
//!
//! The period ends at the current follower count and its as-of date
//! (`followers_provenance.as_of`). It starts at a snapshot taken near
//! `end − period_days`: the nearest snapshot within [`SNAPSHOT_TOLERANCE_DAYS`] days either
//! side of that date (on a tie the earlier one), because creators note their counts on
//! irregular days. With no snapshot that close the growth is not available: a
//! snapshot from much earlier would describe a different period. Snapshots dated on or
//! after the end date are ignored, and a period of 0 days is not available. The change is absolute and in percent of the start
//! count (no percent when the start count is 0).

use super::figure::{Figure, Unavailable};
use crate::model::Platform;
use serde::Serialize;
use time::{Date, Duration};

/// How far (in days) a snapshot may sit from the period's start and still count: a
/// creator who notes their counts every week or fortnight always has one this close.
pub const SNAPSHOT_TOLERANCE_DAYS: u32 = 7;

/// Follower change over a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Growth {
    /// The period asked for, e.g. 30.
    pub period_days: u32,
    /// Date of the snapshot the period starts at.
    pub start_date: Date,
    /// Followers that day.
    pub start_followers: u64,
    /// The current count's as-of date.
    pub end_date: Date,
    /// The current count.
    pub end_followers: u64,
    /// Days actually between the two counts.
    pub days_between: i64,
    /// `end − start` (negative for a loss).
    pub change: i128,
    /// `change ÷ start × 100`; `None` when the start count is 0.
    pub change_percent: Option<f64>,
}

/// Growth over the `period_days` up to the current follower count (see module rules).
pub fn growth(platform: &Platform, period_days: u32) -> Figure<Growth> {
    let end_date = platform.followers_provenance.as_of;
    let end_followers = platform.followers;
    let Some(target) = period_start(end_date, period_days).filter(|_| period_days > 0) else {
        return Figure::missing(Unavailable::NoSnapshot);
    };
    let tolerance = i64::from(SNAPSHOT_TOLERANCE_DAYS);
    let start = platform
        .snapshots
        .iter()
        .filter(|snapshot| snapshot.date < end_date)
        .map(|snapshot| ((snapshot.date - target).whole_days().abs(), snapshot))
        .filter(|(distance, _)| *distance <= tolerance)
        .min_by_key(|(distance, snapshot)| (*distance, snapshot.date));
    let Some((_, start)) = start else {
        return Figure::missing(Unavailable::NoSnapshot);
    };
    let change = i128::from(end_followers) - i128::from(start.followers);
    #[allow(clippy::cast_precision_loss)]
    let change_percent = (start.followers > 0)
        .then(|| change as f64 / start.followers as f64 * 100.0)
        .filter(|value| value.is_finite());
    Figure::available(Growth {
        period_days,
        start_date: start.date,
        start_followers: start.followers,
        end_date,
        end_followers,
        days_between: (end_date - start.date).whole_days(),
        change,
        change_percent,
    })
}

/// The start date a period of `period_days` aims for, if representable.
pub fn period_start(end: Date, period_days: u32) -> Option<Date> {
    end.checked_sub(Duration::days(i64::from(period_days)))
}
