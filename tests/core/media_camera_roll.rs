//! A whole exported camera roll: nested folders walked, Live Photo videos set aside
//! and named once, edited copies showing the same picture as their original folded
//! into it, real edits kept.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use pitchkit::media::{
    ImportOptions, ImportStatus, collect_sources, fold_edited_outcomes, import_batch, summary_line,
};
use std::fs;
use std::path::Path;
use std::sync::atomic::AtomicBool;

/// A camera roll as the Photos app exports it, in `root`.
fn camera_roll(root: &Path) {
    let put = |name: &str, bytes: &[u8]| {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    };
    let read = |name: &str| fs::read(fixture(name)).unwrap();
    put("2025/06/IMG_0001.HEIC", &read("heic/rotated.heic"));
    put("2025/06/IMG_0001.MOV", b"\0\0\0\x14ftypqt  \0\0\0\0qt  ");
    // An edited copy that changed nothing visible: the same picture re-encoded.
    let upright = image::open(fixture("orientation/Landscape_1.jpg"))
        .unwrap()
        .to_rgb8();
    put("2025/07/IMG_0002.JPG", &read("orientation/Landscape_1.jpg"));
    put("2025/07/IMG_E0002.JPG", &jpeg_of(&upright, 90));
    // A real edit: a crop, another picture.
    let cropped = image::imageops::crop_imm(&upright, 40, 30, 300, 200).to_image();
    put("2025/07/IMG_0003.JPG", &read("orientation/Landscape_1.jpg"));
    put("2025/07/IMG_E0003.JPG", &jpeg_of(&cropped, 90));
    put(
        "2025/07/.thumbs/IMG_0002.JPG",
        &read("orientation/Landscape_1.jpg"),
    );
}

#[test]
fn a_camera_roll_imports_each_picture_once() {
    let dir = tempfile::tempdir().unwrap();
    let roll = dir.path().join("Photos export");
    camera_roll(&roll);
    let found = collect_sources(std::slice::from_ref(&roll)).unwrap();
    assert_eq!(found.photos.len(), 5, "{:?}", found.photos);
    assert_eq!(found.live_videos, [roll.join("2025/06/IMG_0001.MOV")]);
    assert_eq!(
        found.skipped_line().unwrap(),
        "1 Live Photo video skipped (its still is imported)"
    );

    let media = dir.path().join("media");
    let mut outcomes = import_batch(
        &media,
        &found.photos,
        &ImportOptions::default(),
        |_| {},
        &AtomicBool::new(false),
    );
    assert!(outcomes.iter().all(|(_, r)| r.is_ok()), "nothing refused");
    let lines = fold_edited_outcomes(&media, &mut outcomes);
    assert_eq!(
        lines,
        ["IMG_E0002.JPG is an edited copy of IMG_0002.JPG showing the same picture"]
    );
    let by_name = |name: &str| {
        outcomes
            .iter()
            .find(|(p, _)| p.file_name().unwrap() == name)
            .and_then(|(_, r)| r.as_ref().ok())
            .unwrap()
            .clone()
    };
    let copy = by_name("IMG_E0002.JPG");
    assert_eq!(copy.status, ImportStatus::Duplicate);
    assert_eq!(copy.media, by_name("IMG_0002.JPG").media);
    assert_eq!(
        by_name("IMG_E0003.JPG").status,
        ImportStatus::New,
        "a real edit stays"
    );
    // IMG_0003 is byte for byte IMG_0002: a plain duplicate.
    assert_eq!(summary_line(&outcomes), "3 imported, 2 duplicates");
    // The folded copy's own files were removed: 3 pictures × (master + thumbnail).
    assert_eq!(fs::read_dir(&media).unwrap().count(), 6);
}
