//! Writing the PDF kit in the background (layout, photos, render, size budget, atomic
//! write), reporting each stage, or the web page (content, photos, fonts, atomic
//! write); Cancel stops either before anything is written.

use super::{JobHandle, JobId, JobKind, Progress};
use crate::model::Project;
use crate::pdf::export::{ExportProgress, export_kit_cancellable};
use crate::pdf::{ExportError, ExportOptions, ExportReport, MediaSource};
use crate::web::{WebOptions, WebReport, render_web, write_page};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

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
    /// The web page written.
    WebDone(WebReport),
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
    let (id, cancel, out) = (
        job.id,
        std::sync::Arc::clone(&job.cancel),
        target.to_path_buf(),
    );
    let news = std::sync::Arc::new(news);
    let worker_news = std::sync::Arc::clone(&news);
    spawn_export("pitchkit-export", "The PDF", id, news, move || {
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
        match export_kit_cancellable(&project, &media, &options, &out, &tell, &cancel) {
            Ok(report) => ExportOutcome::Done(report),
            Err(ExportError::Cancelled) => ExportOutcome::Cancelled,
            Err(e) => ExportOutcome::Failed(format!("The PDF was not written: {e}")),
        }
    });
    job
}

/// Starts writing `project`'s web page (photos from `media`) to `target`; the worker
/// tells `news` (with the job's id) how it ended.
pub fn start_web(
    project: Project,
    media: MediaSource,
    target: &Path,
    news: impl Fn(JobId, ExportNews) + Send + Sync + 'static,
) -> JobHandle {
    let mut job = JobHandle::new(JobKind::Export, "Exporting the web page");
    job.target = Some(target.to_path_buf());
    let (id, cancel, out) = (
        job.id,
        std::sync::Arc::clone(&job.cancel),
        target.to_path_buf(),
    );
    spawn_export(
        "pitchkit-web",
        "The web page",
        id,
        std::sync::Arc::new(news),
        move || web_export(&project, &media, &out, &cancel),
    );
    job
}

/// Runs `work` on a thread named `thread` and tells `news` how it ended: a panic in
/// it, or a thread that cannot start, is a failure said in words (`what` "was not
/// written").
fn spawn_export<N>(
    thread: &str,
    what: &'static str,
    id: JobId,
    news: std::sync::Arc<N>,
    work: impl FnOnce() -> ExportOutcome + Send + 'static,
) where
    N: Fn(JobId, ExportNews) + Send + Sync + 'static,
{
    let worker_news = std::sync::Arc::clone(&news);
    let spawned = std::thread::Builder::new()
        .name(thread.into())
        .spawn(move || {
            // The work only sends on a channel: nothing it touches is left
            // half-changed by a panic.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|_| {
                    ExportOutcome::Failed(format!(
                        "{what} was not written: the export stopped on an internal error. \
                         Your project is safe; save it, and please report this."
                    ))
                });
            worker_news(id, ExportNews::Ended(outcome));
        });
    if let Err(e) = spawned {
        news(
            id,
            ExportNews::Ended(ExportOutcome::Failed(format!(
                "{what} was not written: no background task could be started ({e}). \
                 Close other programs and try again."
            ))),
        );
    }
}

/// Makes the web page and, unless cancelled meanwhile, writes it.
fn web_export(
    project: &Project,
    media: &MediaSource,
    out: &Path,
    cancel: &AtomicBool,
) -> ExportOutcome {
    let failed = |e: &dyn std::fmt::Display| {
        ExportOutcome::Failed(format!("The web page was not written: {e}"))
    };
    let benchmarks = match crate::analytics::Benchmarks::embedded() {
        Ok(benchmarks) => benchmarks,
        Err(e) => return failed(&e),
    };
    let today = time::OffsetDateTime::now_utc().date();
    let ctx = crate::pdf::layout_context(project, media, &benchmarks, today);
    let read = |name: &str| media.read(name).map(std::borrow::Cow::into_owned);
    let page = match render_web(project, &ctx, &read, &WebOptions::from_project(project)) {
        Ok(page) => page,
        Err(e) => return failed(&e),
    };
    if cancel.load(Ordering::Relaxed) {
        return ExportOutcome::Cancelled;
    }
    match write_page(&page, out) {
        Ok(report) => ExportOutcome::WebDone(report),
        Err(e) => failed(&e),
    }
}
