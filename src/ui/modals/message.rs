//! A message that needs reading (an error with the way out), closed with OK.

use super::Modal;
use crate::ui::event::Event;
use egui::Ui;

/// A message with a title and an OK button.
#[derive(Debug, Clone)]
pub struct Message {
    /// A short title, e.g. "Could not open the project".
    pub title: String,
    /// What happened and the way out.
    pub text: String,
}

impl Message {
    /// A message titled `title` saying `text`.
    pub fn new(title: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            text: text.into(),
        }
    }
}

impl Modal for Message {
    fn title(&self) -> String {
        self.title.clone()
    }

    fn body_ui(&mut self, ui: &mut Ui, _events: &mut Vec<Event>) -> bool {
        ui.label(&self.text);
        ui.add_space(8.0);
        ui.button("OK").clicked()
    }
}
