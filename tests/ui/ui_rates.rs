//! The rate calculator driven by labels: choose a row, set a term, "Use this price"
//! fills a package (a new one, then the same one again) and one undo takes it back.
#![allow(clippy::unwrap_used)]

use crate::ui_support::fresh_app;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use pitchkit::analytics::{Benchmarks, QuoteItem, calculate_rates, report};
use pitchkit::model::{Deliverable, Money, PlatformKind, Project, UsageRights};
use pitchkit::ui::{EditorSection, PitchkitApp, Startup};

const REEL: &str = "Reel / short video on Instagram";

/// What the calculator suggests for an Instagram Reel on `project`, in cents.
fn suggested_reel(project: &Project) -> u64 {
    let benchmarks = Benchmarks::embedded().unwrap();
    let calculation = calculate_rates(
        &report(project, &benchmarks),
        &project.rate_card.terms,
        &benchmarks,
    );
    let item = QuoteItem::Single {
        platform: PlatformKind::Instagram,
        deliverable: Deliverable::ShortVideo,
    };
    let quote = calculation.quote(&item).unwrap();
    quote.prices().unwrap().suggested.amount_minor
}

/// Clicks the widget labelled `label` (it may be scrolled out of view) and settles.
fn press(harness: &mut Harness<'_, PitchkitApp>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run();
}

#[test]
fn a_term_and_use_this_price_fill_a_package_in_one_undo_step() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Rates);
    harness.run();
    let plain = suggested_reel(harness.state().project());
    press(&mut harness, REEL);
    press(&mut harness, "Paid ads / whitelisting");
    let project = harness.state().project().clone();
    assert_eq!(project.rate_card.terms.usage, UsageRights::PaidAds);
    // Paid ads for the default 30 days add 25 % to every price.
    let paid = suggested_reel(&project);
    assert!(paid.abs_diff(plain * 5 / 4) <= 100, "{plain} → {paid}");
    assert!(harness.query_by_label("+25% on every price").is_some());

    press(&mut harness, "Use this price");
    let packages = &harness.state().project().rate_card.packages;
    assert_eq!(packages.len(), project.rate_card.packages.len() + 1);
    let added = packages.last().unwrap();
    assert_eq!(added.name, REEL);
    assert_eq!(
        added.price,
        Money::major(paid / 100, added.price.currency.clone())
    );
    assert!(
        added.usage_rights.contains("Paid ads"),
        "{}",
        added.usage_rights
    );
    assert_eq!(added.deliverables, ["1 reel / short video on Instagram"]);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project(),
        &project,
        "one undo takes the package back"
    );

    // Redo, add rush, use the price again: the same package is updated, none added.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    press(&mut harness, "Rush delivery");
    assert!(harness.state().project().rate_card.terms.rush);
    let rushed = suggested_reel(harness.state().project());
    assert!(rushed > paid, "{paid} → {rushed}");
    assert!(
        harness
            .query_by_label_contains("Updates package 4")
            .is_some()
    );
    press(&mut harness, "Use this price");
    let packages = &harness.state().project().rate_card.packages;
    assert_eq!(packages.len(), project.rate_card.packages.len() + 1);
    assert_eq!(packages[3].price.amount_minor, rushed);
    assert!(
        packages[3]
            .deliverables
            .contains(&"Rush delivery".to_owned())
    );
}

#[test]
fn a_bundle_is_put_together_in_the_table_and_rows_without_data_say_so() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Rates);
    harness.run();
    assert!(harness.query_all_by_label("no data").count() >= 7);
    harness
        .get_by_label("In bundle, Story on Instagram")
        .set_value_accesskit(3.0);
    harness.run();
    let terms = &harness.state().project().rate_card.terms;
    assert_eq!(
        terms.bundle_count(&PlatformKind::Instagram, Deliverable::Story),
        3,
        "{terms:?}"
    );
    press(&mut harness, "Bundle");
    assert!(harness.query_by_label_contains("Bundle: $").is_some());
    press(&mut harness, "Clear bundle");
    assert!(harness.state().project().rate_card.terms.bundle.is_empty());
    assert!(
        harness
            .query_by_label_contains("The bundle is empty")
            .is_some()
    );
}
