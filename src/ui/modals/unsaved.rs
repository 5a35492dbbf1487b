//! "Save changes to NAME?" before closing, starting anew or opening another project.

use super::Modal;
use crate::ui::event::{After, Event};
use egui::{RichText, Ui};

/// The unsaved-changes question.
#[derive(Debug, Clone)]
pub struct UnsavedPrompt {
    /// What waits for the answer.
    pub after: After,
    /// The project's name.
    pub name: String,
}

impl Modal for UnsavedPrompt {
    fn title(&self) -> String {
        format!("Save changes to {}?", self.name)
    }

    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool {
        ui.label(format!(
            "You have changes that are not saved. Save them before {}, or they are lost.",
            self.after.doing()
        ));
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            if ui.button(RichText::new("Save").strong()).clicked() {
                events.push(Event::Unsaved {
                    after: self.after.clone(),
                    save: true,
                });
                done = true;
            }
            if ui.button("Don't save").clicked() {
                events.push(Event::Unsaved {
                    after: self.after.clone(),
                    save: false,
                });
                done = true;
            }
            if ui.button("Cancel").clicked() {
                done = true;
            }
        });
        done
    }
}
