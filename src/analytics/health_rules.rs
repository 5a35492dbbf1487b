//! The health check's thresholds, in one table: each with its reason and its source
//! (a publication where one exists, otherwise "Pitchkit's rule of thumb").
//!
//! Dates in the future and audience groups over 100.5 % are not here: `storage::validate`
//! reports them as problems to fix, and the health check does not say it twice.

use time::{Date, Month};

/// Which health rule a warning comes from. The id is part of every warning's key, so
/// it never changes once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    /// A post's engagement by followers is over 100 %.
    EngagementOverFollowers,
    /// A post's engagement by followers is far above every published figure for the tier.
    EngagementFarAboveTier,
    /// Likes, comments or saves larger than views or reach on the same post.
    InteractionsOverAudience,
    /// A post reached far more accounts than the platform has followers.
    ReachFarAboveFollowers,
    /// A post dated before the platform existed.
    PostBeforeLaunch,
    /// A jump or drop in follower history far beyond the account's usual change.
    FollowerJump,
    /// The current follower count does not agree with the last snapshot.
    FollowersVersusSnapshot,
    /// Age or gender shares that add up to far less than 100 %.
    SharesBelowWhole,
    /// Every post in the window is marked sponsored.
    AllSponsored,
    /// Posting frequency computed from very few posts.
    ThinFrequency,
    /// The lead engagement rate averaged over very few posts.
    ThinEngagement,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HealthRule {
    /// Which rule.
    pub id: RuleId,
    /// Stable id used in warning keys, e.g. "engagement-over-followers".
    pub key: &'static str,
    /// The threshold, in the unit `unit` names.
    pub threshold: f64,
    /// The threshold's unit, e.g. "% of followers" or "× the highest published rate".
    pub unit: &'static str,
    /// Why the threshold is where it is.
    pub reason: &'static str,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// Pitchkit's own judgement, where no publication gives a figure.
pub const RULE_OF_THUMB: &str = "Pitchkit's rule of thumb";

/// Every rule, in the order warnings are listed.
pub const RULES: [HealthRule; 11] = [
    HealthRule {
        id: RuleId::EngagementOverFollowers,
        key: "engagement-over-followers",
        threshold: 100.0,
        unit: "% engagement by followers on one post",
        reason: "More interactions than the account has followers: possible only when a post \
                 travels far beyond them, and the first thing an audit tool questions.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::EngagementFarAboveTier,
        key: "engagement-far-above-tier",
        threshold: 10.0,
        unit: "× the highest published engagement rate for the platform and tier",
        reason: "One post ten times above every published figure for accounts of this size \
                 is far more often a typo (an extra digit) than a real rate.",
        source: "The embedded benchmark table (the row is named in the warning); the factor \
                 of 10 is Pitchkit's rule of thumb",
    },
    HealthRule {
        id: RuleId::InteractionsOverAudience,
        key: "interactions-over-audience",
        threshold: 1.0,
        unit: "× views or reach",
        reason: "An account has to see a post before it likes, saves or comments on it, so \
                 these counts cannot be larger than the views or the reach of the same post.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::ReachFarAboveFollowers,
        key: "reach-far-above-followers",
        threshold: 5.0,
        unit: "× followers (stories 1.5 ×, reels, shorts and videos 50 ×)",
        reason: "Photos, carousels and stories mostly reach followers; reach many times the \
                 follower count on them is usually a typo or a figure from another post.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::PostBeforeLaunch,
        key: "post-before-launch",
        threshold: 0.0,
        unit: "days before the platform's public launch",
        reason: "A post cannot be older than the platform it was published on.",
        source: "The platforms' public launch dates (see LAUNCH_DATES)",
    },
    HealthRule {
        id: RuleId::FollowerJump,
        key: "follower-jump",
        threshold: 3.5,
        unit: "modified z-score of the daily follower change (needs 5 changes)",
        reason: "A change far outside the account's own usual daily change is what audit \
                 tools read as bought followers (a jump) or a purge (a drop).",
        source: "Iglewicz and Hoaglin (1993), How to Detect and Handle Outliers: a modified \
                 z-score above 3.5 marks an outlier",
    },
    HealthRule {
        id: RuleId::FollowersVersusSnapshot,
        key: "followers-versus-snapshot",
        threshold: 2.0,
        unit: "× between the current count and the last snapshot (within 90 days; 1 % on \
               the same day)",
        reason: "Doubling or halving since the last snapshot is usually a digit too many or \
                 too few in one of the two counts.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::SharesBelowWhole,
        key: "shares-below-whole",
        threshold: 90.0,
        unit: "% total of the age or gender shares",
        reason: "The platforms give the whole age and gender split; shares adding up to much \
                 less than 100 % leave part of the audience out.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::AllSponsored,
        key: "all-sponsored",
        threshold: 100.0,
        unit: "% of the window's posts marked sponsored",
        reason: "With every post sponsored, a brand sees no organic engagement to judge; often \
                 the sponsored box was ticked by mistake.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::ThinFrequency,
        key: "thin-frequency",
        threshold: 4.0,
        unit: "posts at least",
        reason: "Posts per week from two or three posts says little about a habit.",
        source: RULE_OF_THUMB,
    },
    HealthRule {
        id: RuleId::ThinEngagement,
        key: "thin-engagement",
        threshold: 3.0,
        unit: "posts at least",
        reason: "An average of one or two posts is a post's rate, not the account's.",
        source: RULE_OF_THUMB,
    },
];

/// Reach multiple for stories (shown to followers).
pub const STORY_REACH_FACTOR: f64 = 1.5;
/// Reach multiple for reels, shorts and videos (shown to non-followers by design).
pub const VIDEO_REACH_FACTOR: f64 = 50.0;
/// Follower changes needed before the jump rule speaks.
pub const MIN_FOLLOWER_CHANGES: usize = 5;
/// The smallest spread of daily changes (percent per day) the jump rule divides by, so
/// a perfectly steady history does not make every small wobble an outlier.
pub const MIN_DAILY_SPREAD_PERCENT: f64 = 0.05;
/// A jump must also move at least this share of the followers (percent) to count.
pub const MIN_JUMP_PERCENT: f64 = 2.0;
/// The last snapshot counts against the current figure within this many days.
pub const SNAPSHOT_WINDOW_DAYS: i64 = 90;
/// Same-day (or later) snapshot and current count may differ by this percent.
pub const SAME_DAY_TOLERANCE_PERCENT: f64 = 1.0;

/// The row of a rule.
pub fn rule(id: RuleId) -> &'static HealthRule {
    RULES.iter().find(|rule| rule.id == id).unwrap_or(&RULES[0])
}

