//! The centre of the window: the chosen section's editor, drawn so that a failure in
//! it is caught and said in its place (the creator's work stays safe and savable).

use super::app::PitchkitApp;
use super::panels::{self, EditorSection, Outbox, PanelCtx};
use egui::Ui;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs `draw`, turning a panic into its message: a section's editor that fails must
/// not take the window (and the creator's unsaved work) with it.
pub fn guarded<T>(draw: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(draw)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown error".to_owned())
    })
}

impl PitchkitApp {
    /// The chosen section's editor; the edits and requests it made.
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui) -> Outbox {
        let section = self.window.section;
        if let Some((crashed, message)) = &self.window.panel_crash
            && *crashed == section
        {
            let message = message.clone();
            crash_ui(ui, &message, &mut self.window.panel_crash);
            return Outbox::default();
        }
        let ctx = PanelCtx {
            project: self.doc.project(),
            derived: &self.views.derived,
            thumbs: &self.views.thumbs,
            import: self.window.import_view.as_ref(),
            can_import: self.doc.media_dir().is_some(),
            waiting_drops: &self.window.waiting_drops,
            palette: &self.views.palette,
            gallery: self.views.gallery.as_ref(),
        };
        let state = &mut self.window.panels;
        let drawn = guarded(|| {
            let mut out = Outbox::default();
            egui::ScrollArea::vertical()
                .id_salt(("section-scroll", section.label()))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(section.max_width_px()));
                    panels::section_ui(section, ui, &ctx, state, &mut out);
                });
            out
        });
        match drawn {
            Ok(out) => out,
            Err(what) => {
                log::error!("the {} editor failed: {what}", section.label());
                self.window.panel_crash = Some((section, what));
                ui.ctx().request_repaint();
                Outbox::default()
            }
        }
    }
}

/// Shown in place of a section whose editor failed.
fn crash_ui(ui: &mut Ui, message: &str, crash: &mut Option<(EditorSection, String)>) {
    ui.heading("This section could not be shown");
    super::widgets::error_line(
        ui,
        &format!("Pitchkit hit an internal error while drawing it ({message})."),
    );
    ui.label(
        "Your work is safe: save it now with File › Save (Ctrl+S). Other sections still work.",
    );
    if ui.button("Try again").clicked() {
        *crash = None;
    }
}
