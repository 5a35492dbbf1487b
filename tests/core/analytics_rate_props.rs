//! Property tests of the rate calculator's formulas: for any follower count, platform
//! and terms, minimum ≤ suggestion ≤ maximum, every figure is finite, and every price
//! rises (or stays) when any term grows: usage rights, their days, exclusivity days,
//! rush, a bundle part; and falls (or stays) when the bundle discount grows.

// Test helpers outside #[test] functions unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use pitchkit::analytics::rate_calculator::{bundle_quote, single_quote};
use pitchkit::analytics::rate_terms::{End, exclusivity_percent, multiplier, total_percent};
use pitchkit::analytics::{Benchmarks, QuotePrices, RateAdvice, RateQuote, suggest_rate};
use pitchkit::model::{Deliverable, PlatformKind, RateTerms, UsageRights};
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::OnceLock;

fn table() -> &'static Benchmarks {
    static TABLE: OnceLock<Benchmarks> = OnceLock::new();
    TABLE.get_or_init(|| Benchmarks::embedded().unwrap())
}

/// The platforms the table prices, plus one it does not.
fn platform() -> impl Strategy<Value = PlatformKind> {
    select(vec![
        PlatformKind::Instagram,
        PlatformKind::Tiktok,
        PlatformKind::Youtube,
        PlatformKind::Pinterest,
    ])
}

fn followers() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0u64), 1_000u64..5_000_000, Just(u64::MAX)]
}

fn terms() -> impl Strategy<Value = RateTerms> {
    let part = (platform(), select(Deliverable::ALL.to_vec()), 0u32..4);
    (
        select(UsageRights::ALL.to_vec()),
        0u32..5_000,
        0u32..5_000,
        any::<bool>(),
        proptest::collection::vec(part, 0..4),
        0u32..150,
    )
        .prop_map(
            |(usage, usage_days, exclusivity_days, rush, parts, discount)| {
                let base = RateTerms {
                    usage,
                    usage_days,
                    exclusivity_days,
                    rush,
                    bundle_discount_percent: discount,
                    ..RateTerms::default()
                };
                parts
                    .into_iter()
                    .fold(base, |terms, (platform, deliverable, count)| {
                        terms.with_bundle_count(&platform, deliverable, count)
                    })
            },
        )
}

/// The accounts priced: each platform with its own follower count.
fn accounts() -> impl Strategy<Value = Vec<(PlatformKind, RateAdvice)>> {
    (followers(), followers(), followers(), followers()).prop_map(|(a, b, c, d)| {
        [
            (PlatformKind::Instagram, a),
            (PlatformKind::Tiktok, b),
            (PlatformKind::Youtube, c),
            (PlatformKind::Pinterest, d),
        ]
        .into_iter()
        .map(|(platform, followers)| {
            let advice = suggest_rate(&platform, followers, None, table());
            (platform, advice)
        })
        .collect()
    })
}

/// Every row under `terms`: each platform's four deliverables, then the bundle.
fn quotes(accounts: &[(PlatformKind, RateAdvice)], terms: &RateTerms) -> Vec<RateQuote> {
    let mut rows: Vec<RateQuote> = accounts
        .iter()
        .flat_map(|(platform, advice)| {
            Deliverable::ALL
                .into_iter()
                .map(move |deliverable| single_quote(platform, advice, deliverable, terms, table()))
        })
        .collect();
    let advices: Vec<(PlatformKind, &RateAdvice)> = accounts
        .iter()
        .map(|(platform, advice)| (platform.clone(), advice))
        .collect();
    rows.push(bundle_quote(&advices, terms, table()));
    rows
}

/// (min, suggested, max) in cents; an open maximum is `u64::MAX`.
fn cents(prices: &QuotePrices) -> [u64; 3] {
    [
        prices.min.amount_minor,
        prices.suggested.amount_minor,
        prices.max.as_ref().map_or(u64::MAX, |max| max.amount_minor),
    ]
}

