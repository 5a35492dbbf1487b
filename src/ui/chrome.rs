//! The frame around the editor: menu bar, messages, the demo banner, the status bar
//! with the running jobs, the section list on the left and the preview on the right.
//! It draws and reports [`Event`]s; it decides nothing.

use super::app::PitchkitApp;
use super::centre::guarded;
use super::commands::Command;
use super::event::Event;
use super::jobs::JobKind;
use super::panels::{EditorSection, Request};
use egui::{RichText, Ui};

impl PitchkitApp {
    /// Draws every panel around the centre; returns what happened in them.
    pub(super) fn chrome_ui(&mut self, ui: &mut Ui) -> Vec<Event> {
        let mut out = Vec::new();
        egui::Panel::top("menu-bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menus_ui(ui, &mut out));
        });
        if !self.window.notices.is_empty() || self.doc.is_demo() {
            egui::Panel::top("messages").show(ui, |ui| self.messages_ui(ui, &mut out));
        }
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_ui(ui, &mut out));
        egui::Panel::left("sections")
            .resizable(false)
            .exact_size(168.0)
            .show(ui, |ui| self.sections_ui(ui, &mut out));
        egui::Panel::right("preview")
            .resizable(true)
            .default_size(360.0)
            .size_range(220.0..=720.0)
            .show(ui, |ui| {
                let views = &mut self.views;
                let drawn = guarded(|| views.preview.panel_ui(ui, &views.thumbs));
                if let Err(e) = drawn {
                    log::error!("the preview failed to draw: {e}");
                    super::widgets::error_line(
                        ui,
                        "The preview failed to draw; your project is safe. Export still works.",
                    );
                }
            });
        out
    }

    fn menus_ui(&mut self, ui: &mut Ui, out: &mut Vec<Event>) {
        ui.menu_button("File", |ui| {
            for command in [Command::NewProject, Command::Open] {
                if command.menu_item(ui, true, None) {
                    out.push(Event::Command(command));
                }
            }
            ui.menu_button("Open recent", |ui| {
                if self.session.recent.paths.is_empty() {
                    ui.label(RichText::new("No recent projects").weak());
                }
                let mut chosen = None;
                for path in &self.session.recent.paths {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        chosen = Some(path.clone());
                        ui.close();
                    }
                }
                if let Some(path) = chosen {
                    out.push(Event::OpenProject(path));
                }
            });
            ui.separator();
            for command in [Command::Save, Command::SaveAs] {
                if command.menu_item(ui, true, None) {
                    out.push(Event::Command(command));
                }
            }
            ui.separator();
            if Command::ImportStats.menu_item(ui, true, None) {
                out.push(Event::Command(Command::ImportStats));
            }
            let exporting = self.jobs.is_running(JobKind::Export);
            for command in [Command::ExportPdf, Command::ExportWeb] {
                if command.menu_item(ui, !exporting, None) {
                    out.push(Event::Command(command));
                }
            }
            ui.separator();
            if Command::Quit.menu_item(ui, true, None) {
                out.push(Event::Command(Command::Quit));
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = self.doc.history().undo_label().map(str::to_owned);
            if Command::Undo.menu_item(ui, undo.is_some(), undo.as_deref()) {
                out.push(Event::Command(Command::Undo));
            }
            let redo = self.doc.history().redo_label().map(str::to_owned);
            if Command::Redo.menu_item(ui, redo.is_some(), redo.as_deref()) {
                out.push(Event::Command(Command::Redo));
            }
        });
        ui.menu_button("View", |ui| {
            let mut preference = ui.ctx().options(|o| o.theme_preference);
            let before = preference;
            ui.radio_value(
                &mut preference,
                egui::ThemePreference::System,
                "Follow the system",
            );
            ui.radio_value(&mut preference, egui::ThemePreference::Light, "Light");
            ui.radio_value(&mut preference, egui::ThemePreference::Dark, "Dark");
            if preference != before {
                ui.ctx().set_theme(preference);
            }
            ui.separator();
            for section in EditorSection::ALL {
                if ui.button(section.label()).clicked() {
                    out.push(Event::Panel(Request::Show(section)));
                    ui.close();
                }
            }
        });
    }

    fn messages_ui(&mut self, ui: &mut Ui, out: &mut Vec<Event>) {
        if self.doc.is_demo() {
            ui.horizontal(|ui| {
                ui.label(RichText::new("This is a demo kit: start your own").strong());
                if Command::NewProject.button(ui, true) {
                    out.push(Event::Command(Command::NewProject));
                }
                ui.label(
                    RichText::new("or keep editing the demo and save it as your own (Save as…).")
                        .weak(),
                );
            });
        }
        for (i, notice) in self.window.notices.iter().enumerate() {
            ui.horizontal_top(|ui| {
                let text = RichText::new(&notice.text);
                let text = if notice.error {
                    text.color(ui.visuals().error_fg_color)
                } else {
                    text
                };
                // Long messages wrap, leaving room for their buttons on the right.
                let buttons_px = if notice.folder.is_some() || notice.section.is_some() {
                    200.0
                } else {
                    90.0
                };
                let text_px = (ui.available_width() - buttons_px).max(240.0);
                ui.allocate_ui(egui::vec2(text_px, 0.0), |ui| {
                    ui.add(egui::Label::new(text).wrap());
                });
                if let Some(folder) = &notice.folder
                    && ui.button("Open folder").clicked()
                {
                    out.push(Event::ShowFolder(folder.clone()));
                }
                if let Some(section) = notice.section
                    && ui.button(format!("Show {}", section.label())).clicked()
                {
                    out.push(Event::Panel(Request::Show(section)));
                }
                if ui.small_button("Dismiss").clicked() {
                    out.push(Event::DismissNotice(i));
                }
            });
        }
    }

    fn status_ui(&mut self, ui: &mut Ui, out: &mut Vec<Event>) {
        ui.horizontal(|ui| {
            let saved = match (self.doc.is_dirty(), self.doc.bundle()) {
                (true, _) => RichText::new("• Unsaved changes").strong(),
                (false, Some(_)) if self.doc.locked_by().is_some() => {
                    RichText::new("Read-only: open in another window").strong()
                }
                (false, Some(_)) => RichText::new("All changes saved").weak(),
                (false, None) if self.doc.is_demo() => {
                    RichText::new("Demo kit, not saved anywhere").weak()
                }
                (false, None) => RichText::new("Not saved yet").weak(),
            };
            ui.label(saved);
            if let Some(bundle) = self.doc.bundle() {
                ui.label(RichText::new(bundle.display().to_string()).weak().small());
            }
            for job in self.jobs.running() {
                ui.separator();
                let bar = egui::ProgressBar::new(job.progress.fraction)
                    .desired_width(120.0)
                    .show_percentage();
                let hover = match &job.target {
                    Some(target) => format!(
                        "{} · {:.1} s",
                        target.display(),
                        job.elapsed().as_secs_f32()
                    ),
                    None => format!("{:.1} s", job.elapsed().as_secs_f32()),
                };
                ui.add(bar).on_hover_text(&hover);
                ui.label(&job.progress.text).on_hover_text(hover);
                let cancel = egui::Button::new(format!("Cancel {}", job.kind.noun())).small();
                if ui
                    .add_enabled(!job.is_cancelled(), cancel)
                    .on_hover_text("Stop this; nothing half-done is kept")
                    .clicked()
                {
                    out.push(Event::Cancel(job.id));
                }
            }
        });
    }

    fn sections_ui(&mut self, ui: &mut Ui, out: &mut Vec<Event>) {
        ui.add_space(6.0);
        for section in EditorSection::ALL {
            let issues = section.issues(&self.views.derived).len();
            ui.horizontal(|ui| {
                let selected = self.window.section == section;
                let response = ui.add_sized(
                    [112.0, 24.0],
                    egui::Button::selectable(selected, section.label()),
                );
                if response.clicked() {
                    out.push(Event::Panel(Request::Show(section)));
                }
                if issues > 0 {
                    ui.label(
                        RichText::new(format!("{issues}"))
                            .color(ui.visuals().error_fg_color)
                            .strong(),
                    )
                    .on_hover_text(format!("{issues} thing(s) to fix in {}", section.label()));
                }
            });
        }
    }

    /// A dim layer with a message while files are dragged over the window.
    pub(super) fn drop_overlay(&self, ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let screen = ctx.content_rect();
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop-overlay"),
        ));
        painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
        let text = if self.doc.media_dir().is_some() {
            "Drop photos or folders to add them to your gallery"
        } else {
            "Drop photos now; they are imported once the project is saved"
        };
        painter.text(
            screen.center(),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
}
