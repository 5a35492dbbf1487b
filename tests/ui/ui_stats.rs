//! Analytics exports in the editor: chosen from the File menu or dropped on the window,
//! previewed (nothing changes before "Apply import"), applied as one undo step.
#![allow(clippy::unwrap_used)] // test helpers, like the tests they serve

use crate::ui_support::{Answers, Dropped, app};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::model::PlatformKind;
use pitchkit::ui::{EditorSection, Startup};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A TikTok Studio content export with two videos, as the platform writes it.
const TIKTOK_CONTENT: &str = "\u{feff}\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\r\n\
\"November 12\",\"Oat latte art in 30 seconds\",\"https://www.tiktok.com/@maya/video/7707299914815909945\",\"November 12\",\"1,204\",\"88\",\"41\",\"19,870\"\r\n\
\"November 14\",\"Granola jar restock\",\"https://www.tiktok.com/@maya/video/7708042085164658745\",\"November 14\",\"undefined\",\"12\",\"3\",\"2,310\"\r\n";

fn write_export(dir: &Path) -> PathBuf {
    let path = dir.join("Content.csv");
    std::fs::write(&path, TIKTOK_CONTENT).unwrap();
    path
}

fn tiktok_posts(app: &pitchkit::ui::PitchkitApp) -> usize {
    app.project()
        .platforms
        .iter()
        .find(|p| p.kind == PlatformKind::Tiktok)
        .map_or(0, |p| p.posts.len())
}

#[test]
fn an_export_chosen_from_the_menu_is_previewed_then_applied_as_one_undo_step() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    *answers.export_files.lock().unwrap() = vec![write_export(dir.path())];
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);
    harness.run();
    let before = tiktok_posts(harness.state());

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import analytics export…").click();
    harness.run();

    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Import analytics export")
    );
    assert!(harness.query_by_label_contains("TikTok Studio").is_some());
    assert!(harness.query_by_label_contains("Video title → ").is_some());
    assert!(harness.query_by_label_contains("2 posts added").is_some());
    assert_eq!(
        tiktok_posts(harness.state()),
        before,
        "nothing changes before Apply"
    );

    harness.get_by_label("Apply import").click();
    harness.run();
    assert!(harness.state().prompt_title().is_none());
    assert_eq!(tiktok_posts(harness.state()), before + 2);
    assert_eq!(harness.state().section(), EditorSection::Platforms);
    let shown = &harness.state().project().platforms[harness.state().shown_platform()];
    assert_eq!(
        shown.kind,
        PlatformKind::Tiktok,
        "the imported platform is the one shown"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        tiktok_posts(harness.state()),
        before,
        "one undo step takes it all back"
    );
}

#[test]
fn a_dropped_export_is_previewed_and_cancel_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);
    harness.run();
    let project = harness.state().project().clone();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(write_export(dir.path()))));
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Import analytics export")
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().prompt_title().is_none());
    assert_eq!(harness.state().project(), &project);
}

#[test]
fn a_file_that_is_no_export_is_refused_with_the_reason_and_its_name() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groceries.csv");
    std::fs::write(&path, "apples,pears\n3,4\n").unwrap();
    let answers = Answers::default();
    *answers.export_files.lock().unwrap() = vec![path];
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);
    harness.run();
    let project = harness.state().project().clone();
    harness
        .state_mut()
        .run_command(pitchkit::ui::commands::Command::ImportStats);
    harness.run();
    assert!(harness.state().prompt_title().is_none());
    let notices = harness.state().notices();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("Nothing was imported") && n.contains("groceries.csv")),
        "{notices:?}"
    );
    assert_eq!(harness.state().project(), &project);
}
