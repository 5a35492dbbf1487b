//! Pitches in the window: writing one pitch's kit (with the file dialog, or beside the
//! project when the email draft goes to the mail app), and the email draft itself.

use super::app::PitchkitApp;
use super::app_files::{KitFormat, NO_DIALOG_FIX, unique_path};
use super::event::{FileAsk, Notice};
use super::jobs::JobKind;
use super::modals::EmailPrompt;
use super::panels::{EditorSection, pitch_title};
use crate::analytics::due_follow_ups;
use crate::format;
use crate::kit::pitch::{Tailored, tailor};
use std::path::{Path, PathBuf};

/// The start of the notice that lists follow-ups due.
const FOLLOW_UPS_NOTICE: &str = "Follow-ups due";

impl PitchkitApp {
    /// The pitch whose kit the preview shows: the one open in the Pitches section.
    pub(super) fn previewed_pitch(&self) -> Option<usize> {
        let count = self.doc.project().pitches.len();
        (self.window.section == EditorSection::Pitches && count > 0)
            .then(|| self.window.panels.pitch.min(count - 1))
    }

    /// When the project just opened has follow-ups due today or earlier, says which,
    /// with a button to the Pitches section.
    pub(super) fn say_follow_ups_due(&mut self) {
        self.window
            .notices
            .retain(|n| !n.text.starts_with(FOLLOW_UPS_NOTICE));
        let pitches = &self.doc.project().pitches;
        let due: Vec<String> = due_follow_ups(pitches, self.views.derived.today)
            .into_iter()
            .filter_map(|i| {
                let pitch = pitches.get(i)?;
                let when = pitch.follow_up_on.map(format::date).unwrap_or_default();
                Some(format!("{} (due {when})", pitch_title(pitch, i)))
            })
            .collect();
        if !due.is_empty() {
            self.window.say(
                Notice::info(format!("{FOLLOW_UPS_NOTICE}: {}.", due.join(", ")))
                    .with_section(EditorSection::Pitches),
            );
        }
    }

    /// The kit of pitch `index` as it would be exported now, if the pitch exists.
    fn tailored(&self, index: usize) -> Option<Tailored> {
        let project = self.doc.project();
        let pitch = project.pitches.get(index)?;
        Some(tailor(project, pitch, self.views.derived.today))
    }

    /// "Export this pitch's kit…": asks where (suggesting "NAME × BRAND – media
    /// kit.pdf" beside the project), then writes the PDF made for the brand.
    pub(super) fn export_pitch(&mut self, index: usize) {
        let Some(tailored) = self.tailored(index) else {
            return;
        };
        let folder = self.project_folder();
        if self.dialogs.can_show() {
            return self.ask_dialog(FileAsk::ExportPitch {
                pitch: index,
                suggested: tailored.file_name,
                folder,
            });
        }
        match self.default_pitch_path(&tailored.file_name) {
            Some(path) => {
                self.window.say(Notice::info(format!(
                    "No file dialog is available on this system, so the kit goes to {}. {NO_DIALOG_FIX}",
                    path.display()
                )));
                self.start_pitch_export(index, path);
            }
            None => self.window.say(Notice::error(
                "There is no folder to write the kit into: save the project first, or use \
                 the command line: pitchkit export PROJECT --pitch BRAND",
            )),
        }
    }

    /// Writes the kit of pitch `index` to `path` in the background.
    pub(super) fn start_pitch_export(&mut self, index: usize, path: PathBuf) {
        if let Some(tailored) = self.tailored(index) {
            self.start_export_of(KitFormat::Pdf, path, tailored.project);
        }
    }

    /// Shows the email draft for pitch `index`, to edit before it goes out.
    pub(super) fn draft_email(&mut self, prompt: EmailPrompt) {
        self.window.ask(prompt);
    }

    /// The draft was accepted: the mail app opens with it, and the kit's PDF is written
    /// beside the project, its folder shown once written, to attach.
    pub(super) fn send_pitch_email(&mut self, index: usize, url: &str) {
        if self.jobs.is_running(JobKind::Export) {
            self.window.say(Notice::error(
                "An export is still running: wait for it to finish, then choose “Email this \
                 kit…” again.",
            ));
            return;
        }
        if let Err(e) = self.dialogs.open_mail(url) {
            self.window.say(Notice::error(e));
        }
        let Some(tailored) = self.tailored(index) else {
            return;
        };
        let Some(path) = self.default_pitch_path(&tailored.file_name) else {
            self.window.say(Notice::error(
                "The kit was not written: there is no folder to write it into. Save the \
                 project first, then use “Export this pitch's kit…”.",
            ));
            return;
        };
        self.window.reveal_after_export = Some(path.clone());
        self.start_export_of(KitFormat::Pdf, path, tailored.project);
    }

    /// The folder that holds the project's bundle, if it was saved.
    fn project_folder(&self) -> Option<PathBuf> {
        self.doc
            .bundle()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
    }

    /// A free path for `name` beside the project, else in the fallback folder.
    fn default_pitch_path(&self, name: &str) -> Option<PathBuf> {
        match self.project_folder() {
            Some(folder) => Some(unique_path(&folder, name)),
            None => self.fallback_path(name),
        }
    }
}
