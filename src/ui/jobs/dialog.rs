//! File dialogs off the UI thread: a native dialog blocks whoever asks, so it is
//! asked on a worker and its answer comes back as [`Event::Chosen`]; the window keeps
//! painting meanwhile. One dialog at a time.

use crate::ui::dialogs::Dialogs;
use crate::ui::event::{Event, EventSink, FileAsk};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The system's dialogs, asked one at a time.
pub struct DialogRunner {
    dialogs: Arc<Mutex<Box<dyn Dialogs>>>,
    busy: Arc<AtomicBool>,
    can_show: bool,
    fallback: Option<PathBuf>,
    waits: bool,
}

/// Asks `dialogs` for `ask`; the paths chosen (empty when cancelled).
fn answer(dialogs: &mut dyn Dialogs, ask: &FileAsk) -> Vec<PathBuf> {
    match ask {
        FileAsk::OpenProject => dialogs.pick_project_folder().into_iter().collect(),
        FileAsk::SaveProjectAs { suggested, .. } => {
            dialogs.choose_project_path(suggested).into_iter().collect()
        }
        FileAsk::ExportPdf { suggested, folder } => dialogs
            .choose_pdf_path(suggested, folder.as_deref())
            .into_iter()
            .collect(),
        FileAsk::Photos { profile } => dialogs.pick_photos(!profile),
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

    /// Shows the dialog for `ask`; its answer comes as [`Event::Chosen`] through
    /// `sink`. False (and nothing asked) while another dialog is open.
    pub fn ask(&self, ask: FileAsk, sink: &EventSink) -> bool {
        if self.busy.swap(true, Ordering::AcqRel) {
            return false;
        }
        let dialogs = Arc::clone(&self.dialogs);
        let busy = Arc::clone(&self.busy);
        let sink = sink.clone();
        let run = move || {
            let paths = {
                let mut dialogs = dialogs.lock().unwrap_or_else(PoisonError::into_inner);
                answer(dialogs.as_mut(), &ask)
            };
            busy.store(false, Ordering::Release);
            sink.send(Event::Chosen { ask, paths });
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
}
