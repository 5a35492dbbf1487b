//! The rate calculator: prices per deliverable and bundle under the creator's terms,
//! checked against figures worked out by hand; "no data" where nothing is published;
//! the sourced table; "Use this price"; the terms in the project file and as an action.

// Test helpers outside #[test] functions unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use pitchkit::actions::{Action, History, ListEdit, apply};
use pitchkit::analytics::rate_calculator::{bundle_quote, single_quote};
use pitchkit::analytics::rate_terms::{self, Span, exclusivity_percent};
use pitchkit::analytics::{
    Benchmarks, QuoteItem, QuoteOutcome, RateAdvice, RateQuote, calculate_rates, package_fill,
    report, suggest_rate,
};
use pitchkit::model::{
    Currency, Deliverable, Money, PlatformKind, Project, RateCard, RatePackage, RateTerms,
    UsageRights,
};
use pitchkit::sample::demo_project;

fn table() -> Benchmarks {
    Benchmarks::embedded().unwrap()
}

fn usd(dollars: u64) -> Money {
    Money::major(dollars, Currency::usd())
}

/// The Instagram account of the hand-worked examples: 24,800 followers, no engagement
/// comparison, so the suggestion is $100 / $248 / $500 (Shopify/IMH micro 10K–50K,
/// 37 % of the way through the tier).
fn instagram() -> RateAdvice {
    suggest_rate(&PlatformKind::Instagram, 24_800, None, &table())
}

/// TikTok with 61,240 followers: mid tier 50K–500K, $125–1,250;
/// 125 + 1,125 × 11,240 / 450,000 = $153.10 → $153.
fn tiktok() -> RateAdvice {
    suggest_rate(&PlatformKind::Tiktok, 61_240, None, &table())
}

fn quote(deliverable: Deliverable, terms: &RateTerms) -> RateQuote {
    single_quote(
        &PlatformKind::Instagram,
        &instagram(),
        deliverable,
        terms,
        &table(),
    )
}

/// (minimum, suggested, maximum) in whole dollars.
fn dollars(quote: &RateQuote) -> (u64, u64, Option<u64>) {
    let prices = quote.prices().unwrap_or_else(|| panic!("{quote:?}"));
    (
        prices.min.amount_minor / 100,
        prices.suggested.amount_minor / 100,
        prices.max.as_ref().map(|max| max.amount_minor / 100),
    )
}

fn reason(quote: &RateQuote) -> &str {
    match &quote.outcome {
        QuoteOutcome::NoData { reason } => reason,
        QuoteOutcome::Priced(_) => panic!("{} is priced", quote.title),
    }
}

#[test]
fn instagram_deliverables_without_terms() {
    let terms = RateTerms::default();
    let feed = quote(Deliverable::FeedPost, &terms);
    assert_eq!(dollars(&feed), (100, 248, Some(500)));
    assert!(!feed.derived);
    // Reel: × 1.4 / 1.45 / 1.5 → 140, 359.6, 750.
    let reel = quote(Deliverable::ShortVideo, &terms);
    assert_eq!(dollars(&reel), (140, 360, Some(750)));
    assert!(reel.derived);
    // Story: × 0.5 / (0.5 + 906/1,170) / 2 / (906/1,170) → 50, 158.02, 387.18.
    let story = quote(Deliverable::Story, &terms);
    assert_eq!(dollars(&story), (50, 158, Some(387)));
    let text = story.assumptions.join("\n");
    assert!(text.contains("Derived, an assumption"), "{text}");
    assert!(text.contains("$906") && text.contains("$1,170"), "{text}");
    assert!(text.contains("Thin data: no published price row"), "{text}");
    let long = quote(Deliverable::LongVideo, &terms);
    assert!(reason(&long).starts_with("No data"), "{}", reason(&long));
    assert!(reason(&long).contains("long video on Instagram"));
}

