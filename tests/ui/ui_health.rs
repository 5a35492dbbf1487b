//! The "To check" list driven by labels: "Go to" jumps to the post's platform, and
//! "Dismiss…" with a reason saves the dismissal in the project (one undo step).
#![allow(clippy::unwrap_used)]

use crate::ui_support::{Answers, TODAY, app, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::analytics::{Benchmarks, health_check};
use pitchkit::ui::{EditorSection, Startup};

#[test]
fn go_to_and_dismiss_a_health_warning() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("viral.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    let file = bundle.join("project.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let followers = json["platforms"][0]["followers"].as_u64().unwrap();
    json["platforms"][0]["posts"][0]["likes"] = (followers + 1_000).into();
    std::fs::write(&file, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    let project = pitchkit::storage::open(&bundle).unwrap();
    let warnings = health_check(&project, TODAY, &Benchmarks::embedded().unwrap());
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let figure = warnings[0].figure.clone();

    let data = tempfile::tempdir().unwrap();
    let mut harness = app(
        Startup::Open(bundle),
        data.path(),
        &Answers::default(),
        EditorSection::Benchmarks,
    );
    assert!(harness.query_by_label("To check (1)").is_some());
    harness.get_by_label(&format!("Go to: {figure}")).click();
    harness.run();
    assert_eq!(harness.state().section(), EditorSection::Platforms);
    // The platform's own list and the flag in the posts table.
    assert!(harness.query_by_label("To check (1)").is_some());
    let flags = || {
        harness
            .query_all_by_role_and_label(Role::Label, "⚠")
            .count()
    };
    assert_eq!(flags(), 1, "the flag beside the post in the posts table");

    harness.get_by_label(&format!("Dismiss: {figure}")).click();
    harness.run();
    type_into(
        &mut harness,
        "Reason for dismissing",
        "this reel went viral",
    );
    harness.get_by_label("Dismiss warning").click();
    harness.run();
    let dismissed = &harness.state().project().dismissed_warnings;
    assert_eq!(dismissed.len(), 1);
    assert_eq!(dismissed[0].key, warnings[0].key);
    assert_eq!(dismissed[0].reason, "this reel went viral");
    assert!(harness.query_by_label("To check (0)").is_some());
    assert!(harness.query_by_label("Dismissed (1)").is_some());
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Label, "⚠")
            .count(),
        0
    );
    assert!(harness.state().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().project().dismissed_warnings.is_empty());
    assert!(harness.query_by_label("To check (1)").is_some());
}
