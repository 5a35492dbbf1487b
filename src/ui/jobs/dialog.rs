//! File dialogs off the UI thread: a native dialog blocks whoever asks, so it is
//! asked on a worker and its answer is handed to a callback (the editor turns it into
//! an event); the window keeps painting meanwhile. One dialog at a time.

use crate::ui::dialogs::Dialogs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// What a file dialog shows and asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// An existing project folder.
    ProjectFolder,
    /// A new project folder, suggesting a name.
    NewProjectPath {
        /// The name the dialog suggests.
        suggested: String,
    },
    /// Where to write the PDF.
    PdfPath {
        /// The file name the dialog suggests.
        suggested: String,
        /// The folder the dialog starts in.
        folder: Option<PathBuf>,
    },
    /// Where to write the web page.
    WebPath {
        /// The file name the dialog suggests.
        suggested: String,
        /// The folder the dialog starts in.
        folder: Option<PathBuf>,
    },
    /// Photos: several, or one.
    Photos {
        /// Several may be chosen.
        multiple: bool,
    },
    /// Platform analytics exports (CSV, JSON, zip).
    AnalyticsExports,
}

/// The system's dialogs, asked one at a time.
pub struct DialogRunner {
    dialogs: Arc<Mutex<Box<dyn Dialogs>>>,
    busy: Arc<AtomicBool>,
    can_show: bool,
    fallback: Option<PathBuf>,
    waits: bool,
}

/// Asks `dialogs` `question`; the paths chosen (empty when cancelled).
fn answer(dialogs: &mut dyn Dialogs, question: &Question) -> Vec<PathBuf> {
    match question {
        Question::ProjectFolder => dialogs.pick_project_folder().into_iter().collect(),
        Question::NewProjectPath { suggested } => {
            dialogs.choose_project_path(suggested).into_iter().collect()
        }
        Question::PdfPath { suggested, folder } => dialogs
            .choose_pdf_path(suggested, folder.as_deref())
            .into_iter()
            .collect(),
        Question::WebPath { suggested, folder } => dialogs
            .choose_web_path(suggested, folder.as_deref())
            .into_iter()
            .collect(),
        Question::Photos { multiple } => dialogs.pick_photos(*multiple),
        Question::AnalyticsExports => dialogs.pick_export_files(),
    }
}

impl DialogRunner {
    /// Wraps `dialogs`.
    pub fn new(dialogs: Box<dyn Dialogs>) -> Self {
        Self {
            can_show: dialogs.can_show(),
            fallback: dialogs.fallback_folder(),
            waits: dialogs.waits_for_person(),
            dialogs: Arc::new(Mutex::new(dialogs)),
            busy: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether the system can show file dialogs at all.
    pub fn can_show(&self) -> bool {
        self.can_show
    }

    /// Where files go when no dialog can be shown.
    pub fn fallback_folder(&self) -> Option<PathBuf> {
        self.fallback.clone()
    }

    /// Whether a dialog is open now.
    pub fn is_open(&self) -> bool {
        self.busy.load(Ordering::Acquire)
    }

    /// Shows the dialog for `question`; `answered` gets the paths chosen (none when
    /// cancelled). False (and nothing asked) while another dialog is open.
    pub fn ask(
        &self,
        question: Question,
        answered: impl FnOnce(Vec<PathBuf>) + Send + 'static,
    ) -> bool {
        if self.busy.swap(true, Ordering::AcqRel) {
            return false;
        }
        let dialogs = Arc::clone(&self.dialogs);
        let busy = Arc::clone(&self.busy);
        let run = move || {
            let paths = {
                let mut dialogs = dialogs.lock().unwrap_or_else(PoisonError::into_inner);
                answer(dialogs.as_mut(), &question)
            };
            busy.store(false, Ordering::Release);
            answered(paths);
        };
        if !self.waits {
            run();
            return true;
        }
        let busy = Arc::clone(&self.busy);
        if let Err(e) = std::thread::Builder::new()
            .name("pitchkit-dialog".into())
            .spawn(run)
        {
            busy.store(false, Ordering::Release);
            log::error!("no thread for a file dialog: {e}");
            return false;
        }
        true
    }

    /// Shows `folder` in the file manager; the message to show when it cannot.
    pub fn open_folder(&self, folder: &Path) -> Result<(), String> {
        match self.dialogs.try_lock() {
            Ok(mut dialogs) => dialogs.open_folder(folder),
            Err(_) => Err(format!(
                "Close the file dialog first, then open the folder again: {}",
                folder.display()
            )),
        }
    }

    /// Opens a `mailto:` link in the mail app; the message to show when it cannot.
    pub fn open_mail(&self, url: &str) -> Result<(), String> {
        match self.dialogs.try_lock() {
            Ok(mut dialogs) => dialogs.open_mail(url),
            Err(_) => Err("Close the file dialog first, then send the email again.".to_owned()),
        }
    }
}
