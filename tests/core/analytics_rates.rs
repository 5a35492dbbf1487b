//! Rate suggestions from published price ranges, adjusted for engagement.

// Test helpers outside #[test] functions unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::rates::adjustment_for;
use pitchkit::analytics::{
    Benchmarks, Comparison, PostGroup, RateAdvice, compare, engagement, suggest_rate,
};
use pitchkit::model::{
    Currency, EngagementMethod, Money, PlatformKind, Post, PostKind, PostWindow,
};

fn table() -> Benchmarks {
    Benchmarks::embedded().unwrap()
}

/// A like-for-like Instagram comparison for an account with `followers` whose one post
/// got `interactions` likes (and 0 comments).
fn comparison(followers: u64, interactions: u64, benchmarks: &Benchmarks) -> Comparison {
    let mut post = Post::new(date(2026, 3, 1), PostKind::Photo);
    post.likes = Some(interactions);
    post.comments = Some(0);
    let stats = engagement(
        &[post],
        followers,
        EngagementMethod::FollowersLikesComments,
        PostWindow::LastPosts(12),
        None,
        PostGroup::All,
    );
    let rate = stats.average.into_value().unwrap();
    *match compare(&rate, &PlatformKind::Instagram, followers, benchmarks) {
        pitchkit::analytics::BenchmarkMatch::Compared(comparison) => comparison,
        other => panic!("expected a comparison, got {other:?}"),
    }
}

fn usd(dollars: u64) -> Money {
    Money::major(dollars, Currency::usd())
}

#[test]
fn adjustment_steps_are_capped() {
    assert_eq!(adjustment_for(3.0), 20);
    assert_eq!(adjustment_for(1.5), 20);
    assert_eq!(adjustment_for(1.2), 10);
    assert_eq!(adjustment_for(1.0), 0);
    assert_eq!(adjustment_for(0.8), -10);
    assert_eq!(adjustment_for(0.5), -20);
    assert_eq!(adjustment_for(0.0), -20);
    assert_eq!(adjustment_for(f64::NAN), 0);
    assert_eq!(adjustment_for(f64::INFINITY), 0);
}

#[test]
fn micro_instagram_with_high_engagement() {
    let benchmarks = table();
    // 1,240 / 24,800 = 5 %, against HypeAuditor 2018 20–100K average 1.62 % → 3.09× → +20 %.
    let engaged = comparison(24_800, 1_240, &benchmarks);
    let RateAdvice::Suggested(suggestion) = suggest_rate(
        &PlatformKind::Instagram,
        24_800,
        Some(&engaged),
        &benchmarks,
    ) else {
        panic!("a price row fits");
    };
    // Shopify/IMH micro 10K–50K: $100–500. Position (24,800 − 10,000) / 40,000 = 0.37
    // → 100 + 400 × 0.37 = $248; × 1.2 = $297.60 → $298.
    assert_eq!(
        suggestion.price_row.id,
        "shopify-imh-2021-instagram-micro-price-per-post"
    );
    assert_eq!(suggestion.min, usd(100));
    assert_eq!(suggestion.max, Some(usd(500)));
    assert_eq!(suggestion.suggested, usd(298));
    assert_eq!(suggestion.adjustment_percent, 20);
    assert_eq!(suggestion.deliverable, "One feed post on Instagram");
    let text = suggestion.assumptions.join("\n");
    assert!(text.contains("Shopify/IMH price table 2021"), "{text}");
    assert!(text.contains("$100–500"), "{text}");
    assert!(text.contains("$248"), "{text}");
    assert!(text.contains("raised by 20%"), "{text}");
    assert!(text.contains("HypeAuditor 2018"), "{text}");
    assert!(text.contains("not a promise of earnings"), "{text}");
}

#[test]
fn no_benchmark_no_adjustment_and_low_engagement_lowers() {
    let benchmarks = table();
    let plain = suggest_rate(&PlatformKind::Instagram, 24_800, None, &benchmarks);
    let plain = plain.suggestion().unwrap();
    assert_eq!(
        (plain.suggested.clone(), plain.adjustment_percent),
        (usd(248), 0)
    );
    assert!(
        plain
            .assumptions
            .iter()
            .any(|a| a.contains("not adjusted for engagement"))
    );
    // 200 / 24,800 = 0.806 %, 0.498× of 1.62 % → −20 %: 248 × 0.8 = 198.4 → $198.
    let low = comparison(24_800, 200, &benchmarks);
    let lowered = suggest_rate(&PlatformKind::Instagram, 24_800, Some(&low), &benchmarks);
    let lowered = lowered.suggestion().unwrap();
    assert_eq!(
        (lowered.suggested.clone(), lowered.adjustment_percent),
        (usd(198), -20)
    );
    assert!(
        lowered
            .assumptions
            .iter()
            .any(|a| a.contains("lowered by 20%"))
    );
}

#[test]
fn suggestion_stays_within_the_published_range() {
    let benchmarks = table();
    // 49,000: 100 + 400 × 0.975 = $490; × 1.2 = $588 → kept at $500.
    let engaged = comparison(49_000, 2_450, &benchmarks);
    let kept = suggest_rate(
        &PlatformKind::Instagram,
        49_000,
        Some(&engaged),
        &benchmarks,
    );
    let kept = kept.suggestion().unwrap();
    assert_eq!(kept.suggested, usd(500));
    assert!(
        kept.assumptions
            .iter()
            .any(|a| a.contains("kept within the published range"))
    );
    // Mega has no upper end: $10,000 and up; +20 % → $12,000.
    let mega = comparison(2_000_000, 100_000, &benchmarks);
    let open = suggest_rate(
        &PlatformKind::Instagram,
        2_000_000,
        Some(&mega),
        &benchmarks,
    );
    let open = open.suggestion().unwrap();
    assert_eq!(
        (open.min.clone(), open.max.clone(), open.suggested.clone()),
        (usd(10_000), None, usd(12_000))
    );
}

#[test]
fn other_platforms_and_missing_rows() {
    let benchmarks = table();
    // YouTube nano 1K–10K: $20–200; 5,000 sits 4,000 / 9,000 of the way: 20 + 180 × 0.444 = $100.
    let youtube = suggest_rate(&PlatformKind::Youtube, 5_000, None, &benchmarks);
    let youtube = youtube.suggestion().unwrap();
    assert_eq!(youtube.suggested, usd(100));
    assert_eq!(youtube.deliverable, "One video on YouTube");
    assert!(
        youtube
            .assumptions
            .iter()
            .any(|a| a.contains("5,000 subscribers"))
    );
    assert_eq!(
        suggest_rate(&PlatformKind::Pinterest, 5_000, None, &benchmarks),
        RateAdvice::NotAvailable {
            reason: "No published price range for one Pinterest post by accounts with 5,000 followers; no rate to suggest."
                .to_owned()
        }
    );
    // Under 1,000 followers no Shopify/IMH tier applies.
    assert!(
        suggest_rate(&PlatformKind::Instagram, 500, None, &benchmarks)
            .suggestion()
            .is_none()
    );
}
