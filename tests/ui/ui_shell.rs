//! The editor's shell as a user meets it: what the status bar says, a project folder
//! dropped on the window, two windows on one project, a project changed on disk
//! while open, and an export cancelled from its progress bar.
#![allow(clippy::unwrap_used)] // test helpers, like the tests they serve

use crate::ui_support::{Answers, Dropped, app, fresh_app, type_into, wait_for_label};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{EditorSection, Startup};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The demo project written as a bundle in `dir`.
fn demo_bundle(dir: &Path) -> PathBuf {
    let bundle = dir.join("maya.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    bundle
}

#[test]
fn the_demo_is_not_called_saved() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    harness.run();
    assert!(
        harness
            .query_by_label("Demo kit, not saved anywhere")
            .is_some()
    );
    assert!(harness.query_by_label("All changes saved").is_none());
}

#[test]
fn a_project_folder_dropped_on_the_window_is_opened_not_scanned_for_photos() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Profile);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(bundle.clone())));
    harness.run();
    assert_eq!(harness.state().bundle(), Some(bundle.as_path()));
    assert_eq!(
        harness.state().project().creator.display_name,
        "Maya Okafor"
    );
    assert!(!harness.state().is_importing());
    assert!(harness.query_by_label("All changes saved").is_some());
}

#[test]
fn a_second_window_reads_the_project_and_saves_only_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    let original = std::fs::read(bundle.join("project.json")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    let mut first = app(
        Startup::Open(bundle.clone()),
        data.path(),
        &answers,
        EditorSection::Profile,
    );
    first.run();
    assert!(!first.state().is_read_only());

    let second_data = tempfile::tempdir().unwrap();
    let mut second = app(
        Startup::Open(bundle.clone()),
        second_data.path(),
        &answers,
        EditorSection::Profile,
    );
    second.run();
    assert!(second.state().is_read_only());
    let notices = second.state().notices().join("\n");
    assert!(
        notices.contains("open in another window") && notices.contains("process"),
        "{notices}"
    );
    assert!(
        second
            .query_by_label("Read-only: open in another window")
            .is_some()
    );

    type_into(&mut second, "Name", " (copy)");
    let copy = dir.path().join("copy");
    *answers.project_path.lock().unwrap() = Some(copy.clone());
    second.key_press_modifiers(Modifiers::COMMAND, Key::S);
    second.run();
    assert!(!second.state().is_dirty());
    assert_eq!(
        second.state().bundle(),
        Some(copy.with_extension("pitchkit").as_path())
    );
    assert_eq!(
        std::fs::read(bundle.join("project.json")).unwrap(),
        original
    );
    assert!(!second.state().is_read_only(), "the copy is its own");
    let notices = second.state().notices().join("\n");
    assert!(!notices.contains("open in another window"), "{notices}");
    drop(first);
}

#[test]
fn saving_over_a_project_changed_on_disk_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    let data = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    let mut harness = app(
        Startup::Open(bundle.clone()),
        data.path(),
        &answers,
        EditorSection::Profile,
    );
    type_into(&mut harness, "Name", " Jr");
    harness.run();
    // Another program (a sync folder) writes its own version.
    let file = bundle.join("project.json");
    let theirs = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Maya Okafor", "Maya O. (synced)");
    std::fs::write(&file, &theirs).unwrap();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("The project was changed by another program")
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);

    harness.get_by_label("Overwrite with mine").click();
    harness.run();
    assert!(harness.state().prompt_title().is_none());
    assert!(!harness.state().is_dirty());
    let saved = pitchkit::storage::open(&bundle).unwrap();
    assert_eq!(saved.creator.display_name, "Maya Okafor Jr");

    // Changed again underneath: this time keep theirs.
    std::fs::write(&file, &theirs).unwrap();
    type_into(&mut harness, "Name", "!");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Keep theirs and reload").click();
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(
        harness.state().project().creator.display_name,
        "Maya O. (synced)"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

#[test]
fn an_export_shows_a_cancel_button_and_a_cancelled_export_leaves_no_file() {
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("kit.pdf");
    let data = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    *answers.pdf_path.lock().unwrap() = Some(pdf.clone());
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.step();
    harness.step();
    let cancelled = match harness.query_by_label("Cancel export") {
        Some(button) => {
            button.click();
            true
        }
        None => false,
    };
    for _ in 0..600 {
        harness.step();
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!harness.state().is_exporting());
    let notices = harness.state().notices().join("\n");
    if notices.contains("Export cancelled") {
        assert!(cancelled);
        assert!(!pdf.exists(), "a cancelled export leaves no file");
        let left: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
        assert!(left.is_empty(), "no temporary file either: {left:?}");
    } else {
        // The export had already reached its end when Cancel was pressed.
        assert!(notices.contains("Exported to"), "{notices}");
        assert!(pdf.is_file());
    }
    wait_for_label(
        &mut harness,
        "Demo kit, not saved anywhere",
        std::time::Duration::from_secs(5),
    );
}
