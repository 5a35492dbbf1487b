//! A computed figure or the plain reason it is not available.

use super::engagement::PostGroup;
use crate::model::EngagementMethod;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A computed figure, or why it could not be computed. Never NaN, never infinite.
///
/// In JSON: `{"status": "available", "value": …}` or
/// `{"status": "not_available", "reason": {"code": …, "message": …}}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Figure<T> {
    /// The figure.
    Available {
        /// The computed value.
        value: T,
    },
    /// Not computable from the data entered.
    NotAvailable {
        /// Why not, in plain words.
        reason: Unavailable,
    },
}

impl<T> Figure<T> {
    /// The value, if available.
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Available { value } => Some(value),
            Self::NotAvailable { .. } => None,
        }
    }

    /// The value, consuming the figure.
    pub fn into_value(self) -> Option<T> {
        match self {
            Self::Available { value } => Some(value),
            Self::NotAvailable { .. } => None,
        }
    }

    /// Why the figure is missing, if it is.
    pub fn reason(&self) -> Option<Unavailable> {
        match self {
            Self::Available { .. } => None,
            Self::NotAvailable { reason } => Some(*reason),
        }
    }

    /// True when the figure was computed.
    pub fn is_available(&self) -> bool {
        matches!(self, Self::Available { .. })
    }

    /// A figure holding `value`.
    pub(crate) fn available(value: T) -> Self {
        Self::Available { value }
    }

    /// A missing figure.
    pub(crate) fn missing(reason: Unavailable) -> Self {
        Self::NotAvailable { reason }
    }
}

/// Why a figure is not available. Each has a code (for JSON) and a plain message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// The platform has no posts entered.
    NoPosts,
    /// Posts exist, but none falls in the window.
    EmptyWindow,
    /// The window has posts, but none of this group (e.g. no sponsored posts).
    NoPostsInGroup(PostGroup),
    /// No post in the group has every figure the method needs.
    MissingFigures(EngagementMethod),
    /// The follower count is 0, so a per-follower rate cannot be computed.
    ZeroFollowers,
    /// Every post with the needed figures has 0 reach (or 0 views).
    ZeroDenominator(EngagementMethod),
    /// Posting frequency needs at least two posts in a "last N posts" window.
    TooFewPosts,
    /// No post in the window has both comments and replies entered.
    NoReplyFigures,
    /// The posts with replies entered have 0 comments in total.
    NoComments,
    /// No follower snapshot near the start of the growth period.
    NoSnapshot,
    /// The figures are too large to compute with (an overflow was caught).
    TooLarge,
}

impl Unavailable {
    /// A short machine-readable code, e.g. `"missing_figures"`.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoPosts => "no_posts",
            Self::EmptyWindow => "empty_window",
            Self::NoPostsInGroup(_) => "no_posts_in_group",
            Self::MissingFigures(_) => "missing_figures",
            Self::ZeroFollowers => "zero_followers",
            Self::ZeroDenominator(_) => "zero_denominator",
            Self::TooFewPosts => "too_few_posts",
            Self::NoReplyFigures => "no_reply_figures",
            Self::NoComments => "no_comments",
            Self::NoSnapshot => "no_snapshot",
            Self::TooLarge => "too_large",
        }
    }

    /// The reason in plain words, e.g. "no post in the window has views entered".
    pub fn message(self) -> String {
        match self {
            Self::NoPosts => "no posts entered yet".to_owned(),
            Self::EmptyWindow => "no posts fall in the window".to_owned(),
            Self::NoPostsInGroup(group) => format!("no {} in the window", group.label()),
            Self::MissingFigures(method) => format!(
                "no post in the window has all of {} entered",
                needed_figures(method)
            ),
            Self::ZeroFollowers => "the follower count is 0".to_owned(),
            Self::ZeroDenominator(method) => format!(
                "every post with the needed figures has 0 {}",
                if method == EngagementMethod::Reach {
                    "reach"
                } else {
                    "views"
                }
            ),
            Self::TooFewPosts => "needs at least two posts in the window".to_owned(),
            Self::NoReplyFigures => {
                "no post in the window has both comments and replies entered".to_owned()
            }
            Self::NoComments => "the posts with replies entered have 0 comments".to_owned(),
            Self::NoSnapshot => format!(
                "no follower snapshot within {} days of the start of the period",
                super::growth::SNAPSHOT_TOLERANCE_DAYS
            ),
            Self::TooLarge => "the figures are too large to compute with".to_owned(),
        }
    }
}

/// The figures a method needs, in words: "likes and comments".
pub(crate) fn needed_figures(method: EngagementMethod) -> &'static str {
    match method {
        EngagementMethod::FollowersLikesComments => "likes and comments",
        EngagementMethod::FollowersAllInteractions => "likes, comments, shares and saves",
        EngagementMethod::Reach => "likes, comments, shares, saves and reach",
        EngagementMethod::Views => "likes, comments, shares, saves and views",
    }
}

impl Serialize for Unavailable {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Unavailable", 2)?;
        state.serialize_field("code", self.code())?;
        state.serialize_field("message", &self.message())?;
        state.end()
    }
}
