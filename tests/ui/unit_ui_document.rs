//! The open project (`ui::document`): the bundle's extension, save-as with the photos,
//! a file changed by another program, and the lock a second window meets.
#![allow(clippy::unwrap_used)] // its helper, like the tests it serves

use pitchkit::actions::{Action, CreatorField, TextField};
use pitchkit::storage::{self, StorageError};
use pitchkit::ui::document::{Document, with_bundle_extension};
use std::path::{Path, PathBuf};

#[test]
fn extension_added_once() {
    assert_eq!(
        with_bundle_extension(Path::new("/a/Maya")),
        PathBuf::from("/a/Maya.pitchkit")
    );
    assert_eq!(
        with_bundle_extension(Path::new("/a/Maya.pitchkit")),
        PathBuf::from("/a/Maya.pitchkit")
    );
}

#[test]
fn demo_save_as_copies_photos_and_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::demo().unwrap();
    doc.apply(
        Action::SetText {
            field: TextField::Creator(CreatorField::Tagline),
            value: "New line".into(),
        },
        true,
    )
    .unwrap();
    assert!(doc.is_dirty());
    assert!(doc.title().starts_with("• "));
    let problems = doc.save_as(&dir.path().join("maya")).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!doc.is_dirty());
    let bundle = doc.bundle().unwrap().to_path_buf();
    assert!(bundle.ends_with("maya.pitchkit"));
    for sample in &doc.project().samples {
        assert!(
            storage::media_dir(&bundle)
                .join(&sample.media.file)
                .is_file()
        );
    }
    doc.release();
    let reopened = Document::open(&bundle).unwrap();
    assert_eq!(reopened.project(), doc.project());
    // A second save-as onto the same folder is refused, nothing replaced.
    assert!(doc.save_as(&bundle).is_err());
}

fn saved_demo(dir: &Path) -> PathBuf {
    let mut doc = Document::demo().unwrap();
    doc.save_as(&dir.join("maya")).unwrap();
    doc.bundle().unwrap().to_path_buf()
}

#[test]
fn a_file_changed_by_another_program_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = saved_demo(dir.path());
    let mut doc = Document::open(&bundle).unwrap();
    doc.apply(
        Action::SetText {
            field: TextField::Creator(CreatorField::Tagline),
            value: "Mine".into(),
        },
        false,
    )
    .unwrap();
    // A sync tool writes another version.
    let mut theirs = doc.project().clone();
    theirs.creator.tagline = "Theirs".into();
    let file = storage::project_file(&bundle);
    std::fs::write(&file, storage::to_json(&theirs).unwrap()).unwrap();
    let before = std::fs::read(&file).unwrap();

    let refused = doc.save();
    assert!(
        matches!(refused, Err(StorageError::ChangedOnDisk { .. })),
        "{refused:?}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing written");
    assert!(doc.is_dirty());

    doc.overwrite().unwrap();
    assert_eq!(storage::open(&bundle).unwrap().creator.tagline, "Mine");
    // Saved by this window: the next save needs no question.
    doc.save().unwrap();
}

#[test]
fn a_second_document_on_the_same_bundle_is_read_only_until_the_first_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = saved_demo(dir.path());
    let first = Document::open(&bundle).unwrap();
    assert!(first.locked_by().is_none());
    let second = Document::open(&bundle).unwrap();
    let holder = second.locked_by().expect("read-only");
    assert_eq!(holder.pid, std::process::id());
    drop(second);
    drop(first);
    let third = Document::open(&bundle).unwrap();
    assert!(third.locked_by().is_none());
}
