//! "NAME was changed by another program": saving would overwrite someone else's
//! changes to `project.json` (a sync folder, a second window, a script).

use super::Modal;
use crate::ui::event::{After, ConflictChoice, Event};
use egui::{RichText, Ui};
use std::path::PathBuf;

/// The question asked when saving finds the file changed.
#[derive(Debug, Clone)]
pub struct ConflictPrompt {
    /// The project folder.
    pub bundle: PathBuf,
    /// What was waiting for the save.
    pub then: Option<After>,
}

impl Modal for ConflictPrompt {
    fn title(&self) -> String {
        "The project was changed by another program".to_owned()
    }

    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool {
        ui.label(
            "Since you opened or last saved it, another program (a sync folder, another \
             window, a script) changed this project on disk. Saving now would write over \
             those changes.",
        );
        ui.label(
            RichText::new(self.bundle.display().to_string())
                .small()
                .weak(),
        );
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal_wrapped(|ui| {
            let choices = [
                (ConflictChoice::SaveCopy, "Save mine as a copy…"),
                (ConflictChoice::KeepTheirs, "Keep theirs and reload"),
                (ConflictChoice::Overwrite, "Overwrite with mine"),
            ];
            for (choice, label) in choices {
                if ui.button(label).clicked() {
                    events.push(Event::Conflict {
                        choice,
                        then: self.then.clone(),
                    });
                    done = true;
                }
            }
            if ui.button("Cancel").clicked() {
                done = true;
            }
        });
        done
    }
}
