//! The embedded benchmark table and like-with-like comparisons.

use crate::dates::date;
use pitchkit::analytics::benchmarks::EMBEDDED_JSON;
use pitchkit::analytics::{
    Accounts, Basis, BenchmarkMatch, BenchmarkStatistic, Benchmarks, Confidence, Interactions,
    Metric, PostGroup, Rate, TierScope, comparable_rows, compare, engagement,
};
use pitchkit::model::{EngagementMethod, PlatformKind, Post, PostKind, PostWindow};

fn table() -> Benchmarks {
    Benchmarks::embedded().expect("embedded benchmarks load")
}

/// One post with every figure, so every method has a rate.
fn full_post(sponsored: bool) -> Post {
    let mut post = Post::new(date(2026, 3, 1), PostKind::Reel);
    post.likes = Some(1_000);
    post.comments = Some(240);
    post.shares = Some(60);
    post.saves = Some(100);
    post.views = Some(20_000);
    post.reach = Some(15_000);
    post.sponsored = sponsored;
    post
}

fn rate(followers: u64, method: EngagementMethod, group: PostGroup, median: bool) -> Rate {
    let posts = vec![full_post(false), full_post(true)];
    let stats = engagement(
        &posts,
        followers,
        method,
        PostWindow::LastPosts(12),
        None,
        group,
    );
    let figure = if median { stats.median } else { stats.average };
    figure.into_value().expect("rate available")
}

#[test]
fn embedded_table_loads_and_every_row_is_sourced() {
    let benchmarks = table();
    // 126 research rows + 10 HypeAuditor 2018 rows (5 tiers × average and median).
    assert_eq!(benchmarks.rows.len(), 136);
    let raw: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    for row in raw["rows"].as_array().unwrap() {
        let id = row["id"].as_str().unwrap();
        assert!(!row["source"].as_str().unwrap().is_empty(), "{id}: source");
        assert!(
            row["url"].as_str().unwrap().starts_with("http"),
            "{id}: url"
        );
        assert!(row["confidence"].is_string(), "{id}: confidence");
        assert!(row["formula"].is_string(), "{id}: formula");
        let year = row
            .get("year")
            .unwrap_or_else(|| panic!("{id}: year must be present (null if none)"));
        assert!(year.is_null() || year.is_i64(), "{id}: year");
    }
    for row in &benchmarks.rows {
        if row.metric == Metric::EngagementRate {
            assert!(
                row.basis.is_some(),
                "{}: engagement rows carry a basis",
                row.id
            );
        }
    }
}

#[test]
fn rows_are_mapped_as_documented() {
    let benchmarks = table();
    let row = |id: &str| benchmarks.row(id).unwrap_or_else(|| panic!("row {id}"));
    let mid = row("hypeauditor-2018-instagram-20k-100k-engagement-rate-average");
    assert_eq!(
        (mid.min_followers, mid.max_followers),
        (Some(20_000), Some(100_000))
    );
    assert_eq!(mid.value, Some(1.62));
    assert_eq!(mid.basis, Some(Basis::PerFollower));
    assert_eq!(mid.year, Some(2018));
    assert_eq!(mid.confidence, Confidence::Secondary);
    assert!(mid.url.contains("hypeauditor.com/blog"));
    assert!(mid.notes.contains("research note"));
    assert_eq!(
        row("hypeauditor-2018-instagram-20k-100k-engagement-rate-median").value,
        Some(2.63)
    );
    assert_eq!(
        row("hypeauditor-2018-instagram-1k-5k-engagement-rate-median").value,
        Some(6.45)
    );
    assert_eq!(
        row("hypeauditor-2018-instagram-1m-plus-engagement-rate-average").max_followers,
        None
    );
    // Twitter → x, blog → newsletter, all_platforms → all.
    assert!(
        benchmarks
            .rows
            .iter()
            .any(|r| r.platform.is(&PlatformKind::X))
    );
    assert!(
        benchmarks
            .rows
            .iter()
            .any(|r| r.platform.is(&PlatformKind::Newsletter))
    );
    // Per-view rows: the research's engagement_rate_by_view and YouTube "/ video views".
    assert_eq!(
        row("rivaliq-2023-tiktok-brands-under-5k-engagement-rate").basis,
        Some(Basis::PerView)
    );
    assert_eq!(
        row("creatoriq-2019-youtube-nano-engagement-rate").basis,
        Some(Basis::PerView)
    );
    assert!(row("creatoriq-2019-youtube-nano-engagement-rate").sponsored);
    // HypeAuditor's empty-formula Instagram row is per follower; Statista's is unknown.
    assert_eq!(
        row("hypeauditor-help-instagram-all-engagement-rate").basis,
        Some(Basis::PerFollower)
    );
    assert_eq!(
        row("statista-2023-instagram-nano-engagement-rate").basis,
        Some(Basis::Unknown)
    );
    // 49,999-style inclusive ends become exclusive 50,000.
    assert_eq!(
        row("izea-2022-all-micro-avg-price-per-post").max_followers,
        Some(50_000)
    );
    // Price rows for the rate suggestion.
    let prices: Vec<_> = benchmarks
        .rows
        .iter()
        .filter(|r| r.metric == Metric::PricePerPost)
        .collect();
    assert!(prices.len() >= 15);
    let micro = row("shopify-imh-2021-instagram-micro-price-per-post");
    assert_eq!(
        (micro.value_min, micro.value_max, micro.unit.as_str()),
        (Some(100.0), Some(500.0), "USD")
    );
    // not_found rows are kept, and marked.
    assert_eq!(
        benchmarks
            .rows
            .iter()
            .filter(|r| r.confidence == Confidence::NotFound)
            .count(),
        2
    );
}

