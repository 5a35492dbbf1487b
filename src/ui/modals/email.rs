//! "Email this kit": the draft to a pitch's contact, edited here before it goes to the
//! mail app (a `mailto:` link), with the kit's PDF written beside the project and its
//! folder shown so it can be attached.

use super::Modal;
use crate::kit::pitch::mailto_url;
use crate::ui::event::Event;
use crate::ui::widgets::{self, Name};
use egui::{TextEdit, Ui};

/// The email being drafted for one pitch.
#[derive(Debug, Clone)]
pub struct EmailPrompt {
    /// Index of the pitch in the project.
    pub pitch: usize,
    /// The brand (for the heading).
    pub brand: String,
    /// The address.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The text.
    pub body: String,
}

impl Modal for EmailPrompt {
    fn title(&self) -> String {
        format!("Email the kit to {}", self.brand)
    }

    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool {
        egui::Grid::new("email-draft")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                let id = widgets::form_label(ui, "To");
                let response = ui.add(
                    TextEdit::singleline(&mut self.to)
                        .hint_text("name@brand.com")
                        .desired_width(340.0),
                );
                Name::By(id).attach(response);
                ui.end_row();
                let id = widgets::form_label(ui, "Subject");
                let response = ui.add(TextEdit::singleline(&mut self.subject).desired_width(340.0));
                Name::By(id).attach(response);
                ui.end_row();
            });
        let id = ui.label("Message").id;
        let response = ui.add(
            TextEdit::multiline(&mut self.body)
                .desired_rows(12)
                .desired_width(f32::INFINITY),
        );
        Name::By(id).attach(response);
        if let Some(problem) = widgets::validate::email_problem(&self.to) {
            widgets::error_line(ui, &problem);
        }
        widgets::hint_line(
            ui,
            "Your mail app opens with this draft; the kit's PDF is written beside the \
             project and its folder opens, so you can attach it.",
        );
        ui.add_space(6.0);
        let mut done = false;
        ui.horizontal(|ui| {
            if ui.button("Open in mail app").clicked() {
                events.push(Event::SendPitchEmail {
                    pitch: self.pitch,
                    url: mailto_url(&self.to, &self.subject, &self.body),
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
