//! A PDF export running in the background (layout, photos, render, size budget,
//! atomic write), so the window stays responsive.

use crate::model::Project;
use crate::pdf::{self, ExportOptions, ExportReport, MediaSource};
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

/// A running export.
pub struct ExportJob {
    target: PathBuf,
    started: Instant,
    result: Receiver<ExportOutcome>,
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
        let waker = ctx.clone();
        let out = target.to_path_buf();
        let spawned = std::thread::Builder::new()
            .name("pitchkit-export".into())
            .spawn(move || {
                let options = ExportOptions::from_project(&project, created);
                let outcome =
                    std::panic::catch_unwind(|| pdf::export_kit(&project, &media, &options, &out));
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
            };
        }
        Self {
            target: target.to_path_buf(),
            started: Instant::now(),
            result,
        }
    }

    /// Where the PDF goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// How long it has been running.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The outcome, once it is there.
    pub fn poll(&mut self) -> Option<ExportOutcome> {
        match self.result.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(ExportOutcome::Failed(
                "The PDF was not written: the export stopped unexpectedly. Try again.".to_owned(),
            )),
        }
    }
}
