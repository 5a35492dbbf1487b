//! Questions the editor must ask before going on: unsaved changes, restoring an
//! autosave after a crash, and errors that need reading.

use crate::storage::Recovery;
use egui::{Id, RichText};
use std::path::PathBuf;

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum After {
    /// Close the window.
    Quit,
    /// Start a new project.
    New,
    /// Open a project: this folder, or ask for one.
    Open(Option<PathBuf>),
}

/// A question on top of the window.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// "Save changes before …?"
    Unsaved(After),
    /// Work left by a session that ended without saving.
    Restore(Vec<Recovery>),
    /// Something went wrong and needs to be read.
    Error {
        /// A short title, e.g. "Could not open the project".
        title: String,
        /// What happened and the way out.
        message: String,
    },
}

/// The button pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    DontSave,
    /// Stay.
    Cancel,
    /// Restore the autosave.
    Restore,
    /// Throw the autosave away.
    Discard,
    /// Close the message.
    Ok,
}

/// Shows `prompt`; the answer once a button is pressed (Escape cancels).
pub fn prompt_ui(ctx: &egui::Context, prompt: &Prompt, project_name: &str) -> Option<Answer> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("pitchkit-prompt")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        match prompt {
            Prompt::Unsaved(after) => {
                let doing = match after {
                    After::Quit => "closing",
                    After::New => "starting a new project",
                    After::Open(_) => "opening another project",
                };
                ui.heading(format!("Save changes to {project_name}?"));
                ui.label(format!(
                    "You have changes that are not saved. Save them before {doing}, or they are lost."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Save").strong()).clicked() {
                        answer = Some(Answer::Save);
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(Answer::DontSave);
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
            }
            Prompt::Restore(found) => {
                ui.heading("Restore unsaved work?");
                if let Some(first) = found.first() {
                    let name = if first.display_name.trim().is_empty() {
                        "an untitled project".to_owned()
                    } else {
                        first.display_name.clone()
                    };
                    let when = first
                        .written_at
                        .map(|t| format!(" (autosaved {} at {:02}:{:02} UTC)", crate::format::date(t.date()), t.hour(), t.minute()))
                        .unwrap_or_default();
                    ui.label(format!(
                        "Pitchkit closed without saving your changes to {name}{when}. Restore them now? \
                         You can then save them; nothing has been written over your project."
                    ));
                    if let Some(bundle) = &first.bundle {
                        ui.label(RichText::new(format!("Project folder: {}", bundle.display())).small().weak());
                    }
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Restore").strong()).clicked() {
                        answer = Some(Answer::Restore);
                    }
                    if ui.button("Discard").clicked() {
                        answer = Some(Answer::Discard);
                    }
                });
            }
            Prompt::Error { title, message } => {
                ui.heading(title);
                ui.label(message);
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    answer = Some(Answer::Ok);
                }
            }
        }
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(match prompt {
            Prompt::Unsaved(_) => Answer::Cancel,
            Prompt::Restore(_) => return None,
            Prompt::Error { .. } => Answer::Ok,
        });
    }
    answer
}
