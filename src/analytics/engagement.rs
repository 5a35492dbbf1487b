//! Engagement rates by the four named methods: per post, and average and median over a
//! window, for all, organic or sponsored posts.
//!
//! Definitions (the formulas are `EngagementMethod::formula`):
//! - by followers (likes + comments): `(likes + comments) ÷ followers × 100`;
//! - by followers (all interactions): `(likes + comments + shares + saves) ÷ followers × 100`;
//! - by reach: `(likes + comments + shares + saves) ÷ reach × 100`;
//! - by views: `(likes + comments + shares + saves) ÷ views × 100`.
//!
//! The per-follower methods divide by the platform's **current** follower count (the
//! `followers` figure with its as-of date), not the count on the day of each post:
//! post-day counts are rarely known, and this is the convention of HypeAuditor and
//! most media kits.
//!
//! A post that lacks any figure its method needs is left out for that method (a
//! missing figure is never read as 0), as is a post whose reach or views is 0. The
//! average is the mean of the per-post rates (each post counts once); the median is the
//! middle per-post rate (mean of the two middle ones for an even count). Every rate says
//! how many posts it used. Sums are taken in `u128`, so `u64::MAX` figures cannot
//! overflow; any result that is not a finite number is reported as not available.

use super::figure::{Figure, Unavailable};
use super::window::{WindowedPosts, select_window};
use crate::model::{EngagementMethod, Post, PostWindow};
use serde::Serialize;
use time::Date;

/// Which posts a rate looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostGroup {
    /// Every post in the window.
    All,
    /// Posts not marked sponsored.
    Organic,
    /// Posts marked sponsored (paid or gifted).
    Sponsored,
}

impl PostGroup {
    /// Every group, in report order.
    pub const ALL: [PostGroup; 3] = [Self::All, Self::Organic, Self::Sponsored];

    /// Words for the group: "posts", "organic posts", "sponsored posts".
    pub fn label(self) -> &'static str {
        match self {
            Self::All => "posts",
            Self::Organic => "organic posts",
            Self::Sponsored => "sponsored posts",
        }
    }

    /// True when the post belongs to the group.
    pub fn includes(self, post: &Post) -> bool {
        match self {
            Self::All => true,
            Self::Organic => !post.sponsored,
            Self::Sponsored => post.sponsored,
        }
    }
}

/// How per-post rates were summarised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Statistic {
    /// Mean of the per-post rates.
    Average,
    /// Middle per-post rate.
    Median,
    /// One post's rate.
    SinglePost,
}

impl Statistic {
    /// The word for it: "average", "median", "single post".
    pub fn label(self) -> &'static str {
        match self {
            Self::Average => "average",
            Self::Median => "median",
            Self::SinglePost => "single post",
        }
    }
}

/// An engagement rate with everything a sentence needs to cite it.
///
/// The value is always a finite number ≥ 0 (only this module builds rates).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    percent: f64,
    method: EngagementMethod,
    method_label: &'static str,
    formula: &'static str,
    statistic: Statistic,
    group: PostGroup,
    posts_used: usize,
    posts_considered: usize,
    window: Option<PostWindow>,
    followers: Option<u64>,
}

impl Rate {
    /// The rate in percent (e.g. `5.1`); finite and ≥ 0.
    pub fn percent(&self) -> f64 {
        self.percent
    }

    /// The method it was computed with.
    pub fn method(&self) -> EngagementMethod {
        self.method
    }

    /// The method's formula in words, e.g. "(likes + comments) ÷ followers".
    pub fn formula(&self) -> &'static str {
        self.formula
    }

    /// Average, median or a single post.
    pub fn statistic(&self) -> Statistic {
        self.statistic
    }

    /// All, organic or sponsored posts.
    pub fn group(&self) -> PostGroup {
        self.group
    }

    /// Posts whose figures went into the rate.
    pub fn posts_used(&self) -> usize {
        self.posts_used
    }

    /// Posts of the group in the window (used or left out for missing figures).
    pub fn posts_considered(&self) -> usize {
        self.posts_considered
    }

    /// The window the posts came from; `None` for a single post's rate.
    pub fn window(&self) -> Option<PostWindow> {
        self.window
    }

    /// The follower count divided by (per-follower methods only).
    pub fn followers(&self) -> Option<u64> {
        self.followers
    }

    /// A phrase such as "5.1% by followers (likes + comments), average of 12 posts".
    pub fn describe(&self) -> String {
        let value = crate::format::percent(self.percent);
        let what = match self.statistic {
            Statistic::SinglePost => "one post".to_owned(),
            statistic => format!(
                "{} of {} {}",
                statistic.label(),
                crate::format::count(self.posts_used as u64),
                self.group.label()
            ),
        };
        format!("{value} {}, {what}", self.method_label)
    }
}

/// Average and median of one method over one group of posts in a window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EngagementStats {
    /// The method.
    pub method: EngagementMethod,
    /// The method's short name, e.g. "by views".
    pub label: &'static str,
    /// The method's formula in words.
    pub formula: &'static str,
    /// Which posts.
    pub group: PostGroup,
    /// Mean of the per-post rates.
    pub average: Figure<Rate>,
    /// Median of the per-post rates.
    pub median: Figure<Rate>,
}

/// Interactions the method counts, or `None` when a needed figure is missing.
fn interactions(post: &Post, method: EngagementMethod) -> Option<u128> {
    let likes = u128::from(post.likes?);
    let comments = u128::from(post.comments?);
    let base = likes.checked_add(comments)?;
    if method == EngagementMethod::FollowersLikesComments {
        return Some(base);
    }
    base.checked_add(u128::from(post.shares?))?
        .checked_add(u128::from(post.saves?))
}

