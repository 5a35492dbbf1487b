//! A PDF export running in the background (layout, photos, render, size budget,
//! atomic write), so the window stays responsive; it tells how far it is.

use crate::model::Project;
use crate::pdf::export::{ExportProgress, ExportStage, export_kit_with_progress};
use crate::pdf::{ExportOptions, ExportReport, MediaSource};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How an export ended.
#[derive(Debug, Clone)]
pub enum ExportOutcome {
    /// Written.
    Done(ExportReport),
    /// Not written (nothing left behind); the message says why and what to do.
    Failed(String),
}

/// What a job shows before the export reports anything.
const STARTING: ExportProgress = ExportProgress {
    stage: ExportStage::ReadingPhotos,
    fraction: 0.0,
};

/// "Exporting the PDF: Laying out (10 %)".
pub fn status_text(progress: &ExportProgress) -> String {
    format!(
        "Exporting the PDF: {} ({:.0} %)",
        progress.stage.label(),
        (progress.fraction * 100.0).clamp(0.0, 100.0)
    )
}

/// A running export.
pub struct ExportJob {
    target: PathBuf,
    started: Instant,
    result: Receiver<ExportOutcome>,
    progress_updates: Option<Receiver<ExportProgress>>,
    progress: ExportProgress,
}

impl ExportJob {
    /// Starts exporting `project` (photos from `media`) to `target`; `ctx` is woken
    /// when it ends.
    pub fn start(
        ctx: &egui::Context,
        project: Project,
        media: MediaSource,
        target: &Path,
        created: time::OffsetDateTime,
    ) -> Self {
        let (tx, result) = channel();
        let (progress_tx, progress_updates) = channel();
        let waker = ctx.clone();
        let out = target.to_path_buf();
        let spawned = std::thread::Builder::new()
            .name("pitchkit-export".into())
            .spawn(move || {
                let options = ExportOptions::from_project(&project, created);
                let tell = |progress: ExportProgress| {
                    let _ = progress_tx.send(progress);
                    waker.request_repaint();
                };
                // The callback only sends on a channel and wakes the window: nothing it
                // touches is left half-changed by a panic.
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    export_kit_with_progress(&project, &media, &options, &out, &tell)
                }));
                let outcome = match outcome {
                    Ok(Ok(report)) => ExportOutcome::Done(report),
                    Ok(Err(e)) => ExportOutcome::Failed(format!("The PDF was not written: {e}")),
                    Err(_) => ExportOutcome::Failed(
                        "The PDF was not written: the export stopped on an internal error. \
                         Your project is safe; save it, and please report this."
                            .to_owned(),
                    ),
                };
                let _ = tx.send(outcome);
                waker.request_repaint();
            });
        if let Err(e) = spawned {
            let (tx, failed) = channel();
            let _ = tx.send(ExportOutcome::Failed(format!(
                "The PDF was not written: no background task could be started ({e}). \
                 Close other programs and try again."
            )));
            return Self {
                target: target.to_path_buf(),
                started: Instant::now(),
                result: failed,
                progress_updates: None,
                progress: STARTING,
            };
        }
        Self {
            target: target.to_path_buf(),
            started: Instant::now(),
            result,
            progress_updates: Some(progress_updates),
            progress: STARTING,
        }
    }

    /// How far it is: the latest stage and share reported (read on [`Self::poll`]).
    pub fn progress(&self) -> ExportProgress {
        self.progress
    }

    /// "Exporting the PDF: Embedding photos 3/12 (41 %)".
    pub fn status_text(&self) -> String {
        status_text(&self.progress)
    }

    /// Where the PDF goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// How long it has been running.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The outcome, once it is there; takes in the progress reported meanwhile.
    pub fn poll(&mut self) -> Option<ExportOutcome> {
        if let Some(updates) = &self.progress_updates
            && let Some(latest) = updates.try_iter().last()
        {
            self.progress = latest;
        }
        match self.result.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(ExportOutcome::Failed(
                "The PDF was not written: the export stopped unexpectedly. Try again.".to_owned(),
            )),
        }
    }
}
