//! The health check: each rule with its exact message, keys that survive reordering,
//! dismissals saved through an action, and property tests (consistent data gives no
//! warning; a figure pushed past its threshold gives one).
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::actions::{Action, apply};
use pitchkit::analytics::{
    Benchmarks, HealthTarget, HealthWarning, RuleId, comparable_rows, health_check, post_rate,
};
use pitchkit::model::{
    Audience, EngagementMethod, FollowerSnapshot, Percent, Platform, PlatformKind, Post, PostKind,
    Project, Provenance, Share,
};
use proptest::prelude::*;
use std::sync::OnceLock;
use time::{Date, Duration};

const TODAY: Date = date(2026, 4, 1);

fn table() -> &'static Benchmarks {
    static TABLE: OnceLock<Benchmarks> = OnceLock::new();
    TABLE.get_or_init(|| Benchmarks::embedded().unwrap())
}

/// A post with likes and comments (and nothing else) on `date`.
fn post(date: Date, title: &str, likes: u64, comments: u64) -> Post {
    let mut post = Post::new(date, PostKind::Photo);
    post.title = title.to_owned();
    post.likes = Some(likes);
    post.comments = Some(comments);
    post
}

/// Instagram with `followers` as of 31 Mar 2026, five ordinary posts (4 % engagement)
/// and the given extra posts.
fn instagram(followers: u64, extra: Vec<Post>) -> Project {
    let mut project = Project::new("Maya");
    let mut platform = Platform::new(PlatformKind::Instagram, followers, date(2026, 3, 31));
    for day in 0..5u8 {
        let likes = followers / 25;
        platform.posts.push(post(
            date(2026, 3, 1) + Duration::days(i64::from(day) * 5),
            &format!("Ordinary {day}"),
            likes,
            followers / 100,
        ));
    }
    platform.posts.extend(extra);
    project.platforms.push(platform);
    project
}

fn of_rule(warnings: &[HealthWarning], rule: RuleId) -> Vec<&HealthWarning> {
    warnings.iter().filter(|w| w.rule == rule).collect()
}

fn only(project: &Project, rule: RuleId) -> HealthWarning {
    let warnings = health_check(project, TODAY, table());
    let found = of_rule(&warnings, rule);
    assert_eq!(found.len(), 1, "{warnings:#?}");
    found[0].clone()
}

#[test]
fn ordinary_figures_raise_nothing() {
    let project = instagram(20_000, Vec::new());
    assert_eq!(health_check(&project, TODAY, table()), Vec::new());
}

#[test]
fn engagement_over_followers() {
    let project = instagram(1_000, vec![post(date(2026, 3, 20), "Brew", 1_200, 100)]);
    let warning = only(&project, RuleId::EngagementOverFollowers);
    assert_eq!(warning.figure, "Instagram · post of 20 Mar 2026 “Brew”");
    assert_eq!(
        warning.why,
        "Its engagement by followers is 130.0% ((likes + comments) ÷ followers, with 1,000 \
         followers): more interactions than the account has followers."
    );
    assert_eq!(
        warning.what_to_do,
        "Check the likes, comments and follower count for a typo; if the post went viral, \
         dismiss this warning with a note saying so."
    );
    assert_eq!(
        warning.target,
        HealthTarget::Post {
            platform: 0,
            post: 5
        }
    );
    assert_eq!(
        warning.key,
        "engagement-over-followers:instagram:2026-03-20:Brew"
    );
    // The same post does not also get the "far above the tier" warning.
    assert!(
        of_rule(
            &health_check(&project, TODAY, table()),
            RuleId::EngagementFarAboveTier
        )
        .is_empty()
    );
}

