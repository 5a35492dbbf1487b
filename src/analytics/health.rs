//! The health check: figures a brand's audit tool would question and typos that would
//! embarrass the creator, each saying which figure, why, and what to do.
//!
//! The thresholds live in [`super::health_rules`], one table with the reason and source
//! of each. Every warning has a stable key (the rule and the figure's identity: a post's
//! link, else its date and title; never its position in a list), so a warning the
//! creator dismissed ("this reel went viral") stays dismissed when posts are reordered
//! or other figures change. Dismissed warnings are returned too, flagged, so the editor
//! can offer them back.

use super::benchmarks::Benchmarks;
use super::health_account;
use super::health_posts;
use super::health_rules::RuleId;
use super::report::{Report, report};
use crate::model::{PlatformKind, Post, Project};
use std::fmt;
use time::Date;

/// Where in the editor a warning's figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HealthTarget {
    /// One post of a platform (indices in `platforms` and its `posts`).
    Post {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
    },
    /// A platform's posts as a whole (frequency, sponsored share, averages).
    Posts {
        /// Index in `platforms`.
        platform: usize,
    },
    /// A platform's current follower count.
    Followers {
        /// Index in `platforms`.
        platform: usize,
    },
    /// A platform's follower snapshots.
    Snapshots {
        /// Index in `platforms`.
        platform: usize,
    },
    /// One audience's shares.
    Audience {
        /// Index in `audiences`.
        audience: usize,
    },
}

/// One figure to check before the kit goes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthWarning {
    /// The rule that found it.
    pub rule: RuleId,
    /// Stable identity: the rule's key and the figure's, e.g.
    /// `"engagement-over-followers:instagram:https://instagram.com/p/abc"`.
    pub key: String,
    /// The figure in plain words, e.g. "Instagram · post of 3 Mar 2026 “Brew”".
    pub figure: String,
    /// Why it looks wrong, with the numbers.
    pub why: String,
    /// What to do about it.
    pub what_to_do: String,
    /// Where the editor jumps to.
    pub target: HealthTarget,
    /// The creator's reason, when the warning was dismissed for this figure.
    pub dismissed: Option<String>,
}

impl HealthWarning {
    /// True when the creator dismissed it.
    pub fn is_dismissed(&self) -> bool {
        self.dismissed.is_some()
    }

    /// The whole warning as one sentence group: figure, why, what to do.
    pub fn message(&self) -> String {
        format!("{}: {} {}", self.figure, self.why, self.what_to_do)
    }
}

impl fmt::Display for HealthWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Every warning for `project`, dismissed ones included (flagged), in the project's
/// order: platforms (posts, then followers), then audiences. `today` is the creator's
/// local date; `benchmarks` the published figures posts are held against.
pub fn health_check(project: &Project, today: Date, benchmarks: &Benchmarks) -> Vec<HealthWarning> {
    health_check_with_report(project, &report(project, benchmarks), today, benchmarks)
}

/// [`health_check`] with the project's report already computed (the editor keeps one).
pub fn health_check_with_report(
    project: &Project,
    report: &Report,
    today: Date,
    benchmarks: &Benchmarks,
) -> Vec<HealthWarning> {
    let mut found = Vec::new();
    for (index, platform) in project.platforms.iter().enumerate() {
        let at = PlatformAt {
            index,
            name: platform_name(index, &platform.kind),
            key: platform_key(&platform.kind),
        };
        let tier = super::Tier::of(platform.followers, &project.analytics.tiers);
        health_posts::check_posts(&at, platform, tier, today, benchmarks, &mut found);
        health_account::check_followers(&at, platform, &mut found);
        if let Some(platform_report) = report.platforms.get(index) {
            health_account::check_thin_evidence(
                &at,
                platform_report,
                project.kit.engagement_method,
                &mut found,
            );
        }
    }
    for (index, audience) in project.audiences.iter().enumerate() {
        health_account::check_audience(index, audience, &mut found);
    }
    found
        .into_iter()
        .map(|warning| {
            let dismissed = project
                .dismissal(&warning.key)
                .map(|dismissal| dismissal.reason.clone());
            HealthWarning {
                dismissed,
                ..warning
            }
        })
        .collect()
}

/// A platform as the rules name it.
pub(crate) struct PlatformAt {
    /// Index in `platforms`.
    pub index: usize,
    /// "Instagram" (or "Platform 3" for an unnamed other one).
    pub name: String,
    /// "instagram", "other:Substack": the platform's part of every key.
    pub key: String,
}

impl PlatformAt {
    /// A warning about this platform (not yet marked dismissed).
    pub fn warning(
        &self,
        rule: RuleId,
        identity: &str,
        figure: String,
        why: String,
        what_to_do: &str,
        target: HealthTarget,
    ) -> HealthWarning {
        HealthWarning {
            rule,
            key: format!(
                "{}:{}:{identity}",
                super::health_rules::rule(rule).key,
                self.key
            ),
            figure,
            why,
            what_to_do: what_to_do.to_owned(),
            target,
            dismissed: None,
        }
    }
}

fn platform_name(index: usize, kind: &PlatformKind) -> String {
    match kind {
        PlatformKind::Other(name) if name.trim().is_empty() => format!("Platform {}", index + 1),
        kind => kind.label().trim().to_owned(),
    }
}

/// The platform's part of a key: its serde name, or `other:NAME`.
pub(crate) fn platform_key(kind: &PlatformKind) -> String {
    match kind {
        PlatformKind::Other(name) => format!("other:{}", name.trim()),
        kind => match serde_json::to_value(kind) {
            Ok(serde_json::Value::String(name)) => name,
            _ => kind.label().to_lowercase(),
        },
    }
}

/// A post's identity in keys: its link when it has one, else its date and title.
pub(crate) fn post_identity(post: &Post) -> String {
    match post.link.trim() {
        "" => format!("{}:{}", post.date, post.title.trim()),
        link => link.to_owned(),
    }
}

/// A post in plain words: "Instagram · post of 3 Mar 2026 “Brew”".
pub(crate) fn post_figure(platform: &str, post: &Post) -> String {
    let date = crate::format::date(post.date);
    match post.title.trim() {
        "" => format!("{platform} · post of {date}"),
        title => format!("{platform} · post of {date} “{title}”"),
    }
}
