//! The health rules about a whole account: follower history (jumps and drops, the
//! current count against the last snapshot), audience shares, and figures drawn from
//! too few posts.

use super::engagement::{PostGroup, median_of};
use super::health::{HealthTarget, HealthWarning, PlatformAt, platform_key};
use super::health_rules::{
    MIN_DAILY_SPREAD_PERCENT, MIN_FOLLOWER_CHANGES, MIN_JUMP_PERCENT, RuleId,
    SAME_DAY_TOLERANCE_PERCENT, SNAPSHOT_WINDOW_DAYS, rule,
};
use super::report::PlatformReport;
use crate::format;
use crate::model::{Audience, EngagementMethod, FollowerSnapshot, Platform};

/// The follower rules: the current count against the last snapshot, then jumps in the
/// history (the interval ending at the current count is left to the first rule when
/// that one spoke).
pub(crate) fn check_followers(at: &PlatformAt, platform: &Platform, out: &mut Vec<HealthWarning>) {
    let spoke = versus_snapshot(at, platform, out);
    let mut points: Vec<FollowerSnapshot> = platform.snapshots.clone();
    points.sort_by_key(|s| s.date);
    let as_of = platform.followers_provenance.as_of;
    if !spoke && points.last().is_none_or(|last| last.date < as_of) {
        points.push(FollowerSnapshot {
            date: as_of,
            followers: platform.followers,
        });
    }
    jumps(at, &points, out);
}

/// Warns when the current count and the newest snapshot disagree; true when it did.
fn versus_snapshot(at: &PlatformAt, platform: &Platform, out: &mut Vec<HealthWarning>) -> bool {
    let Some(last) = platform.snapshots.iter().max_by_key(|s| s.date) else {
        return false;
    };
    let as_of = platform.followers_provenance.as_of;
    let (now, then) = (platform.followers as f64, last.followers as f64);
    let word = platform.kind.audience_word();
    let why = if last.date >= as_of {
        let apart = if then > 0.0 {
            (now - then).abs() / then * 100.0
        } else {
            f64::from(u8::from(now > 0.0)) * 100.0
        };
        if apart <= SAME_DAY_TOLERANCE_PERCENT {
            return false;
        }
        format!(
            "The snapshot of {} says {} {word}, but the current count, as of {}, is {}.",
            format::date(last.date),
            format::grouped(last.followers),
            format::date(as_of),
            format::grouped(platform.followers)
        )
    } else {
        let days = (as_of - last.date).whole_days();
        let factor = rule(RuleId::FollowersVersusSnapshot).threshold;
        let far = then > 0.0 && (now >= then * factor || now * factor <= then);
        if days > SNAPSHOT_WINDOW_DAYS || !far {
            return false;
        }
        format!(
            "The current count ({} on {}) is {} the last snapshot ({} on {}), {days} days \
             earlier.",
            format::grouped(platform.followers),
            format::date(as_of),
            format::ratio(now / then),
            format::grouped(last.followers),
            format::date(last.date)
        )
    };
    out.push(at.warning(
        RuleId::FollowersVersusSnapshot,
        &format!("{}:{}", last.date, as_of),
        format!("{} · current {word}", at.name),
        why,
        "Check both counts for a digit too many or too few, and the dates they were read.",
        HealthTarget::Followers { platform: at.index },
    ));
    true
}

/// One interval of the follower history.
struct Change {
    from: FollowerSnapshot,
    to: FollowerSnapshot,
    /// Percent of the start count per day.
    daily_percent: f64,
}

