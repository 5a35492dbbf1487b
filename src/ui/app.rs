//! The editor window (`eframe::App`): section list on the left, the chosen section's
//! editor in the centre, the live preview on the right; menus, prompts, background
//! jobs, autosave. Each frame the panels produce edits, which are applied afterwards
//! through the document's history.

use super::commands;
use super::derived::{Derived, load_benchmarks};
use super::dialogs::Dialogs;
use super::document::{DocKey, Document};
use super::export_job::ExportJob;
use super::import_job::{ImportJob, ImportView};
use super::modals::{After, Prompt};
use super::panels::{self, EditorSection, Outbox, PanelCtx, PanelState};
use super::preview::{Preview, PreviewKey};
use super::startup::{AppOptions, START_SECTION_ENV, startup_document, today_local};
use super::thumbnails::Thumbnails;
use crate::model::{GalleryLook, Rgb};
use crate::pdf::ExportReport;
use crate::storage::{self, AutosaveSession, Debounce, RecentProjects};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use time::Date;

/// A message shown under the menu bar until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Notice {
    pub(super) text: String,
    pub(super) error: bool,
    /// A folder the "Open folder" button shows.
    pub(super) folder: Option<PathBuf>,
}

/// The editor.
pub struct PitchkitApp {
    pub(super) doc: Document,
    pub(super) derived: Derived,
    pub(super) panels: PanelState,
    pub(super) section: EditorSection,
    pub(super) preview: Preview,
    pub(super) thumbs: Thumbnails,
    pub(super) dialogs: Box<dyn Dialogs>,
    pub(super) data_dir: Option<PathBuf>,
    pub(super) recent: RecentProjects,
    pub(super) autosave: Option<AutosaveSession>,
    pub(super) debounce: Debounce,
    pub(super) seen_key: Option<DocKey>,
    pub(super) title_sent: String,
    pub(super) prompt: Option<Prompt>,
    pub(super) notices: Vec<Notice>,
    pub(super) export: Option<ExportJob>,
    pub(super) last_export: Option<ExportReport>,
    pub(super) import: Option<ImportJob>,
    pub(super) import_view: Option<ImportView>,
    pub(super) waiting_drops: Vec<PathBuf>,
    pub(super) panel_crash: Option<(EditorSection, String)>,
    pub(super) allow_close: bool,
    pub(super) gallery: Option<GalleryLook>,
    pub(super) palette: Vec<Rgb>,
    pub(super) gallery_key: Option<(DocKey, usize)>,
    pub(super) today: Date,
    pub(super) focused: Option<egui::Id>,
    pub(super) panic_next_frame: bool,
}