#[test]
fn bad_tables_are_refused_with_a_way_out() {
    let error = Benchmarks::from_json("{").unwrap_err().to_string();
    assert!(error.ends_with("assets/benchmarks.json"), "{error}");
    let mut raw: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let first = raw["rows"][0].clone();
    raw["rows"].as_array_mut().unwrap().push(first);
    let error = Benchmarks::from_json(&raw.to_string())
        .unwrap_err()
        .to_string();
    assert!(error.contains("same id"), "{error}");
}

#[test]
fn instagram_24_8k_matches_the_20k_100k_hypeauditor_row() {
    let benchmarks = table();
    let average = rate(
        24_800,
        EngagementMethod::FollowersLikesComments,
        PostGroup::All,
        false,
    );
    // (1,000 + 240) / 24,800 = 5 %.
    assert!((average.percent() - 5.0).abs() < 1e-9);
    let BenchmarkMatch::Compared(comparison) =
        compare(&average, &PlatformKind::Instagram, 24_800, &benchmarks)
    else {
        panic!("expected a comparison");
    };
    assert_eq!(
        comparison.benchmark.id,
        "hypeauditor-2018-instagram-20k-100k-engagement-rate-average"
    );
    // 5 / 1.62 = 3.0864…; 5 − 1.62 = 3.38 points.
    assert!((comparison.ratio - 5.0 / 1.62).abs() < 1e-9);
    assert!((comparison.difference_points - 3.38).abs() < 1e-9);
    assert!(comparison.caveats.is_empty(), "{:?}", comparison.caveats);
    let ids: Vec<&str> = comparable_rows(&benchmarks, &average, &PlatformKind::Instagram, 24_800)
        .iter()
        .map(|row| row.id.as_str())
        .collect();
    assert!(!ids.contains(&"hypeauditor-2018-instagram-1k-5k-engagement-rate-average"));
    assert!(
        !ids.iter().any(|id| id.contains("median")),
        "an average is not compared with medians: {ids:?}"
    );

    let median = rate(
        24_800,
        EngagementMethod::FollowersLikesComments,
        PostGroup::All,
        true,
    );
    let matched = compare(&median, &PlatformKind::Instagram, 24_800, &benchmarks);
    assert_eq!(
        matched.comparison().unwrap().benchmark.id,
        "hypeauditor-2018-instagram-20k-100k-engagement-rate-median"
    );
    // A 3,000-follower account gets the 1–5K row instead.
    let small = rate(
        3_000,
        EngagementMethod::FollowersLikesComments,
        PostGroup::All,
        false,
    );
    let matched = compare(&small, &PlatformKind::Instagram, 3_000, &benchmarks);
    assert_eq!(
        matched.comparison().unwrap().benchmark.id,
        "hypeauditor-2018-instagram-1k-5k-engagement-rate-average"
    );
}

#[test]
fn no_match_is_said_plainly() {
    let benchmarks = table();
    let views = rate(24_800, EngagementMethod::Views, PostGroup::All, false);
    assert_eq!(
        compare(&views, &PlatformKind::Instagram, 24_800, &benchmarks),
        BenchmarkMatch::NoComparableBenchmark {
            reason: "No published per-view benchmark for Instagram accounts with 24.8K followers; nothing to compare with."
                .to_owned()
        }
    );
    let other = rate(
        5_000,
        EngagementMethod::FollowersLikesComments,
        PostGroup::All,
        false,
    );
    let BenchmarkMatch::NoComparableBenchmark { reason } = compare(
        &other,
        &PlatformKind::Other("Mastodon".to_owned()),
        5_000,
        &benchmarks,
    ) else {
        panic!("no Mastodon rows exist");
    };
    assert!(
        reason.contains("Mastodon accounts with 5,000 followers"),
        "{reason}"
    );
}

