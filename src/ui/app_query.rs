//! What the editor shows to tests and benchmarks (read-only accessors, a few test
//! hooks) and the gallery's look derived from the photos.

use super::app::PitchkitApp;
use super::commands::Command;
use super::modals::Prompt;
use super::panels::EditorSection;
use crate::media::Palette;
use crate::model::{GalleryLook, Project};
use crate::pdf::ExportReport;

impl PitchkitApp {
    /// The project as it is now.
    pub fn project(&self) -> &Project {
        &self.doc.project
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
        self.doc.bundle.as_deref()
    }

    /// Whether the demo project is open.
    pub fn is_demo(&self) -> bool {
        self.doc.is_demo()
    }

    /// The section shown.
    pub fn section(&self) -> EditorSection {
        self.section
    }

    /// Shows another section.
    pub fn show_section(&mut self, section: EditorSection) {
        self.section = section;
    }

    /// Whether a question (unsaved changes, restore, error) is on screen.
    pub fn prompt_title(&self) -> Option<String> {
        self.prompt.as_ref().map(|p| match p {
            Prompt::Unsaved(_) => format!("Save changes to {}?", self.doc.display_name()),
            Prompt::Restore(_) => "Restore unsaved work?".to_owned(),
            Prompt::Error { title, .. } => title.clone(),
        })
    }

    /// The messages under the menu bar.
    pub fn notices(&self) -> Vec<String> {
        self.notices.iter().map(|n| n.text.clone()).collect()
    }

    /// Whether an export is running.
    pub fn is_exporting(&self) -> bool {
        self.export.is_some()
    }

    /// The colours the kit's accent is chosen from (the preview's, and the PDF's).
    pub fn accent_colours(&self) -> &[crate::model::Rgb] {
        &self.palette
    }

    /// Whether a preview page is open large.
    pub fn is_preview_zoomed(&self) -> bool {
        self.preview.is_zoomed()
    }

    /// The report of the last finished export.
    pub fn last_export(&self) -> Option<&ExportReport> {
        self.last_export.as_ref()
    }

    /// Whether the window may close now (set once unsaved changes are dealt with).
    pub fn close_allowed(&self) -> bool {
        self.allow_close
    }

    /// Whether the preview shows the current project state.
    pub fn preview_is_current(&self) -> bool {
        !self.preview.is_stale()
    }

    /// The number of pages in the preview.
    pub fn preview_pages(&self) -> usize {
        self.preview.pages().len()
    }

    /// Runs a menu command as if chosen from the menu.
    pub fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        self.command(ctx, command);
    }

    /// Makes the next frame's section editor panic (to check that it is caught).
    #[doc(hidden)]
    pub fn panic_in_next_frame(&mut self) {
        self.panic_next_frame = true;
    }

    /// The error shown in place of a section whose editor failed, if any.
    pub fn panel_error(&self) -> Option<&str> {
        self.panel_crash.as_ref().map(|(_, m)| m.as_str())
    }

    /// Each sample's palette: stored with the photo, else read from its thumbnail.
    pub(super) fn sample_palettes(&self, project: &Project) -> Vec<Palette> {
        project
            .samples
            .iter()
            .filter_map(|s| {
                if s.media.palette.is_empty() {
                    self.thumbs.palette(&s.media.file).cloned()
                } else {
                    Some(Palette {
                        swatches: s.media.palette.clone(),
                    })
                }
            })
            .collect()
    }

    /// The gallery's look for `project`: stored, else measured on the thumbnails.
    pub(super) fn look_of(&self, project: &Project) -> Option<GalleryLook> {
        if let Some(look) = &project.look
            && !look.palette.is_empty()
        {
            return Some(look.clone());
        }
        self.measured_look(project)
    }

    /// The gallery's look measured on the photos' palettes.
    pub(super) fn measured_look(&self, project: &Project) -> Option<GalleryLook> {
        crate::media::gallery_look(&self.sample_palettes(project)).map(Into::into)
    }
}
