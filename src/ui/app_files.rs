//! What the editor's commands do with files: new, open, save, save as, export, undo,
//! redo, quit; the unsaved-changes question, a project changed on disk, and the
//! answers of file dialogs. Called from `handle.rs`.

use super::app::PitchkitApp;
use super::commands::Command;
use super::document::Document;
use super::event::{After, Event, FileAsk, Notice};
use super::jobs::JobKind;
use super::jobs::export::{self, ExportOutcome};
use super::modals::{ConflictPrompt, Message, UnsavedPrompt};
use super::panels::EditorSection;
use crate::model::Project;
use crate::storage::{Recovery, StorageError};
use std::path::{Path, PathBuf};

/// How to get file dialogs on a Linux desktop without them.
pub(super) const NO_DIALOG_FIX: &str =
    "To choose places yourself, install xdg-desktop-portal (with a GTK or KDE backend) or zenity.";

/// An error message for a dialog the system cannot show, with the way out.
pub(super) fn no_dialog_message(title: &str, way_out: &str) -> Message {
    Message::new(
        title,
        format!("This system has no file dialog Pitchkit can use. {way_out}\n\n{NO_DIALOG_FIX}"),
    )
}

/// `folder/name`, or `folder/stem (2).ext`, `(3)`… when that exists already.
pub(super) fn unique_path(folder: &Path, name: &str) -> PathBuf {
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

/// Which kit an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KitFormat {
    /// The PDF.
    Pdf,
    /// The self-contained web page.
    Web,
}

impl KitFormat {
    fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Web => "html",
        }
    }

    /// The file dialog's question.
    fn ask(self, suggested: String, folder: Option<PathBuf>) -> FileAsk {
        match self {
            Self::Pdf => FileAsk::ExportPdf { suggested, folder },
            Self::Web => FileAsk::ExportWeb { suggested, folder },
        }
    }
}

/// `path` ending in `.ext` (added when it has another or none).
fn with_extension(mut path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case(ext))
    {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(ext);
        path.set_file_name(name);
    }
    path
}

impl PitchkitApp {
    /// A free path for `name` in the dialogs' fallback folder.
    pub(super) fn fallback_path(&self, name: &str) -> Option<PathBuf> {
        self.dialogs
            .fallback_folder()
            .map(|folder| unique_path(&folder, name))
    }

    /// Shows the dialog for `ask`; says so when another one is still open.
    pub(super) fn ask_dialog(&mut self, ask: FileAsk) {
        let sink = self.events.sink();
        let question = ask.question();
        let answered = move |paths| sink.send(Event::Chosen { ask, paths });
        if !self.dialogs.ask(question, answered) {
            self.window.say(Notice::error(
                "A file dialog is already open: finish with it first.",
            ));
        }
    }

