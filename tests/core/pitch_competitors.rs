//! Competitor categories: equal after case, spacing, punctuation, plurals and filler
//! words; symmetric; the demo's coffee roaster competes with a coffee roaster pitch.
#![allow(clippy::unwrap_used)]

use pitchkit::kit::pitch::{category_key, competitors, same_category};
use pitchkit::model::{KitSettings, Pitch};
use pitchkit::sample::demo_project;
use proptest::prelude::*;

#[test]
fn the_documented_examples() {
    for (a, b) in [
        ("Coffee roasters", "coffee roaster"),
        ("Skincare brands", "skin care brand"),
        ("Skincare", "Skin-care brand"),
        ("Food & drink", "food and drinks"),
        ("  Bakeries ", "bakery"),
        ("Watches", "watch"),
        ("Boxes", "box company"),
        ("Telescope maker", "TELESCOPE-MAKERS"),
    ] {
        assert!(same_category(a, b), "{a} = {b}");
        assert!(same_category(b, a), "{b} = {a}");
    }
    for (a, b) in [
        ("Coffee roaster", "Coffee shop"),
        ("Glass", "Glas"),
        ("Campus", "Campu"),
        ("Tea", "Teas and coffees"),
        ("", ""),
        ("Brand", "Company"),
    ] {
        assert!(!same_category(a, b), "{a} ≠ {b}");
    }
    assert_eq!(category_key("Coffee roasters"), "coffeeroaster");
    assert_eq!(category_key("Skincare brands"), "skincare");
    assert_eq!(category_key("Brands & companies"), "");
}

#[test]
fn the_demo_coffee_roaster_competes_with_brightside_and_says_why() {
    let project = demo_project().unwrap();
    let pitch = &project.pitches[0];
    let found = competitors(&project, pitch);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].index, 0);
    assert!(found[0].same_category && !found[0].marked);
    assert_eq!(
        found[0].why(&project, pitch),
        "Halfmoon Roasters is in the same category (Coffee roaster) as Brightside Coffee Co. \
         (Coffee roasters)"
    );
    assert!(competitors(&project, &project.pitches[1]).is_empty());
}

#[test]
fn a_collaboration_marked_competing_competes_with_every_pitch() {
    let mut project = demo_project().unwrap();
    project.collaborations[2].competing = true;
    let pitch = Pitch::from_kit(&KitSettings::default(), "Anyone");
    let found = competitors(&project, &pitch);
    assert_eq!(found.len(), 1);
    assert!(found[0].marked && !found[0].same_category);
    assert_eq!(
        found[0].why(&project, &pitch),
        "Meridian Science Museum is marked as competing"
    );
}

/// Words of ASCII letters whose plural the rule undoes: no ending in e, i, s, u or y
/// ("-es", "-is", "-ss", "-us" and "-ies" plurals follow other rules).
fn word() -> impl Strategy<Value = String> {
    "[a-z]{3,9}[a-df-hj-rtv-xz]"
}

fn category() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(word(), 1..4)
}

proptest! {
    #[test]
    fn comparison_is_symmetric(a in "[A-Za-z &-]{0,20}", b in "[A-Za-z &-]{0,20}") {
        prop_assert_eq!(same_category(&a, &b), same_category(&b, &a));
    }

    #[test]
    fn case_spacing_and_punctuation_do_not_matter(
        words in category(),
        seps in prop::collection::vec("[ ,&/._-]{1,3}", 4),
        upper in any::<bool>(),
    ) {
        let plain = words.join(" ");
        let mut messy = String::from("  ");
        for (i, w) in words.iter().enumerate() {
            let w = if upper { w.to_uppercase() } else { w.clone() };
            messy.push_str(&w);
            messy.push_str(&seps[i]);
        }
        prop_assert!(same_category(&plain, &messy), "{} vs {}", plain, messy);
        // Joined words are the same category too.
        prop_assert!(same_category(&plain, &words.concat()));
    }

    #[test]
    fn plurals_do_not_matter(words in category()) {
        let singular = words.join(" ");
        let plural: Vec<String> = words.iter().map(|w| format!("{w}s")).collect();
        prop_assert!(same_category(&singular, &plural.join(" ")));
    }
}