impl PitchkitApp {
    /// The editor as the desktop app opens it.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        Self::with_context(&cc.egui_ctx, options)
    }

    /// The editor on an egui context (tests and benchmarks build it this way too).
    pub fn with_context(ctx: &egui::Context, options: AppOptions) -> Self {
        super::fonts::install(ctx);
        ctx.options_mut(|o| o.theme_preference = egui::ThemePreference::System);
        let today = options.today.unwrap_or_else(today_local);
        let data_dir = options.data_dir;
        let recent = data_dir
            .as_deref()
            .map(|d| RecentProjects::load(&d.join(storage::recent::RECENT_FILE)))
            .unwrap_or_default();
        let (benchmarks, benchmark_error) = load_benchmarks();
        let mut notices = Vec::new();
        if let Some(error) = benchmark_error {
            notices.push(Notice {
                text: error,
                error: true,
                folder: None,
            });
        }
        let mut prompt = None;
        let (doc, open_error) = startup_document(&options.startup, &recent);
        if let Some((title, message)) = open_error {
            prompt = Some(Prompt::Error { title, message });
        }
        let recoverable = data_dir
            .as_deref()
            .map(storage::recoverable)
            .unwrap_or_default();
        if !recoverable.is_empty() {
            prompt = Some(Prompt::Restore(recoverable));
        }
        let autosave = data_dir.as_deref().and_then(|dir| {
            match AutosaveSession::start(dir, time::OffsetDateTime::now_utc()) {
                Ok(session) => Some(session),
                Err(e) => {
                    notices.push(Notice {
                        text: format!("Autosave is off: {e}"),
                        error: true,
                        folder: None,
                    });
                    None
                }
            }
        });
        let section = options
            .start_section
            .or_else(|| {
                std::env::var(START_SECTION_ENV)
                    .ok()
                    .and_then(|s| EditorSection::from_name(&s))
            })
            .unwrap_or_default();
        let derived = Derived::new(benchmarks.clone(), &doc.project, today);
        let thumbs = Thumbnails::new(ctx, doc.media_source(), doc.key().generation);
        let mut recent = recent;
        if let Some(bundle) = &doc.bundle {
            recent.push(bundle);
        }
        let app = Self {
            derived,
            panels: PanelState::default(),
            section,
            preview: Preview::new(ctx, benchmarks),
            thumbs,
            dialogs: options.dialogs,
            data_dir,
            recent,
            autosave,
            debounce: Debounce::new(options.autosave_delay),
            seen_key: None,
            title_sent: String::new(),
            prompt,
            notices,
            export: None,
            last_export: None,
            import: None,
            import_view: None,
            waiting_drops: Vec::new(),
            panel_crash: None,
            allow_close: false,
            gallery: None,
            palette: Vec::new(),
            gallery_key: None,
            today,
            focused: None,
            panic_next_frame: false,
            doc,
        };
        app.save_recent();
        app
    }

    pub(super) fn save_recent(&self) {
        if let Some(dir) = &self.data_dir {
            // The list is a convenience: failing to write it must not bother anyone.
            let _ = self.recent.save(&dir.join(storage::recent::RECENT_FILE));
        }
    }

    /// Replaces the open document (after the unsaved-changes question).
    pub(super) fn replace_document(&mut self, doc: Document) {
        if let Some(bundle) = &doc.bundle {
            self.recent.push(bundle);
            self.save_recent();
        }
        self.thumbs.reset(doc.media_source(), doc.key().generation);
        self.doc = doc;
        self.panels = PanelState::default();
        self.panel_crash = None;
        self.import_view = None;
        self.waiting_drops.clear();
        self.debounce.cancel();
        if let Some(session) = &self.autosave {
            let _ = session.clear();
        }
    }

    fn background(&mut self, ctx: &egui::Context) {
        self.thumbs.poll(ctx);
        self.preview.poll();
        self.poll_export();
        self.poll_import(ctx);
    }

    fn refresh_derived(&mut self) {
        let key = self.doc.key();
        self.derived.refresh(key, &self.doc.project);
        let loaded = self
            .doc
            .project
            .samples
            .iter()
            .filter(|s| self.thumbs.palette(&s.media.file).is_some())
            .count();
        if self.gallery_key != Some((key, loaded)) {
            self.gallery_key = Some((key, loaded));
            self.gallery = self.look_of(&self.doc.project);
            // The accent's colours, measured exactly as the PDF export measures them.
            let project = &self.doc.project;
            self.palette =
                crate::media::gallery_colours(project.look.as_ref(), &project.samples, |sample| {
                    self.thumbs.palette(&sample.media.file).cloned()
                });
        }
        let preview_key = PreviewKey {
            doc: key,
            palette: self.palette.clone(),
        };
        self.preview
            .request(preview_key, &self.doc.project, self.today);
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
        let key = self.doc.key();
        if self.seen_key != Some(key) {
            self.seen_key = Some(key);
            if self.doc.is_dirty() {
                self.debounce.note_edit(Instant::now());
            } else {
                self.debounce.cancel();
                if let Some(session) = &self.autosave {
                    let _ = session.clear();
                }
            }
        }
        let now = Instant::now();
        if self.debounce.take_due(now) {
            if let Some(session) = &self.autosave {
                let written = session.write(
                    &self.doc.project,
                    self.doc.bundle.as_deref(),
                    time::OffsetDateTime::now_utc(),
                );
                if let Err(e) = written {
                    self.notices.push(Notice {
                        text: e.to_string(),
                        error: true,
                        folder: None,
                    });
                }
            }
        } else if let Some(left) = self.debounce.time_left(now) {
            ctx.request_repaint_after(left + Duration::from_millis(20));
        }
    }

    fn sync_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.title();
        if title != self.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
    }

    /// Ends a typing run when focus moves to another field, so each visit to a field
    /// is its own undo step.
    fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.focused {
            self.doc.history.seal();
            self.focused = focused;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if !asked || self.allow_close {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::Unsaved(After::Quit));
        } else {
            self.allow_close = true;
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) -> Outbox {
        let mut out = Outbox::default();
        if let Some((section, message)) = self.panel_crash.clone()
            && section == self.section
        {
            super::chrome::crash_ui(ui, &message, &mut self.panel_crash);
            return out;
        }
        let ctx = PanelCtx {
            project: &self.doc.project,
            derived: &self.derived,
            thumbs: &self.thumbs,
            import: self.import_view.as_ref(),
            can_import: self.doc.media_dir().is_some(),
            waiting_drops: &self.waiting_drops,
            palette: &self.palette,
            gallery: self.gallery.as_ref(),
        };
        let section = self.section;
        let state = &mut self.panels;
        let panic_now = std::mem::take(&mut self.panic_next_frame);
        let result = catch_unwind(AssertUnwindSafe(|| {
            egui::ScrollArea::vertical()
                .id_salt(("section-scroll", section.label()))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(980.0));
                    if panic_now {
                        panic!("a test asked the {} editor to fail", section.label());
                    }
                    panels::section_ui(section, ui, &ctx, state, &mut out);
                });
        }));
        if let Err(payload) = result {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "an unknown error".to_owned());
            self.panel_crash = Some((section, what));
            out = Outbox::default();
            ui.ctx().request_repaint();
        }
        out
    }

    fn apply_outbox(&mut self, ctx: &egui::Context, out: Outbox) {
        if out.is_empty() {
            return;
        }
        for edit in out.edits {
            let action = self.with_look(edit.action);
            if let Err(e) = self.doc.apply(action, edit.typing) {
                self.notices.push(Notice {
                    text: format!("That edit was not made: {e}"),
                    error: true,
                    folder: None,
                });
            }
        }
        for request in out.requests {
            self.request(ctx, request);
        }
        ctx.request_repaint();
    }
}

