//! The editor window (`ui::app`, `ui::centre`): a section whose editor fails says so in
//! its place and can be tried again; a panic in a section becomes its message.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use pitchkit::ui::centre::guarded;
use pitchkit::ui::{AppOptions, EditorSection, PitchkitApp, Startup};

#[test]
fn a_failed_section_says_so_and_can_be_tried_again() {
    let data = tempfile::tempdir().unwrap();
    let options = AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        startup: Startup::Demo,
        start_section: Some(EditorSection::Profile),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe(move |cc| PitchkitApp::new(cc, options));
    harness.run_steps(3);
    harness.state_mut().window.panel_crash =
        Some((EditorSection::Profile, "index out of bounds".to_owned()));
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("This section could not be shown")
            .is_some()
    );
    assert!(harness.query_by_label("Name").is_none());
    harness.get_by_label("Try again").click();
    harness.run_steps(2);
    assert!(harness.state().panel_error().is_none());
    assert!(harness.query_by_label("Name").is_some());
}

#[test]
fn a_failing_section_becomes_its_message() {
    assert_eq!(guarded(|| 7), Ok(7));
    let failed: Result<(), String> = guarded(|| panic!("the Rates editor broke"));
    assert_eq!(failed, Err("the Rates editor broke".to_owned()));
    let formatted: Result<(), String> = guarded(|| panic!("row {} of {}", 3, 4));
    assert_eq!(formatted, Err("row 3 of 4".to_owned()));
}