#[test]
fn each_term_adds_its_published_percentage() {
    let feed = |terms: RateTerms| dollars(&quote(Deliverable::FeedPost, &terms));
    let base = RateTerms::default();
    // Paid ads for 30 days: +25 % at every end.
    let paid = RateTerms {
        usage: UsageRights::PaidAds,
        ..base.clone()
    };
    assert_eq!(feed(paid.clone()), (125, 310, Some(625)));
    // 60 days: twice that, +50 %.
    assert_eq!(
        feed(RateTerms {
            usage_days: 60,
            ..paid
        }),
        (150, 372, Some(750))
    );
    // Organic reposting for 30 days: +15 %.
    assert_eq!(
        feed(RateTerms {
            usage: UsageRights::Organic,
            ..base.clone()
        }),
        (115, 285, Some(575))
    );
    // Exclusivity 21 days: between the guide's 14 days (5–15 %) and 30 days (10–25 %):
    // low 5 + 5 × 7/16 = 7.1875 %, high 15 + 10 × 7/16 = 19.375 %, middle 13.28 %.
    assert_eq!(
        feed(RateTerms {
            exclusivity_days: 21,
            ..base.clone()
        }),
        (107, 281, Some(597))
    );
    // Rush: +25 / 37.5 / 50 %.
    assert_eq!(
        feed(RateTerms {
            rush: true,
            ..base.clone()
        }),
        (125, 341, Some(750))
    );
    // All at once: 25 + 10 + 25 = 60 %, 25 + 17.5 + 37.5 = 80 %, 25 + 25 + 50 = 100 %.
    let all = RateTerms {
        usage: UsageRights::PaidAds,
        exclusivity_days: 30,
        rush: true,
        ..base
    };
    assert_eq!(feed(all.clone()), (160, 446, Some(1_000)));
    let text = quote(Deliverable::FeedPost, &all).assumptions.join("\n");
    assert!(text.contains("Together the terms add +60–100%"), "{text}");
    let sources = quote(Deliverable::FeedPost, &all).sources.join("\n");
    for source in [
        rate_terms::USAGE_SOURCE,
        rate_terms::EXCLUSIVITY_SOURCE,
        rate_terms::RUSH_SOURCE,
    ] {
        assert!(sources.contains(source.url), "{sources}");
    }
    assert!(sources.contains("year not stated; secondary"), "{sources}");
}

#[test]
fn exclusivity_follows_the_guide_and_says_where_it_assumes() {
    let at = |days| exclusivity_percent(days);
    assert_eq!(at(0), Span::one(0.0));
    assert_eq!(
        at(7),
        Span {
            low: 2.5,
            high: 7.5
        }
    );
    assert_eq!(
        at(14),
        Span {
            low: 5.0,
            high: 15.0
        }
    );
    assert_eq!(
        at(30),
        Span {
            low: 10.0,
            high: 25.0
        }
    );
    assert_eq!(
        at(60),
        Span {
            low: 17.5,
            high: 32.5
        }
    );
    assert_eq!(
        at(90),
        Span {
            low: 25.0,
            high: 40.0
        }
    );
    // Beyond 90 days the 30-to-90-day slope (0.25 points a day) goes on.
    assert_eq!(
        at(120),
        Span {
            low: 32.5,
            high: 47.5
        }
    );
    let sentence = |days| {
        let terms = RateTerms {
            exclusivity_days: days,
            ..RateTerms::default()
        };
        rate_terms::term_effects(&terms)[1].sentence.clone()
    };
    assert!(sentence(30).contains("the guide's own figure"));
    assert!(sentence(7).contains("Pitchkit's assumption"));
    assert!(sentence(120).contains("or more"));
}

#[test]
fn no_data_is_said_never_invented() {
    let terms = RateTerms::default();
    let story = single_quote(
        &PlatformKind::Tiktok,
        &tiktok(),
        Deliverable::Story,
        &terms,
        &table(),
    );
    assert!(
        reason(&story).contains("no published price for a story on TikTok"),
        "{}",
        reason(&story)
    );
    let video = single_quote(
        &PlatformKind::Tiktok,
        &tiktok(),
        Deliverable::ShortVideo,
        &terms,
        &table(),
    );
    assert_eq!(dollars(&video), (125, 153, Some(1_250)));
    // No price rows at all: every deliverable is "no data".
    let pinterest = suggest_rate(&PlatformKind::Pinterest, 5_000, None, &table());
    for deliverable in Deliverable::ALL {
        let quote = single_quote(
            &PlatformKind::Pinterest,
            &pinterest,
            deliverable,
            &terms,
            &table(),
        );
        assert!(quote.prices().is_none(), "{quote:?}");
    }
    // Below every tier: the feed post says why, the derived story too.
    let tiny = suggest_rate(&PlatformKind::Instagram, 500, None, &table());
    let story = single_quote(
        &PlatformKind::Instagram,
        &tiny,
        Deliverable::Story,
        &terms,
        &table(),
    );
    assert!(
        reason(&story).contains("derived from it"),
        "{}",
        reason(&story)
    );
}

