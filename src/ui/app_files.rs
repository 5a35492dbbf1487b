//! What the editor's commands do: new, open, save, save as, export, undo, redo, quit;
//! the unsaved-changes question; photo imports and files dropped on the window.

use super::app::{Notice, PitchkitApp};
use super::commands::Command;
use super::document::Document;
use super::export_job::{ExportJob, ExportOutcome};
use super::import_job::ImportJob;
use super::modals::{self, After, Answer, Prompt};
use super::panels::{EditorSection, Request};
use crate::actions::{Action, ListEdit};
use crate::media;
use crate::storage::Recovery;
use std::path::{Path, PathBuf};

/// How to get file dialogs on a Linux desktop without them.
const NO_DIALOG_FIX: &str =
    "To choose places yourself, install xdg-desktop-portal (with a GTK or KDE backend) or zenity.";

/// An error prompt for a dialog the system cannot show, with the way out.
fn no_dialog_prompt(title: &str, way_out: &str) -> Prompt {
    Prompt::Error {
        title: title.to_owned(),
        message: format!(
            "This system has no file dialog Pitchkit can use. {way_out}\n\n{NO_DIALOG_FIX}"
        ),
    }
}

/// `folder/name`, or `folder/stem (2).ext`, `(3)`… when that exists already.
fn unique_path(folder: &Path, name: &str) -> PathBuf {
    let first = folder.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, format!(".{ext}")),
        None => (name, String::new()),
    };
    (2..1000)
        .map(|n| folder.join(format!("{stem} ({n}){ext}")))
        .find(|path| !path.exists())
        .unwrap_or(first)
}

impl PitchkitApp {
    /// A free path for `name` in the dialogs' fallback folder.
    fn fallback_path(&self, name: &str) -> Option<PathBuf> {
        self.dialogs
            .fallback_folder()
            .map(|folder| unique_path(&folder, name))
    }

