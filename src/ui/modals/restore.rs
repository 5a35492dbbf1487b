//! "Restore unsaved work?": a session that ended without saving left a snapshot.

use super::Modal;
use crate::storage::Recovery;
use crate::ui::event::Event;
use egui::{RichText, Ui};

/// The restore question, about the snapshots found at start.
#[derive(Debug, Clone)]
pub struct RestorePrompt {
    /// What was found, newest first.
    pub found: Vec<Recovery>,
}

impl Modal for RestorePrompt {
    fn title(&self) -> String {
        "Restore unsaved work?".to_owned()
    }

    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool {
        if let Some(first) = self.found.first() {
            let name = if first.display_name.trim().is_empty() {
                "an untitled project".to_owned()
            } else {
                first.display_name.clone()
            };
            let when = first
                .written_at
                .map(|t| {
                    format!(
                        " (autosaved {} at {:02}:{:02} UTC)",
                        crate::format::date(t.date()),
                        t.hour(),
                        t.minute()
                    )
                })
                .unwrap_or_default();
            ui.label(format!(
                "Pitchkit closed without saving your changes to {name}{when}. Restore them now? \
                 You can then save them; nothing has been written over your project."
            ));
            if let Some(bundle) = &first.bundle {
                ui.label(
                    RichText::new(format!("Project folder: {}", bundle.display()))
                        .small()
                        .weak(),
                );
            }
        }
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            for (label, restore) in [("Restore", true), ("Discard", false)] {
                let text = if restore {
                    RichText::new(label).strong()
                } else {
                    RichText::new(label)
                };
                if ui.button(text).clicked() {
                    events.push(Event::Recovery {
                        found: self.found.clone(),
                        restore,
                    });
                    done = true;
                }
            }
        });
        done
    }

    fn dismiss(&mut self, _events: &mut Vec<Event>) -> bool {
        // The work is either restored or thrown away: it needs an answer.
        false
    }
}
