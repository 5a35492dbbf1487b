//! Posting frequency, sponsored share and reply rate over a window.
//!
//! Posting frequency is **posts in the window ÷ weeks spanned**, where the span is
//! counted in calendar days, both ends included, and is never taken as less than one
//! week:
//! - `LastPosts(n)`: from the oldest to the newest post in the window. A single post
//!   spans nothing, so one post (or none) gives "not available".
//! - `LastDays(n)`: the window's own days (quiet days count), or from the creator's
//!   first post if that is later (someone who started posting 10 days ago is not
//!   averaged over 90 days). No posts in the window is a real 0 per week.

use super::engagement::percent_of;
use super::figure::{Figure, Unavailable};
use super::window::WindowedPosts;
use crate::model::PostWindow;
use serde::Serialize;
use time::Date;

/// How often the creator posts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostingFrequency {
    /// Posts per week (finite, ≥ 0).
    pub posts_per_week: f64,
    /// Posts counted.
    pub posts: usize,
    /// Calendar days spanned, both ends included (before the one-week floor).
    pub days_spanned: u64,
    /// First day of the span.
    pub from: Date,
    /// Last day of the span.
    pub to: Date,
}

/// Part of a whole, in percent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    /// `part ÷ whole × 100` (finite, 0–100).
    pub percent: f64,
    /// The part, e.g. sponsored posts.
    pub part: usize,
    /// The whole, e.g. posts in the window.
    pub whole: usize,
}

/// Replies to comments: `replies ÷ comments × 100` over posts with both entered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplyRate {
    /// The rate in percent (finite, ≥ 0; above 100 only if more replies than comments were entered).
    pub percent: f64,
    /// Sum of replies over the posts used.
    pub replies: u128,
    /// Sum of comments over the posts used.
    pub comments: u128,
    /// Posts with both figures entered.
    pub posts_used: usize,
    /// Posts in the window.
    pub posts_in_window: usize,
}

/// Posts per week over the window (see the module rules).
pub fn posting_frequency(window: &WindowedPosts<'_>) -> Figure<PostingFrequency> {
    if window.eligible_posts == 0 {
        return Figure::missing(Unavailable::NoPosts);
    }
    let (from, to) = match window.window {
        PostWindow::LastPosts(_) => {
            let (Some(first), Some(last)) = (window.posts.first(), window.posts.last()) else {
                return Figure::missing(Unavailable::EmptyWindow);
            };
            if window.posts.len() < 2 {
                return Figure::missing(Unavailable::TooFewPosts);
            }
            (first.date, last.date)
        }
        PostWindow::LastDays(0) => return Figure::missing(Unavailable::EmptyWindow),
        PostWindow::LastDays(_) => {
            let (Some(end), Some(earliest)) = (window.period_end, window.earliest_post) else {
                return Figure::missing(Unavailable::NoPosts);
            };
            let start = window
                .period_start
                .map_or(earliest, |start| start.max(earliest));
            (start, end)
        }
    };
    let days_spanned = u64::try_from((to - from).whole_days())
        .unwrap_or(0)
        .saturating_add(1);
    let posts = window.posts.len();
    // posts ÷ (days ÷ 7) = posts × 7 ÷ days, with the span floored at one week.
    #[allow(clippy::cast_precision_loss)]
    let posts_per_week = posts as f64 * 7.0 / days_spanned.max(7) as f64;
    if !posts_per_week.is_finite() {
        return Figure::missing(Unavailable::TooLarge);
    }
    Figure::available(PostingFrequency {
        posts_per_week,
        posts,
        days_spanned,
        from,
        to,
    })
}

/// Sponsored posts as a share of the posts in the window.
pub fn sponsored_share(window: &WindowedPosts<'_>) -> Figure<Share> {
    if window.eligible_posts == 0 {
        return Figure::missing(Unavailable::NoPosts);
    }
    let whole = window.posts.len();
    let part = window.posts.iter().filter(|post| post.sponsored).count();
    match percent_of(part as u128, whole as u128) {
        Some(percent) => Figure::available(Share {
            percent,
            part,
            whole,
        }),
        None => Figure::missing(Unavailable::EmptyWindow),
    }
}

/// Sum of replies ÷ sum of comments over the window's posts that have both entered.
pub fn reply_rate(window: &WindowedPosts<'_>) -> Figure<ReplyRate> {
    if window.eligible_posts == 0 {
        return Figure::missing(Unavailable::NoPosts);
    }
    if window.posts.is_empty() {
        return Figure::missing(Unavailable::EmptyWindow);
    }
    let mut replies: u128 = 0;
    let mut comments: u128 = 0;
    let mut posts_used = 0;
    for post in &window.posts {
        if let (Some(post_replies), Some(post_comments)) = (post.replies, post.comments) {
            let (Some(r), Some(c)) = (
                replies.checked_add(u128::from(post_replies)),
                comments.checked_add(u128::from(post_comments)),
            ) else {
                return Figure::missing(Unavailable::TooLarge);
            };
            replies = r;
            comments = c;
            posts_used += 1;
        }
    }
    if posts_used == 0 {
        return Figure::missing(Unavailable::NoReplyFigures);
    }
    match percent_of(replies, comments) {
        Some(percent) => Figure::available(ReplyRate {
            percent,
            replies,
            comments,
            posts_used,
            posts_in_window: window.posts.len(),
        }),
        None => Figure::missing(Unavailable::NoComments),
    }
}
