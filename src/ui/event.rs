//! What happened, as the editor's parts report it: the chrome, the section editors,
//! the prompts, the file dialogs and the background jobs each produce [`Event`]s, and
//! one place (`handle.rs`) decides what follows.
//!
//! Parts drawn in the frame push onto a plain `Vec<Event>`; worker threads send
//! through an [`EventSink`], which also wakes the window.

use super::commands::Command;
use super::jobs::JobId;
use super::jobs::dialog::Question;
use super::jobs::export::ExportNews;
use super::jobs::import::ImportNews;
use super::panels::{Edit, EditorSection, Request};
use crate::imports::ExportFile;
use crate::storage::Recovery;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use time::Date;

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum After {
    /// Close the window.
    Quit,
    /// Start a new project.
    New,
    /// Open a project: this folder, or ask for one.
    Open(Option<PathBuf>),
}

impl After {
    /// "closing", "starting a new project"…, for "Save them before …".
    pub fn doing(&self) -> &'static str {
        match self {
            Self::Quit => "closing",
            Self::New => "starting a new project",
            Self::Open(_) => "opening another project",
        }
    }
}

/// A message shown under the menu bar until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What to say.
    pub text: String,
    /// An error (drawn in the error colour) or news.
    pub error: bool,
    /// A folder the "Open folder" button shows.
    pub folder: Option<PathBuf>,
    /// A section the "Show" button opens (e.g. Pitches for follow-ups due).
    pub section: Option<EditorSection>,
}

impl Notice {
    /// News, e.g. "Exported to …".
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: false,
            folder: None,
            section: None,
        }
    }

    /// Something went wrong; the text says what to do.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: true,
            folder: None,
            section: None,
        }
    }

    /// With a "Show" button that opens `section`.
    pub fn with_section(mut self, section: EditorSection) -> Self {
        self.section = Some(section);
        self
    }

    /// With an "Open folder" button for `folder`.
    pub fn with_folder(mut self, folder: Option<PathBuf>) -> Self {
        self.folder = folder;
        self
    }
}

/// What to do with a `project.json` changed on disk since it was opened or saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Keep the version on disk and reload it (this window's changes are dropped).
    KeepTheirs,
    /// Write this window's version over it.
    Overwrite,
    /// Save this window's version into a new folder; the other stays as it is.
    SaveCopy,
}

/// What a file dialog was asked for; the answer comes back with it, so whatever was
/// waiting for the answer knows how to go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileAsk {
    /// An existing project folder to open.
    OpenProject,
    /// A new folder to save the project into (Save as…, or "save mine as a copy");
    /// `then` is what was waiting for the save (quit, open another…).
    SaveProjectAs {
        /// The name the dialog suggests.
        suggested: String,
        /// What to do once saved.
        then: Option<After>,
    },
    /// Where to write the PDF.
    ExportPdf {
        /// The file name the dialog suggests.
        suggested: String,
        /// The folder the dialog starts in.
        folder: Option<PathBuf>,
    },
    /// Where to write the PDF made for one pitch.
    ExportPitch {
        /// Index of the pitch.
        pitch: usize,
        /// The file name the dialog suggests ("NAME × BRAND – media kit.pdf").
        suggested: String,
        /// The folder the dialog starts in.
        folder: Option<PathBuf>,
    },
    /// Where to write the web page.
    ExportWeb {
        /// The file name the dialog suggests.
        suggested: String,
        /// The folder the dialog starts in.
        folder: Option<PathBuf>,
    },
    /// Photos for the gallery, or one for the profile.
    Photos {
        /// One photo for the profile.
        profile: bool,
    },
    /// Platform analytics exports to import.
    AnalyticsExports,
}

impl FileAsk {
    /// What the dialog shows.
    pub fn question(&self) -> Question {
        match self {
            Self::OpenProject => Question::ProjectFolder,
            Self::SaveProjectAs { suggested, .. } => Question::NewProjectPath {
                suggested: suggested.clone(),
            },
            Self::ExportPdf { suggested, folder }
            | Self::ExportPitch {
                suggested, folder, ..
            } => Question::PdfPath {
                suggested: suggested.clone(),
                folder: folder.clone(),
            },
            Self::ExportWeb { suggested, folder } => Question::WebPath {
                suggested: suggested.clone(),
                folder: folder.clone(),
            },
            Self::Photos { profile } => Question::Photos { multiple: !profile },
            Self::AnalyticsExports => Question::AnalyticsExports,
        }
    }
}

