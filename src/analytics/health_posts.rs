//! The health rules about single posts: engagement over 100 % or far above the tier,
//! interactions larger than views or reach, reach far above followers, a date before
//! the platform existed.

use super::benchmarks::Benchmarks;
use super::compare::comparable_rows;
use super::engagement::post_rate;
use super::health::{HealthTarget, HealthWarning, PlatformAt, post_figure, post_identity};
use super::health_rules::{RuleId, STORY_REACH_FACTOR, VIDEO_REACH_FACTOR, launch_date, rule};
use super::tiers::Tier;
use crate::format;
use crate::model::{EngagementMethod, Platform, Post, PostKind};
use time::Date;

/// Every post rule on every post of `platform` dated up to `today` (later posts are
/// `storage::validate`'s business).
pub(crate) fn check_posts(
    at: &PlatformAt,
    platform: &Platform,
    tier: Tier,
    today: Date,
    benchmarks: &Benchmarks,
    out: &mut Vec<HealthWarning>,
) {
    for (index, post) in platform.posts.iter().enumerate() {
        if post.date > today {
            continue;
        }
        let this = PostAt {
            at,
            post,
            target: HealthTarget::Post {
                platform: at.index,
                post: index,
            },
        };
        if !this.engagement_over_followers(platform.followers, out) {
            this.engagement_far_above_tier(platform, tier, benchmarks, out);
        }
        this.interactions_over_audience(out);
        this.reach_far_above_followers(platform.followers, out);
        this.before_launch(out);
    }
}

struct PostAt<'a> {
    at: &'a PlatformAt,
    post: &'a Post,
    target: HealthTarget,
}

impl PostAt<'_> {
    fn push(&self, rule: RuleId, why: String, what_to_do: &str, out: &mut Vec<HealthWarning>) {
        out.push(self.at.warning(
            rule,
            &post_identity(self.post),
            post_figure(&self.at.name, self.post),
            why,
            what_to_do,
            self.target,
        ));
    }

    /// The highest per-follower rate the post has (all interactions, else likes and
    /// comments), with its formula.
    fn follower_rate(&self, followers: u64) -> Option<(f64, &'static str)> {
        [
            EngagementMethod::FollowersAllInteractions,
            EngagementMethod::FollowersLikesComments,
        ]
        .into_iter()
        .find_map(|method| {
            post_rate(self.post, method, followers)
                .into_value()
                .map(|rate| (rate.percent(), rate.formula()))
        })
    }

    /// True when it warned.
    fn engagement_over_followers(&self, followers: u64, out: &mut Vec<HealthWarning>) -> bool {
        let limit = rule(RuleId::EngagementOverFollowers).threshold;
        let Some((percent, formula)) = self.follower_rate(followers) else {
            return false;
        };
        if percent <= limit {
            return false;
        }
        self.push(
            RuleId::EngagementOverFollowers,
            format!(
                "Its engagement by followers is {} ({formula}, with {} followers): more \
                 interactions than the account has followers.",
                format::percent(percent),
                format::grouped(followers)
            ),
            "Check the likes, comments and follower count for a typo; if the post went \
             viral, dismiss this warning with a note saying so.",
            out,
        );
        true
    }

    fn engagement_far_above_tier(
        &self,
        platform: &Platform,
        tier: Tier,
        benchmarks: &Benchmarks,
        out: &mut Vec<HealthWarning>,
    ) {
        let method = EngagementMethod::FollowersLikesComments;
        let Some(rate) = post_rate(self.post, method, platform.followers).into_value() else {
            return;
        };
        let rows = comparable_rows(benchmarks, &rate, &platform.kind, platform.followers);
        let Some(highest) = rows
            .iter()
            .filter_map(|row| row.value.map(|value| (value, *row)))
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.id.cmp(&a.1.id)))
        else {
            return;
        };
        let factor = rule(RuleId::EngagementFarAboveTier).threshold;
        if rate.percent() <= highest.0 * factor {
            return;
        }
        self.push(
            RuleId::EngagementFarAboveTier,
            format!(
                "Its engagement by followers is {} ({}), more than {} times the highest \
                 figure published for {} {} accounts ({}, {}).",
                format::percent(rate.percent()),
                rate.formula(),
                format::grouped(factor as u64),
                self.at.name,
                tier.label().to_lowercase(),
                format::percent(highest.0),
                highest.1.citation
            ),
            "Check the likes and comments for an extra digit; if the figures are right, \
             dismiss this warning with a note saying why the post did so well.",
            out,
        );
    }

    fn interactions_over_audience(&self, out: &mut Vec<HealthWarning>) {
        let post = self.post;
        let mut clashes = Vec::new();
        for (name, count) in [
            ("likes", post.likes),
            ("comments", post.comments),
            ("saves", post.saves),
        ] {
            for (audience, seen) in [("views", post.views), ("reach", post.reach)] {
                if let (Some(count), Some(seen)) = (count, seen)
                    && (count as f64)
                        > (seen as f64) * rule(RuleId::InteractionsOverAudience).threshold
                {
                    clashes.push(format!(
                        "{name} ({}) are more than the {audience} ({})",
                        format::grouped(count),
                        format::grouped(seen)
                    ));
                }
            }
        }
        if clashes.is_empty() {
            return;
        }
        let mut why = clashes.join("; ");
        if let Some(first) = why.get(..1) {
            why = format!("{}{}", first.to_uppercase(), why.get(1..).unwrap_or(""));
        }
        self.push(
            RuleId::InteractionsOverAudience,
            format!("{why}: an account has to see a post before it reacts to it."),
            "Check whether two columns were swapped or a digit is missing.",
            out,
        );
    }

    fn reach_far_above_followers(&self, followers: u64, out: &mut Vec<HealthWarning>) {
        let Some(reach) = self.post.reach else { return };
        if followers == 0 {
            return;
        }
        let factor = match self.post.kind {
            PostKind::Story => STORY_REACH_FACTOR,
            PostKind::Reel | PostKind::Short | PostKind::Video => VIDEO_REACH_FACTOR,
            PostKind::Photo | PostKind::Carousel | PostKind::Live => {
                rule(RuleId::ReachFarAboveFollowers).threshold
            }
        };
        let times = reach as f64 / followers as f64;
        if times <= factor {
            return;
        }
        self.push(
            RuleId::ReachFarAboveFollowers,
            format!(
                "Its reach ({}) is {} the {} followers; a {} rarely reaches more than {} its \
                 followers.",
                format::grouped(reach),
                format::ratio(times),
                format::grouped(followers),
                self.post.kind.label().to_lowercase(),
                format::ratio(factor)
            ),
            "Check the reach for an extra digit or a figure copied from another post; if \
             the post went viral, dismiss this warning with a note saying so.",
            out,
        );
    }

    fn before_launch(&self, out: &mut Vec<HealthWarning>) {
        let Some((launch, what)) = launch_date(&self.at.key) else {
            return;
        };
        if self.post.date >= launch {
            return;
        }
        self.push(
            RuleId::PostBeforeLaunch,
            format!(
                "It is dated before {} existed ({what} on {}).",
                self.at.name,
                format::date(launch)
            ),
            "Correct the date (a year typed wrong?).",
            out,
        );
    }
}