#[test]
fn sponsored_rates_meet_only_sponsored_rows() {
    let benchmarks = table();
    let sponsored = rate(
        24_800,
        EngagementMethod::FollowersLikesComments,
        PostGroup::Sponsored,
        false,
    );
    let comparison = compare(&sponsored, &PlatformKind::Instagram, 24_800, &benchmarks);
    let row = &comparison.comparison().unwrap().benchmark;
    assert_eq!(
        row.id,
        "mediakix-2017-instagram-micro-engagement-rate-sponsored"
    );
    assert!(row.sponsored);
    for group in [PostGroup::All, PostGroup::Organic] {
        let general = rate(
            5_000,
            EngagementMethod::FollowersLikesComments,
            group,
            false,
        );
        for row in comparable_rows(&benchmarks, &general, &PlatformKind::Instagram, 5_000) {
            assert!(!row.sponsored, "{} is sponsored", row.id);
        }
    }
    // A YouTube sponsored rate by views: CreatorIQ's per-view nano row, with the saves caveat.
    let youtube = rate(5_000, EngagementMethod::Views, PostGroup::Sponsored, false);
    let comparison = compare(&youtube, &PlatformKind::Youtube, 5_000, &benchmarks);
    let comparison = comparison.comparison().unwrap();
    assert_eq!(
        comparison.benchmark.id,
        "creatoriq-2019-youtube-nano-engagement-rate"
    );
    assert!(comparison.caveats.iter().any(|c| c.contains("saves")));
}

#[test]
fn rows_that_must_never_be_compared_are_not() {
    let benchmarks = table();
    let platforms = [
        PlatformKind::Instagram,
        PlatformKind::Tiktok,
        PlatformKind::Youtube,
        PlatformKind::X,
        PlatformKind::Facebook,
    ];
    for followers in [
        0, 500, 3_000, 14_000, 24_800, 60_000, 250_000, 2_000_000, 20_000_000,
    ] {
        for platform in &platforms {
            for method in EngagementMethod::ALL {
                for group in [PostGroup::All, PostGroup::Sponsored] {
                    for median in [false, true] {
                        let creator = rate(followers.max(1), method, group, median);
                        for row in comparable_rows(&benchmarks, &creator, platform, followers) {
                            assert_ne!(row.confidence, Confidence::NotFound, "{}", row.id);
                            assert_ne!(row.accounts, Accounts::Brands, "{}", row.id);
                            assert_ne!(row.basis, Some(Basis::Unknown), "{}", row.id);
                            assert_ne!(row.scope, TierScope::UnknownBounds, "{}", row.id);
                            assert!(row.platform.is(platform), "{}", row.id);
                            assert!(row.contains(followers), "{}", row.id);
                            assert_eq!(row.sponsored, group == PostGroup::Sponsored, "{}", row.id);
                            let per_follower = row.basis == Some(Basis::PerFollower);
                            assert_eq!(
                                per_follower,
                                method.is_per_follower(),
                                "{} vs {method:?}",
                                row.id
                            );
                            if method == EngagementMethod::Views {
                                assert_eq!(row.basis, Some(Basis::PerView), "{}", row.id);
                            }
                            if method == EngagementMethod::FollowersLikesComments {
                                assert_eq!(
                                    row.interactions,
                                    Some(Interactions::LikesComments),
                                    "{}",
                                    row.id
                                );
                            }
                            let statistic_ok = match row.statistic {
                                BenchmarkStatistic::Unspecified => true,
                                BenchmarkStatistic::Median => median,
                                BenchmarkStatistic::Average => !median,
                                BenchmarkStatistic::AverageBand => false,
                            };
                            assert!(statistic_ok, "{} for median={median}", row.id);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn ranking_prefers_tier_rows_then_confidence_then_year() {
    let benchmarks = table();
    // 24,800 on Instagram, sponsored: Mediakix micro (tier, primary, 2017) before
    // Influence4You (all sizes, primary, 2018), which carries the all-sizes caveat.
    let sponsored = rate(
        24_800,
        EngagementMethod::FollowersLikesComments,
        PostGroup::Sponsored,
        false,
    );
    let rows = comparable_rows(&benchmarks, &sponsored, &PlatformKind::Instagram, 24_800);
    let ids: Vec<&str> = rows.iter().map(|row| row.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "mediakix-2017-instagram-micro-engagement-rate-sponsored",
            "influence4you-2018-instagram-all-sponsored-engagement-rate-sponsored"
        ]
    );
    // A TikTok account by views: only Socialinsider's all-size row (brand rows excluded).
    let tiktok = rate(3_000, EngagementMethod::Views, PostGroup::All, false);
    let comparison = compare(&tiktok, &PlatformKind::Tiktok, 3_000, &benchmarks);
    let comparison = comparison.comparison().unwrap();
    assert_eq!(
        comparison.benchmark.id,
        "socialinsider-2023-tiktok-all-engagement-rate"
    );
    assert!(comparison.caveats.iter().any(|c| c.contains("every size")));
}
