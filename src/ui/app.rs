//! The editor window (`eframe::App`): its parts and the frame loop. Each frame the
//! chrome, the section editor and the question on top draw themselves and report
//! what happened as [`Event`]s, background jobs send theirs, and `handle.rs` decides
//! what follows; then the derived views, autosave and the title catch up.

use super::commands;
use super::derived::load_benchmarks;
use super::document::Document;
use super::event::Notice;
use super::event::{Event, Events};
use super::jobs::Jobs;
use super::jobs::dialog::DialogRunner;
use super::modals::{Message, RestorePrompt, modal_ui};
use super::panels::{self, EditorSection, Outbox};
use super::session::Session;
use super::startup::{AppOptions, START_SECTION_ENV, startup_document, today_local};
use super::views::Views;
use super::window::Window;
use std::time::Duration;

/// How the notice of a project another window has begins.
const READ_ONLY_NOTICE: &str = "This project is open in another window";

/// The most events handled in one frame (a guard against an event loop).
const EVENTS_PER_FRAME: usize = 10_000;

/// The editor.
pub struct PitchkitApp {
    /// The open project, its history and its place on disk.
    pub(super) doc: Document,
    /// The window's own state: section, question, messages.
    pub window: Window,
    /// Figures, preview, thumbnails.
    pub(super) views: Views,
    /// Running background work.
    pub(super) jobs: Jobs,
    /// What happened, waiting to be handled.
    pub(super) events: Events,
    /// Recent projects and autosave.
    pub(super) session: Session,
    /// The system's file dialogs.
    pub(super) dialogs: DialogRunner,
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
        let events = Events::new(ctx);
        let started = Session::start(options.data_dir, options.autosave_delay, &events.sink());
        let mut window = Window {
            section: options
                .start_section
                .or_else(|| {
                    std::env::var(START_SECTION_ENV)
                        .ok()
                        .and_then(|s| EditorSection::from_name(&s))
                })
                .unwrap_or_default(),
            notices: started.notices,
            ..Window::default()
        };
        let (benchmarks, benchmark_error) = load_benchmarks();
        if let Some(error) = benchmark_error {
            window.say(Notice::error(error));
        }
        let (doc, open_error) = startup_document(&options.startup, &started.session.recent);
        if let Some((title, message)) = open_error {
            window.ask(Message::new(title, message));
        }
        if !started.recoverable.is_empty() {
            window.ask(RestorePrompt {
                found: started.recoverable,
            });
        }
        let mut app = Self {
            views: Views::new(ctx, benchmarks, &doc, today),
            window,
            jobs: Jobs::default(),
            events,
            session: started.session,
            dialogs: DialogRunner::new(options.dialogs),
            doc,
        };
        app.after_open();
        app
    }

    /// Catches the window up with a document just opened (or saved elsewhere).
    pub(super) fn after_open(&mut self) {
        if let Some(bundle) = self.doc.bundle().map(std::path::Path::to_path_buf) {
            self.session.remember(&bundle);
        }
        self.window
            .notices
            .retain(|n| !n.text.starts_with(READ_ONLY_NOTICE));
        self.say_follow_ups_due();
        if let Some(holder) = self.doc.locked_by() {
            self.window.say(Notice::error(format!(
                "{READ_ONLY_NOTICE}: {holder}. This window only reads it; to keep changes made \
                 here, use Save as… to save a copy."
            )));
        }
    }

    /// Replaces the open document (after the unsaved-changes question).
    pub(super) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.views.reset(&self.doc);
        self.window.panels = panels::PanelState::default();
        self.window.panel_crash = None;
        self.window.import_view = None;
        self.window.waiting_drops.clear();
        self.session.forget_unsaved();
        self.after_open();
    }

    /// Ends a typing run when focus moves to another field, so each visit to a field
    /// is its own undo step.
    fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.window.focused {
            self.doc.seal_history();
            self.window.focused = focused;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if !asked || self.window.allow_close {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.events.push(Event::Command(commands::Command::Quit));
        } else {
            self.window.allow_close = true;
        }
    }

    /// Handles every event waiting: this frame's, then the workers'.
    fn handle_events(&mut self, ctx: &egui::Context) {
        for _ in 0..EVENTS_PER_FRAME {
            let Some(event) = self.events.pop() else {
                return;
            };
            self.handle(ctx, event);
        }
        ctx.request_repaint();
    }

    fn sync_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.title();
        if title != self.window.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.title_sent = title;
        }
    }
}

impl eframe::App for PitchkitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.views.poll(&ctx);
        self.handle_close_request(&ctx);
        if self.window.prompt.is_none() {
            let fired = commands::consume_shortcuts(&ctx);
            self.events.extend(fired.into_iter().map(Event::Command));
        }
        let dropped: Vec<_> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.events.push(Event::Dropped(dropped));
        }
        self.handle_events(&ctx);
        self.views.refresh(&self.doc, self.previewed_pitch());
        self.seal_on_focus_change(&ctx);

        let chrome = self.chrome_ui(ui);
        self.events.extend(chrome);
        let mut edits = Outbox::default();
        egui::CentralPanel::default().show(ui, |ui| {
            edits = self.central_ui(ui);
        });
        self.views.preview.zoom_ui(&ctx, &self.views.thumbs);
        if let Some(prompt) = &mut self.window.prompt {
            let mut answers = Vec::new();
            if modal_ui(&ctx, prompt.as_mut(), &mut answers) {
                self.window.prompt = None;
            }
            self.events.extend(answers);
        }
        self.drop_overlay(&ctx);
        self.events.extend(edits.edits.into_iter().map(Event::Edit));
        self.events
            .extend(edits.requests.into_iter().map(Event::Panel));
        self.handle_events(&ctx);
        self.views.refresh(&self.doc, self.previewed_pitch());
        if let Some(left) = self.session.tick(&self.doc) {
            ctx.request_repaint_after(left + Duration::from_millis(20));
        }
        self.sync_title(&ctx);
        if !self.jobs.is_empty() || self.views.is_busy() || self.dialogs.is_open() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.session.close(&self.doc, self.window.allow_close);
    }
}