impl eframe::App for PitchkitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.background(&ctx);
        self.handle_close_request(&ctx);
        if self.prompt.is_none() {
            for command in commands::consume_shortcuts(&ctx) {
                self.command(&ctx, command);
            }
        }
        self.handle_drops(&ctx);
        self.refresh_derived();
        self.seal_on_focus_change(&ctx);

        let chrome_out = self.chrome_ui(ui);
        let mut out = Outbox::default();
        egui::CentralPanel::default().show(ui, |ui| {
            out = self.central_ui(ui);
        });
        self.preview.zoom_ui(&ctx, &self.thumbs);
        self.prompts_ui(&ctx);
        self.drop_overlay(&ctx);

        self.apply_outbox(&ctx, chrome_out);
        self.apply_outbox(&ctx, out);
        self.refresh_derived();
        self.autosave_tick(&ctx);
        self.sync_title(&ctx);
        if self.export.is_some()
            || self.import.is_some()
            || self.thumbs.is_loading()
            || self.preview.is_stale()
        {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(session) = self.autosave.take() {
            if self.doc.is_dirty() && !self.allow_close {
                // Closed without the question being answered (e.g. the system is
                // shutting down): keep the snapshot for the next start.
                let _ = session.write(
                    &self.doc.project,
                    self.doc.bundle.as_deref(),
                    time::OffsetDateTime::now_utc(),
                );
                drop(session);
            } else {
                let _ = session.finish();
            }
        }
    }
}