/// The divisor the method uses, or `None` when the post lacks it.
fn denominator(post: &Post, method: EngagementMethod, followers: u64) -> Option<u64> {
    match method {
        EngagementMethod::FollowersLikesComments | EngagementMethod::FollowersAllInteractions => {
            Some(followers)
        }
        EngagementMethod::Reach => post.reach,
        EngagementMethod::Views => post.views,
    }
}

/// `part ÷ whole × 100`, or `None` for a zero divisor or a non-finite result.
#[allow(clippy::cast_precision_loss)]
pub(crate) fn percent_of(part: u128, whole: u128) -> Option<f64> {
    if whole == 0 {
        return None;
    }
    let value = part as f64 / whole as f64 * 100.0;
    (value.is_finite() && value >= 0.0).then_some(value)
}

/// One post's rate in percent, or why there is none.
fn post_percent(post: &Post, method: EngagementMethod, followers: u64) -> Result<f64, Unavailable> {
    if method.is_per_follower() && followers == 0 {
        return Err(Unavailable::ZeroFollowers);
    }
    let (Some(part), Some(whole)) = (
        interactions(post, method),
        denominator(post, method, followers),
    ) else {
        return Err(Unavailable::MissingFigures(method));
    };
    percent_of(part, u128::from(whole)).ok_or(Unavailable::ZeroDenominator(method))
}

/// One post's engagement rate by `method`; `followers` is the platform's current count.
pub fn post_rate(post: &Post, method: EngagementMethod, followers: u64) -> Figure<Rate> {
    match post_percent(post, method, followers) {
        Ok(percent) => Figure::available(Rate {
            percent,
            method,
            method_label: method.label(),
            formula: method.formula(),
            statistic: Statistic::SinglePost,
            group: if post.sponsored {
                PostGroup::Sponsored
            } else {
                PostGroup::Organic
            },
            posts_used: 1,
            posts_considered: 1,
            window: None,
            followers: method.is_per_follower().then_some(followers),
        }),
        Err(reason) => Figure::missing(reason),
    }
}

/// Average and median of `method` over the posts of `group` in the window.
pub fn engagement_stats(
    window: &WindowedPosts<'_>,
    followers: u64,
    method: EngagementMethod,
    group: PostGroup,
) -> EngagementStats {
    let (average, median) = match per_post_percents(window, followers, method, group) {
        Ok((mut percents, considered)) => {
            let posts_used = percents.len();
            let make = |percent: f64, statistic: Statistic| Rate {
                percent,
                method,
                method_label: method.label(),
                formula: method.formula(),
                statistic,
                group,
                posts_used,
                posts_considered: considered,
                window: Some(window.window),
                followers: method.is_per_follower().then_some(followers),
            };
            let average = mean(&percents)
                .map(|value| make(value, Statistic::Average))
                .map_or(Figure::missing(Unavailable::TooLarge), Figure::available);
            let median = median_of(&mut percents)
                .map(|value| make(value, Statistic::Median))
                .map_or(Figure::missing(Unavailable::TooLarge), Figure::available);
            (average, median)
        }
        Err(reason) => (Figure::missing(reason), Figure::missing(reason)),
    };
    EngagementStats {
        method,
        label: method.label(),
        formula: method.formula(),
        group,
        average,
        median,
    }
}

/// Selects the window and computes `engagement_stats` in one call.
pub fn engagement(
    posts: &[Post],
    followers: u64,
    method: EngagementMethod,
    window: PostWindow,
    as_of: Option<Date>,
    group: PostGroup,
) -> EngagementStats {
    engagement_stats(
        &select_window(posts, window, as_of),
        followers,
        method,
        group,
    )
}

/// Per-post rates of the group (non-empty) and how many posts the group has.
fn per_post_percents(
    window: &WindowedPosts<'_>,
    followers: u64,
    method: EngagementMethod,
    group: PostGroup,
) -> Result<(Vec<f64>, usize), Unavailable> {
    if window.eligible_posts == 0 {
        return Err(Unavailable::NoPosts);
    }
    if window.posts.is_empty() {
        return Err(Unavailable::EmptyWindow);
    }
    let posts = window.group(group);
    if posts.is_empty() {
        return Err(Unavailable::NoPostsInGroup(group));
    }
    let mut percents = Vec::with_capacity(posts.len());
    let mut first_failure = None;
    for post in &posts {
        match post_percent(post, method, followers) {
            Ok(value) => percents.push(value),
            Err(Unavailable::ZeroFollowers) => return Err(Unavailable::ZeroFollowers),
            // A zero divisor says more than a missing figure: keep it if seen.
            Err(reason @ Unavailable::ZeroDenominator(_)) => first_failure = Some(reason),
            Err(reason) => {
                first_failure.get_or_insert(reason);
            }
        }
    }
    if percents.is_empty() {
        return Err(first_failure.unwrap_or(Unavailable::MissingFigures(method)));
    }
    Ok((percents, posts.len()))
}

/// Mean of finite values; `None` when empty or not finite.
#[allow(clippy::cast_precision_loss)]
fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let value = values.iter().sum::<f64>() / values.len() as f64;
    value.is_finite().then_some(value)
}

/// Median (mean of the two middle values for an even count); `None` when empty.
pub(crate) fn median_of(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let value = match n {
        0 => return None,
        _ if n % 2 == 1 => *values.get(n / 2)?,
        _ => {
            let low = *values.get(n / 2 - 1)?;
            let high = *values.get(n / 2)?;
            // Halve first so two huge values cannot overflow to infinity.
            low / 2.0 + high / 2.0
        }
    };
    value.is_finite().then_some(value)
}
