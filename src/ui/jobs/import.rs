//! Importing photos in the background: `media::import_each` on one or two workers
//! reports each photo as it finishes (so thumbnails appear one by one), then the end;
//! Cancel stops the photos not yet started. [`ImportView`] is what the Aesthetics
//! panel and the status bar show of it.

use super::{JobHandle, JobId, JobKind, Progress};
use crate::media::{self, ImportError, ImportOptions, Imported, Problem};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What an import tells while it runs.
#[derive(Debug)]
pub enum ImportNews {
    /// One photo finished: imported, refused or cancelled.
    Photo {
        /// The file it came from.
        source: PathBuf,
        /// The photo, or why not.
        result: Box<Result<Imported, ImportError>>,
    },
    /// Edited copies that show the same picture as their original, folded into it
    /// (found after every photo was told): each copy's source and a line to say.
    EditedCopies(Vec<(PathBuf, String)>),
    /// Every photo has been told (the last news).
    Ended,
    /// The import could not start; the sentence says what to do.
    Failed(String),
}

/// What the Aesthetics panel shows of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportView {
    /// Photos in the batch.
    pub total: usize,
    /// Photos finished (imported, duplicate, refused or cancelled).
    pub done: usize,
    /// The photos imported so far, in the order they finished.
    pub imported: Vec<Imported>,
    /// The file each of `imported` came from.
    pub sources: Vec<PathBuf>,
    /// Said once at the end: videos set aside, edited copies recognised.
    pub notes: Vec<String>,
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
    /// A view of a batch of `total` photos that has just started.
    pub fn started(total: usize, profile: bool) -> Self {
        Self {
            total,
            running: total > 0,
            profile,
            ..Self::default()
        }
    }

    /// "Importing photo 3 of 14…" or "14 photos imported, 2 refused".
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

    /// The progress bar's share and text: "Importing photos: 3 of 14".
    pub fn progress(&self) -> Progress {
        Progress {
            fraction: self.done as f32 / self.total.max(1) as f32,
            text: format!("Importing photos: {} of {}", self.done, self.total),
        }
    }

    /// Takes in one finished photo.
    pub fn record(&mut self, source: &Path, result: Result<Imported, ImportError>) {
        self.done = (self.done + 1).min(self.total);
        match result {
            Ok(imported) => {
                let duplicate_in_batch = self
                    .imported
                    .iter()
                    .any(|i| i.media.file == imported.media.file);
                if !duplicate_in_batch {
                    self.imported.push(imported);
                    self.sources.push(source.to_path_buf());
                }
            }
            Err(e) if matches!(e.problem, Problem::Cancelled) => self.cancelled += 1,
            Err(e) => {
                let name = source.file_name().map_or_else(
                    || source.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.refused.push(format!("{name}: {}", e.problem));
            }
        }
    }

    /// Leaves out the edited copies the worker folded into their originals, and says
    /// so in the notes.
    pub fn fold(&mut self, copies: Vec<(PathBuf, String)>) {
        for (copy, line) in copies {
            if let Some(at) = self.sources.iter().position(|s| *s == copy) {
                self.sources.remove(at);
                self.imported.remove(at);
            }
            self.notes.push(line);
        }
    }

    /// The batch is over: whatever never came back did not start.
    pub fn finish(&mut self) {
        let missing = self.total.saturating_sub(self.done);
        self.cancelled += missing;
        self.done = self.total;
        self.running = false;
    }
}

/// Starts importing `sources` into `media_dir`; `news` hears (with the job's id) of
/// each photo as it finishes, then of the end.
pub fn start(
    media_dir: &Path,
    sources: Vec<PathBuf>,
    news: impl Fn(JobId, ImportNews) + Send + Sync + 'static,
) -> JobHandle {
    let job = JobHandle::new(
        JobKind::PhotoImport,
        format!("Importing photos: 0 of {}", sources.len()),
    );
    let id = job.id;
    let cancel = Arc::clone(&job.cancel);
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 2);
    let media_dir = media_dir.to_path_buf();
    let news = Arc::new(news);
    let worker_news = Arc::clone(&news);
    let spawned = std::thread::Builder::new()
        .name("pitchkit-import".to_owned())
        .spawn(move || {
            let imported = std::sync::Mutex::new(Vec::new());
            let on_each = |index: usize, result: Result<Imported, ImportError>| {
                if let Some(source) = sources.get(index) {
                    if let Ok(photo) = &result {
                        imported
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .push((source.clone(), photo.clone()));
                    }
                    worker_news(
                        id,
                        ImportNews::Photo {
                            source: source.clone(),
                            result: Box::new(result),
                        },
                    );
                }
            };
            let options = ImportOptions::default();
            media::import_each(&media_dir, &sources, &options, workers, on_each, &cancel);
            // Off the UI thread: comparing edited copies reads thumbnails from disk.
            let mut items = imported
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let folded = media::fold_edited_copies(&media_dir, &mut items);
            if !folded.is_empty() {
                worker_news(id, ImportNews::EditedCopies(folded));
            }
            worker_news(id, ImportNews::Ended);
        });
    if let Err(e) = spawned {
        log::error!("the photo import could not start a thread: {e}");
        news(
            id,
            ImportNews::Failed(
                "The import could not start (the system refused a new thread); close other \
             programs and try again."
                    .to_owned(),
            ),
        );
        news(id, ImportNews::Ended);
    }
    job
}
