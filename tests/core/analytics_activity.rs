//! Posting frequency, sponsored share, reply rate, growth and tiers, hand-computed.

use crate::dates::date;
use pitchkit::analytics::{
    SNAPSHOT_TOLERANCE_DAYS, Tier, Unavailable, growth, posting_frequency, reply_rate,
    select_window, sponsored_share,
};
use pitchkit::model::{
    FollowerSnapshot, Platform, PlatformKind, Post, PostKind, PostWindow, TierBounds,
};
use time::Date;

fn post(day: Date, comments: Option<u64>, replies: Option<u64>, sponsored: bool) -> Post {
    let mut post = Post::new(day, PostKind::Reel);
    post.comments = comments;
    post.replies = replies;
    post.sponsored = sponsored;
    post
}

/// Four weekly posts: 1, 8, 15, 22 Jan 2026; the third sponsored.
fn weekly() -> Vec<Post> {
    vec![
        post(date(2026, 1, 1), Some(20), Some(10), false),
        post(date(2026, 1, 8), Some(10), None, false),
        post(date(2026, 1, 15), Some(40), Some(30), true),
        post(date(2026, 1, 22), None, Some(5), false),
    ]
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

#[test]
fn posting_frequency_over_last_posts() {
    let posts = weekly();
    let window = select_window(&posts, PostWindow::LastPosts(12), None);
    let frequency = posting_frequency(&window).into_value().unwrap();
    // 1 Jan to 22 Jan inclusive = 22 days; 4 posts × 7 / 22 = 1.2727… a week.
    assert_eq!(frequency.days_spanned, 22);
    assert_eq!(frequency.posts, 4);
    close(frequency.posts_per_week, 28.0 / 22.0);
    // One post spans nothing.
    let one = select_window(&posts, PostWindow::LastPosts(1), None);
    assert_eq!(
        posting_frequency(&one).reason(),
        Some(Unavailable::TooFewPosts)
    );
    // Two posts on one day: span floored at one week → 2 a week.
    let same_day = vec![
        post(date(2026, 1, 1), None, None, false),
        post(date(2026, 1, 1), None, None, false),
    ];
    let window = select_window(&same_day, PostWindow::LastPosts(12), None);
    close(
        posting_frequency(&window)
            .into_value()
            .unwrap()
            .posts_per_week,
        2.0,
    );
    // No posts at all.
    let empty = select_window(&[], PostWindow::LastPosts(12), None);
    assert_eq!(
        posting_frequency(&empty).reason(),
        Some(Unavailable::NoPosts)
    );
}

#[test]
fn posting_frequency_over_last_days() {
    let posts = weekly();
    // 28 days ending 28 Jan: 1–28 Jan, 4 posts → 4 × 7 / 28 = 1 a week.
    let window = select_window(&posts, PostWindow::LastDays(28), Some(date(2026, 1, 28)));
    let frequency = posting_frequency(&window).into_value().unwrap();
    assert_eq!(
        (frequency.from, frequency.to),
        (date(2026, 1, 1), date(2026, 1, 28))
    );
    close(frequency.posts_per_week, 1.0);
    // 90 days ending 28 Jan would start 31 Oct 2025, but the first post is 1 Jan:
    // the span starts there, so still 28 days and 1 a week.
    let window = select_window(&posts, PostWindow::LastDays(90), Some(date(2026, 1, 28)));
    close(
        posting_frequency(&window)
            .into_value()
            .unwrap()
            .posts_per_week,
        1.0,
    );
    // A quiet week is a real 0 per week.
    let window = select_window(&posts, PostWindow::LastDays(7), Some(date(2026, 3, 1)));
    let quiet = posting_frequency(&window).into_value().unwrap();
    assert_eq!((quiet.posts, quiet.days_spanned), (0, 7));
    close(quiet.posts_per_week, 0.0);
}

#[test]
fn sponsored_share_and_reply_rate() {
    let posts = weekly();
    let window = select_window(&posts, PostWindow::LastPosts(12), None);
    // 1 sponsored of 4 = 25 %.
    let share = sponsored_share(&window).into_value().unwrap();
    assert_eq!((share.part, share.whole), (1, 4));
    close(share.percent, 25.0);
    // Posts with both: 1 Jan (10 of 20) and 15 Jan (30 of 40) → 40 / 60 = 66.67 %.
    let replies = reply_rate(&window).into_value().unwrap();
    assert_eq!(
        (replies.replies, replies.comments, replies.posts_used),
        (40, 60, 2)
    );
    close(replies.percent, 40.0 / 60.0 * 100.0);
    // No post has both figures.
    let only_comments = vec![post(date(2026, 1, 1), Some(5), None, false)];
    let window = select_window(&only_comments, PostWindow::LastPosts(12), None);
    assert_eq!(
        reply_rate(&window).reason(),
        Some(Unavailable::NoReplyFigures)
    );
    // Replies entered but 0 comments.
    let zero = vec![post(date(2026, 1, 1), Some(0), Some(0), false)];
    let window = select_window(&zero, PostWindow::LastPosts(12), None);
    assert_eq!(reply_rate(&window).reason(), Some(Unavailable::NoComments));
    // u64::MAX figures do not overflow: 2 × MAX replies ÷ 2 × MAX comments = 100 %.
    let max = vec![
        post(date(2026, 1, 1), Some(u64::MAX), Some(u64::MAX), false),
        post(date(2026, 1, 2), Some(u64::MAX), Some(u64::MAX), false),
    ];
    let window = select_window(&max, PostWindow::LastPosts(12), None);
    close(reply_rate(&window).into_value().unwrap().percent, 100.0);
}

fn instagram(snapshots: &[(Date, u64)]) -> Platform {
    let mut platform = Platform::new(PlatformKind::Instagram, 24_800, date(2026, 4, 1));
    platform.snapshots = snapshots
        .iter()
        .map(|&(date, followers)| FollowerSnapshot { date, followers })
        .collect();
    platform
}

#[test]
fn growth_from_snapshots() {
    // 30 days before 1 Apr is 2 Mar; 90 days before is 1 Jan (3 Jan is 2 days off).
    let platform = instagram(&[(date(2026, 3, 2), 24_000), (date(2026, 1, 3), 22_000)]);
    let month = growth(&platform, 30).into_value().unwrap();
    // 24,800 − 24,000 = 800; 800 / 24,000 = 3.333 %.
    assert_eq!(month.change, 800);
    close(month.change_percent.unwrap(), 800.0 / 24_000.0 * 100.0);
    assert_eq!(month.days_between, 30);
    let quarter = growth(&platform, 90).into_value().unwrap();
    // 2,800 / 22,000 = 12.727 %.
    assert_eq!(
        (quarter.start_date, quarter.change),
        (date(2026, 1, 3), 2_800)
    );
    close(quarter.change_percent.unwrap(), 2_800.0 / 22_000.0 * 100.0);
    assert_eq!(quarter.days_between, 88);
}

#[test]
fn growth_needs_a_snapshot_near_the_start() {
    assert_eq!(SNAPSHOT_TOLERANCE_DAYS, 7);
    // No snapshots at all.
    assert_eq!(
        growth(&instagram(&[]), 30).reason(),
        Some(Unavailable::NoSnapshot)
    );
    // 24 Dec is 8 days before 1 Jan: too far for the 90-day period.
    let far = instagram(&[(date(2025, 12, 24), 20_000)]);
    assert_eq!(growth(&far, 90).reason(), Some(Unavailable::NoSnapshot));
    // 25 Dec is 7 days before: accepted.
    let near = instagram(&[(date(2025, 12, 25), 20_000)]);
    assert_eq!(growth(&near, 90).into_value().unwrap().change, 4_800);
    // Two snapshots 2 days either side: the earlier one wins.
    let tie = instagram(&[(date(2026, 1, 3), 22_000), (date(2025, 12, 30), 21_000)]);
    assert_eq!(
        growth(&tie, 90).into_value().unwrap().start_followers,
        21_000
    );
    // A loss is negative; a zero start has no percent.
    let loss = instagram(&[(date(2026, 3, 2), 25_000)]);
    assert_eq!(growth(&loss, 30).into_value().unwrap().change, -200);
    let from_zero = instagram(&[(date(2026, 3, 2), 0)]);
    assert_eq!(
        growth(&from_zero, 30).into_value().unwrap().change_percent,
        None
    );
    // A 0-day period is not available.
    assert_eq!(growth(&near, 0).reason(), Some(Unavailable::NoSnapshot));
}

#[test]
fn tiers_follow_the_bounds() {
    let bounds = TierBounds::default();
    let cases = [
        (0, Tier::Emerging),
        (999, Tier::Emerging),
        (1_000, Tier::Nano),
        (9_999, Tier::Nano),
        (10_000, Tier::Micro),
        (24_800, Tier::Micro),
        (99_999, Tier::Micro),
        (100_000, Tier::Macro),
        (999_999, Tier::Macro),
        (1_000_000, Tier::Mega),
        (u64::MAX, Tier::Mega),
    ];
    for (followers, tier) in cases {
        assert_eq!(Tier::of(followers, &bounds), tier, "{followers}");
    }
    assert_eq!(Tier::Micro.label(), "Micro");
    assert_eq!(Tier::Micro.describe_range(&bounds), "10K–100K followers");
    assert_eq!(
        Tier::Emerging.describe_range(&bounds),
        "under 1,000 followers"
    );
    assert_eq!(Tier::Mega.describe_range(&bounds), "1M+ followers");
    // Configurable: HypeAuditor-style bounds put 24,800 in macro here.
    let custom = TierBounds {
        nano_min: 1_000,
        micro_min: 5_000,
        macro_min: 20_000,
        mega_min: 100_000,
    };
    assert_eq!(Tier::of(24_800, &custom), Tier::Macro);
}
