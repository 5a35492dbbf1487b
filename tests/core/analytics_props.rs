//! Property tests: every formula is finite and ≥ 0 or "not available" for all `u64`
//! inputs (0 and `u64::MAX` included), empty post lists and zero followers; comparisons
//! stay like with like for every follower count.

// Test helpers outside #[test] functions unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::{
    Basis, BenchmarkMatch, Benchmarks, Figure, PostGroup, Rate, RateAdvice, Tier, comparable_rows,
    compare, engagement_stats, growth, post_rate, posting_frequency, reply_rate, report,
    select_window, sponsored_share, suggest_rate,
};
use pitchkit::model::{
    EngagementMethod, FollowerSnapshot, Platform, PlatformKind, Post, PostKind, PostWindow,
    Project, TierBounds,
};
use proptest::prelude::*;
use std::sync::OnceLock;
use time::Duration;

fn table() -> &'static Benchmarks {
    static TABLE: OnceLock<Benchmarks> = OnceLock::new();
    TABLE.get_or_init(|| Benchmarks::embedded().unwrap())
}

fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(0u64),
        Just(1u64),
        Just(u64::MAX),
        0u64..100_000,
        any::<u64>()
    ]
}

fn post() -> impl Strategy<Value = Post> {
    (
        0i64..400,
        proptest::array::uniform8(proptest::option::of(count())),
        any::<bool>(),
    )
        .prop_map(|(day, figures, sponsored)| {
            let mut post = Post::new(date(2025, 1, 1) + Duration::days(day), PostKind::Reel);
            let [
                likes,
                comments,
                shares,
                saves,
                views,
                reach,
                impressions,
                replies,
            ] = figures;
            post.likes = likes;
            post.comments = comments;
            post.shares = shares;
            post.saves = saves;
            post.views = views;
            post.reach = reach;
            post.impressions = impressions;
            post.replies = replies;
            post.sponsored = sponsored;
            post
        })
}

fn window() -> impl Strategy<Value = PostWindow> {
    prop_oneof![
        (0u32..20).prop_map(PostWindow::LastPosts),
        (0u32..500).prop_map(PostWindow::LastDays),
        Just(PostWindow::LastPosts(u32::MAX)),
        Just(PostWindow::LastDays(u32::MAX)),
    ]
}

fn method() -> impl Strategy<Value = EngagementMethod> {
    proptest::sample::select(EngagementMethod::ALL.to_vec())
}

fn sane(value: f64) -> bool {
    value.is_finite() && value >= 0.0
}

fn rate_ok(figure: &Figure<Rate>) -> bool {
    figure.value().is_none_or(|rate| sane(rate.percent()))
}

