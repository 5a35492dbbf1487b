//! The editor's file side, driven through its window: export to PDF, the close
//! prompt, opening a broken project, autosave and restore, recent projects.

use crate::ui_support::{Answers, Dropped, app, fresh_app, type_into, wait_for};
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::kittest::{NodeT, Queryable};
use pitchkit::ui::{EditorSection, Startup};
use std::time::Duration;

fn request_close(harness: &mut egui_kittest::Harness<'_, pitchkit::ui::PitchkitApp>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn sent_cancel_close(harness: &egui_kittest::Harness<'_, pitchkit::ui::PitchkitApp>) -> bool {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&ViewportCommand::CancelClose))
}

#[test]
fn export_writes_a_pdf_and_offers_its_folder() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    *answers.pdf_path.lock().unwrap() = Some(out.path().join("kit"));
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.step();
    assert_eq!(
        answers.suggested_pdf_names.lock().unwrap().as_slice(),
        ["Maya Okafor – media kit.pdf"]
    );
    wait_for(&mut harness, Duration::from_secs(300), |app| {
        !app.is_exporting()
    });

    let report = harness.state().last_export().expect("the export finished");
    let pdf = out.path().join("kit.pdf");
    assert_eq!(report.path, pdf);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(report.pages >= 4);
    assert!(harness.query_by_label_contains("Exported to ").is_some());

    harness.get_by_label("Open folder").click();
    harness.run();
    assert_eq!(
        answers.opened_folders.lock().unwrap().as_slice(),
        [out.path().to_path_buf()]
    );
}

#[test]
fn export_shows_its_stage_and_share_while_it_runs() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    *answers.pdf_path.lock().unwrap() = Some(out.path().join("kit.pdf"));
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.step();
    let stages = [
        "Reading photos",
        "Laying out",
        "Embedding photos",
        "Assembling the PDF",
        "Fitting the size budget",
        "Writing",
        "Done",
    ];
    let mut seen: Vec<String> = Vec::new();
    let start = std::time::Instant::now();
    while harness.state().is_exporting() {
        assert!(start.elapsed() < Duration::from_secs(300), "timed out");
        if let Some(node) = harness.query_by_label_contains("Exporting the PDF: ") {
            let node = node.accesskit_node();
            seen.push(node.label().or_else(|| node.value()).unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    assert!(!seen.is_empty(), "no progress was shown while exporting");
    let mut last_percent = 0;
    let mut staged = false;
    for text in &seen {
        let rest = text
            .strip_prefix("Exporting the PDF: ")
            .unwrap_or_else(|| panic!("not a progress line: {text:?}"));
        // The job's label until the worker reports its first stage (seen when the test
        // steps the window first, as on a loaded machine); never after a stage.
        if rest == "starting" {
            assert!(!staged, "{seen:?}");
            continue;
        }
        staged = true;
        assert!(
            stages.iter().any(|stage| rest.starts_with(stage)),
            "unknown stage: {text}"
        );
        let percent: u32 = rest
            .rsplit_once('(')
            .and_then(|(_, p)| p.strip_suffix(" %)"))
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no share in: {text}"));
        assert!(percent >= last_percent && percent <= 100, "{seen:?}");
        last_percent = percent;
    }
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Exporting the PDF")
            .is_none()
    );
    assert!(harness.query_by_label_contains("Exported to ").is_some());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let (_first, mut harness) = fresh_app(Startup::Empty, EditorSection::Profile);

    // Nothing to save: the window may close at once.
    request_close(&mut harness);
    assert!(!sent_cancel_close(&harness));
    assert!(harness.state().close_allowed());

    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Profile);
    type_into(&mut harness, "Name", "Maya");
    harness.run();

    request_close(&mut harness);
    assert!(sent_cancel_close(&harness), "the close is held back");
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Save changes to Maya?")
    );
    assert!(harness.query_by_label("Don't save").is_some());

    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().prompt_title().is_none());
    assert!(!harness.state().close_allowed());
    assert_eq!(harness.state().project().creator.display_name, "Maya");

    // Quit from the keyboard asks the same question.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Save changes to Maya?")
    );
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().close_allowed());
}

#[test]
fn opening_a_broken_project_says_why_and_keeps_both_projects() {
    let data = tempfile::tempdir().unwrap();
    let bundle = data.path().join("broken.pitchkit");
    std::fs::create_dir_all(&bundle).unwrap();
    let file = bundle.join("project.json");
    std::fs::write(&file, b"{ \"schema_version\": 2, oops").unwrap();
    let answers = Answers::default();
    *answers.project_folder.lock().unwrap() = Some(bundle.clone());
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Could not open the project")
    );
    assert!(harness.query_by_label_contains("not valid JSON").is_some());
    assert!(harness.state().is_demo(), "the open project is kept");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"{ \"schema_version\": 2, oops"
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().prompt_title().is_none());
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut harness = app(
            Startup::Empty,
            data.path(),
            &Answers::default(),
            EditorSection::Profile,
        );
        type_into(&mut harness, "Name", "Maya");
        harness.run();
        // Wait past the autosave delay (200 ms here).
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(30));
            harness.step();
        }
        // The harness is dropped without a clean exit: a crash.
    }
    let mut harness = app(
        Startup::Empty,
        data.path(),
        &Answers::default(),
        EditorSection::Profile,
    );
    harness.run();
    assert_eq!(
        harness.state().prompt_title().as_deref(),
        Some("Restore unsaved work?")
    );
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().project().creator.display_name, "Maya");
    assert!(
        harness.state().is_dirty(),
        "restored work still needs saving"
    );
    assert!(pitchkit::storage::recoverable(data.path()).is_empty());
}