#[test]
fn engagement_far_above_the_tier_names_the_benchmark() {
    let followers = 20_000;
    let mut viral = post(date(2026, 3, 20), "Brew", 15_000, 500);
    viral.link = "https://www.instagram.com/p/brew".to_owned();
    let rate = post_rate(&viral, EngagementMethod::FollowersLikesComments, followers)
        .into_value()
        .unwrap();
    let rows = comparable_rows(table(), &rate, &PlatformKind::Instagram, followers);
    let highest = rows
        .iter()
        .max_by(|a, b| a.value.unwrap().total_cmp(&b.value.unwrap()))
        .unwrap();
    assert!(
        rate.percent() > highest.value.unwrap() * 10.0,
        "the test post is not far enough"
    );
    let project = instagram(followers, vec![viral]);
    let warning = only(&project, RuleId::EngagementFarAboveTier);
    assert_eq!(
        warning.why,
        format!(
            "Its engagement by followers is 77.5% ((likes + comments) ÷ followers), more than \
             10 times the highest figure published for Instagram micro accounts ({}, {}).",
            pitchkit::format::percent(highest.value.unwrap()),
            highest.citation
        )
    );
    assert_eq!(
        warning.key,
        "engagement-far-above-tier:instagram:https://www.instagram.com/p/brew"
    );
}

#[test]
fn interactions_larger_than_views_or_reach() {
    let mut swapped = post(date(2026, 3, 20), "", 900, 10);
    swapped.views = Some(800);
    swapped.reach = Some(950);
    swapped.saves = Some(1_000);
    let project = instagram(20_000, vec![swapped]);
    let warning = only(&project, RuleId::InteractionsOverAudience);
    assert_eq!(warning.figure, "Instagram · post of 20 Mar 2026");
    assert_eq!(
        warning.why,
        "Likes (900) are more than the views (800); saves (1,000) are more than the views \
         (800); saves (1,000) are more than the reach (950): an account has to see a post \
         before it reacts to it."
    );
}

#[test]
fn reach_far_above_followers_depends_on_the_format() {
    let mut photo = post(date(2026, 3, 20), "Photo", 100, 5);
    photo.reach = Some(60_000);
    let mut reel = photo.clone();
    reel.kind = PostKind::Reel;
    reel.title = "Reel".to_owned();
    let mut story = photo.clone();
    story.kind = PostKind::Story;
    story.title = "Story".to_owned();
    story.reach = Some(16_000);
    let project = instagram(10_000, vec![photo, reel, story]);
    let warnings = health_check(&project, TODAY, table());
    let found = of_rule(&warnings, RuleId::ReachFarAboveFollowers);
    let figures: Vec<&str> = found.iter().map(|w| w.figure.as_str()).collect();
    assert_eq!(
        figures,
        [
            "Instagram · post of 20 Mar 2026 “Photo”",
            "Instagram · post of 20 Mar 2026 “Story”"
        ]
    );
    assert_eq!(
        found[0].why,
        "Its reach (60,000) is 6.0× the 10,000 followers; a photo rarely reaches more than \
         5.0× its followers."
    );
    assert_eq!(
        found[1].why,
        "Its reach (16,000) is 1.6× the 10,000 followers; a story rarely reaches more than \
         1.5× its followers."
    );
}

#[test]
fn a_post_before_the_platform_existed() {
    let project = instagram(20_000, vec![post(date(2009, 5, 1), "Old", 800, 200)]);
    let warning = only(&project, RuleId::PostBeforeLaunch);
    assert_eq!(
        warning.why,
        "It is dated before Instagram existed (App Store launch on 6 Oct 2010)."
    );
    assert_eq!(
        warning.what_to_do,
        "Correct the date (a year typed wrong?)."
    );
}

fn with_snapshots(project: &mut Project, counts: &[u64]) {
    let platform = &mut project.platforms[0];
    let start = platform.followers_provenance.as_of - Duration::days(7 * counts.len() as i64);
    platform.snapshots = counts
        .iter()
        .enumerate()
        .map(|(i, &followers)| FollowerSnapshot {
            date: start + Duration::days(7 * i as i64),
            followers,
        })
        .collect();
}

