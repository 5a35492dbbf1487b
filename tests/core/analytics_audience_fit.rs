//! The audience fit against figures worked out by hand (the demo's overall audience:
//! ages 13–17 2.6 %, 18–24 26.9 %, 25–34 39.4 %, 35–44 18.7 %, 45–54 7.8 %, 55+
//! 4.1 %; women 56.3 %, men 41.2 %, non-binary/other 2.5 %; United Kingdom 31.4 %,
//! United States 22.7 %, Nigeria 7.9 %, Canada 6.2 %, Australia 4.6 %, 72.8 % listed).
#![allow(clippy::unwrap_used)]

use crate::common::{labels, target};
use pitchkit::analytics::audience_fit::{combine, fit_in};
use pitchkit::analytics::{Dimension, Fit, audience_fit};
use pitchkit::model::{AudienceTarget, Percent, Project, Share};
use pitchkit::sample::demo_project;
use proptest::prelude::*;

fn close(fit: Fit, expected: Fit) {
    let ok = match (fit, expected) {
        (Fit::Share(a), Fit::Share(b)) | (Fit::AtLeast(a), Fit::AtLeast(b)) => (a - b).abs() < 1e-9,
        (a, b) => a == b,
    };
    assert!(ok, "{fit:?} is not {expected:?}");
}

#[test]
fn three_dimensions_and_together_as_worked_out_by_hand() {
    let fit = audience_fit(
        &demo_project().unwrap(),
        &target(
            &["25–34", "35–44"],
            &["Women"],
            &["United Kingdom", "United States"],
        ),
    );
    let dims: Vec<Dimension> = fit.dimensions.iter().map(|d| d.dimension).collect();
    assert_eq!(
        dims,
        [Dimension::Age, Dimension::Gender, Dimension::Country]
    );
    // 39.4 + 18.7 = 58.1; 56.3; 31.4 + 22.7 = 54.1.
    close(fit.dimensions[0].fit, Fit::Share(58.1));
    close(fit.dimensions[1].fit, Fit::Share(56.3));
    close(fit.dimensions[2].fit, Fit::Share(54.1));
    // 0.581 × 0.563 × 0.541 = 0.176963… → 17.70 %.
    close(
        fit.together.unwrap(),
        Fit::Share(0.581 * 0.563 * 0.541 * 100.0),
    );
    assert_eq!(fit.together.unwrap().describe(), "17.7%");
    assert_eq!(fit.dimensions[0].label(), "Age 25–34, 35–44");
    assert_eq!(
        fit.source.as_deref(),
        Some("typed by hand, as of 15 Nov 2026")
    );
}

#[test]
fn a_group_missing_from_an_incomplete_list_makes_it_at_least() {
    // Ireland is not among the five countries listed (72.8 %): at least the UK's 31.4 %.
    let fit = audience_fit(
        &demo_project().unwrap(),
        &target(&["25–34", "35–44"], &[], &["United Kingdom", "Ireland"]),
    );
    close(fit.dimensions[1].fit, Fit::AtLeast(31.4));
    assert_eq!(fit.dimensions[1].fit.describe(), "at least 31.4%");
    // 0.581 × 0.314 = 0.182434 → at least 18.2 %.
    close(fit.together.unwrap(), Fit::AtLeast(58.1 * 31.4 / 100.0));
    assert_eq!(fit.dimensions.len(), 2, "gender is not targeted");
}

#[test]
fn labels_match_without_case_spaces_or_dash_kind() {
    let project = demo_project().unwrap();
    let fit = audience_fit(&project, &target(&["25-34", " 35 — 44 "], &["WOMEN"], &[]));
    close(fit.dimensions[0].fit, Fit::Share(58.1));
    close(fit.dimensions[1].fit, Fit::Share(56.3));
}

#[test]
fn a_complete_list_without_the_group_means_no_one() {
    // Genders add up to 100 %: a gender not listed has (about) no one.
    let fit = audience_fit(
        &demo_project().unwrap(),
        &target(&[], &["Women", "Agender"], &[]),
    );
    close(fit.dimensions[0].fit, Fit::Share(56.3));
}