/// Every price of `after` is ≥ (`rising`) or ≤ the same row's price `before`.
fn moves(before: &[RateQuote], after: &[RateQuote], rising: bool) -> Result<(), TestCaseError> {
    for (old, new) in before.iter().zip(after) {
        prop_assert_eq!(&old.item, &new.item);
        match (old.prices(), new.prices()) {
            (Some(old_prices), Some(new_prices)) => {
                for (a, b) in cents(old_prices).into_iter().zip(cents(new_prices)) {
                    if rising {
                        prop_assert!(b >= a, "{}: {} → {}", old.title, a, b);
                    } else {
                        prop_assert!(b <= a, "{}: {} → {}", old.title, a, b);
                    }
                }
            }
            (None, None) => {}
            _ => prop_assert!(false, "{} changed between priced and no data", old.title),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn minimum_suggestion_maximum_in_order_and_finite(accounts in accounts(), terms in terms()) {
        for quote in quotes(&accounts, &terms) {
            if let Some(prices) = quote.prices() {
                let [min, suggested, max] = cents(prices);
                prop_assert!(min <= suggested && suggested <= max, "{}: {min} {suggested} {max}", quote.title);
                prop_assert!(!quote.assumptions.is_empty() && !quote.sources.is_empty());
            }
            prop_assert!(serde_json::to_string(&quote).is_ok());
        }
        let span = total_percent(&terms);
        prop_assert!(span.low.is_finite() && span.high.is_finite() && 0.0 <= span.low && span.low <= span.high);
        for end in [End::Low, End::Mid, End::High] {
            prop_assert!(multiplier(&terms, end).is_finite() && multiplier(&terms, end) >= 1.0);
        }
    }

    #[test]
    fn prices_rise_with_every_term(
        accounts in accounts(),
        terms in terms(),
        more_days in 1u32..400,
        part in (platform(), select(Deliverable::ALL.to_vec())),
    ) {
        let before = quotes(&accounts, &terms);
        let grown = [
            RateTerms { usage: next_usage(terms.usage), ..terms.clone() },
            RateTerms { usage_days: terms.usage_days + more_days, ..terms.clone() },
            RateTerms { exclusivity_days: terms.exclusivity_days + more_days, ..terms.clone() },
            RateTerms { rush: true, ..terms.clone() },
        ];
        for after in &grown {
            moves(&before, &quotes(&accounts, after), true)?;
        }
        // One more of a part the bundle can price raises the bundle (or keeps it unpriced).
        let (platform, deliverable) = part;
        let count = terms.bundle_count(&platform, deliverable);
        let bigger = terms.with_bundle_count(&platform, deliverable, count + 1);
        let (old, new) = (before.last().unwrap(), quotes(&accounts, &bigger).pop().unwrap());
        if let (Some(old), Some(new)) = (old.prices(), new.prices()) {
            for (a, b) in cents(old).into_iter().zip(cents(new)) {
                prop_assert!(b >= a);
            }
        }
        let discounted = RateTerms {
            bundle_discount_percent: terms.bundle_discount_percent + more_days,
            ..terms.clone()
        };
        moves(&before, &quotes(&accounts, &discounted), false)?;
    }

    #[test]
    fn exclusivity_never_falls_with_more_days(days in 0u32..10_000, more in 0u32..1_000) {
        let (a, b) = (exclusivity_percent(days), exclusivity_percent(days + more));
        prop_assert!(a.low <= a.high && a.low >= 0.0);
        prop_assert!(b.low >= a.low - 1e-9 && b.high >= a.high - 1e-9);
    }
}

fn next_usage(usage: UsageRights) -> UsageRights {
    match usage {
        UsageRights::NotIncluded => UsageRights::Organic,
        UsageRights::Organic | UsageRights::PaidAds => UsageRights::PaidAds,
    }
}
