//! The whole report: insights, JSON without NaN, and the plain-text rendering.

// Test helpers outside #[test] functions unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::{Benchmarks, InsightKind, PostGroup, Statistic, Tier, insights, report};
use pitchkit::model::{
    EngagementMethod, FollowerSnapshot, Platform, PlatformKind, Post, PostKind, Project,
};
use serde_json::Value;
use time::{Date, Duration};

fn table() -> Benchmarks {
    Benchmarks::embedded().unwrap()
}

fn ig_post(day: Date, likes: u64, comments: u64, replies: Option<u64>, sponsored: bool) -> Post {
    let mut post = Post::new(day, PostKind::Photo);
    post.likes = Some(likes);
    post.comments = Some(comments);
    post.replies = replies;
    post.sponsored = sponsored;
    post
}

/// Instagram, 24,800 followers on 1 Apr 2026; 12 weekly posts from 7 Jan to 25 Mar.
/// Organic (10): 1,100 likes + 140 comments = 1,240 → 5 %; 70 replies each.
/// Sponsored (posts 4 and 8): 800 + 192 = 992 → 4 %; no replies entered.
fn maya(likes_organic: u64) -> Project {
    let mut project = Project::new("Maya Okafor");
    let mut instagram = Platform::new(PlatformKind::Instagram, 24_800, date(2026, 4, 1));
    instagram.handle = "@orbitandoat".to_owned();
    instagram.snapshots = vec![
        FollowerSnapshot {
            date: date(2026, 1, 1),
            followers: 22_000,
        },
        FollowerSnapshot {
            date: date(2026, 3, 2),
            followers: 24_000,
        },
    ];
    for week in 0..12 {
        let day = date(2026, 1, 7) + Duration::weeks(week);
        let sponsored = week == 3 || week == 7;
        instagram.posts.push(if sponsored {
            ig_post(day, 800, 192, None, true)
        } else {
            ig_post(day, likes_organic, 140, Some(70), false)
        });
    }
    project.platforms.push(instagram);
    project.platforms.push(Platform::new(
        PlatformKind::Pinterest,
        3_000,
        date(2026, 4, 1),
    ));
    project
}

#[test]
fn report_figures_for_a_micro_creator() {
    let report = report(&maya(1_100), &table());
    assert_eq!(report.creator, "Maya Okafor");
    assert_eq!(report.platforms.len(), 2);
    let instagram = &report.platforms[0];
    assert_eq!(instagram.tier, Tier::Micro);
    assert_eq!(instagram.engagement.len(), 12, "4 methods × 3 groups");
    let lc = instagram
        .stats(EngagementMethod::FollowersLikesComments, PostGroup::All)
        .unwrap();
    // (10 × 5 % + 2 × 4 %) / 12 = 4.8333 %; median of [4, 4, 5 × 10] = 5 %.
    let average = lc.average.value().unwrap().percent();
    assert!((average - 58.0 / 12.0).abs() < 1e-9, "{average}");
    assert!((lc.median.value().unwrap().percent() - 5.0).abs() < 1e-9);
    // Views were never entered: not available, with the reason.
    let views = instagram
        .stats(EngagementMethod::Views, PostGroup::All)
        .unwrap();
    assert_eq!(
        views.average.reason().unwrap().message(),
        "no post in the window has all of likes, comments, shares, saves and views entered"
    );
    let comparison = instagram
        .comparison(
            EngagementMethod::FollowersLikesComments,
            Statistic::Average,
            PostGroup::All,
        )
        .unwrap();
    assert_eq!(comparison.benchmark.citation, "HypeAuditor 2018");
    // 12 posts × 7 / 78 days = 1.077 a week; 2 of 12 sponsored; 700 / 1,400 = 50 % replies.
    let frequency = instagram.posting_frequency.value().unwrap();
    assert_eq!(frequency.days_spanned, 78);
    assert!((instagram.sponsored_share.value().unwrap().percent - 200.0 / 12.0).abs() < 1e-9);
    assert!((instagram.reply_rate.value().unwrap().percent - 50.0).abs() < 1e-9);
    assert_eq!(instagram.growth_90_days.value().unwrap().change, 2_800);
    // Rate: +20 % on $248 → $298 (see analytics_rates).
    let suggestion = instagram.rate_suggestion.suggestion().unwrap();
    assert_eq!(suggestion.suggested.amount_minor, 29_800);
    // Pinterest has no posts and no price row.
    let pinterest = &report.platforms[1];
    assert!(pinterest.comparisons.is_empty());
    assert!(pinterest.rate_suggestion.suggestion().is_none());
}