#[test]
fn an_open_ended_range_has_no_maximum() {
    let mega = suggest_rate(&PlatformKind::Instagram, 2_000_000, None, &table());
    let reel = single_quote(
        &PlatformKind::Instagram,
        &mega,
        Deliverable::ShortVideo,
        &RateTerms::default(),
        &table(),
    );
    // Mega $10,000 and up: the suggestion is the lower end; × 1.4 / 1.45.
    assert_eq!(dollars(&reel), (14_000, 14_500, None));
    assert!(reel.assumptions.join(" ").contains("no maximum"));
}

#[test]
fn the_bundle_is_the_sum_of_its_parts_less_the_discount() {
    let terms = RateTerms::default()
        .with_bundle_count(&PlatformKind::Instagram, Deliverable::ShortVideo, 1)
        .with_bundle_count(&PlatformKind::Instagram, Deliverable::Story, 3)
        .with_bundle_count(&PlatformKind::Tiktok, Deliverable::ShortVideo, 1);
    let (instagram, tiktok) = (instagram(), tiktok());
    let advices = [
        (PlatformKind::Instagram, &instagram),
        (PlatformKind::Tiktok, &tiktok),
    ];
    let bundle = bundle_quote(&advices, &terms, &table());
    // Low 140 + 3 × 50 + 125 = 415; middle 359.6 + 3 × 158.02 + 153 = 986.66;
    // high 750 + 3 × 387.18 + 1,250 = 3,161.54; each less 10 %.
    assert_eq!(dollars(&bundle), (374, 888, Some(2_845)));
    let text = bundle.assumptions.join("\n");
    assert!(text.contains("3 stories on Instagram"), "{text}");
    assert!(
        text.contains("Pitchkit's default and an assumption"),
        "{text}"
    );
    // With paid ads for 30 days the whole bundle costs 25 % more.
    let paid = RateTerms {
        usage: UsageRights::PaidAds,
        ..terms.clone()
    };
    let (low, mid, high) = dollars(&bundle_quote(&advices, &paid, &table()));
    assert_eq!((low, mid, high), (467, 1_110, Some(3_557)));
    // A part with no published price: the bundle says so instead of leaving it out.
    let with_story = terms.with_bundle_count(&PlatformKind::Tiktok, Deliverable::Story, 2);
    let bundle = bundle_quote(&advices, &with_story, &table());
    assert!(
        reason(&bundle).contains("story on TikTok"),
        "{}",
        reason(&bundle)
    );
    let empty = bundle_quote(&advices, &RateTerms::default(), &table());
    assert!(reason(&empty).contains("empty"));
}

#[test]
fn the_story_ratio_agrees_with_the_benchmark_row() {
    let benchmarks = table();
    let row = benchmarks.row(rate_terms::STORY_AVERAGE_ROW).unwrap();
    assert_eq!(row.value, Some(rate_terms::POST_AVERAGE_USD));
    assert!(row.notes.contains("story avg $906"), "{}", row.notes);
    assert!((rate_terms::STORY_RATIO.high - 906.0 / 1_170.0).abs() < 1e-12);
}

