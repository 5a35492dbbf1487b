//! Which posts a window looks at: the latest N posts, or the posts of the last N days.
//!
//! Rules:
//! - With an as-of date, posts dated after it are left out (they were not yet
//!   published on that day). Without one, the window ends at the newest post's date.
//! - `LastPosts(n)`: the latest `n` posts by date; posts on the same date keep the order
//!   they were entered in (a later entry counts as newer).
//! - `LastDays(n)`: posts dated in the `n` calendar days ending on the end date,
//!   both ends included (`LastDays(30)` ending 31 Mar covers 2–31 Mar).
//! - `LastPosts(0)` and `LastDays(0)` are empty windows.

use super::engagement::PostGroup;
use crate::model::{Post, PostWindow};
use serde::Serialize;
use time::{Date, Duration};

/// The posts a window selected, oldest first, with the period it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowedPosts<'a> {
    /// The window that selected them.
    pub window: PostWindow,
    /// The selected posts, oldest first.
    pub posts: Vec<&'a Post>,
    /// Posts on the platform up to the end date (in or out of the window).
    pub eligible_posts: usize,
    /// The oldest post up to the end date (in or out of the window).
    pub earliest_post: Option<Date>,
    /// First day of a `LastDays` window; `None` for `LastPosts` or an unbounded start.
    pub period_start: Option<Date>,
    /// The window's end date: the as-of date passed, else the newest post's date.
    pub period_end: Option<Date>,
}

impl<'a> WindowedPosts<'a> {
    /// The selected posts of one group (all, organic or sponsored), oldest first.
    pub fn group(&self, group: PostGroup) -> Vec<&'a Post> {
        self.posts
            .iter()
            .copied()
            .filter(|post| group.includes(post))
            .collect()
    }

    /// A summary without references, for reports.
    pub fn span(&self) -> WindowSpan {
        WindowSpan {
            window: self.window,
            description: self.window.describe(),
            posts_in_window: self.posts.len(),
            eligible_posts: self.eligible_posts,
            first_post: self.posts.first().map(|post| post.date),
            last_post: self.posts.last().map(|post| post.date),
            period_start: self.period_start,
            period_end: self.period_end,
        }
    }
}

/// What a window covered, as a report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WindowSpan {
    /// The window setting.
    pub window: PostWindow,
    /// The window in words, e.g. "last 12 posts".
    pub description: String,
    /// Posts in the window.
    pub posts_in_window: usize,
    /// Posts up to the end date, in or out of the window.
    pub eligible_posts: usize,
    /// Date of the oldest post in the window.
    pub first_post: Option<Date>,
    /// Date of the newest post in the window.
    pub last_post: Option<Date>,
    /// First day of a `LastDays` window.
    pub period_start: Option<Date>,
    /// The window's end date.
    pub period_end: Option<Date>,
}

/// Selects the posts a window looks at (see the module rules). `as_of` ends the
/// window on that date; `None` ends it at the newest post.
pub fn select_window(posts: &[Post], window: PostWindow, as_of: Option<Date>) -> WindowedPosts<'_> {
    let mut eligible: Vec<(usize, &Post)> = posts
        .iter()
        .enumerate()
        .filter(|(_, post)| as_of.is_none_or(|end| post.date <= end))
        .collect();
    eligible.sort_by_key(|(index, post)| (post.date, *index));
    let earliest_post = eligible.first().map(|(_, post)| post.date);
    let period_end = as_of.or_else(|| eligible.last().map(|(_, post)| post.date));
    let eligible_posts = eligible.len();

    let (selected, period_start): (Vec<&Post>, Option<Date>) = match window {
        PostWindow::LastPosts(n) => {
            let keep = usize::try_from(n).unwrap_or(usize::MAX);
            let skip = eligible.len().saturating_sub(keep);
            (
                eligible
                    .into_iter()
                    .skip(skip)
                    .map(|(_, post)| post)
                    .collect(),
                None,
            )
        }
        PostWindow::LastDays(0) => (Vec::new(), None),
        PostWindow::LastDays(n) => {
            let start =
                period_end.and_then(|end| end.checked_sub(Duration::days(i64::from(n) - 1)));
            let chosen = eligible
                .into_iter()
                .filter(|(_, post)| start.is_none_or(|first| post.date >= first))
                .map(|(_, post)| post)
                .collect();
            (chosen, start)
        }
    };
    WindowedPosts {
        window,
        posts: selected,
        eligible_posts,
        earliest_post,
        period_start,
        period_end,
    }
}
