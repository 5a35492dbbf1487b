//! Batch import: order kept, progress reported, cancellation honoured, duplicates
//! within a batch kept once, and the gallery's look from the imported palettes.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use pitchkit::media::{
    ImportOptions, ImportStatus, Problem, Progress, gallery_look, import_batch, outcome_line,
    summary_line,
};
use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

#[test]
fn batch_imports_in_order_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("readme.jpg");
    fs::write(&text, "not a photo").unwrap();
    let sources: Vec<PathBuf> = vec![
        fixture("orientation/Landscape_6.jpg"),
        fixture("camera/DSCN0010.jpg"),
        text.clone(),
        fixture("heic/samplefilehub.heif"),
        fixture("camera/DSCN0010.jpg"),
        fixture("orientation/Portrait_8.jpg"),
    ];
    let media = dir.path().join("media");
    let seen = Mutex::new(Vec::<Progress>::new());
    let outcomes = import_batch(
        &media,
        &sources,
        &ImportOptions::default(),
        |p| seen.lock().unwrap().push(p),
        &AtomicBool::new(false),
    );
    let paths: Vec<_> = outcomes.iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(paths, sources);
    let statuses: Vec<Option<ImportStatus>> = outcomes
        .iter()
        .map(|(_, r)| r.as_ref().ok().map(|i| i.status))
        .collect();
    assert_eq!(statuses[2], None);
    assert_eq!(statuses[3], Some(ImportStatus::New), "HEIF imports too");
    // The same photo twice in one batch: one new, one duplicate, one file.
    let mut twice = [statuses[1], statuses[4]];
    twice.sort_by_key(|s| *s == Some(ImportStatus::Duplicate));
    assert_eq!(
        twice,
        [Some(ImportStatus::New), Some(ImportStatus::Duplicate)]
    );
    assert_eq!(
        fs::read_dir(&media).unwrap().count(),
        8,
        "4 photos × (master + thumbnail)"
    );

    let progress = seen.into_inner().unwrap();
    assert_eq!(progress.len(), 6);
    let mut done: Vec<usize> = progress.iter().map(|p| p.done).collect();
    done.sort_unstable();
    assert_eq!(done, [1, 2, 3, 4, 5, 6]);
    assert!(progress.iter().all(|p| p.total == 6));
    assert_eq!(progress.iter().filter(|p| !p.ok).count(), 1);

    assert!(outcome_line(&outcomes[0]).starts_with("imported  Landscape_6.jpg → "));
    assert!(outcome_line(&outcomes[2]).starts_with("refused   This file holds text"));
    assert_eq!(
        summary_line(&outcomes),
        "4 imported, 1 duplicate, 1 refused"
    );
}

#[test]
fn cancelled_batch_starts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sources = vec![
        fixture("camera/DSCN0010.jpg"),
        fixture("orientation/Landscape_1.jpg"),
    ];
    let media = dir.path().join("media");
    let outcomes = import_batch(
        &media,
        &sources,
        &ImportOptions::default(),
        |_| {},
        &AtomicBool::new(true),
    );
    assert_eq!(outcomes.len(), 2);
    for (path, result) in &outcomes {
        let err = result.as_ref().unwrap_err();
        assert!(matches!(err.problem, Problem::Cancelled));
        assert!(err.to_string().ends_with(&path.display().to_string()));
    }
    assert!(!media.exists());
}

#[test]
fn gallery_look_from_imported_photos() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    let sources: Vec<PathBuf> = ["Landscape_1", "Landscape_3", "Landscape_6", "Landscape_8"]
        .iter()
        .map(|n| fixture(&format!("orientation/{n}.jpg")))
        .collect();
    let outcomes = import_batch(
        &media,
        &sources,
        &ImportOptions::default(),
        |_| {},
        &AtomicBool::new(false),
    );
    let palettes: Vec<_> = outcomes
        .iter()
        .map(|(_, r)| r.as_ref().unwrap().palette.clone())
        .collect();
    let same = gallery_look(&palettes).unwrap();
    assert!(
        same.cohesion >= 90,
        "the same scene four times: {}",
        same.cohesion
    );
    assert!(!same.palette.swatches.is_empty() && same.palette.swatches.len() <= 5);

    // Add a flat magenta and a flat black picture: cohesion drops.
    let mut mixed = palettes.clone();
    for (name, colour) in [("m.png", [255u8, 0, 255]), ("k.png", [0, 0, 0])] {
        let path = dir.path().join(name);
        image::RgbImage::from_pixel(64, 64, image::Rgb(colour))
            .save(&path)
            .unwrap();
        let imported =
            pitchkit::media::import_file(&media, &path, &ImportOptions::default()).unwrap();
        mixed.push(imported.palette);
    }
    let chaotic = gallery_look(&mixed).unwrap();
    assert!(
        chaotic.cohesion + 30 < same.cohesion,
        "{} vs {}",
        chaotic.cohesion,
        same.cohesion
    );
}