#[test]
fn insights_are_backed_sourced_and_ordered() {
    let benchmarks = table();
    let found = insights(&maya(1_100), &benchmarks);
    let kinds: Vec<InsightKind> = found.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            InsightKind::Benchmark,
            InsightKind::SponsoredVsOrganic,
            InsightKind::Growth,
            InsightKind::Replies,
            InsightKind::Frequency
        ]
    );
    let texts: Vec<&str> = found.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Instagram engagement is 4.8% by followers (likes + comments), average of 12 posts: 3.0× the 1.6% average for Instagram accounts with 20K–100K followers (HypeAuditor 2018).",
            "On Instagram, sponsored posts average 4.0% by followers (likes + comments) against 5.0% for organic posts (2 and 10 posts, last 12 posts): 0.8× the organic rate.",
            "Instagram followers grew by 2,800 (+12.7%) over the last 90 days (22,000 on 1 Jan 2026 to 24,800 on 1 Apr 2026).",
            "Replies to 50.0% of Instagram comments (700 replies to 1,400 comments over 10 posts).",
            "Posts on Instagram about 1.1 a week (12 posts over 78 days, last 12 posts).",
        ]
    );
    assert_eq!(
        found[0].benchmark_ids,
        ["hypeauditor-2018-instagram-20k-100k-engagement-rate-average"]
    );
    // Deterministic.
    assert_eq!(found, insights(&maya(1_100), &benchmarks));
}

#[test]
fn insights_never_claim_above_when_below() {
    // Organic: (100 + 140) / 24,800 = 0.97 %; all posts: (10 × 0.968 + 2 × 4) / 12 = 1.47 % < 1.62 %.
    let found = insights(&maya(100), &table());
    let benchmark = &found
        .iter()
        .find(|i| i.kind == InsightKind::Benchmark)
        .unwrap()
        .text;
    assert!(benchmark.contains("below the 1.6% average"), "{benchmark}");
    assert!(benchmark.contains("HypeAuditor 2018"), "{benchmark}");
    assert!(!benchmark.contains("above"), "{benchmark}");
}

#[test]
fn an_empty_project_has_no_insights_and_a_report() {
    let project = Project::new("Nobody Yet");
    let report = report(&project, &table());
    assert!(report.platforms.is_empty());
    assert!(report.insights.is_empty());
    let text = report.to_text();
    assert!(text.contains("No platforms entered yet."), "{text}");
}

fn assert_no_null_numbers(value: &Value, path: &str) {
    // Keys that always hold a number (a NaN would be written as null).
    const NUMERIC: [&str; 6] = [
        "percent",
        "ratio",
        "difference_points",
        "posts_per_week",
        "posts_used",
        "change",
    ];
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                assert!(
                    !(NUMERIC.contains(&key.as_str()) && child.is_null()),
                    "{path}.{key} is null (a NaN?)"
                );
                assert_no_null_numbers(child, &format!("{path}.{key}"));
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                assert_no_null_numbers(child, &format!("{path}[{i}]"));
            }
        }
        Value::Number(number) => assert!(number.as_f64().is_some_and(f64::is_finite), "{path}"),
        _ => {}
    }
}