/// Something that happened; see the module docs.
#[derive(Debug)]
pub enum Event {
    /// A menu command, a shortcut or a button that runs one.
    Command(Command),
    /// An edit a section's editor made.
    Edit(Edit),
    /// Something a section's editor asked for.
    Panel(Request),
    /// Open this project folder (Open Recent, a bundle dropped on the window); asks
    /// about unsaved changes first.
    OpenProject(PathBuf),
    /// Files or folders dropped on the window.
    Dropped(Vec<PathBuf>),
    /// A file dialog was answered; no paths when it was cancelled.
    Chosen {
        /// What was asked.
        ask: FileAsk,
        /// The paths chosen.
        paths: Vec<PathBuf>,
    },
    /// The unsaved-changes question was answered: save first (true) or not (false).
    Unsaved {
        /// What was waiting.
        after: After,
        /// Save before going on.
        save: bool,
    },
    /// Restore the work found after a crash (true), or throw it away (false).
    Recovery {
        /// The snapshots found.
        found: Vec<Recovery>,
        /// Restore it.
        restore: bool,
    },
    /// What to do with a `project.json` another program changed.
    Conflict {
        /// The creator's choice.
        choice: ConflictChoice,
        /// What was waiting for the save.
        then: Option<After>,
    },
    /// Show a message under the menu bar.
    Notice(Notice),
    /// Dismiss the message at this index.
    DismissNotice(usize),
    /// Show a folder in the file manager.
    ShowFolder(PathBuf),
    /// The email draft of a pitch was accepted: open it in the mail app (`url` is its
    /// `mailto:` link) and write the pitch's kit to attach.
    SendPitchEmail {
        /// Index of the pitch.
        pitch: usize,
        /// The `mailto:` link.
        url: String,
    },
    /// The creator pressed Cancel on a job.
    Cancel(JobId),
    /// News of an export.
    Export {
        /// Which job.
        job: JobId,
        /// What it tells.
        news: ExportNews,
    },
    /// News of a photo import.
    Import {
        /// Which job.
        job: JobId,
        /// What it tells.
        news: ImportNews,
    },
    /// The autosave snapshot could not be written or cleared.
    AutosaveFailed(String),
    /// Apply the import previewed from these files.
    ApplyStats {
        /// What the files gave.
        files: Vec<ExportFile>,
        /// The newest export's date.
        exported_on: Date,
    },
}

/// Where worker threads send their events; wakes the window on each.
#[derive(Clone)]
pub struct EventSink {
    sender: Sender<Event>,
    waker: egui::Context,
}

impl EventSink {
    /// Sends `event` and wakes the window. A window that has closed is not listening
    /// any more; the event is then dropped on purpose.
    pub fn send(&self, event: Event) {
        let _closed_window = self.sender.send(event);
        self.waker.request_repaint();
    }
}

/// The events waiting to be handled: those of this frame, then those of workers.
pub struct Events {
    local: Vec<Event>,
    sender: Sender<Event>,
    receiver: Receiver<Event>,
    waker: egui::Context,
}

impl Events {
    /// An empty queue; workers' events wake `ctx`.
    pub fn new(ctx: &egui::Context) -> Self {
        let (sender, receiver) = channel();
        Self {
            local: Vec::new(),
            sender,
            receiver,
            waker: ctx.clone(),
        }
    }

    /// A sink for a worker thread.
    pub fn sink(&self) -> EventSink {
        EventSink {
            sender: self.sender.clone(),
            waker: self.waker.clone(),
        }
    }

    /// Queues an event of this frame.
    pub fn push(&mut self, event: Event) {
        self.local.push(event);
    }

    /// Queues several events of this frame, in order.
    pub fn extend(&mut self, events: impl IntoIterator<Item = Event>) {
        self.local.extend(events);
    }

    /// The next event to handle: this frame's first, in order, then the workers'.
    pub fn pop(&mut self) -> Option<Event> {
        if !self.local.is_empty() {
            return Some(self.local.remove(0));
        }
        // Empty, or no sender left (impossible while `self` holds one): nothing waits.
        self.receiver.try_recv().ok()
    }
}
