//! Export progress: the callback hears every stage in order with shares that never go
//! down and end at exactly 1, through the size budget too; and nothing after a failure.
#![allow(clippy::unwrap_used)]

use pitchkit::model::{PageSize, Theme};
use pitchkit::pdf::export::{
    ExportProgress, ExportStage, export_kit_with_progress, render_kit_with_progress,
};
use pitchkit::pdf::{ExportOptions, MediaSource};
use pitchkit::sample::demo_project;
use std::sync::Mutex;

fn options(max_size_bytes: u64) -> ExportOptions {
    ExportOptions {
        theme: Theme::CleanLight,
        page_size: PageSize::A4,
        max_size_bytes,
        length: pitchkit::model::KitLength::Full,
        created: crate::dates::datetime("2026-11-16T09:30:00Z"),
    }
}

/// Checks the shares rise (never fall), stay in 0..=1 and end at exactly 1 with Done.
fn check_rising_to_one(heard: &[ExportProgress]) {
    assert!(heard.len() >= 4, "too few reports: {heard:?}");
    assert_eq!(heard[0].fraction, 0.0, "{heard:?}");
    for pair in heard.windows(2) {
        assert!(
            pair[1].fraction >= pair[0].fraction,
            "the share went down: {pair:?}"
        );
    }
    assert!(heard.iter().all(|p| (0.0..=1.0).contains(&p.fraction)));
    let last = heard.last().unwrap();
    assert_eq!(last.stage, ExportStage::Done);
    assert_eq!(last.fraction, 1.0);
    let done = heard
        .iter()
        .filter(|p| p.stage == ExportStage::Done)
        .count();
    assert_eq!(done, 1, "Done is said once, at the end");
}

fn position(heard: &[ExportProgress], wanted: impl Fn(&ExportStage) -> bool) -> usize {
    heard
        .iter()
        .position(|p| wanted(&p.stage))
        .unwrap_or_else(|| panic!("stage missing: {heard:?}"))
}

#[test]
fn the_demo_export_reports_each_stage_in_order_up_to_one() {
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.pdf");
    let heard = Mutex::new(Vec::new());
    let report = export_kit_with_progress(
        &project,
        &MediaSource::demo(),
        &options(50 * 1024 * 1024),
        &out,
        &|p| heard.lock().unwrap().push(p),
    )
    .unwrap();
    assert!(report.pages >= 4);
    let heard = heard.into_inner().unwrap();
    check_rising_to_one(&heard);

    let layout = position(&heard, |s| *s == ExportStage::LayingOut);
    let photos = position(&heard, |s| matches!(s, ExportStage::EmbeddingPhotos { .. }));
    let assembling = position(&heard, |s| *s == ExportStage::Assembling);
    let writing = position(&heard, |s| *s == ExportStage::Writing);
    assert!(position(&heard, |s| *s == ExportStage::ReadingPhotos) < layout);
    assert!(layout < photos && photos < assembling && assembling < writing);
    assert!(
        !heard
            .iter()
            .any(|p| matches!(p.stage, ExportStage::FittingBudget { .. })),
        "a roomy budget needs no fitting"
    );

    // Every photo is counted once, 0/n up to n/n.
    let counts: Vec<(usize, usize)> = heard
        .iter()
        .filter_map(|p| match p.stage {
            ExportStage::EmbeddingPhotos { done, total } => Some((done, total)),
            _ => None,
        })
        .collect();
    let total = counts[0].1;
    assert!(total >= 1, "the demo places photos");
    let done: Vec<usize> = counts.iter().map(|c| c.0).collect();
    assert_eq!(done, (0..=total).collect::<Vec<_>>());
    assert_eq!(
        ExportStage::EmbeddingPhotos { done: 3, total: 12 }.label(),
        "Embedding photos 3/12"
    );
}

#[test]
fn fitting_the_size_budget_is_reported_step_by_step() {
    let project = demo_project().unwrap();
    let roomy = pitchkit::pdf::render_kit(&project, &MediaSource::demo(), &options(u64::MAX))
        .unwrap()
        .bytes
        .len() as u64;
    let heard = Mutex::new(Vec::new());
    let pdf = render_kit_with_progress(
        &project,
        &MediaSource::demo(),
        &options(roomy * 6 / 10),
        &|p| heard.lock().unwrap().push(p),
    )
    .unwrap();
    assert!(pdf.budget.is_some(), "the photos had to be made smaller");
    let heard = heard.into_inner().unwrap();
    check_rising_to_one(&heard);
    let steps: Vec<(usize, usize)> = heard
        .iter()
        .filter_map(|p| match p.stage {
            ExportStage::FittingBudget { step, steps } => Some((step, steps)),
            _ => None,
        })
        .collect();
    assert!(!steps.is_empty(), "{heard:?}");
    assert!(steps.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(steps[0].0, 1);
    assert!(steps.iter().all(|&(step, steps)| step <= steps));
    assert!(
        !heard.iter().any(|p| p.stage == ExportStage::Writing),
        "nothing is written in memory"
    );
}

#[test]
fn a_failed_export_never_says_done() {
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let heard = Mutex::new(Vec::new());
    let result = export_kit_with_progress(
        &project,
        &MediaSource::demo(),
        &options(2_000),
        &dir.path().join("kit.pdf"),
        &|p| heard.lock().unwrap().push(p),
    );
    assert!(result.is_err());
    let heard = heard.into_inner().unwrap();
    assert!(!heard.iter().any(|p| p.stage == ExportStage::Done));
    assert!(heard.windows(2).all(|w| w[1].fraction >= w[0].fraction));
}

#[test]
fn a_cancelled_export_stops_before_writing_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.pdf");
    let cancel = std::sync::atomic::AtomicBool::new(true);
    let heard = Mutex::new(Vec::new());
    let result = pitchkit::pdf::export::export_kit_cancellable(
        &demo_project().unwrap(),
        &MediaSource::demo(),
        &options(u64::MAX),
        &out,
        &|p| heard.lock().unwrap().push(p),
        &cancel,
    );
    assert!(
        matches!(result, Err(pitchkit::pdf::ExportError::Cancelled)),
        "{result:?}"
    );
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let heard = heard.into_inner().unwrap();
    assert!(heard.iter().all(|p| p.stage != ExportStage::Done));

    // Not cancelled: the same call writes the kit.
    cancel.store(false, std::sync::atomic::Ordering::Relaxed);
    pitchkit::pdf::export::export_kit_cancellable(
        &demo_project().unwrap(),
        &MediaSource::demo(),
        &options(u64::MAX),
        &out,
        &|_| {},
        &cancel,
    )
    .unwrap();
    assert!(out.is_file());
}