    pub(super) fn command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewProject => self.after_unsaved(ctx, After::New),
            Command::Open => self.after_unsaved(ctx, After::Open(None)),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.ask_save_as(ctx, None),
            Command::ExportPdf => self.export(KitFormat::Pdf),
            Command::ExportWeb => self.export(KitFormat::Web),
            Command::ImportStats => self.pick_export_files(),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::Quit => self.after_unsaved(ctx, After::Quit),
        }
    }

    /// Asks about unsaved changes first, then goes on.
    pub(super) fn after_unsaved(&mut self, ctx: &egui::Context, after: After) {
        if self.doc.is_dirty() {
            let name = self.doc.display_name().to_owned();
            self.window.ask(UnsavedPrompt { after, name });
        } else {
            self.go_on(ctx, after);
        }
    }

    /// Does what waited for unsaved changes to be dealt with.
    pub(super) fn go_on(&mut self, ctx: &egui::Context, after: After) {
        match after {
            After::Quit => {
                self.window.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            After::New => {
                self.replace_document(Document::untitled());
                self.window.section = EditorSection::Profile;
            }
            After::Open(Some(path)) => self.open_path(&path),
            After::Open(None) => {
                if self.dialogs.can_show() {
                    self.ask_dialog(FileAsk::OpenProject);
                } else {
                    self.window.ask(no_dialog_message(
                        "Could not show the Open dialog",
                        "Open a project from File → Open Recent, or start Pitchkit with the project folder: pitchkit PATH/NAME.pitchkit",
                    ));
                }
            }
        }
    }

    /// [`Self::go_on`] when something waits.
    pub(super) fn go_on_after(&mut self, ctx: &egui::Context, then: Option<After>) {
        if let Some(after) = then {
            self.go_on(ctx, after);
        }
    }

    /// Opens the bundle at `path`; on failure says why and keeps the open project.
    pub fn open_path(&mut self, path: &Path) {
        let same = self.doc.bundle().is_some_and(|open| {
            std::path::absolute(path)
                .is_ok_and(|wanted| wanted == open || wanted.parent() == Some(open))
        });
        if same {
            // This window holds the bundle's lock: let go so it can be opened again.
            self.doc.release();
        }
        match Document::open(path) {
            Ok(doc) => self.replace_document(doc),
            Err(e) => {
                if same {
                    self.doc.relock();
                }
                self.window.ask(Message::new(
                    "Could not open the project",
                    format!("{e}\n\nThe project you had open is unchanged."),
                ));
            }
        }
    }

    /// Reads the open bundle again from disk, dropping this window's changes. True
    /// when it could be read.
    pub(super) fn reload(&mut self) -> bool {
        let Some(bundle) = self.doc.bundle().map(Path::to_path_buf) else {
            return false;
        };
        self.doc.release();
        match Document::open(&bundle) {
            Ok(doc) => {
                self.replace_document(doc);
                true
            }
            Err(e) => {
                self.doc.relock();
                self.window.ask(Message::new(
                    "Could not read the project again",
                    format!("{e}\n\nYour version is still open; save it as a copy to keep it."),
                ));
                false
            }
        }
    }

    /// Saves, then does what waited (`then`); asks for a folder the first time, and
    /// what to do when another program changed the file.
    pub(super) fn save(&mut self, ctx: &egui::Context, then: Option<After>) {
        if self.doc.bundle().is_none() {
            return self.ask_save_as(ctx, then);
        }
        if let Some(holder) = self.doc.locked_by() {
            self.window.say(Notice::error(format!(
                "This project is open in another window ({holder}), so it was not saved over; \
                 choose a new folder for your copy."
            )));
            return self.ask_save_as(ctx, then);
        }
        match self.doc.save() {
            Ok(()) => {
                self.after_save();
                self.go_on_after(ctx, then);
            }
            Err(StorageError::ChangedOnDisk { path }) => {
                let bundle = path.parent().map_or(path.clone(), Path::to_path_buf);
                self.window.ask(ConflictPrompt { bundle, then });
            }
            Err(e) => self.could_not_save(&e),
        }
    }

    pub(super) fn could_not_save(&mut self, error: &StorageError) {
        self.window
            .ask(Message::new("Could not save", error.to_string()));
    }

    /// Asks where to save a new copy of the project, then saves it there.
    pub(super) fn ask_save_as(&mut self, ctx: &egui::Context, then: Option<After>) {
        let suggested = format!(
            "{}.{}",
            self.doc.display_name(),
            crate::storage::BUNDLE_EXTENSION
        );
        if self.dialogs.can_show() {
            return self.ask_dialog(FileAsk::SaveProjectAs { suggested, then });
        }
        match self.fallback_path(&suggested) {
            Some(path) => self.save_as_at(ctx, &path, then, false),
            None => self.window.ask(no_dialog_message(
                "Could not save",
                "There is no Documents or home folder to save into either.",
            )),
        }
    }

    /// Saves into a new bundle at `path` (chosen by the creator, or a fallback).
    fn save_as_at(&mut self, ctx: &egui::Context, path: &Path, then: Option<After>, chosen: bool) {
        match self.doc.save_as(path) {
            Ok(problems) => {
                if !chosen {
                    self.window.say(
                        Notice::info(format!(
                            "No file dialog is available on this system, so the project was saved as {}. {NO_DIALOG_FIX}",
                            path.display()
                        ))
                        .with_folder(path.parent().map(Path::to_path_buf)),
                    );
                }
                for problem in problems {
                    self.window
                        .say(Notice::error(format!("Saved, but {problem}.")));
                }
                self.views.reset(&self.doc);
                self.after_save();
                self.after_open();
                let dropped = std::mem::take(&mut self.window.waiting_drops);
                if !dropped.is_empty() {
                    self.start_import(dropped, false);
                }
                self.go_on_after(ctx, then);
            }
            Err(e) => self.could_not_save(&e),
        }
    }

    pub(super) fn after_save(&mut self) {
        self.session.forget_unsaved();
        if let Some(bundle) = self.doc.bundle().map(Path::to_path_buf) {
            self.session.remember(&bundle);
        }
    }

    fn export(&mut self, format: KitFormat) {
        if self.jobs.is_running(JobKind::Export) {
            return;
        }
        let pdf_name = crate::pdf::default_file_name(self.doc.project());
        let suggested = Path::new(&pdf_name)
            .with_extension(format.extension())
            .to_string_lossy()
            .into_owned();
        let folder = self
            .doc
            .bundle()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        if self.dialogs.can_show() {
            return self.ask_dialog(format.ask(suggested, folder));
        }
        let fallback = folder
            .map(|folder| unique_path(&folder, &suggested))
            .or_else(|| self.fallback_path(&suggested));
        let Some(path) = fallback else {
            return self.window.ask(no_dialog_message(
                "Could not export",
                "There is no Documents or home folder to export into either; use the command line: pitchkit export PROJECT -o FILE.pdf (or --html -o FILE.html)",
            ));
        };
        self.window.say(Notice::info(format!(
            "No file dialog is available on this system, so the kit goes to {}. {NO_DIALOG_FIX}",
            path.display()
        )));
        self.start_export(format, path);
    }

    fn start_export(&mut self, format: KitFormat, path: PathBuf) {
        let project = self.doc.project().clone();
        self.start_export_of(format, path, project);
    }

    /// Starts writing the kit of `project` (the document, or a pitch's view of it) to
    /// `path`, unless an export is running.
    pub(super) fn start_export_of(&mut self, format: KitFormat, path: PathBuf, project: Project) {
        if self.jobs.is_running(JobKind::Export) {
            return;
        }
        let sink = self.events.sink();
        let media = self.doc.media_source();
        let target = with_extension(path, format.extension());
        let news = move |job, news| sink.send(Event::Export { job, news });
        let job = match format {
            KitFormat::Pdf => export::start(
                project,
                media,
                &target,
                time::OffsetDateTime::now_utc(),
                news,
            ),
            KitFormat::Web => export::start_web(project, media, &target, news),
        };
        self.jobs.add(job);
    }

    pub(super) fn export_ended(&mut self, outcome: ExportOutcome) {
        // The folder of a kit written for an email is shown only when that kit is done.
        let reveal = self.window.reveal_after_export.take();
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
                self.window
                    .notices
                    .retain(|n| !n.text.starts_with("Exported to "));
                if reveal.as_deref() == Some(report.path.as_path()) {
                    if let Some(folder) = &folder
                        && let Err(e) = self.dialogs.open_folder(folder)
                    {
                        self.window.say(Notice::error(e));
                    }
                    text.push_str("\nAttach it to the email in your mail app.");
                }
                self.window.say(Notice::info(text).with_folder(folder));
                self.window.last_export = Some(report);
            }
            ExportOutcome::WebDone(report) => {
                let folder = report.path.parent().map(Path::to_path_buf);
                let mut text = format!(
                    "Exported the web page to {} ({})",
                    report.path.display(),
                    crate::web::size_text(report.size_bytes)
                );
                for line in report.lines().iter().skip(1) {
                    text.push_str(&format!("\n{}", line.replace("warning: ", "Note: ")));
                }
                self.window.say(Notice::info(text).with_folder(folder));
            }
            ExportOutcome::Cancelled => self
                .window
                .say(Notice::info("Export cancelled: no file was written.")),
            ExportOutcome::Failed(message) => self.window.say(Notice::error(message)),
        }
    }

    /// A file dialog was answered.
    pub(super) fn chosen(&mut self, ctx: &egui::Context, ask: FileAsk, paths: Vec<PathBuf>) {
        match ask {
            FileAsk::Photos { profile } => {
                if !paths.is_empty() {
                    self.start_import(paths, profile);
                }
            }
            FileAsk::OpenProject => {
                if let Some(path) = paths.first() {
                    self.open_path(path);
                }
            }
            FileAsk::SaveProjectAs { then, .. } => {
                if let Some(path) = paths.first() {
                    self.save_as_at(ctx, path, then, true);
                }
            }
            FileAsk::ExportPitch { pitch, .. } => {
                if let Some(path) = paths.into_iter().next() {
                    self.start_pitch_export(pitch, path);
                }
            }
            FileAsk::ExportPdf { .. } | FileAsk::ExportWeb { .. } => {
                let format = if matches!(ask, FileAsk::ExportWeb { .. }) {
                    KitFormat::Web
                } else {
                    KitFormat::Pdf
                };
                if let Some(path) = paths.into_iter().next() {
                    self.start_export(format, path);
                }
            }
            FileAsk::AnalyticsExports => {
                if !paths.is_empty() {
                    self.preview_stats(&paths);
                }
            }
        }
    }

    /// Restores the work found after a crash, or throws it away.
    pub(super) fn recovery(&mut self, found: Vec<Recovery>, restore: bool) {
        if !restore {
            discard_all(&found);
            return;
        }
        let Some(first) = found.first() else { return };
        match first.load() {
            Ok(project) => {
                let bundle = first.bundle.clone().filter(|b| b.is_dir());
                self.replace_document(Document::restored(project, bundle));
                discard_all(&found);
            }
            Err(e) => self.window.ask(Message::new(
                "The unsaved work could not be restored",
                format!("{e}\n\nIt was kept where it is, in case you want to look at it."),
            )),
        }
    }
}

/// Throws away the snapshots `found` (a failure is logged: the next start offers it
/// again).
fn discard_all(found: &[Recovery]) {
    for recovery in found {
        if let Err(e) = recovery.discard() {
            log::warn!("could not remove an old autosave: {e}");
        }
    }
}