#[test]
fn missing_shares_are_not_enough_data_not_a_number() {
    let project = demo_project().unwrap();
    // No country of the target is listed: nothing is known.
    let fit = audience_fit(&project, &target(&["25–34"], &[], &["Japan"]));
    assert_eq!(fit.dimensions[1].fit, Fit::NotEnoughData);
    assert_eq!(fit.together, Some(Fit::NotEnoughData));
    assert_eq!(fit.together.unwrap().describe(), "not enough audience data");
    assert_eq!(fit.together.unwrap().percent(), None);
    // No audience at all.
    let empty = audience_fit(&Project::new("Sam"), &target(&["25–34"], &["Women"], &[]));
    assert!(empty.dimensions.iter().all(|d| d.fit == Fit::NotEnoughData));
    assert_eq!(empty.together, Some(Fit::NotEnoughData));
    assert_eq!(empty.source, None);
    // No target: no figure either way.
    let none = audience_fit(&project, &AudienceTarget::default());
    assert!(none.dimensions.is_empty());
    assert_eq!(none.together, None);
}

#[test]
fn the_overall_audience_is_used_else_the_first_with_shares() {
    let mut project = demo_project().unwrap();
    // Drop the overall audience: the Instagram one (first left) has 25–34 at 42.7 %.
    project.audiences.remove(0);
    let fit = audience_fit(&project, &target(&["25–34"], &[], &[]));
    close(fit.dimensions[0].fit, Fit::Share(42.7));
}

fn shares(rows: &[(&str, u32)]) -> Vec<Share> {
    rows.iter()
        .map(|&(l, bp)| Share::new(l, Percent(bp)))
        .collect()
}

#[test]
fn fit_in_adds_the_groups_and_caps_at_100() {
    let list = shares(&[("A", 6_000), ("B", 5_000)]);
    close(fit_in(&list, &labels(&["A", "B"])), Fit::Share(100.0));
    close(fit_in(&list, &labels(&["b"])), Fit::Share(50.0));
    assert_eq!(fit_in(&[], &labels(&["A"])), Fit::NotEnoughData);
    assert_eq!(fit_in(&list, &[]), Fit::NotEnoughData);
}

fn arb_fit() -> impl Strategy<Value = Fit> {
    prop_oneof![
        (0.0..=100.0f64).prop_map(Fit::Share),
        (0.0..=100.0f64).prop_map(Fit::AtLeast),
        Just(Fit::NotEnoughData),
    ]
}

proptest! {
    #[test]
    fn together_is_never_more_than_any_dimension(fits in prop::collection::vec(arb_fit(), 1..4)) {
        let together = combine(fits.iter().copied());
        if fits.contains(&Fit::NotEnoughData) {
            prop_assert_eq!(together, Fit::NotEnoughData);
        } else {
            let value = together.percent().unwrap();
            for fit in &fits {
                prop_assert!(value <= fit.percent().unwrap() + 1e-9);
            }
            prop_assert!((0.0..=100.0).contains(&value));
            let at_least = fits.iter().any(|f| matches!(f, Fit::AtLeast(_)));
            prop_assert_eq!(matches!(together, Fit::AtLeast(_)), at_least);
        }
    }

    #[test]
    fn one_dimension_together_is_itself(fit in arb_fit()) {
        prop_assert_eq!(combine([fit]), fit);
    }

    #[test]
    fn a_dimension_share_is_the_sum_of_its_groups(
        bps in prop::collection::vec(0u32..2_000, 1..6),
        pick in prop::collection::vec(any::<bool>(), 6),
    ) {
        let list: Vec<Share> = bps.iter().enumerate()
            .map(|(i, &bp)| Share::new(&format!("G{i}"), Percent(bp))).collect();
        let groups: Vec<String> = (0..bps.len()).filter(|&i| pick[i]).map(|i| format!("g{i}")).collect();
        let expected: u32 = (0..bps.len()).filter(|&i| pick[i]).map(|i| bps[i]).sum();
        let fit = fit_in(&list, &groups);
        if groups.is_empty() {
            prop_assert_eq!(fit, Fit::NotEnoughData);
        } else {
            prop_assert!((fit.percent().unwrap() - f64::from(expected) / 100.0).abs() < 1e-9);
            prop_assert!(matches!(fit, Fit::Share(_)), "every group is listed");
        }
    }
}
