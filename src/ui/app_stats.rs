//! Platform analytics exports in the editor: choose or drop the files, read them, show
//! the preview, and apply it as one undo step when the creator says so.

use super::app::PitchkitApp;
use super::event::{FileAsk, Notice};
use super::modals::{Message, StatsPreview};
use super::panels::EditorSection;
use crate::imports::{self, ExportFile, plan_import, summary};
use std::path::{Path, PathBuf};
use time::Date;

/// File endings read as analytics exports when dropped on the window.
const EXPORT_ENDINGS: [&str; 4] = ["csv", "json", "zip", "tsv"];

/// True for a dropped file that may be an analytics export (by its ending; what it is
/// comes from its content once read); a project's own `project.json` is not one.
pub(super) fn is_export_file(path: &Path) -> bool {
    path.is_file()
        && path
            .file_name()
            .is_none_or(|n| n != crate::storage::PROJECT_FILE)
        && path.extension().is_some_and(|e| {
            EXPORT_ENDINGS
                .iter()
                .any(|ending| e.eq_ignore_ascii_case(ending))
        })
}

impl PitchkitApp {
    /// Lets the creator choose export files.
    pub(super) fn pick_export_files(&mut self) {
        if self.dialogs.can_show() {
            self.ask_dialog(FileAsk::AnalyticsExports);
        } else {
            self.window.ask(Message::new(
                "Could not show the file picker",
                "This system has no file dialog Pitchkit can use. Drag the export files \
                 (CSV, JSON or zip) from your file manager onto this window instead.",
            ));
        }
    }

    /// Reads `paths` and shows what importing them would change; a file that cannot
    /// be used is said, and nothing is shown.
    pub(super) fn preview_stats(&mut self, paths: &[PathBuf]) {
        let today = self.views.today;
        let mut files: Vec<ExportFile> = Vec::new();
        let mut exported_on: Option<Date> = None;
        for path in paths {
            match imports::read_export_file(path, today) {
                Ok(read) => {
                    exported_on = exported_on.max(Some(read.exported_on));
                    files.extend(read.files);
                }
                Err(e) => {
                    return self.window.say(Notice::error(format!(
                        "Nothing was imported. This file cannot be used: {e}"
                    )));
                }
            }
        }
        let exported_on = exported_on.unwrap_or(today);
        let plan = plan_import(self.doc.project(), &files, None, exported_on);
        self.window.ask(StatsPreview::new(files, plan, exported_on));
    }

    /// Applies the previewed import (planned again on the project as it is now).
    pub(super) fn apply_stats(&mut self, files: &[ExportFile], exported_on: Date) {
        let plan = plan_import(self.doc.project(), files, None, exported_on);
        let Some(action) = plan.action else {
            return self.window.say(Notice::info(
                "Nothing to import: the project already has these figures.",
            ));
        };
        match self.doc.apply(action, false) {
            Ok(()) => {
                let lines: Vec<String> = plan.platforms.iter().map(summary::plan_line).collect();
                self.window
                    .say(Notice::info(format!("Imported. {}", lines.join(" · "))));
                self.window.section = EditorSection::Platforms;
                let shown = plan
                    .platforms
                    .iter()
                    .find(|p| p.changes_anything())
                    .and_then(|p| {
                        self.doc
                            .project()
                            .platforms
                            .iter()
                            .position(|q| q.kind == p.kind)
                    });
                if let Some(index) = shown {
                    self.window.panels.platform = index;
                }
            }
            Err(e) => self
                .window
                .say(Notice::error(format!("The import was not made: {e}"))),
        }
    }
}
