//! Background work, each job in a file of its own: it runs on a worker thread and
//! tells a callback what happens (progress, then how it ended); the editor turns that
//! into an [`Event`](super::event::Event). Jobs know nothing of the window. [`Jobs`]
//! keeps what the status bar shows of the running ones (a bar with counts and a
//! Cancel button), generically.
//!
//! A new job: a file here with a `start` function that spawns the worker and its
//! news type, a [`JobKind`], and one event carrying that news, handled in
//! `handle.rs`.

pub mod autosave;
pub mod dialog;
pub mod export;
pub mod import;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Said after a cancelled job's progress until it has stopped.
const STOPPING: &str = " (stopping…)";

/// Identifies one run of a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(u64);

impl JobId {
    /// A new, unique id.
    pub fn new() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Default for JobId {
    fn default() -> Self {
        Self::new()
    }
}

/// The kinds of job the status bar shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// Writing the PDF kit.
    Export,
    /// Importing photos.
    PhotoImport,
}

impl JobKind {
    /// What the job makes, for its Cancel button: "Cancel export".
    pub fn noun(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::PhotoImport => "import",
        }
    }
}

/// How far a job is.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Share done, 0..=1.
    pub fraction: f32,
    /// What it is doing, with counts: "Importing photo 3 of 14".
    pub text: String,
}

/// A running job, as the status bar shows it.
#[derive(Debug, Clone)]
pub struct JobHandle {
    /// Which run.
    pub id: JobId,
    /// What kind of work.
    pub kind: JobKind,
    /// The latest progress reported.
    pub progress: Progress,
    /// Set to ask the worker to stop.
    pub cancel: Arc<AtomicBool>,
    /// When it started.
    pub started: Instant,
    /// The file it writes, if any (shown on hover).
    pub target: Option<PathBuf>,
}

impl JobHandle {
    /// A job of `kind` starting now, at 0 with `text`.
    pub fn new(kind: JobKind, text: impl Into<String>) -> Self {
        Self {
            id: JobId::new(),
            kind,
            progress: Progress {
                fraction: 0.0,
                text: text.into(),
            },
            cancel: Arc::new(AtomicBool::new(false)),
            started: Instant::now(),
            target: None,
        }
    }

    /// Whether Cancel was pressed.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// How long it has been running.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

/// The running jobs.
#[derive(Debug, Default)]
pub struct Jobs {
    running: Vec<JobHandle>,
}

impl Jobs {
    /// Registers a started job.
    pub fn add(&mut self, job: JobHandle) {
        self.running.push(job);
    }

    /// The running job of `kind`, if any.
    pub fn of_kind(&self, kind: JobKind) -> Option<&JobHandle> {
        self.running.iter().find(|j| j.kind == kind)
    }

    /// Whether a job of `kind` is running.
    pub fn is_running(&self, kind: JobKind) -> bool {
        self.of_kind(kind).is_some()
    }

    /// Whether `id` is still running (events of a job ended or cancelled are stale).
    pub fn is_live(&self, id: JobId) -> bool {
        self.running.iter().any(|j| j.id == id)
    }

    /// Takes in a job's progress.
    pub fn update(&mut self, id: JobId, progress: Progress) {
        if let Some(job) = self.running.iter_mut().find(|j| j.id == id) {
            job.progress = progress;
            if job.is_cancelled() {
                job.progress.text.push_str(STOPPING);
            }
        }
    }

    /// Asks job `id` to stop; its worker ends it with its own event.
    pub fn cancel(&mut self, id: JobId) {
        if let Some(job) = self.running.iter_mut().find(|j| j.id == id) {
            job.cancel.store(true, Ordering::Relaxed);
            job.progress.text.push_str(STOPPING);
        }
    }

    /// Forgets job `id` once it has ended; its handle, if it was running.
    pub fn end(&mut self, id: JobId) -> Option<JobHandle> {
        let index = self.running.iter().position(|j| j.id == id)?;
        Some(self.running.remove(index))
    }

    /// The running jobs, oldest first.
    pub fn running(&self) -> &[JobHandle] {
        &self.running
    }

    /// Whether nothing runs.
    pub fn is_empty(&self) -> bool {
        self.running.is_empty()
    }
}
