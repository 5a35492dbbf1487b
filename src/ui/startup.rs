//! How the editor starts: options (data folder, dialogs, what to open, the date) and
//! the document it opens on.

use super::dialogs::{Dialogs, SystemDialogs};
use super::document::Document;
use super::panels::EditorSection;
use crate::storage::{self, RecentProjects};
use std::path::PathBuf;
use std::time::Duration;
use time::Date;

/// The environment variable naming the section shown at start (screenshots, demos).
pub const START_SECTION_ENV: &str = "PITCHKIT_START_SECTION";

/// What the window opens on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Startup {
    /// The last project opened, or the demo on first run.
    #[default]
    LastOrDemo,
    /// The embedded demo project.
    Demo,
    /// This project bundle.
    Open(PathBuf),
    /// A new, empty project.
    Empty,
}

/// How the editor is set up (the desktop uses the defaults; tests choose).
pub struct AppOptions {
    /// Where recent projects and autosaves live; `None` keeps neither.
    pub data_dir: Option<PathBuf>,
    /// File dialogs and the file manager.
    pub dialogs: Box<dyn Dialogs>,
    /// What to open.
    pub startup: Startup,
    /// The day dates are judged against (`None`: the system's date).
    pub today: Option<Date>,
    /// How long after the last edit the autosave is written.
    pub autosave_delay: Duration,
    /// The section shown first (`None`: Profile, or `$PITCHKIT_START_SECTION`).
    pub start_section: Option<EditorSection>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            data_dir: storage::app_data_dir(),
            dialogs: Box::new(SystemDialogs),
            startup: Startup::LastOrDemo,
            today: None,
            autosave_delay: storage::autosave::DEFAULT_DELAY,
            start_section: None,
        }
    }
}

pub(super) fn today_local() -> Date {
    time::OffsetDateTime::now_local()
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
        .date()
}

/// The document to start with and, if the wanted one could not be opened, why.
pub(super) fn startup_document(
    startup: &Startup,
    recent: &RecentProjects,
) -> (Document, Option<(String, String)>) {
    let demo = || Document::demo().unwrap_or_else(|_| Document::untitled());
    match startup {
        Startup::Demo => (demo(), None),
        Startup::Empty => (Document::untitled(), None),
        Startup::Open(path) => match Document::open(path) {
            Ok(doc) => (doc, None),
            Err(e) => (
                demo(),
                Some(("Could not open the project".to_owned(), e.to_string())),
            ),
        },
        Startup::LastOrDemo => match recent.last_opened() {
            None => (demo(), None),
            Some(path) => match Document::open(path) {
                Ok(doc) => (doc, None),
                Err(e) => (
                    demo(),
                    Some((
                        "Could not reopen your last project".to_owned(),
                        format!(
                            "{e}\n\nThe demo kit is open instead; use File › Open to choose a project."
                        ),
                    )),
                ),
            },
        },
    }
}