#[test]
fn a_follower_jump_far_beyond_the_usual_change() {
    let mut project = instagram(20_700, Vec::new());
    with_snapshots(
        &mut project,
        &[
            10_000, 10_100, 10_200, 10_300, 20_000, 20_200, 20_400, 20_600,
        ],
    );
    let warnings = health_check(&project, TODAY, table());
    let jumps = of_rule(&warnings, RuleId::FollowerJump);
    assert_eq!(jumps.len(), 1, "{warnings:#?}");
    assert_eq!(
        jumps[0].figure,
        "Instagram · followers 24 Feb 2026 to 3 Mar 2026"
    );
    assert!(
        jumps[0].why.starts_with(
            "A jump from 10,300 to 20,000 (+94.2% in 7 days), against a usual change of +0.1% \
             a day; audit tools read a jump like this as bought followers."
        ),
        "{}",
        jumps[0].why
    );
    assert_eq!(jumps[0].target, HealthTarget::Snapshots { platform: 0 });
    assert_eq!(
        jumps[0].key,
        "follower-jump:instagram:2026-02-24:2026-03-03"
    );
}

#[test]
fn a_jump_needs_enough_history() {
    let mut project = instagram(20_200, Vec::new());
    with_snapshots(&mut project, &[10_000, 10_100, 20_000]);
    let warnings = health_check(&project, TODAY, table());
    assert!(
        of_rule(&warnings, RuleId::FollowerJump).is_empty(),
        "{warnings:#?}"
    );
}

#[test]
fn followers_against_the_last_snapshot() {
    let mut project = instagram(2_481, Vec::new());
    with_snapshots(&mut project, &[24_500, 24_600, 24_700]);
    let warning = only(&project, RuleId::FollowersVersusSnapshot);
    assert_eq!(warning.figure, "Instagram · current followers");
    assert_eq!(
        warning.why,
        "The current count (2,481 on 31 Mar 2026) is 0.1× the last snapshot (24,700 on 24 Mar \
         2026), 7 days earlier."
    );
    assert_eq!(warning.target, HealthTarget::Followers { platform: 0 });

    // A snapshot on the as-of day itself must agree within 1 %.
    let mut same_day = instagram(20_000, Vec::new());
    same_day.platforms[0].snapshots = vec![FollowerSnapshot {
        date: date(2026, 3, 31),
        followers: 20_500,
    }];
    let warning = only(&same_day, RuleId::FollowersVersusSnapshot);
    assert_eq!(
        warning.why,
        "The snapshot of 31 Mar 2026 says 20,500 followers, but the current count, as of 31 \
         Mar 2026, is 20,000."
    );
}

#[test]
fn audience_groups_far_below_the_whole() {
    let mut project = instagram(20_000, Vec::new());
    project.audiences.push(Audience {
        platform: None,
        ages: vec![
            Share::new("18–24", Percent(3_000)),
            Share::new("25–34", Percent(4_000)),
        ],
        genders: vec![
            Share::new("Women", Percent(5_500)),
            Share::new("Men", Percent(4_400)),
        ],
        countries: vec![Share::new("UK", Percent(4_000))],
        cities: Vec::new(),
        provenance: Provenance::typed(TODAY),
        extra: Default::default(),
    });
    let warning = only(&project, RuleId::SharesBelowWhole);
    assert_eq!(warning.figure, "Audience (overall) · ages");
    assert_eq!(
        warning.why,
        "The age shares add up to 70.0%; the platforms give the whole split, so part of the \
         audience is missing."
    );
    assert_eq!(warning.target, HealthTarget::Audience { audience: 0 });
    assert_eq!(warning.key, "shares-below-whole:overall:ages");
}

