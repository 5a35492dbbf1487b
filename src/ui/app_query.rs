//! What the editor shows to tests and benchmarks: read-only accessors and a command
//! runner, nothing that changes the project behind the history's back.

use super::app::PitchkitApp;
use super::commands::Command;
use super::event::Event;
use super::jobs::JobKind;
use super::panels::EditorSection;
use crate::model::Project;
use crate::pdf::ExportReport;

impl PitchkitApp {
    /// The project as it is now.
    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The window title ("NAME – Pitchkit", "• " in front while unsaved).
    pub fn window_title(&self) -> String {
        self.doc.title()
    }

    /// The project's folder, once saved.
    pub fn bundle(&self) -> Option<&std::path::Path> {
        self.doc.bundle()
    }

    /// Whether the demo project is open.
    pub fn is_demo(&self) -> bool {
        self.doc.is_demo()
    }

    /// Whether another window has this project, so this one only reads it.
    pub fn is_read_only(&self) -> bool {
        self.doc.locked_by().is_some()
    }

    /// The section shown.
    pub fn section(&self) -> EditorSection {
        self.window.section
    }

    /// The index of the platform the Platforms section shows.
    pub fn shown_platform(&self) -> usize {
        self.window.panels.platform
    }

    /// Shows another section.
    pub fn show_section(&mut self, section: EditorSection) {
        self.window.section = section;
    }

    /// The heading of the question or message on top, if any.
    pub fn prompt_title(&self) -> Option<String> {
        self.window.prompt_title()
    }

    /// The messages under the menu bar.
    pub fn notices(&self) -> Vec<String> {
        self.window.notices.iter().map(|n| n.text.clone()).collect()
    }

    /// Whether an export is running.
    pub fn is_exporting(&self) -> bool {
        self.jobs.is_running(JobKind::Export)
    }

    /// Whether photos are being imported.
    pub fn is_importing(&self) -> bool {
        self.jobs.is_running(JobKind::PhotoImport)
    }

    /// The colours the kit's accent is chosen from (the preview's, and the PDF's).
    pub fn accent_colours(&self) -> &[crate::model::Rgb] {
        &self.views.palette
    }

    /// Whether a preview page is open large.
    pub fn is_preview_zoomed(&self) -> bool {
        self.views.preview.is_zoomed()
    }

    /// The report of the last finished export.
    pub fn last_export(&self) -> Option<&ExportReport> {
        self.window.last_export.as_ref()
    }

    /// Whether the window may close now (set once unsaved changes are dealt with).
    pub fn close_allowed(&self) -> bool {
        self.window.allow_close
    }

    /// Whether the preview shows the current project state.
    pub fn preview_is_current(&self) -> bool {
        !self.views.preview.is_stale()
    }

    /// The number of pages in the preview.
    pub fn preview_pages(&self) -> usize {
        self.views.preview.pages().len()
    }

    /// The words of the preview's pages, each line on its own line.
    pub fn preview_text(&self) -> String {
        let mut text = String::new();
        for page in self.views.preview.pages() {
            for block in &page.blocks {
                if let crate::kit::page::Block::Text(block) = block {
                    for line in &block.lines {
                        for run in &line.runs {
                            text.push_str(&run.text);
                        }
                        text.push('\n');
                    }
                }
            }
        }
        text
    }

    /// Runs a menu command as if chosen from the menu (handled in the next frame).
    pub fn run_command(&mut self, command: Command) {
        self.events.push(Event::Command(command));
    }

    /// The error shown in place of a section whose editor failed, if any.
    pub fn panel_error(&self) -> Option<&str> {
        self.window.panel_crash.as_ref().map(|(_, m)| m.as_str())
    }
}
