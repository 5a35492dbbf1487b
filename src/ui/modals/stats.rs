//! "Import analytics export": what the chosen or dropped export files are, which
//! columns they read and leave, every row that cannot be read, and what the project
//! gains; nothing changes until "Apply import" (one undo step).

use super::Modal;
use crate::imports::{ExportFile, ImportPlan, summary};
use crate::ui::event::Event;
use crate::ui::widgets;
use egui::{RichText, ScrollArea, Ui};
use time::Date;

/// Rows that cannot be read, shown per file before "… and N more".
const PROBLEMS_SHOWN: usize = 50;

/// The preview of an import.
pub struct StatsPreview {
    files: Vec<ExportFile>,
    plan: ImportPlan,
    exported_on: Date,
}

impl StatsPreview {
    /// The preview of importing `files` as `plan` says.
    pub fn new(files: Vec<ExportFile>, plan: ImportPlan, exported_on: Date) -> Self {
        Self {
            files,
            plan,
            exported_on,
        }
    }

    fn file_ui(ui: &mut Ui, file: &ExportFile) {
        ui.label(RichText::new(&file.name).strong());
        ui.label(format!(
            "{} · gives {}",
            file.kind.label(),
            summary::gives(file)
        ));
        let used = summary::used_columns(file);
        if !used.is_empty() {
            ui.label(RichText::new(format!("Reads: {}", used.join(", "))).small());
        }
        let unused = summary::unused_columns(file);
        if !unused.is_empty() {
            ui.label(
                RichText::new(format!("Not used: {}", unused.join(", ")))
                    .small()
                    .weak(),
            );
        }
        for note in &file.notes {
            widgets::hint_line(ui, note);
        }
        for problem in file.problems.iter().take(PROBLEMS_SHOWN) {
            widgets::error_line(ui, &format!("Line {}: {}", problem.line, problem.message));
        }
        if file.problems.len() > PROBLEMS_SHOWN {
            widgets::error_line(
                ui,
                &format!(
                    "… and {} more rows that cannot be read",
                    file.problems.len() - PROBLEMS_SHOWN
                ),
            );
        }
    }
}

impl Modal for StatsPreview {
    fn title(&self) -> String {
        "Import analytics export".to_owned()
    }

    fn body_ui(&mut self, ui: &mut Ui, events: &mut Vec<Event>) -> bool {
        ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (i, file) in self.files.iter().enumerate() {
                if i > 0 {
                    ui.separator();
                }
                Self::file_ui(ui, file);
            }
        });
        ui.separator();
        ui.label(RichText::new("What changes").strong());
        for platform in &self.plan.platforms {
            let line = summary::plan_line(platform);
            if platform.new_platform {
                ui.label(RichText::new(line).strong());
            } else {
                ui.label(line);
            }
        }
        let can_apply = self.plan.action.is_some();
        if !can_apply {
            widgets::hint_line(
                ui,
                "The project already has these figures: nothing to import.",
            );
        }
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            let apply = ui.add_enabled(can_apply, egui::Button::new("Apply import"));
            if apply.clicked() {
                events.push(Event::ApplyStats {
                    files: self.files.clone(),
                    exported_on: self.exported_on,
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