proptest! {
    #[test]
    fn post_rates_are_finite_or_not_available(post in post(), followers in count(), method in method()) {
        prop_assert!(rate_ok(&post_rate(&post, method, followers)));
    }

    #[test]
    fn averages_and_medians_are_finite_and_bounded(
        posts in proptest::collection::vec(post(), 0..16),
        followers in count(),
        method in method(),
        window in window(),
    ) {
        let selected = select_window(&posts, window, None);
        for group in PostGroup::ALL {
            let stats = engagement_stats(&selected, followers, method, group);
            prop_assert!(rate_ok(&stats.average) && rate_ok(&stats.median));
            prop_assert_eq!(stats.average.is_available(), stats.median.is_available());
            if let (Some(average), Some(median)) = (stats.average.value(), stats.median.value()) {
                let per_post: Vec<f64> = selected
                    .group(group)
                    .iter()
                    .filter_map(|post| post_rate(post, method, followers).into_value())
                    .map(|rate| rate.percent())
                    .collect();
                prop_assert_eq!(average.posts_used(), per_post.len());
                prop_assert!(average.posts_used() <= average.posts_considered());
                let low = per_post.iter().copied().fold(f64::INFINITY, f64::min);
                let high = per_post.iter().copied().fold(0.0, f64::max);
                let slack = high * 1e-12;
                prop_assert!(median.percent() >= low - slack && median.percent() <= high + slack);
                prop_assert!(average.percent() >= low - slack && average.percent() <= high + slack);
            }
        }
    }

    #[test]
    fn frequency_share_and_replies_are_finite(
        posts in proptest::collection::vec(post(), 0..16),
        window in window(),
    ) {
        let selected = select_window(&posts, window, None);
        if let Some(frequency) = posting_frequency(&selected).value() {
            prop_assert!(sane(frequency.posts_per_week));
            prop_assert!(frequency.posts_per_week <= frequency.posts as f64 + 1e-9);
        }
        if let Some(share) = sponsored_share(&selected).value() {
            prop_assert!(sane(share.percent) && share.percent <= 100.0);
        }
        if let Some(replies) = reply_rate(&selected).value() {
            prop_assert!(sane(replies.percent));
        }
    }

    #[test]
    fn growth_is_finite(
        followers in count(),
        snapshots in proptest::collection::vec((0i64..200, count()), 0..8),
        period in prop_oneof![Just(0u32), Just(30u32), Just(90u32), any::<u32>()],
    ) {
        let mut platform = Platform::new(PlatformKind::Instagram, followers, date(2026, 4, 1));
        platform.snapshots = snapshots
            .into_iter()
            .map(|(days, followers)| FollowerSnapshot { date: date(2025, 10, 1) + Duration::days(days), followers })
            .collect();
        if let Some(change) = growth(&platform, period).value() {
            prop_assert_eq!(change.change, i128::from(followers) - i128::from(change.start_followers));
            prop_assert!(change.change_percent.is_none_or(f64::is_finite));
        }
    }

    #[test]
    fn tiers_never_shrink_as_followers_grow(a in count(), b in count()) {
        let bounds = TierBounds::default();
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(Tier::of(low, &bounds) <= Tier::of(high, &bounds));
    }

    #[test]
    fn comparisons_stay_like_with_like(
        followers in count(),
        method in method(),
        sponsored in any::<bool>(),
        platform in proptest::sample::select(PlatformKind::NAMED.to_vec()),
    ) {
        let mut post = Post::new(date(2026, 3, 1), PostKind::Reel);
        post.likes = Some(500);
        post.comments = Some(50);
        post.shares = Some(20);
        post.saves = Some(30);
        post.views = Some(9_000);
        post.reach = Some(7_000);
        post.sponsored = sponsored;
        let rate = post_rate(&post, method, followers.max(1)).into_value().unwrap();
        for row in comparable_rows(table(), &rate, &platform, followers) {
            let per_follower = row.basis == Some(Basis::PerFollower);
            prop_assert_eq!(per_follower, method.is_per_follower(), "{} with {:?}", row.id, method);
            if method == EngagementMethod::Views {
                prop_assert_eq!(row.basis, Some(Basis::PerView));
            }
            prop_assert_eq!(row.sponsored, sponsored);
            prop_assert!(row.contains(followers));
        }
        if let BenchmarkMatch::Compared(comparison) = compare(&rate, &platform, followers, table()) {
            prop_assert!(sane(comparison.ratio) && comparison.difference_points.is_finite());
        }
    }

    #[test]
    fn suggestions_stay_in_range(followers in count(), platform in proptest::sample::select(PlatformKind::NAMED.to_vec())) {
        if let RateAdvice::Suggested(suggestion) = suggest_rate(&platform, followers, None, table()) {
            prop_assert!(suggestion.min <= suggestion.suggested);
            if let Some(max) = &suggestion.max {
                prop_assert!(suggestion.suggested <= *max);
            }
            prop_assert!(suggestion.assumptions.iter().any(|a| a.contains("not a promise of earnings")));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn report_json_never_holds_nan(
        posts in proptest::collection::vec(post(), 0..10),
        followers in count(),
        window in window(),
    ) {
        let mut project = Project::new("Property");
        project.analytics.window = window;
        let mut platform = Platform::new(PlatformKind::Instagram, followers, date(2026, 4, 1));
        platform.posts = posts;
        project.platforms.push(platform);
        let built = report(&project, table());
        let json = serde_json::to_string(&built).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert!(!json.contains("\"percent\":null"));
        prop_assert!(!json.contains("\"ratio\":null"));
        prop_assert!(!json.contains("\"posts_per_week\":null"));
        prop_assert!(value["platforms"][0]["engagement"].as_array().is_some_and(|items| items.len() == 12));
        prop_assert!(built.insights.len() <= 5);
        let text = built.to_text();
        // format:: writes non-finite numbers as "n/a"; Rust would write "NaN" or "inf".
        prop_assert!(!text.contains("NaN") && !text.contains("inf%") && !text.contains("n/a"), "{}", text);
    }
}
