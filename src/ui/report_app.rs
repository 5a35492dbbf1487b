//! A read-only window showing a project's report: figures per platform with their
//! formulas, benchmark comparisons with their sources, and the insights.

use crate::analytics::{self, Benchmarks};
use crate::model::Project;
use crate::{sample, storage};
use anyhow::Result;
use std::path::Path;

/// The read-only report window.
pub struct ReportApp {
    project: Project,
    report_text: String,
    is_demo: bool,
}

impl ReportApp {
    /// The window on the embedded demo project.
    pub fn demo() -> Result<Self> {
        let project = sample::demo_project()?;
        Self::new(project, true)
    }

    /// The window on the project bundle at `bundle`.
    pub fn open(bundle: &Path) -> Result<Self> {
        let project = storage::open(bundle)?;
        Self::new(project, false)
    }

    fn new(project: Project, is_demo: bool) -> Result<Self> {
        let benchmarks = Benchmarks::embedded()?;
        let report_text = analytics::report(&project, &benchmarks).to_text();
        Ok(Self {
            project,
            report_text,
            is_demo,
        })
    }

    /// "NAME – Pitchkit".
    pub fn window_title(&self) -> String {
        format!("{} – Pitchkit", self.project.creator.display_name)
    }

    fn banner_ui(&self, ui: &mut egui::Ui) {
        if self.is_demo {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new("This is a demo kit").strong());
                ui.label("— run `pitchkit demo my.pitchkit` to get an editable copy.");
            });
            ui.separator();
        }
    }
}

impl eframe::App for ReportApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Frame::central_panel(ui.style()).show(ui, |ui| {
            ui.heading(&self.project.creator.display_name);
            if !self.project.creator.tagline.is_empty() {
                ui.label(&self.project.creator.tagline);
            }
            ui.add_space(6.0);
            self.banner_ui(ui);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add(egui::Label::new(
                        egui::RichText::new(&self.report_text).monospace(),
                    ));
                });
        });
    }
}