/// Follower changes far outside the account's own usual daily change (a modified
/// z-score, Iglewicz and Hoaglin), once there are enough of them.
fn jumps(at: &PlatformAt, points: &[FollowerSnapshot], out: &mut Vec<HealthWarning>) {
    let changes: Vec<Change> = points
        .windows(2)
        .filter_map(|pair| {
            let (from, to) = (*pair.first()?, *pair.get(1)?);
            let days = (to.date - from.date).whole_days();
            (days > 0 && from.followers > 0).then(|| Change {
                from,
                to,
                daily_percent: (to.followers as f64 - from.followers as f64)
                    / from.followers as f64
                    * 100.0
                    / days as f64,
            })
        })
        .collect();
    if changes.len() < MIN_FOLLOWER_CHANGES {
        return;
    }
    let mut rates: Vec<f64> = changes.iter().map(|c| c.daily_percent).collect();
    let Some(median) = median_of(&mut rates) else {
        return;
    };
    let mut deviations: Vec<f64> = rates.iter().map(|r| (r - median).abs()).collect();
    let Some(mad) = median_of(&mut deviations) else {
        return;
    };
    // 1.4826 × MAD estimates the standard deviation; 0.6745 in Iglewicz and Hoaglin's
    // formula is its inverse.
    let spread = (1.4826 * mad).max(MIN_DAILY_SPREAD_PERCENT);
    let limit = rule(RuleId::FollowerJump).threshold;
    for change in &changes {
        let score = (change.daily_percent - median) / spread;
        let moved = (change.to.followers as f64 - change.from.followers as f64)
            / change.from.followers as f64
            * 100.0;
        if score.abs() <= limit || moved.abs() < MIN_JUMP_PERCENT {
            continue;
        }
        let (kind, reading) = if moved > 0.0 {
            ("jump", "bought followers")
        } else {
            ("drop", "a purge of fake followers")
        };
        out.push(at.warning(
            RuleId::FollowerJump,
            &format!("{}:{}", change.from.date, change.to.date),
            format!(
                "{} · followers {} to {}",
                at.name,
                format::date(change.from.date),
                format::date(change.to.date)
            ),
            format!(
                "A {kind} from {} to {} ({} in {} days), against a usual change of {} a \
                 day; audit tools read a {kind} like this as {reading}.",
                format::grouped(change.from.followers),
                format::grouped(change.to.followers),
                format::delta_percent(moved),
                (change.to.date - change.from.date).whole_days(),
                format::delta_percent(median)
            ),
            "Check both counts and their dates for a typo; if the change is real (a viral \
             post, a press feature), dismiss this warning with a note saying so.",
            HealthTarget::Snapshots { platform: at.index },
        ));
    }
}

/// Age and gender shares that add up to far less than the whole audience.
pub(crate) fn check_audience(index: usize, audience: &Audience, out: &mut Vec<HealthWarning>) {
    let (name, key) = match &audience.platform {
        None => ("Audience (overall)".to_owned(), "overall".to_owned()),
        Some(kind) => (format!("Audience ({})", kind.label()), platform_key(kind)),
    };
    let minimum = rule(RuleId::SharesBelowWhole).threshold;
    for (group, word, shares) in [
        ("ages", "age", &audience.ages),
        ("genders", "gender", &audience.genders),
    ] {
        if shares.is_empty() {
            continue;
        }
        let total: f64 = shares.iter().map(|s| s.percent.as_percent()).sum();
        if total >= minimum {
            continue;
        }
        out.push(HealthWarning {
            rule: RuleId::SharesBelowWhole,
            key: format!("{}:{key}:{group}", rule(RuleId::SharesBelowWhole).key),
            figure: format!("{name} · {group}"),
            why: format!(
                "The {word} shares add up to {}; the platforms give the whole split, so part \
                 of the audience is missing.",
                format::percent(total)
            ),
            what_to_do: "Add the missing bucket (e.g. an age range or “other”) or correct a \
                         share."
                .to_owned(),
            target: HealthTarget::Audience { audience: index },
            dismissed: None,
        });
    }
}

/// Figures drawn from too little: every post sponsored, a posting frequency from a few
/// posts, the lead engagement average from one or two.
pub(crate) fn check_thin_evidence(
    at: &PlatformAt,
    report: &PlatformReport,
    lead: EngagementMethod,
    out: &mut Vec<HealthWarning>,
) {
    let target = HealthTarget::Posts { platform: at.index };
    let window = &report.window.description;
    if let Some(share) = report.sponsored_share.value()
        && share.percent >= rule(RuleId::AllSponsored).threshold
    {
        out.push(at.warning(
            RuleId::AllSponsored,
            "window",
            format!("{} · sponsored share", at.name),
            format!(
                "All {} posts in the {window} are marked sponsored, so a brand sees no \
                 organic engagement to compare with.",
                share.whole
            ),
            "Untick “sponsored” on organic posts, or add recent organic posts.",
            target,
        ));
    }
    if let Some(frequency) = report.posting_frequency.value()
        && (frequency.posts as f64) < rule(RuleId::ThinFrequency).threshold
    {
        out.push(at.warning(
            RuleId::ThinFrequency,
            "window",
            format!("{} · posting frequency", at.name),
            format!(
                "Posts per week ({:.1}) is computed from only {} posts.",
                frequency.posts_per_week, frequency.posts
            ),
            "Add more of your recent posts so the frequency describes a habit.",
            target,
        ));
    }
    let lead = report
        .engagement
        .iter()
        .find(|s| s.group == PostGroup::All && s.method == lead);
    if let Some(rate) = lead.and_then(|stats| stats.average.value())
        && (rate.posts_used() as f64) < rule(RuleId::ThinEngagement).threshold
    {
        out.push(at.warning(
            RuleId::ThinEngagement,
            "window",
            format!("{} · engagement", at.name),
            format!(
                "The average engagement ({}) comes from {} post{}.",
                format::percent(rate.percent()),
                rate.posts_used(),
                if rate.posts_used() == 1 { "" } else { "s" }
            ),
            "Add figures for more posts (at least three) before quoting an average.",
            target,
        ));
    }
}
