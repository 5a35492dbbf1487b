//! Social platforms, follower snapshots and post-level figures.

use super::{Extra, Provenance};
use serde::{Deserialize, Serialize};
use std::fmt;
use time::Date;

/// A social platform (or a newsletter/blog, or another named one).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlatformKind {
    /// Instagram.
    Instagram,
    /// TikTok.
    Tiktok,
    /// YouTube.
    Youtube,
    /// X (formerly Twitter).
    X,
    /// Facebook.
    Facebook,
    /// Twitch.
    Twitch,
    /// Pinterest.
    Pinterest,
    /// LinkedIn.
    Linkedin,
    /// Threads.
    Threads,
    /// Snapchat.
    Snapchat,
    /// Bluesky.
    Bluesky,
    /// A newsletter or blog.
    Newsletter,
    /// Any other platform, by name.
    Other(String),
}

impl PlatformKind {
    /// Every named kind, in menu order (without `Other`).
    pub const NAMED: [PlatformKind; 12] = [
        Self::Instagram,
        Self::Tiktok,
        Self::Youtube,
        Self::X,
        Self::Facebook,
        Self::Twitch,
        Self::Pinterest,
        Self::Linkedin,
        Self::Threads,
        Self::Snapchat,
        Self::Bluesky,
        Self::Newsletter,
    ];

    /// The name shown to people, e.g. "TikTok".
    pub fn label(&self) -> &str {
        match self {
            Self::Instagram => "Instagram",
            Self::Tiktok => "TikTok",
            Self::Youtube => "YouTube",
            Self::X => "X",
            Self::Facebook => "Facebook",
            Self::Twitch => "Twitch",
            Self::Pinterest => "Pinterest",
            Self::Linkedin => "LinkedIn",
            Self::Threads => "Threads",
            Self::Snapchat => "Snapchat",
            Self::Bluesky => "Bluesky",
            Self::Newsletter => "Newsletter/blog",
            Self::Other(name) => name,
        }
    }

    /// The word for the audience on this platform ("subscribers" on YouTube).
    pub fn audience_word(&self) -> &'static str {
        match self {
            Self::Youtube | Self::Newsletter => "subscribers",
            _ => "followers",
        }
    }
}

impl fmt::Display for PlatformKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Followers on a date, for growth charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowerSnapshot {
    /// The day the count was read.
    pub date: Date,
    /// Followers (or subscribers) that day.
    pub followers: u64,
}

/// What kind of post it was.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    /// A single photo.
    #[default]
    Photo,
    /// Several photos or videos in one post.
    Carousel,
    /// An Instagram/Facebook reel.
    Reel,
    /// A long-form video.
    Video,
    /// A short vertical video (TikTok, YouTube Shorts).
    Short,
    /// A story (24 hours).
    Story,
    /// A live stream.
    Live,
}

impl PostKind {
    /// Every kind, in menu order.
    pub const ALL: [PostKind; 7] = [
        Self::Photo,
        Self::Carousel,
        Self::Reel,
        Self::Video,
        Self::Short,
        Self::Story,
        Self::Live,
    ];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Photo => "Photo",
            Self::Carousel => "Carousel",
            Self::Reel => "Reel",
            Self::Video => "Video",
            Self::Short => "Short",
            Self::Story => "Story",
            Self::Live => "Live",
        }
    }
}

/// One post's figures. Every count is optional: platforms show different ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    /// The day it was published.
    pub date: Date,
    /// Photo, reel, video…
    #[serde(default)]
    pub kind: PostKind,
    /// A short title or first words of the caption, to recognise it.
    #[serde(default)]
    pub title: String,
    /// Likes (or reactions).
    #[serde(default)]
    pub likes: Option<u64>,
    /// Comments (or replies).
    #[serde(default)]
    pub comments: Option<u64>,
    /// Shares (or reposts).
    #[serde(default)]
    pub shares: Option<u64>,
    /// Saves (or bookmarks).
    #[serde(default)]
    pub saves: Option<u64>,
    /// Views (plays).
    #[serde(default)]
    pub views: Option<u64>,
    /// Reach: unique accounts that saw it.
    #[serde(default)]
    pub reach: Option<u64>,
    /// Impressions: times it was shown.
    #[serde(default)]
    pub impressions: Option<u64>,
    /// How many comments the creator replied to.
    #[serde(default)]
    pub replies: Option<u64>,
    /// Paid or gifted (sponsored) content.
    #[serde(default)]
    pub sponsored: bool,
    /// Link to the post.
    #[serde(default)]
    pub link: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Post {
    /// An organic post of this kind on this day with no figures yet.
    pub fn new(date: Date, kind: PostKind) -> Self {
        Self {
            date,
            kind,
            title: String::new(),
            likes: None,
            comments: None,
            shares: None,
            saves: None,
            views: None,
            reach: None,
            impressions: None,
            replies: None,
            sponsored: false,
            link: String::new(),
            extra: Extra::new(),
        }
    }
}

/// One platform the creator publishes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    /// Which platform.
    pub kind: PlatformKind,
    /// The handle there, e.g. "@orbitandoat".
    #[serde(default)]
    pub handle: String,
    /// Link to the profile.
    #[serde(default)]
    pub profile_url: String,
    /// Current followers (or subscribers).
    pub followers: u64,
    /// Where the follower count came from and when.
    pub followers_provenance: Provenance,
    /// Dated follower counts, for growth.
    #[serde(default)]
    pub snapshots: Vec<FollowerSnapshot>,
    /// Post-level figures.
    #[serde(default)]
    pub posts: Vec<Post>,
    /// Where the post figures came from and when.
    pub posts_provenance: Provenance,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Platform {
    /// A platform with a follower count typed on `as_of` and no posts yet.
    pub fn new(kind: PlatformKind, followers: u64, as_of: Date) -> Self {
        Self {
            kind,
            handle: String::new(),
            profile_url: String::new(),
            followers,
            followers_provenance: Provenance::typed(as_of),
            snapshots: Vec::new(),
            posts: Vec::new(),
            posts_provenance: Provenance::typed(as_of),
            extra: Extra::new(),
        }
    }
}