    pub(super) fn command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewProject => self.after_unsaved(ctx, After::New),
            Command::Open => self.after_unsaved(ctx, After::Open(None)),
            Command::Save => {
                self.save(ctx);
            }
            Command::SaveAs => {
                self.save_as(ctx);
            }
            Command::ExportPdf => self.export_pdf(ctx),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::Quit => self.after_unsaved(ctx, After::Quit),
        }
        ctx.request_repaint();
    }

    /// Opens a project from the Open Recent menu.
    pub(super) fn open_recent(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.after_unsaved(ctx, After::Open(Some(path)));
    }

    /// Asks about unsaved changes first, then goes on.
    fn after_unsaved(&mut self, ctx: &egui::Context, after: After) {
        if self.doc.is_dirty() {
            self.prompt = Some(Prompt::Unsaved(after));
        } else {
            self.go_on(ctx, after);
        }
    }

    fn go_on(&mut self, ctx: &egui::Context, after: After) {
        match after {
            After::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            After::New => {
                self.replace_document(Document::untitled());
                self.section = EditorSection::Profile;
            }
            After::Open(Some(path)) => self.open_path(&path),
            After::Open(None) => {
                if !self.dialogs.can_show() {
                    self.prompt = Some(no_dialog_prompt(
                        "Could not show the Open dialog",
                        "Open a project from File → Open Recent, or start Pitchkit with the project folder: pitchkit PATH/NAME.pitchkit",
                    ));
                } else if let Some(path) = self.dialogs.pick_project_folder() {
                    self.open_path(&path);
                }
            }
        }
    }

    /// Opens the bundle at `path`; on failure says why and keeps the open project.
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => self.replace_document(doc),
            Err(e) => {
                self.prompt = Some(Prompt::Error {
                    title: "Could not open the project".to_owned(),
                    message: format!("{e}\n\nThe project you had open is unchanged."),
                });
            }
        }
    }

    /// Saves; asks for a folder the first time. True when saved.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        if self.doc.bundle.is_none() {
            return self.save_as(ctx);
        }
        match self.doc.save() {
            Ok(()) => {
                self.after_save();
                true
            }
            Err(e) => {
                self.prompt = Some(Prompt::Error {
                    title: "Could not save".to_owned(),
                    message: e.to_string(),
                });
                false
            }
        }
    }

    /// Saves into a new folder the creator chooses. True when saved.
    fn save_as(&mut self, ctx: &egui::Context) -> bool {
        let suggested = format!(
            "{}.{}",
            self.doc.display_name(),
            crate::storage::BUNDLE_EXTENSION
        );
        let chosen = self.dialogs.can_show();
        let path = if chosen {
            let Some(path) = self.dialogs.choose_project_path(&suggested) else {
                return false;
            };
            path
        } else {
            let Some(path) = self.fallback_path(&suggested) else {
                self.prompt = Some(no_dialog_prompt(
                    "Could not save",
                    "There is no Documents or home folder to save into either.",
                ));
                return false;
            };
            path
        };
        match self.doc.save_as(&path) {
            Ok(problems) => {
                if !chosen {
                    self.notices.push(Notice {
                        text: format!(
                            "No file dialog is available on this system, so the project was saved as {}. {NO_DIALOG_FIX}",
                            path.display()
                        ),
                        error: false,
                        folder: path.parent().map(Path::to_path_buf),
                    });
                }
                for problem in problems {
                    self.notices.push(Notice {
                        text: format!("Saved, but {problem}."),
                        error: true,
                        folder: None,
                    });
                }
                self.thumbs
                    .reset(self.doc.media_source(), self.doc.key().generation);
                self.after_save();
                let dropped = std::mem::take(&mut self.waiting_drops);
                if !dropped.is_empty() {
                    self.start_import(ctx, dropped, false);
                }
                true
            }
            Err(e) => {
                self.prompt = Some(Prompt::Error {
                    title: "Could not save".to_owned(),
                    message: e.to_string(),
                });
                false
            }
        }
    }

    fn after_save(&mut self) {
        self.debounce.cancel();
        if let Some(session) = &self.autosave {
            let _ = session.clear();
        }
        if let Some(bundle) = self.doc.bundle.clone() {
            self.recent.push(&bundle);
            self.save_recent();
        }
    }

    fn export_pdf(&mut self, ctx: &egui::Context) {
        if self.export.is_some() {
            return;
        }
        let suggested = crate::pdf::default_file_name(&self.doc.project);
        let folder = self
            .doc
            .bundle
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let mut path = if self.dialogs.can_show() {
            let Some(path) = self.dialogs.choose_pdf_path(&suggested, folder.as_deref()) else {
                return;
            };
            path
        } else {
            let fallback = folder
                .map(|folder| unique_path(&folder, &suggested))
                .or_else(|| self.fallback_path(&suggested));
            let Some(path) = fallback else {
                self.prompt = Some(no_dialog_prompt(
                    "Could not export",
                    "There is no Documents or home folder to export into either; use the command line: pitchkit export PROJECT -o FILE.pdf",
                ));
                return;
            };
            self.notices.push(Notice {
                text: format!(
                    "No file dialog is available on this system, so the kit goes to {}. {NO_DIALOG_FIX}",
                    path.display()
                ),
                error: false,
                folder: None,
            });
            path
        };
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
        {
            let mut name = path.file_name().unwrap_or_default().to_os_string();
            name.push(".pdf");
            path.set_file_name(name);
        }
        let created = time::OffsetDateTime::now_utc();
        self.export = Some(ExportJob::start(
            ctx,
            self.doc.project.clone(),
            self.doc.media_source(),
            &path,
            created,
        ));
    }

    pub(super) fn poll_export(&mut self) {
        let Some(job) = &mut self.export else { return };
        let Some(outcome) = job.poll() else { return };
        self.export = None;
        match outcome {
            ExportOutcome::Done(report) => {
                let folder = report.path.parent().map(Path::to_path_buf);
                let mut text = format!(
                    "Exported to {} ({} pages, {})",
                    report.path.display(),
                    report.pages,
                    crate::pdf::size_text(report.size_bytes)
                );
                for warning in &report.warnings {
                    text.push_str(&format!("\nNote: {warning}"));
                }
                self.notices.retain(|n| !n.text.starts_with("Exported to "));
                self.notices.push(Notice {
                    text,
                    error: false,
                    folder,
                });
                self.last_export = Some(report);
            }
            ExportOutcome::Failed(message) => {
                self.notices.push(Notice {
                    text: message,
                    error: true,
                    folder: None,
                });
            }
        }
    }

    pub(super) fn request(&mut self, ctx: &egui::Context, request: Request) {
        match request {
            Request::Command(command) => self.command(ctx, command),
            Request::PickPhotos { profile } => {
                if !self.dialogs.can_show() {
                    self.prompt = Some(no_dialog_prompt(
                        "Could not show the photo picker",
                        "Drag photos or a folder of photos from your file manager onto this window instead.",
                    ));
                    return;
                }
                let files = self.dialogs.pick_photos(!profile);
                if !files.is_empty() {
                    self.start_import(ctx, files, profile);
                }
            }
            Request::CancelImport => {
                if let Some(job) = &self.import {
                    job.cancel();
                }
            }
            Request::DismissImportReport => self.import_view = None,
            Request::Show(section) => self.section = section,
        }
    }

    pub(super) fn start_import(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>, profile: bool) {
        if self.import.is_some() {
            self.notices.push(Notice {
                text: "Photos are still importing: wait for them to finish, then add more."
                    .to_owned(),
                error: true,
                folder: None,
            });
            return;
        }
        let Some(media_dir) = self.doc.media_dir() else {
            self.waiting_drops.extend(paths);
            self.section = EditorSection::Aesthetics;
            return;
        };
        let sources = match media::expand_sources(&paths) {
            Ok(sources) => sources,
            Err(e) => {
                self.notices.push(Notice {
                    text: format!(
                        "Could not look inside a dropped folder ({e}); drop the photos themselves."
                    ),
                    error: true,
                    folder: None,
                });
                return;
            }
        };
        if sources.is_empty() {
            self.notices.push(Notice {
                text: "No photos found in what was dropped.".to_owned(),
                error: true,
                folder: None,
            });
            return;
        }
        if !profile {
            self.section = EditorSection::Aesthetics;
        }
        let job = ImportJob::start(ctx, &media_dir, sources, profile);
        self.import_view = Some(job.view().clone());
        self.import = Some(job);
    }

    pub(super) fn poll_import(&mut self, _ctx: &egui::Context) {
        let Some(job) = &mut self.import else { return };
        let finished = job.poll();
        self.import_view = Some(job.view().clone());
        let Some(imported) = finished else { return };
        let profile = job.view().profile;
        self.import = None;
        if profile {
            if let Some(first) = imported.first() {
                let _ = self
                    .doc
                    .apply(Action::SetProfilePhoto(Some(first.media.clone())), false);
            }
            if self
                .import_view
                .as_ref()
                .is_some_and(|v| v.refused.is_empty())
            {
                self.import_view = None;
            }
            return;
        }
        let existing: Vec<&str> = self
            .doc
            .project
            .samples
            .iter()
            .map(|s| s.media.file.as_str())
            .collect();
        let new: Vec<_> = imported
            .iter()
            .filter(|i| !existing.contains(&i.media.file.as_str()))
            .collect();
        if new.is_empty() {
            return;
        }
        let start = self.doc.project.samples.len();
        let mut actions: Vec<Action> = new
            .iter()
            .enumerate()
            .map(|(k, i)| Action::Samples(ListEdit::insert(start + k, i.to_sample())))
            .collect();
        let mut after = self.doc.project.clone();
        after.samples.extend(new.iter().map(|i| i.to_sample()));
        actions.push(Action::SetLook(self.measured_look(&after)));
        let label = format!(
            "Add {} photo{}",
            new.len(),
            if new.len() == 1 { "" } else { "s" }
        );
        if let Err(e) = self.doc.apply(Action::Batch { label, actions }, false) {
            self.notices.push(Notice {
                text: format!("The photos were imported but not added: {e}"),
                error: true,
                folder: None,
            });
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
        let mut after = self.doc.project.clone();
        if crate::actions::apply(&mut after, action.clone()).is_err() {
            return action;
        }
        let look = self.measured_look(&after);
        if look == self.doc.project.look {
            return action;
        }
        Action::Batch {
            label: action.label(),
            actions: vec![action, Action::SetLook(look)],
        }
    }

    pub(super) fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.start_import(ctx, dropped, false);
        }
    }

    pub(super) fn prompts_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.prompt.clone() else {
            return;
        };
        let Some(answer) = modals::prompt_ui(ctx, &prompt, self.doc.display_name()) else {
            return;
        };
        self.prompt = None;
        match (prompt, answer) {
            (Prompt::Unsaved(after), Answer::Save) if self.save(ctx) => self.go_on(ctx, after),
            (Prompt::Unsaved(after), Answer::DontSave) => {
                if let Some(session) = &self.autosave {
                    let _ = session.clear();
                }
                self.debounce.cancel();
                self.go_on(ctx, after);
            }
            (Prompt::Restore(found), Answer::Restore) => self.restore(found),
            (Prompt::Restore(found), Answer::Discard) => {
                for recovery in &found {
                    let _ = recovery.discard();
                }
            }
            _ => {}
        }
    }

    fn restore(&mut self, found: Vec<Recovery>) {
        let Some(first) = found.first() else { return };
        match first.load() {
            Ok(project) => {
                let bundle = first.bundle.clone().filter(|b| b.is_dir());
                self.replace_document(Document::restored(project, bundle));
                for recovery in &found {
                    let _ = recovery.discard();
                }
            }
            Err(e) => {
                self.prompt = Some(Prompt::Error {
                    title: "The unsaved work could not be restored".to_owned(),
                    message: format!(
                        "{e}\n\nIt was kept where it is, in case you want to look at it."
                    ),
                });
            }
        }
    }
}
