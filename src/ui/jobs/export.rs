//! Writing the PDF kit in the background (layout, photos, render, size budget, atomic
//! write), reporting each stage; Cancel stops it before anything is written.

use super::{JobHandle, JobId, JobKind, Progress};
use crate::model::Project;
use crate::pdf::export::{ExportProgress, export_kit_cancellable};
use crate::pdf::{ExportError, ExportOptions, ExportReport, MediaSource};
use std::path::Path;

/// What an export tells while it runs.
#[derive(Debug, Clone)]
pub enum ExportNews {
    /// It got further.
    Progress(Progress),
    /// It ended (the last news).
    Ended(ExportOutcome),
}

/// How an export ended.
#[derive(Debug, Clone)]
pub enum ExportOutcome {
    /// Written.
    Done(ExportReport),
    /// Stopped by the creator; nothing was written.
    Cancelled,
    /// Not written (nothing left behind); the message says why and what to do.
    Failed(String),
}

/// "Exporting the PDF: Laying out (10 %)".
pub fn status_text(progress: &ExportProgress) -> String {
    format!(
        "Exporting the PDF: {} ({:.0} %)",
        progress.stage.label(),
        (progress.fraction * 100.0).clamp(0.0, 100.0)
    )
}

/// Starts exporting `project` (photos from `media`) to `target`; the worker tells
/// `news` (with the job's id) how far it is, then how it ended.
pub fn start(
    project: Project,
    media: MediaSource,
    target: &Path,
    created: time::OffsetDateTime,
    news: impl Fn(JobId, ExportNews) + Send + Sync + 'static,
) -> JobHandle {
    let mut job = JobHandle::new(JobKind::Export, "Exporting the PDF: starting");
    job.target = Some(target.to_path_buf());
    let id = job.id;
    let cancel = std::sync::Arc::clone(&job.cancel);
    let out = target.to_path_buf();
    let news = std::sync::Arc::new(news);
    let worker_news = std::sync::Arc::clone(&news);
    let spawned = std::thread::Builder::new()
        .name("pitchkit-export".into())
        .spawn(move || {
            let options = ExportOptions::from_project(&project, created);
            let tell = |progress: ExportProgress| {
                worker_news(
                    id,
                    ExportNews::Progress(Progress {
                        fraction: progress.fraction,
                        text: status_text(&progress),
                    }),
                );
            };
            // The callback only sends on a channel: nothing it touches is left
            // half-changed by a panic.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                export_kit_cancellable(&project, &media, &options, &out, &tell, &cancel)
            }));
            let outcome = match outcome {
                Ok(Ok(report)) => ExportOutcome::Done(report),
                Ok(Err(ExportError::Cancelled)) => ExportOutcome::Cancelled,
                Ok(Err(e)) => ExportOutcome::Failed(format!("The PDF was not written: {e}")),
                Err(_) => ExportOutcome::Failed(
                    "The PDF was not written: the export stopped on an internal error. \
                     Your project is safe; save it, and please report this."
                        .to_owned(),
                ),
            };
            worker_news(id, ExportNews::Ended(outcome));
        });
    if let Err(e) = spawned {
        news(
            id,
            ExportNews::Ended(ExportOutcome::Failed(format!(
                "The PDF was not written: no background task could be started ({e}). \
             Close other programs and try again."
            ))),
        );
    }
    job
}