#[test]
fn report_json_parses_and_has_no_nan() {
    let json = serde_json::to_string_pretty(&report(&maya(1_100), &table())).unwrap();
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_no_null_numbers(&value, "report");
    assert_eq!(value["platforms"][0]["tier"], "micro");
    assert_eq!(
        value["platforms"][0]["engagement"][0]["average"]["status"],
        "available"
    );
    assert_eq!(
        value["platforms"][0]["engagement"][3]["method"],
        "followers_all_interactions"
    );
    assert_eq!(
        value["platforms"][0]["engagement"][3]["average"]["reason"]["code"],
        "missing_figures"
    );
    assert_eq!(
        value["platforms"][0]["comparisons"][0]["result"]["outcome"],
        "compared"
    );
    assert_eq!(
        value["platforms"][0]["comparisons"][0]["result"]["benchmark"]["year"],
        2018
    );
    assert_eq!(
        value["platforms"][0]["rate_suggestion"]["outcome"],
        "suggested"
    );
    assert_eq!(
        value["platforms"][1]["rate_suggestion"]["outcome"],
        "not_available"
    );
    assert_eq!(value["data_as_of"], "2026-04-01");
    assert!(
        value["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["citation"] == "HypeAuditor 2018")
    );

    // A degenerate project: 0 followers, u64::MAX figures, 0 views, an empty platform.
    let mut odd = Project::new("Edge Case");
    let mut platform = Platform::new(PlatformKind::Tiktok, 0, date(2026, 4, 1));
    for day in 0..3 {
        let mut post = Post::new(date(2026, 3, 1) + Duration::days(day), PostKind::Short);
        post.likes = Some(u64::MAX);
        post.comments = Some(u64::MAX);
        post.shares = Some(0);
        post.saves = Some(u64::MAX);
        post.views = Some(if day == 0 { 0 } else { 1 });
        post.reach = Some(u64::MAX);
        post.replies = Some(u64::MAX);
        platform.posts.push(post);
    }
    odd.platforms.push(platform);
    odd.platforms.push(Platform::new(
        PlatformKind::Youtube,
        u64::MAX,
        date(2026, 4, 1),
    ));
    let odd_report = report(&odd, &table());
    let value: Value = serde_json::from_str(&serde_json::to_string(&odd_report).unwrap()).unwrap();
    assert_no_null_numbers(&value, "odd");
    let text = odd_report.to_text();
    assert!(
        !text.contains("NaN") && !text.contains("inf%") && !text.contains("n/a"),
        "{text}"
    );
}

#[test]
fn text_report_cites_formulas_and_sources() {
    let text = report(&maya(1_100), &table()).to_text();
    for expected in [
        "Pitchkit analytics report: Maya Okafor",
        "INSTAGRAM  @orbitandoat",
        "Followers          24.8K (Micro tier, 10K–100K followers; typed by hand, as of 1 Apr 2026)",
        "by followers (likes + comments): (likes + comments) ÷ followers × 100, current count 24.8K",
        "by views: (likes + comments + shares + saves) ÷ views × 100",
        "HypeAuditor 2018 Instagram engagement study (2018; secondary): 20K–100K followers (the source's \"mid\" tier); (likes + comments) / followers",
        "Mediakix (sponsored posts, 16 brands) (2017; primary): 10K–100K followers",
        "Note: Mediakix 2017 does not say whether its figure is an average or a median.",
        "Growth, 90 days    +2,800 (+12.7%): 22,000 on 1 Jan 2026 to 24,800 on 1 Apr 2026",
        "Growth, 30 days    not available: no follower snapshot within 7 days of 2 Mar 2026",
        "No posts entered yet, so no engagement rates.",
        "One feed post on Instagram: $298 suggested (published range $100–500)",
        "INSIGHTS",
        "SOURCES",
        "[HypeAuditor 2018] HypeAuditor 2018 Instagram engagement study (2018; secondary) https://hypeauditor.com/blog/",
        "[Shopify/IMH price table 2021]",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}
