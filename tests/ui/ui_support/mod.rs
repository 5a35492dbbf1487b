//! Shared helpers of the editor tests: answered dialogs and a harness on the real app.
#![allow(dead_code)]
#![allow(clippy::unwrap_used)] // test helpers, like the tests they serve

use crate::dates::date;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{AppOptions, Dialogs, EditorSection, PitchkitApp, Startup};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use time::Date;

/// The day the tests pretend it is (the demo's figures are as of 15 Nov 2026).
pub const TODAY: Date = date(2026, 11, 20);

/// Answers to the dialogs the editor opens, and a record of what it asked.
#[derive(Clone, Default)]
pub struct Answers {
    /// Returned by "Open".
    pub project_folder: Arc<Mutex<Option<PathBuf>>>,
    /// Returned by "Save as".
    pub project_path: Arc<Mutex<Option<PathBuf>>>,
    /// Returned by "Export PDF".
    pub pdf_path: Arc<Mutex<Option<PathBuf>>>,
    /// Names suggested for the PDF.
    pub suggested_pdf_names: Arc<Mutex<Vec<String>>>,
    /// Folders shown in the file manager.
    pub opened_folders: Arc<Mutex<Vec<PathBuf>>>,
    /// `mailto:` links opened in the "mail app".
    pub opened_mail: Arc<Mutex<Vec<String>>>,
    /// Returned by "Import analytics export".
    pub export_files: Arc<Mutex<Vec<PathBuf>>>,
    /// When set, the system "has no file dialogs" and files go to this folder.
    pub no_dialogs_fallback: Option<PathBuf>,
}

impl Dialogs for Answers {
    fn pick_project_folder(&mut self) -> Option<PathBuf> {
        self.project_folder
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn choose_project_path(&mut self, _suggested_name: &str) -> Option<PathBuf> {
        self.project_path
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn choose_pdf_path(&mut self, suggested_name: &str, _folder: Option<&Path>) -> Option<PathBuf> {
        self.suggested_pdf_names
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(suggested_name.to_owned());
        self.pdf_path
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn pick_photos(&mut self, _multiple: bool) -> Vec<PathBuf> {
        Vec::new()
    }

    fn pick_export_files(&mut self) -> Vec<PathBuf> {
        self.export_files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn open_folder(&mut self, folder: &Path) -> Result<(), String> {
        self.opened_folders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(folder.to_path_buf());
        Ok(())
    }

    fn open_mail(&mut self, url: &str) -> Result<(), String> {
        self.opened_mail
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(url.to_owned());
        Ok(())
    }

    fn can_show(&self) -> bool {
        self.no_dialogs_fallback.is_none()
    }

    fn fallback_folder(&self) -> Option<PathBuf> {
        self.no_dialogs_fallback.clone()
    }

    fn waits_for_person(&self) -> bool {
        false
    }
}

/// The editor on `startup`, with its data folder in `data_dir`.
pub fn app(
    startup: Startup,
    data_dir: &Path,
    answers: &Answers,
    section: EditorSection,
) -> Harness<'static, PitchkitApp> {
    let options = AppOptions {
        data_dir: Some(data_dir.to_path_buf()),
        dialogs: Box::new(answers.clone()),
        startup,
        today: Some(TODAY),
        autosave_delay: Duration::from_millis(200),
        start_section: Some(section),
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_max_steps(64)
        .build_eframe(move |cc| PitchkitApp::new(cc, options));
    harness.run_steps(3);
    harness
}

/// The editor with default answers and a fresh data folder (kept alive by the
/// returned `TempDir`).
pub fn fresh_app(
    startup: Startup,
    section: EditorSection,
) -> (tempfile::TempDir, Harness<'static, PitchkitApp>) {
    let data = tempfile::tempdir().unwrap();
    let harness = app(startup, data.path(), &Answers::default(), section);
    (data, harness)
}

/// Focuses the field labelled `label` and types `text` into it.
pub fn type_into(harness: &mut Harness<'_, PitchkitApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
}

/// Steps until a widget labelled `label` exists or `timeout` passes (background
/// layout). Panics on timeout.
pub fn wait_for_label(harness: &mut Harness<'_, PitchkitApp>, label: &str, timeout: Duration) {
    let start = std::time::Instant::now();
    while harness.query_by_label(label).is_none() {
        assert!(start.elapsed() < timeout, "no {label:?}");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

/// Steps until `done` holds or `timeout` passes (for background work: layout,
/// export, thumbnails). Panics on timeout.
pub fn wait_for(
    harness: &mut Harness<'_, PitchkitApp>,
    timeout: Duration,
    done: impl Fn(&PitchkitApp) -> bool,
) {
    let start = std::time::Instant::now();
    while !done(harness.state()) {
        assert!(start.elapsed() < timeout, "timed out waiting");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run_steps(2);
}

/// A file or folder dropped on the window from the file manager.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