/// When each named platform opened to the public, with the source. Newsletters and
/// other platforms have none.
pub const LAUNCH_DATES: [(&str, i32, Month, u8, &str); 11] = [
    (
        "facebook",
        2004,
        Month::February,
        4,
        "thefacebook.com opened",
    ),
    ("linkedin", 2003, Month::May, 5, "LinkedIn launched"),
    ("youtube", 2005, Month::April, 23, "first video uploaded"),
    ("x", 2006, Month::March, 21, "first tweet"),
    ("instagram", 2010, Month::October, 6, "App Store launch"),
    ("pinterest", 2010, Month::March, 1, "closed beta opened"),
    ("twitch", 2011, Month::June, 6, "Twitch launched"),
    ("snapchat", 2011, Month::July, 8, "launched as Picaboo"),
    ("tiktok", 2016, Month::September, 20, "launched as Douyin"),
    (
        "bluesky",
        2023,
        Month::February,
        17,
        "invite-only beta opened",
    ),
    ("threads", 2023, Month::July, 5, "Threads launched"),
];

/// The launch date of the platform with this key ("instagram"), with what happened then.
pub fn launch_date(platform_key: &str) -> Option<(Date, &'static str)> {
    LAUNCH_DATES
        .iter()
        .find(|(key, ..)| *key == platform_key)
        .and_then(|(_, year, month, day, what)| {
            Date::from_calendar_date(*year, *month, *day)
                .ok()
                .map(|date| (date, *what))
        })
}