#[test]
fn thin_evidence() {
    let mut project = Project::new("Maya");
    let mut platform = Platform::new(PlatformKind::Tiktok, 5_000, date(2026, 3, 31));
    for (i, day) in [date(2026, 3, 1), date(2026, 3, 15)].iter().enumerate() {
        let mut p = post(*day, &format!("Clip {i}"), 200, 20);
        p.sponsored = true;
        platform.posts.push(p);
    }
    project.platforms.push(platform);
    let warnings = health_check(&project, TODAY, table());
    let rules: Vec<RuleId> = warnings.iter().map(|w| w.rule).collect();
    assert_eq!(
        rules,
        [
            RuleId::AllSponsored,
            RuleId::ThinFrequency,
            RuleId::ThinEngagement
        ]
    );
    assert_eq!(
        warnings[0].why,
        "All 2 posts in the last 12 posts are marked sponsored, so a brand sees no organic \
         engagement to compare with."
    );
    assert_eq!(
        warnings[1].why,
        "Posts per week (0.9) is computed from only 2 posts."
    );
    assert_eq!(
        warnings[2].why,
        "The average engagement (4.4%) comes from 2 posts."
    );
    assert!(
        warnings
            .iter()
            .all(|w| w.target == HealthTarget::Posts { platform: 0 })
    );
}

#[test]
fn dismissals_are_saved_marked_and_survive_reordering() {
    let mut project = instagram(1_000, vec![post(date(2026, 3, 20), "Brew", 1_200, 100)]);
    let key = only(&project, RuleId::EngagementOverFollowers).key;
    let inverse = apply(
        &mut project,
        Action::SetDismissal {
            key: key.clone(),
            reason: Some("this reel went viral".to_owned()),
        },
    )
    .unwrap();
    assert_eq!(
        Action::SetDismissal {
            key: key.clone(),
            reason: None
        },
        inverse
    );
    assert_eq!(inverse.label(), "Bring back health warning");
    project.platforms[0].posts.reverse();
    let warning = only(&project, RuleId::EngagementOverFollowers);
    assert_eq!(warning.key, key);
    assert_eq!(warning.dismissed.as_deref(), Some("this reel went viral"));
    assert_eq!(
        warning.target,
        HealthTarget::Post {
            platform: 0,
            post: 0
        }
    );

    let json = serde_json::to_string(&project).unwrap();
    assert!(json.contains("\"dismissed_warnings\""), "{json}");
    let back: Project = serde_json::from_str(&json).unwrap();
    assert_eq!(back, project);

    apply(&mut project, inverse).unwrap();
    assert!(project.dismissed_warnings.is_empty());
    assert!(
        !serde_json::to_string(&project)
            .unwrap()
            .contains("dismissed_warnings")
    );
    assert!(!only(&project, RuleId::EngagementOverFollowers).is_dismissed());
}

#[test]
fn dismissals_stay_sorted_and_a_new_reason_replaces_the_old() {
    let mut project = Project::new("Maya");
    let dismiss = |key: &str, reason: &str| Action::SetDismissal {
        key: key.to_owned(),
        reason: Some(reason.to_owned()),
    };
    for key in ["b", "a", "c"] {
        apply(&mut project, dismiss(key, "x")).unwrap();
    }
    let keys: Vec<&str> = project
        .dismissed_warnings
        .iter()
        .map(|d| d.key.as_str())
        .collect();
    assert_eq!(keys, ["a", "b", "c"]);
    let inverse = apply(&mut project, dismiss("b", "y")).unwrap();
    assert_eq!(inverse, dismiss("b", "x"));
    assert_eq!(project.dismissal("b").unwrap().reason, "y");
    assert_eq!(project.dismissed_warnings.len(), 3);
    assert_eq!(dismiss("b", "y").label(), "Dismiss health warning");
}

