//! Questions on top of the window, one file each: unsaved changes, work to restore
//! after a crash, a project changed by another program, an import's preview, a
//! pitch's email draft, and messages to read. A
//! question only draws itself and reports the answer as an [`Event`]; `handle.rs`
//! decides what follows.
//!
//! A new dialog: a file here with a type implementing [`Modal`], and the event its
//! buttons send.

mod conflict;
mod email;
mod message;
mod restore;
mod stats;
mod unsaved;

pub use conflict::ConflictPrompt;
pub use email::EmailPrompt;
pub use message::Message;
pub use restore::RestorePrompt;
pub use stats::StatsPreview;
pub use unsaved::UnsavedPrompt;

use super::event::Event;
use egui::{Id, Ui};

/// A question or message on top of the window.
pub trait Modal {
    /// Its heading (what tests and screen readers find it by).
    fn title(&self) -> String;

    /// Draws it under its heading; pushes what a button means onto `events`. True
    /// when it is done and goes away.
    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool;

    /// Escape or a click outside: true when that closes it (after pushing what it
    /// means); false to keep it open (an answer is required).
    fn dismiss(&mut self, _events: &mut Vec<Event>) -> bool {
        true
    }
}

/// Shows `modal` on top of everything; true once it is done.
pub fn modal_ui(ctx: &egui::Context, modal: &mut dyn Modal, events: &mut Vec<Event>) -> bool {
    let mut done = false;
    let shown = egui::Modal::new(Id::unique("pitchkit-prompt")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(modal.title());
        done = modal.body_ui(ui, events);
    });
    if !done && shown.should_close() {
        done = modal.dismiss(events);
    }
    done
}
