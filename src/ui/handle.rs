//! The one place that decides what follows an [`Event`]: every part of the editor
//! reports what happened, and this match says what the app does about it. The work
//! itself lives beside it: `app_files.rs` (projects and the PDF) and
//! `app_photos.rs` (photo imports and drops), `app_stats.rs` (analytics exports).

use super::app::PitchkitApp;
use super::event::{After, ConflictChoice, Event, Notice};
use super::jobs::export::ExportNews;
use super::jobs::import::ImportNews;
use super::modals::EmailPrompt;
use super::panels::Request;

impl PitchkitApp {
    /// Does what `event` calls for.
    pub(super) fn handle(&mut self, ctx: &egui::Context, event: Event) {
        match event {
            Event::Command(command) => self.command(ctx, command),
            Event::Edit(edit) => {
                let action = self.with_look(edit.action);
                if let Err(e) = self.doc.apply(action, edit.typing) {
                    self.window
                        .say(Notice::error(format!("That edit was not made: {e}")));
                }
            }
            Event::Panel(request) => self.request(ctx, request),
            Event::OpenProject(path) => self.after_unsaved(ctx, After::Open(Some(path))),
            Event::Dropped(paths) => self.dropped(ctx, paths),
            Event::Chosen { ask, paths } => self.chosen(ctx, ask, paths),
            Event::Unsaved { after, save: true } => self.save(ctx, Some(after)),
            Event::Unsaved { after, save: false } => {
                self.session.forget_unsaved();
                self.go_on(ctx, after);
            }
            Event::Recovery { found, restore } => self.recovery(found, restore),
            Event::Conflict { choice, then } => self.conflict(ctx, choice, then),
            Event::Notice(notice) => self.window.say(notice),
            Event::DismissNotice(index) => {
                if index < self.window.notices.len() {
                    self.window.notices.remove(index);
                }
            }
            Event::ShowFolder(folder) => {
                if let Err(e) = self.dialogs.open_folder(&folder) {
                    self.window.say(Notice::error(e));
                }
            }
            Event::SendPitchEmail { pitch, url } => self.send_pitch_email(pitch, &url),
            Event::Cancel(job) => self.jobs.cancel(job),
            Event::Export { job, news } => match news {
                ExportNews::Progress(progress) => self.jobs.update(job, progress),
                ExportNews::Ended(outcome) => {
                    self.jobs.end(job);
                    self.export_ended(outcome);
                }
            },
            Event::Import { job, news } => match news {
                ImportNews::Photo { source, result } => {
                    self.photo_imported(job, &source, *result);
                }
                ImportNews::Failed(text) => self.window.say(Notice::error(text)),
                ImportNews::EditedCopies(copies) => {
                    if self.jobs.is_live(job)
                        && let Some(view) = &mut self.window.import_view
                    {
                        view.fold(copies);
                    }
                }
                ImportNews::Ended => {
                    if self.jobs.end(job).is_some() {
                        self.import_ended();
                    }
                }
            },
            Event::AutosaveFailed(text) => self.window.say(Notice::error(text)),
            Event::ApplyStats { files, exported_on } => self.apply_stats(&files, exported_on),
        }
        ctx.request_repaint();
    }

    /// What a section's editor asked for.
    fn request(&mut self, ctx: &egui::Context, request: Request) {
        match request {
            Request::Command(command) => self.command(ctx, command),
            Request::PickPhotos { profile } => self.pick_photos(profile),
            Request::CancelImport => {
                if let Some(job) = self.jobs.of_kind(super::jobs::JobKind::PhotoImport) {
                    let id = job.id;
                    self.jobs.cancel(id);
                }
            }
            Request::DismissImportReport => self.window.import_view = None,
            Request::Show(section) => self.window.section = section,
            Request::ExportPitch { pitch } => self.export_pitch(pitch),
            Request::DraftEmail {
                pitch,
                to,
                subject,
                body,
            } => {
                let brand = self.doc.project().pitches.get(pitch).map_or_else(
                    || "the brand".to_owned(),
                    |p| super::panels::pitch_title(p, pitch),
                );
                self.draft_email(EmailPrompt {
                    pitch,
                    brand,
                    to,
                    subject,
                    body,
                });
            }
        }
    }

    /// What the creator chose about a project changed on disk.
    fn conflict(&mut self, ctx: &egui::Context, choice: ConflictChoice, then: Option<After>) {
        match choice {
            ConflictChoice::KeepTheirs => {
                if self.reload() {
                    self.go_on_after(ctx, then);
                }
            }
            ConflictChoice::Overwrite => match self.doc.overwrite() {
                Ok(()) => {
                    self.after_save();
                    self.go_on_after(ctx, then);
                }
                Err(e) => self.could_not_save(&e),
            },
            ConflictChoice::SaveCopy => self.ask_save_as(ctx, then),
        }
    }
}
