//! The kit language in the editor, driven by labels: Kit design's "Kit language"
//! combo names what "as this computer" resolves to, choosing German is one undo step
//! and the preview speaks German; a pitch's "Kit language" row gives its kit its own.
#![allow(clippy::unwrap_used)]

use crate::ui_support::{fresh_app, wait_for};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::kit::lang::Language;
use pitchkit::ui::{EditorSection, Startup};
use std::time::Duration;

#[test]
fn kit_design_chooses_german_in_one_undo_step_and_the_preview_follows() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::KitDesign);
    harness.run();
    harness.get_by_label("Kit language").click();
    harness.run();
    // No language set: the kit follows this computer (English in tests).
    assert!(
        harness
            .query_by_label("As this computer (English)")
            .is_some()
    );
    harness.get_by_label("Deutsch (German)").click();
    harness.run();
    assert_eq!(harness.state().project().kit.language, Some(Language::De));
    let german = pitchkit::kit::text::smarten(Language::De.tr("compare.title"));
    wait_for(&mut harness, Duration::from_secs(60), |app| {
        app.preview_is_current() && app.preview_text().contains(&german)
    });
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().project().kit.language, None);
}

#[test]
fn a_pitch_chooses_its_own_kit_language() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Pitches);
    harness.run();
    harness.get_by_label("Kit language").click();
    harness.run();
    harness.get_by_label("Português (Brasil)").click();
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.pitches[0].language, Some(Language::PtBr));
    assert_eq!(project.kit.language, None, "the main kit keeps its own");
}
