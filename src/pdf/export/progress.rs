//! Export progress: the stages of an export ([`ExportStage`]), how far it is
//! ([`ExportProgress`]), and the reporter that passes progress on from any thread in
//! order, never going down.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where an export is, for a progress bar's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStage {
    /// Reading the photos' headers and the accent palette.
    ReadingPhotos,
    /// Laying the pages out.
    LayingOut,
    /// Preparing the photos as stored: `done` of `total`.
    EmbeddingPhotos {
        /// Photos ready.
        done: usize,
        /// Photos to prepare.
        total: usize,
    },
    /// Rendering the pages into a PDF (fonts subset, file assembled).
    Assembling,
    /// Making photos smaller to fit the size budget: step `step` of `steps`.
    FittingBudget {
        /// The step under way (1-based).
        step: usize,
        /// The most steps there can be.
        steps: usize,
    },
    /// Writing the file.
    Writing,
    /// Finished.
    Done,
}

impl ExportStage {
    /// The stage in words: "Embedding photos 3/12", "Fitting the size budget (step 2
    /// of 9)".
    pub fn label(&self) -> String {
        match *self {
            Self::ReadingPhotos => "Reading photos".to_owned(),
            Self::LayingOut => "Laying out".to_owned(),
            Self::EmbeddingPhotos { done, total } => format!("Embedding photos {done}/{total}"),
            Self::Assembling => "Assembling the PDF".to_owned(),
            Self::FittingBudget { step, steps } => {
                format!("Fitting the size budget (step {step} of {steps})")
            }
            Self::Writing => "Writing".to_owned(),
            Self::Done => "Done".to_owned(),
        }
    }
}

/// How far an export is: the stage and the share done, from 0 to 1. The share never
/// goes down from one report to the next, and the last report is [`ExportStage::Done`]
/// at exactly 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportProgress {
    /// What it is doing.
    pub stage: ExportStage,
    /// Share done, 0..=1.
    pub fraction: f32,
}

// Where each stage's share begins (reading the photos begins at 0).
/// Laying out begins at 10 %.
pub(super) const AT_LAYOUT: f32 = 0.10;
/// Preparing the photos as stored: 20 % to 65 %, photo by photo.
const AT_EMBEDDING: f32 = 0.20;
/// Rendering the PDF from them begins at 65 %.
const AT_ASSEMBLING: f32 = 0.65;
/// The size budget's steps: 70 % to 90 %, photo by photo within a step.
const AT_FITTING: f32 = 0.70;
/// Writing the file begins at 90 %; done is 100 %.
pub(super) const AT_WRITING: f32 = 0.90;

/// Passes progress to a callback from any thread, in order and never going down.
pub struct Reporter<'a> {
    callback: &'a (dyn Fn(ExportProgress) + Sync),
    last: Mutex<f32>,
    cancel: Option<&'a AtomicBool>,
}

impl<'a> Reporter<'a> {
    /// A reporter to `callback`, starting from 0.
    pub fn new(callback: &'a (dyn Fn(ExportProgress) + Sync)) -> Self {
        Self {
            callback,
            last: Mutex::new(0.0),
            cancel: None,
        }
    }

    /// A reporter that also answers [`Reporter::cancelled`] from `cancel`.
    pub(crate) fn cancellable(
        callback: &'a (dyn Fn(ExportProgress) + Sync),
        cancel: &'a AtomicBool,
    ) -> Self {
        Self {
            cancel: Some(cancel),
            ..Self::new(callback)
        }
    }

    /// Whether the export was asked to stop (checked between stages).
    pub(crate) fn cancelled(&self) -> bool {
        self.cancel.is_some_and(|c| c.load(Ordering::Relaxed))
    }

    /// Reports `stage` at `fraction` (raised to the last share reported, at most 1).
    pub fn report(&self, stage: ExportStage, fraction: f32) {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        let fraction = if fraction.is_finite() {
            fraction.clamp(*last, 1.0)
        } else {
            *last
        };
        *last = fraction;
        (self.callback)(ExportProgress { stage, fraction });
    }

    /// Photo `done` of `total` prepared as stored.
    pub(crate) fn embedding(&self, done: usize, total: usize) {
        let share = done as f32 / total.max(1) as f32;
        self.report(
            ExportStage::EmbeddingPhotos { done, total },
            AT_EMBEDDING + (AT_ASSEMBLING - AT_EMBEDDING) * share,
        );
    }

    /// The PDF being rendered from the photos as stored.
    pub(crate) fn assembling(&self) {
        self.report(ExportStage::Assembling, AT_ASSEMBLING);
    }

    /// Budget step `step` (0-based) of `steps`, with `done` of `total` photos of it.
    pub fn fitting(&self, step: usize, steps: usize, done: usize, total: usize) {
        let share = (step as f32 + done as f32 / total.max(1) as f32) / steps.max(1) as f32;
        self.report(
            ExportStage::FittingBudget {
                step: step + 1,
                steps,
            },
            AT_FITTING + (AT_WRITING - AT_FITTING) * share.min(1.0),
        );
    }
}
