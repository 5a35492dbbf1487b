//! The window's own state, apart from the document and the background work: the
//! section shown, the question on top, the messages under the menu bar, the section
//! editors' selections, and what the frame loop remembers between frames.

use super::event::Notice;
use super::jobs::import::ImportView;
use super::modals::Modal;
use super::panels::{EditorSection, PanelState};
use crate::pdf::ExportReport;
use std::path::PathBuf;

/// The window's state.
#[derive(Default)]
pub struct Window {
    /// The section in the centre.
    pub section: EditorSection,
    /// The question or message on top, if any.
    pub prompt: Option<Box<dyn Modal>>,
    /// Messages under the menu bar.
    pub notices: Vec<Notice>,
    /// The section editors' selections, sorting and paste text.
    pub panels: PanelState,
    /// A section whose editor failed, with the error, shown instead of it.
    pub panel_crash: Option<(EditorSection, String)>,
    /// The photo import running or just finished.
    pub import_view: Option<ImportView>,
    /// Photos dropped before the project had a folder.
    pub waiting_drops: Vec<PathBuf>,
    /// The widget that had the keyboard last frame.
    pub focused: Option<egui::Id>,
    /// The title last sent to the window.
    pub title_sent: String,
    /// Set once unsaved changes are dealt with: the window may close.
    pub allow_close: bool,
    /// The report of the last finished export.
    pub last_export: Option<ExportReport>,
    /// A kit being written to attach to an email: its folder is shown once written.
    pub reveal_after_export: Option<PathBuf>,
}

impl Window {
    /// Shows `notice` under the menu bar.
    pub fn say(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    /// Puts `modal` on top (replacing any other).
    pub fn ask(&mut self, modal: impl Modal + 'static) {
        self.prompt = Some(Box::new(modal));
    }

    /// The heading of the question on top, if any.
    pub fn prompt_title(&self) -> Option<String> {
        self.prompt.as_ref().map(|p| p.title())
    }
}