#[test]
fn the_demo_calculator_prices_each_platform_and_notes_thin_data() {
    let project = demo_project().unwrap();
    let benchmarks = table();
    let report = report(&project, &benchmarks);
    let calculation = calculate_rates(&report, &project.rate_card.terms, &benchmarks);
    // Instagram, TikTok, YouTube: four deliverables each, then the bundle.
    assert_eq!(calculation.quotes.len(), 13);
    assert_eq!(calculation.quotes[12].item, QuoteItem::Bundle);
    let priced: Vec<&str> = calculation
        .quotes
        .iter()
        .filter(|quote| quote.prices().is_some())
        .map(|quote| quote.title.as_str())
        .collect();
    assert_eq!(
        priced,
        [
            "Feed post on Instagram",
            "Reel / short video on Instagram",
            "Story on Instagram",
            "Reel / short video on TikTok",
            "Long video on YouTube"
        ]
    );
    for quote in calculation.quotes.iter().filter(|q| q.prices().is_some()) {
        let text = quote.assumptions.join("\n");
        assert!(text.contains("Thin data"), "{}: {text}", quote.title);
        assert!(
            text.contains("read only in copies"),
            "{}: {text}",
            quote.title
        );
        assert!(
            quote.sources.iter().any(|s| s.contains("2021; secondary")),
            "{:?}",
            quote.sources
        );
    }
}

#[test]
fn use_this_price_fills_a_new_or_the_matching_package() {
    let terms = RateTerms {
        usage: UsageRights::PaidAds,
        exclusivity_days: 14,
        rush: true,
        ..RateTerms::default()
    };
    let feed = quote(Deliverable::FeedPost, &terms);
    let mut card = RateCard::default();
    let fill = package_fill(&feed, &terms, &card).unwrap();
    assert_eq!(fill.index, None);
    assert_eq!(fill.package.name, "Feed post on Instagram");
    assert_eq!(fill.package.price, feed.prices().unwrap().suggested);
    assert_eq!(
        fill.package.deliverables,
        ["1 feed post on Instagram", "Rush delivery"]
    );
    assert!(fill.package.usage_rights.contains("30 days"));
    assert_eq!(fill.package.exclusivity, "No competing brand for 14 days");

    card.packages.push(RatePackage {
        name: "Launch".to_owned(),
        ..fill.package.clone()
    });
    card.packages.push(RatePackage {
        name: "  feed POST on   instagram ".to_owned(),
        price: usd(1),
        ..fill.package.clone()
    });
    let again = package_fill(&feed, &terms, &card).unwrap();
    assert_eq!(again.index, Some(1));
    assert_eq!(again.package.name, "  feed POST on   instagram ");
    assert_eq!(again.package.price, feed.prices().unwrap().suggested);

    card.packages[1].price = Money::major(1, Currency::new("EUR").unwrap());
    let refused = package_fill(&feed, &terms, &card).unwrap_err();
    assert!(refused.contains("EUR"), "{refused}");
    let none = quote(Deliverable::LongVideo, &terms);
    assert!(package_fill(&none, &terms, &card).is_err());
}

#[test]
fn use_this_price_is_one_undo_step() {
    let mut project = demo_project().unwrap();
    let before = project.clone();
    let feed = quote(Deliverable::FeedPost, &project.rate_card.terms);
    let fill = package_fill(&feed, &project.rate_card.terms, &project.rate_card).unwrap();
    let edit = ListEdit::insert(project.rate_card.packages.len(), fill.package);
    let mut history = History::new();
    history.apply(&mut project, Action::Packages(edit)).unwrap();
    assert_eq!(project.rate_card.packages.len(), 4);
    assert!(history.undo(&mut project));
    assert!(!history.can_undo());
    assert_eq!(project, before);
}

#[test]
fn terms_are_set_by_an_action_and_left_out_of_the_file_while_untouched() {
    let mut project = demo_project().unwrap();
    let json = serde_json::to_string(&project).unwrap();
    assert!(
        !json.contains("\"terms\""),
        "untouched terms are not written"
    );
    let terms = RateTerms {
        usage: UsageRights::Organic,
        usage_days: 90,
        ..RateTerms::default()
    }
    .with_bundle_count(&PlatformKind::Youtube, Deliverable::LongVideo, 2);
    let before = project.clone();
    let inverse = apply(&mut project, Action::SetRateTerms(terms.clone())).unwrap();
    assert_eq!(project.rate_card.terms, terms);
    assert_eq!(
        Action::SetRateTerms(terms.clone()).label(),
        "Change rate terms"
    );
    let json = serde_json::to_string(&project).unwrap();
    assert!(json.contains("\"usage\":\"organic\""), "{json}");
    let read: Project = serde_json::from_str(&json).unwrap();
    assert_eq!(read, project);
    apply(&mut project, inverse).unwrap();
    assert_eq!(project, before);
}
