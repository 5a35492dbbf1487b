//! Atomic file writes: replacing, keeping, permissions, staged writes, leftovers tidied.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::common::names_in;
use pitchkit::storage::atomic::*;
use std::fs::{self, File};
use std::io;
use std::path::Path;
use std::time::{Duration, SystemTime};

const PREFIX: &str = ".t.tmp-";

#[test]
fn writes_replaces_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.json");
    write_atomic(&target, b"one", &AtomicOptions::new(PREFIX)).unwrap();
    write_atomic(&target, b"two", &AtomicOptions::new(PREFIX)).unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"two");
    assert_eq!(names_in(dir.path()), ["a.json"]);
}

#[test]
fn keep_existing_leaves_the_first_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.jpg");
    let options = AtomicOptions::new(PREFIX).replace(Replace::KeepExisting);
    write_atomic(&target, b"one", &options).unwrap();
    let err = write_atomic(&target, b"two", &options).unwrap_err();
    assert!(matches!(err, AtomicError::AlreadyExists { .. }), "{err}");
    assert_eq!(err.into_io().kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&target).unwrap(), b"one");
    assert_eq!(names_in(dir.path()), ["a.jpg"]);
}

#[cfg(unix)]
#[test]
fn permissions_private_kept_or_readable() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let private = dir.path().join("private");
    write_atomic(&private, b"x", &AtomicOptions::new(PREFIX)).unwrap();
    assert_eq!(mode(&private), 0o600);

    let kept = dir.path().join("kept");
    fs::write(&kept, b"old").unwrap();
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).unwrap();
    let keep = AtomicOptions::new(PREFIX).permissions(NewPermissions::KeepPrevious);
    write_atomic(&kept, b"new", &keep).unwrap();
    assert_eq!(mode(&kept), 0o640);

    let readable = dir.path().join("readable");
    let options = AtomicOptions::new(PREFIX).permissions(NewPermissions::Readable);
    write_atomic(&readable, b"x", &options).unwrap();
    assert_eq!(mode(&readable) & 0o044, 0o044, "{:o}", mode(&readable));
}

#[test]
fn a_staged_write_dropped_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.json");
    fs::write(&target, b"old").unwrap();
    let staged = stage(&target, b"new", &AtomicOptions::new(PREFIX)).unwrap();
    assert!(staged.temp_path().is_file());
    assert_eq!(fs::read(staged.temp_path()).unwrap(), b"new");
    drop(staged);
    assert_eq!(fs::read(&target).unwrap(), b"old");
    assert_eq!(names_in(dir.path()), ["a.json"]);
}

#[test]
fn cleanup_spares_a_write_in_progress_and_removes_leftovers() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.json");
    let staged = stage(&target, b"new", &AtomicOptions::new(PREFIX)).unwrap();
    let leftover = dir.path().join(format!("{PREFIX}left"));
    fs::write(&leftover, b"half").unwrap();
    let unrelated = dir.path().join("notes.txt");
    fs::write(&unrelated, b"keep").unwrap();

    remove_abandoned_temp_files(dir.path(), PREFIX);
    assert!(!leftover.exists(), "an unlocked leftover is removed");
    assert!(
        staged.temp_path().is_file(),
        "a locked write in progress stays"
    );
    assert!(unrelated.is_file());
    staged.commit().unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"new");
}

#[test]
fn a_write_whose_temporary_file_is_tidied_away_still_succeeds() {
    // Tidy-ups run between writes, as often as possible: every write still lands.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.json");
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                remove_abandoned_temp_files(dir.path(), PREFIX);
            }
        });
        for n in 0..200u32 {
            let text = n.to_string();
            write_atomic(&target, text.as_bytes(), &AtomicOptions::new(PREFIX)).unwrap();
            assert_eq!(fs::read(&target).unwrap(), text.as_bytes());
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

#[test]
fn age_rule() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f");
    fs::write(&file, b"x").unwrap();
    assert!(!is_older_than(&file, ABANDONED_AFTER));
    let old = SystemTime::now() - ABANDONED_AFTER - Duration::from_secs(60);
    File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(old)
        .unwrap();
    assert!(is_older_than(&file, ABANDONED_AFTER));
}
