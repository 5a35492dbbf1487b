//! Importing many photos at once: all cores, a bounded number of decodes in
//! flight (so memory does not grow with the batch), progress and cancellation.

use super::error::{ImportError, Problem};
use super::import::{Imported, import_file_reusing};
use super::limits::ImportOptions;
use super::scratch::Scratch;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Most photos decoded at the same time, whatever the number of cores (each may
/// hold a full-size picture: 36 MB for 12 MP, up to the decoder's memory cap).
pub const MAX_DECODES_IN_FLIGHT: usize = 4;

/// One photo of a batch finished (imported, duplicate, refused or cancelled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Photos finished so far, this one included.
    pub done: usize,
    /// Photos in the batch.
    pub total: usize,
    /// The photo that just finished.
    pub path: PathBuf,
    /// Whether it was imported (new or duplicate).
    pub ok: bool,
}

/// One photo's outcome in a batch: its path and what became of it.
pub type Outcome = (PathBuf, Result<Imported, ImportError>);

/// Imports `sources` into `media_dir` on `workers` threads (the calling thread is
/// one of them; at most [`MAX_DECODES_IN_FLIGHT`]), handing each photo's outcome to
/// `on_each` from the worker that finished it, as soon as it is done. Once `cancel` is
/// set, photos not yet started come back as [`Problem::Cancelled`]; the ones in flight
/// finish. Returns when every photo has been handed over.
pub fn import_each(
    media_dir: &Path,
    sources: &[PathBuf],
    options: &ImportOptions,
    workers: usize,
    on_each: impl Fn(usize, Result<Imported, ImportError>) + Sync,
    cancel: &AtomicBool,
) {
    let workers = workers
        .clamp(1, MAX_DECODES_IN_FLIGHT)
        .min(sources.len().max(1));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut scratch = Scratch::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(source) = sources.get(index) else {
                break;
            };
            let result = if cancel.load(Ordering::Relaxed) {
                Err(ImportError::new(source, Problem::Cancelled))
            } else {
                import_file_reusing(media_dir, source, options, &mut scratch)
            };
            on_each(index, result);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..workers {
            scope.spawn(work);
        }
        work();
    });
}

/// Imports `sources` into `media_dir` with one worker per core (at most
/// [`MAX_DECODES_IN_FLIGHT`]), calling `progress` after each photo from the worker
/// that finished it. Once `cancel` is set, photos not yet started come back as
/// [`Problem::Cancelled`]; the ones in flight finish. Outcomes are in the order of
/// `sources`.
pub fn import_batch(
    media_dir: &Path,
    sources: &[PathBuf],
    options: &ImportOptions,
    progress: impl Fn(Progress) + Sync,
    cancel: &AtomicBool,
) -> Vec<Outcome> {
    let total = sources.len();
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Imported, ImportError>>>> =
        Mutex::new((0..total).map(|_| None).collect());
    let on_each = |index: usize, result: Result<Imported, ImportError>| {
        let ok = result.is_ok();
        if let Some(slot) = results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(index)
        {
            *slot = Some(result);
        }
        if let Some(source) = sources.get(index) {
            progress(Progress {
                done: done.fetch_add(1, Ordering::Relaxed) + 1,
                total,
                path: source.clone(),
                ok,
            });
        }
    };
    import_each(media_dir, sources, options, workers, on_each, cancel);
    let results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    sources
        .iter()
        .zip(results)
        .map(|(source, result)| {
            let result =
                result.unwrap_or_else(|| Err(ImportError::new(source, Problem::Cancelled)));
            (source.clone(), result)
        })
        .collect()
}
