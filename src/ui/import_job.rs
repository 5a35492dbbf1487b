//! A photo import running in the background: `media::import_each` on one or two
//! workers hands over each photo as it finishes, so thumbnails appear one by one;
//! cancel stops the photos not yet started.

use crate::media::{self, ImportError, ImportOptions, Imported, Problem};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

/// What the Aesthetics panel shows of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportView {
    /// Photos in the batch.
    pub total: usize,
    /// Photos finished (imported, duplicate, refused or cancelled).
    pub done: usize,
    /// The photos imported so far, in the order they finished.
    pub imported: Vec<Imported>,
    /// One sentence per refused photo: "name: why".
    pub refused: Vec<String>,
    /// Photos not imported because the import was cancelled.
    pub cancelled: usize,
    /// Still running.
    pub running: bool,
    /// For the profile photo (one photo), not the gallery.
    pub profile: bool,
}

impl ImportView {
    /// "Importing 3 of 14 photos…" or "14 photos imported, 2 refused".
    pub fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if self.running {
            return format!(
                "Importing photo {} of {}…",
                (self.done + 1).min(self.total),
                self.total
            );
        }
        let mut text = format!(
            "{} photo{} imported",
            self.imported.len(),
            plural(self.imported.len())
        );
        if !self.refused.is_empty() {
            text.push_str(&format!(", {} refused", self.refused.len()));
        }
        if self.cancelled > 0 {
            text.push_str(&format!(", {} not imported (cancelled)", self.cancelled));
        }
        text
    }
}

/// A running (or finished) import.
pub struct ImportJob {
    view: ImportView,
    cancel: Arc<AtomicBool>,
    results: Receiver<(PathBuf, Result<Imported, ImportError>)>,
    started: Instant,
    reported: bool,
}

impl ImportJob {
    /// Starts importing `sources` into `media_dir`; `ctx` is woken after each photo.
    pub fn start(
        ctx: &egui::Context,
        media_dir: &Path,
        sources: Vec<PathBuf>,
        profile: bool,
    ) -> Self {
        let total = sources.len();
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, results) = channel();
        let workers = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, 2);
        let job_cancel = Arc::clone(&cancel);
        let media_dir = media_dir.to_path_buf();
        let waker = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("pitchkit-import".to_owned())
            .spawn(move || {
                let on_each = |index: usize, result| {
                    if let Some(source) = sources.get(index) {
                        // A closed channel means the window stopped listening.
                        let _ignored = tx.send((source.clone(), result));
                    }
                    waker.request_repaint();
                };
                let options = ImportOptions::default();
                media::import_each(
                    &media_dir,
                    &sources,
                    &options,
                    workers,
                    on_each,
                    &job_cancel,
                );
            });
        let failed_to_start = spawned.is_err();
        Self {
            view: ImportView {
                total,
                running: total > 0 && !failed_to_start,
                refused: if failed_to_start {
                    vec!["The import could not start (the system refused a new thread); close other programs and try again.".to_owned()]
                } else {
                    Vec::new()
                },
                profile,
                ..ImportView::default()
            },
            cancel,
            results,
            started: Instant::now(),
            reported: false,
        }
    }

    /// Stops the photos not yet started (those in progress finish).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// What to show.
    pub fn view(&self) -> &ImportView {
        &self.view
    }

    /// How long it has been running.
    pub fn elapsed(&self) -> std::time::Duration {
        self.started.elapsed()
    }

    /// Takes in finished photos; returns the imported ones once, when the whole batch
    /// is done.
    pub fn poll(&mut self) -> Option<Vec<Imported>> {
        loop {
            match self.results.try_recv() {
                Ok((source, result)) => self.record(&source, result),
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    // Every worker ended: whatever never came back did not start.
                    let missing = self.view.total.saturating_sub(self.view.done);
                    self.view.cancelled += missing;
                    self.view.done = self.view.total;
                    break;
                }
            }
        }
        if self.view.done >= self.view.total {
            self.view.running = false;
        }
        if !self.view.running && !self.reported {
            self.reported = true;
            return Some(self.view.imported.clone());
        }
        None
    }

    fn record(&mut self, source: &Path, result: Result<Imported, ImportError>) {
        self.view.done += 1;
        match result {
            Ok(imported) => {
                let duplicate_in_batch = self
                    .view
                    .imported
                    .iter()
                    .any(|i| i.media.file == imported.media.file);
                if !duplicate_in_batch {
                    self.view.imported.push(imported);
                }
            }
            Err(e) if matches!(e.problem, Problem::Cancelled) => self.view.cancelled += 1,
            Err(e) => {
                let name = source.file_name().map_or_else(
                    || source.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.view.refused.push(format!("{name}: {}", e.problem));
            }
        }
    }
}