/// A consistent account: steady growth, every post below its followers and reach, at
/// most a tenth of the followers interacting.
fn consistent() -> impl Strategy<Value = Project> {
    (
        1_000u64..2_000_000,
        prop::collection::vec((1u64..=40, 1u64..=10, 0u64..=5, 1u64..=3), 4..14),
        6usize..12,
        0u64..=20,
    )
        .prop_map(|(followers, posts, snapshots, weekly_permille)| {
            let mut project = Project::new("Maya");
            let as_of = date(2026, 3, 31);
            let mut platform = Platform::new(PlatformKind::Instagram, followers, as_of);
            for (i, (likes_permille, comments_permille, saves_permille, reach_tenths)) in
                posts.into_iter().enumerate()
            {
                let mut p = Post::new(as_of - Duration::days(3 * i as i64), PostKind::Photo);
                p.title = format!("Post {i}");
                p.likes = Some(followers * likes_permille / 1_000);
                p.comments = Some(followers * comments_permille / 1_000);
                p.saves = Some(followers * saves_permille / 1_000);
                p.reach = Some(followers * reach_tenths / 10 + 1);
                p.views = p.reach.map(|r| r * 2);
                platform.posts.push(p);
            }
            let mut count = followers as f64;
            for week in 1..=snapshots {
                count /= 1.0 + weekly_permille as f64 / 1_000.0;
                platform.snapshots.push(FollowerSnapshot {
                    date: as_of - Duration::days(7 * week as i64),
                    followers: count.round() as u64,
                });
            }
            platform.snapshots.reverse();
            project.platforms.push(platform);
            project
        })
}

proptest! {
    #[test]
    fn consistent_data_raises_nothing(project in consistent()) {
        let warnings = health_check(&project, TODAY, table());
        prop_assert!(warnings.is_empty(), "{:#?}", warnings);
    }

    #[test]
    fn likes_past_the_followers_are_flagged(project in consistent(), over in 1u64..1_000) {
        let mut project = project;
        let followers = project.platforms[0].followers;
        let first = &mut project.platforms[0].posts[0];
        first.likes = Some(followers + over);
        first.reach = Some(u64::MAX / 4);
        first.views = Some(u64::MAX / 4);
        let warnings = health_check(&project, TODAY, table());
        prop_assert_eq!(of_rule(&warnings, RuleId::EngagementOverFollowers).len(), 1);
    }

    #[test]
    fn likes_past_the_views_are_flagged(project in consistent(), over in 1u64..1_000) {
        let mut project = project;
        let first = &mut project.platforms[0].posts[0];
        first.views = first.likes.map(|likes| likes.saturating_sub(over));
        let warnings = health_check(&project, TODAY, table());
        prop_assert_eq!(of_rule(&warnings, RuleId::InteractionsOverAudience).len(), 1);
    }

    #[test]
    fn a_photo_reaching_past_five_times_the_followers_is_flagged(
        project in consistent(),
        times in 5.01f64..100.0,
    ) {
        let mut project = project;
        let followers = project.platforms[0].followers;
        let first = &mut project.platforms[0].posts[0];
        first.reach = Some((followers as f64 * times).ceil() as u64);
        first.views = first.reach;
        let warnings = health_check(&project, TODAY, table());
        prop_assert_eq!(of_rule(&warnings, RuleId::ReachFarAboveFollowers).len(), 1);
    }

    #[test]
    fn a_doubled_snapshot_is_a_jump(project in consistent(), extra in 0.5f64..3.0) {
        let mut project = project;
        let snapshots = &mut project.platforms[0].snapshots;
        let middle = snapshots.len() / 2;
        for snapshot in snapshots.iter_mut().skip(middle) {
            snapshot.followers = (snapshot.followers as f64 * (1.0 + extra)) as u64;
        }
        project.platforms[0].followers =
            (project.platforms[0].followers as f64 * (1.0 + extra)) as u64;
        let warnings = health_check(&project, TODAY, table());
        prop_assert_eq!(of_rule(&warnings, RuleId::FollowerJump).len(), 1, "{:#?}", warnings);
    }
}
