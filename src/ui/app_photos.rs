//! Photos coming in: the photo picker, files and folders dropped on the window (a
//! project folder dropped is opened), the import's progress and its end, and the
//! gallery's look kept up to date with every change of the gallery.

use super::app::PitchkitApp;
use super::event::{Event, FileAsk, Notice};
use super::jobs::{JobId, JobKind, import};
use super::modals::Message;
use super::panels::EditorSection;
use crate::actions::{Action, ListEdit};
use crate::media::{ImportError, Imported};
use std::path::{Path, PathBuf};

/// Whether `path` is a project bundle (a `NAME.pitchkit` folder, a folder holding
/// `project.json`, or that file itself).
fn is_bundle(path: &Path) -> bool {
    let named = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::storage::BUNDLE_EXTENSION));
    let holds_project = path.join(crate::storage::PROJECT_FILE).is_file();
    let is_project_file = path.is_file()
        && path
            .file_name()
            .is_some_and(|n| n == crate::storage::PROJECT_FILE);
    (path.is_dir() && (named || holds_project)) || is_project_file
}

impl PitchkitApp {
    /// Lets the creator pick photos for the gallery (or one for the profile).
    pub(super) fn pick_photos(&mut self, profile: bool) {
        if self.dialogs.can_show() {
            self.ask_dialog(FileAsk::Photos { profile });
        } else {
            self.window.ask(Message::new(
                "Could not show the photo picker",
                "This system has no file dialog Pitchkit can use. Drag photos or a folder of \
                 photos from your file manager onto this window instead.",
            ));
        }
    }

    /// Files or folders dropped on the window: analytics exports previewed, a project
    /// opened, photos imported.
    pub(super) fn dropped(&mut self, _ctx: &egui::Context, paths: Vec<PathBuf>) {
        let (exports, paths): (Vec<PathBuf>, Vec<PathBuf>) = paths
            .into_iter()
            .partition(|p| super::app_stats::is_export_file(p));
        if !exports.is_empty() {
            self.preview_stats(&exports);
        }
        if paths.is_empty() {
            return;
        }
        let (bundles, photos): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| is_bundle(p));
        let Some(bundle) = bundles.into_iter().next() else {
            return self.start_import(photos, false);
        };
        if !photos.is_empty() {
            self.window.say(Notice::info(format!(
                "A project was dropped with {} other file(s): the project is opened; drop the \
                 photos again to add them to it.",
                photos.len()
            )));
        }
        let folder = if bundle.is_file() {
            bundle.parent().map_or(bundle.clone(), Path::to_path_buf)
        } else {
            bundle
        };
        self.events.push(Event::OpenProject(folder));
    }

    /// Starts importing `paths` (photos, or folders of them) into the gallery, or one
    /// for the profile; before the project has a folder they wait for it.
    pub(super) fn start_import(&mut self, paths: Vec<PathBuf>, profile: bool) {
        if self.jobs.is_running(JobKind::PhotoImport) {
            return self.window.say(Notice::error(
                "Photos are still importing: wait for them to finish, then add more.",
            ));
        }
        let Some(media_dir) = self.doc.media_dir() else {
            self.window.waiting_drops.extend(paths);
            self.window.section = EditorSection::Aesthetics;
            return;
        };
        let found = match crate::media::collect_sources(&paths) {
            Ok(found) => found,
            Err(e) => {
                return self.window.say(Notice::error(format!(
                    "Could not look inside a dropped folder ({e}); drop the photos themselves."
                )));
            }
        };
        let skipped = found.skipped_line();
        let sources = found.photos;
        if sources.is_empty() {
            return self.window.say(Notice::error(match skipped {
                Some(line) => format!("No photos found in what was dropped: {line}."),
                None => "No photos found in what was dropped.".to_owned(),
            }));
        }
        if !profile {
            self.window.section = EditorSection::Aesthetics;
        }
        let mut view = import::ImportView::started(sources.len(), profile);
        view.notes.extend(skipped);
        self.window.import_view = Some(view);
        let sink = self.events.sink();
        let job = import::start(&media_dir, sources, move |job, news| {
            sink.send(Event::Import { job, news });
        });
        self.jobs.add(job);
    }

    /// One photo of import `job` finished.
    pub(super) fn photo_imported(
        &mut self,
        job: JobId,
        source: &Path,
        result: Result<Imported, ImportError>,
    ) {
        if !self.jobs.is_live(job) {
            return;
        }
        if let Some(view) = &mut self.window.import_view {
            view.record(source, result);
            let progress = view.progress();
            self.jobs.update(job, progress);
        }
    }

    /// The import is over: its photos join the gallery in one undo step (or the
    /// first becomes the profile photo).
    pub(super) fn import_ended(&mut self) {
        let Some(view) = &mut self.window.import_view else {
            return;
        };
        view.finish();
        let imported = view.imported.clone();
        if view.profile {
            if view.refused.is_empty() {
                self.window.import_view = None;
            }
            if let Some(first) = imported.first() {
                let action = Action::SetProfilePhoto(Some(first.media.clone()));
                if let Err(e) = self.doc.apply(action, false) {
                    self.window.say(Notice::error(format!(
                        "The photo was imported but could not be made the profile photo: {e}"
                    )));
                }
            }
            return;
        }
        self.add_to_gallery(&imported);
    }

    fn add_to_gallery(&mut self, imported: &[Imported]) {
        let project = self.doc.project();
        let new: Vec<_> = imported
            .iter()
            .filter(|i| !project.samples.iter().any(|s| s.media.file == i.media.file))
            .collect();
        if new.is_empty() {
            return;
        }
        let start = project.samples.len();
        let mut actions: Vec<Action> = new
            .iter()
            .enumerate()
            .map(|(k, i)| Action::Samples(ListEdit::insert(start + k, i.to_sample())))
            .collect();
        let mut after = project.clone();
        after.samples.extend(new.iter().map(|i| i.to_sample()));
        actions.push(Action::SetLook(self.views.measured_look(&after)));
        let label = format!(
            "Add {} photo{}",
            new.len(),
            if new.len() == 1 { "" } else { "s" }
        );
        if let Err(e) = self.doc.apply(Action::Batch { label, actions }, false) {
            self.window.say(Notice::error(format!(
                "The photos were imported but not added: {e}"
            )));
        }
    }

    /// An edit of the gallery, with the gallery's look brought up to date in the
    /// same undo step; any other edit as it is.
    pub(super) fn with_look(&self, action: Action) -> Action {
        if !matches!(
            action,
            Action::Samples(
                ListEdit::Insert { .. } | ListEdit::Remove { .. } | ListEdit::Update { .. }
            )
        ) {
            return action;
        }
        let mut after = self.doc.project().clone();
        if crate::actions::apply(&mut after, action.clone()).is_err() {
            return action;
        }
        let look = self.views.measured_look(&after);
        if look == self.doc.project().look {
            return action;
        }
        Action::Batch {
            label: action.label(),
            actions: vec![action, Action::SetLook(look)],
        }
    }
}