#[test]
fn first_run_shows_the_demo_and_later_runs_reopen_the_last_project() {
    let data = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    let target = data.path().join("mine");
    *answers.project_path.lock().unwrap() = Some(target.clone());
    {
        let mut harness = app(
            Startup::LastOrDemo,
            data.path(),
            &answers,
            EditorSection::Profile,
        );
        assert!(harness.state().is_demo());
        assert!(
            harness
                .query_by_label("This is a demo kit: start your own")
                .is_some()
        );
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        harness.run();
        assert!(!harness.state().is_demo());
        assert!(!harness.state().is_dirty());
    }
    let harness = app(
        Startup::LastOrDemo,
        data.path(),
        &answers,
        EditorSection::Profile,
    );
    assert!(!harness.state().is_demo());
    assert_eq!(
        harness.state().bundle(),
        Some(target.with_extension("pitchkit").as_path())
    );
    assert_eq!(
        harness.state().project().creator.display_name,
        "Maya Okafor"
    );
}

#[test]
fn photos_dropped_on_the_window_are_imported_and_refusals_listed() {
    let data = tempfile::tempdir().unwrap();
    let bundle = data.path().join("mine.pitchkit");
    pitchkit::storage::create_new(&bundle, &pitchkit::model::Project::new("Maya")).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
    let mut harness = app(
        Startup::Open(bundle.clone()),
        data.path(),
        &Answers::default(),
        EditorSection::Profile,
    );
    let avif = data.path().join("PXL_0001.avif");
    std::fs::write(&avif, b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf").unwrap();
    for path in [
        fixtures.join("camera/DSCN0010.jpg"),
        fixtures.join("orientation/Portrait_6.jpg"),
        fixtures.join("heic/rotated.heic"),
        avif,
    ] {
        let handle: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(path));
        harness.input_mut().dropped_files.push(handle);
    }
    harness.step();
    assert_eq!(harness.state().section(), EditorSection::Aesthetics);
    wait_for(&mut harness, Duration::from_secs(120), |app| {
        app.project().samples.len() == 3
    });
    let project = harness.state().project();
    assert!(
        project.look.is_some(),
        "the gallery's look is stored with the photos"
    );
    for sample in &project.samples {
        assert!(
            pitchkit::storage::media_dir(&bundle)
                .join(&sample.media.file)
                .is_file()
        );
    }
    assert!(harness.query_by_label_contains("PXL_0001.avif").is_some());
    // One undo step removes the whole batch.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().project().samples.is_empty());
}

#[test]
fn a_dropped_camera_roll_is_walked_its_live_photo_videos_named_once_and_edited_copies_folded() {
    let data = tempfile::tempdir().unwrap();
    let bundle = data.path().join("mine.pitchkit");
    pitchkit::storage::create_new(&bundle, &pitchkit::model::Project::new("Maya")).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
    let roll = data.path().join("Photos");
    for (name, from) in [
        ("2025/06/IMG_0001.HEIC", Some("heic/rotated.heic")),
        ("2025/06/IMG_0001.MOV", None),
        ("2025/07/IMG_0002.HEIC", Some("heic/ten_bit.heic")),
        ("2025/07/IMG_0002.MOV", None),
    ] {
        let path = roll.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        match from {
            Some(fixture) => std::fs::copy(fixtures.join(fixture), &path).map(|_| ()),
            None => std::fs::write(&path, b"\0\0\0\x14ftypqt  \0\0\0\0qt  "),
        }
        .unwrap();
    }
    // An edited copy that changed nothing visible: the same picture, re-encoded.
    let original = roll.join("2025/07/IMG_0003.JPG");
    std::fs::copy(fixtures.join("orientation/Landscape_1.jpg"), &original).unwrap();
    image::open(&original)
        .unwrap()
        .to_rgb8()
        .save(roll.join("2025/07/IMG_E0003.JPG"))
        .unwrap();
    let mut harness = app(
        Startup::Open(bundle.clone()),
        data.path(),
        &Answers::default(),
        EditorSection::Profile,
    );
    let handle: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(roll));
    harness.input_mut().dropped_files.push(handle);
    harness.step();
    wait_for(&mut harness, Duration::from_secs(120), |app| {
        app.project().samples.len() >= 3
    });
    harness.run();
    assert_eq!(
        harness.state().project().samples.len(),
        3,
        "the edited copy is the same photo, added once"
    );
    assert!(
        harness
            .query_by_label_contains("IMG_E0003.JPG is an edited copy of IMG_0003.JPG")
            .is_some()
    );
    let notes = harness
        .query_all_by_label_contains("Live Photo videos skipped")
        .count();
    assert_eq!(notes, 1, "named once");
    assert!(harness.query_by_label_contains("Not imported").is_none());
}
