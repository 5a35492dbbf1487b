//! The bundle lock: its holder, one window at a time, errors.

use crate::dates::datetime;
use pitchkit::storage::lock::*;
use std::fs;

#[test]
fn holder_reads_plainly() {
    let holder = LockHolder {
        pid: 4321,
        host: "studio".to_owned(),
        since: "2026-12-01T21:04:37Z".to_owned(),
    };
    assert_eq!(
        holder.to_string(),
        "Pitchkit (process 4321 on studio, since 2026-12-01 21:04 UTC)"
    );
    let message = LockError::Held(holder).to_string();
    assert!(
        message.contains("already open in Pitchkit (process 4321 on studio"),
        "{message}"
    );
    assert_eq!(
        LockHolder::unknown().to_string(),
        "another Pitchkit window (it could not say which)"
    );
}

#[test]
fn this_process_is_utc_to_the_second() {
    let now = datetime("2026-12-01T22:04:37.5+01:00");
    let holder = LockHolder::this_process(now);
    assert_eq!(holder.pid, std::process::id());
    assert_eq!(holder.since, "2026-12-01T21:04:37Z");
    assert!(!holder.host.is_empty());
}

#[test]
fn second_acquire_is_refused_and_drop_releases() {
    let dir = tempfile::tempdir().unwrap();
    let lock = BundleLock::acquire(dir.path()).unwrap();
    assert_eq!(lock.took_over(), None);
    assert_eq!(lock.holder().pid, std::process::id());
    let on_disk: LockHolder =
        serde_json::from_slice(&fs::read(dir.path().join(LOCK_FILE)).unwrap()).unwrap();
    assert_eq!(&on_disk, lock.holder());

    let Err(LockError::Held(holder)) = BundleLock::acquire(dir.path()) else {
        panic!("a second lock on the same bundle was granted");
    };
    assert_eq!(&holder, lock.holder());

    drop(lock);
    assert!(
        !dir.path().join(LOCK_FILE).exists(),
        "the lock file is removed"
    );
    let again = BundleLock::acquire(dir.path()).unwrap();
    assert_eq!(again.took_over(), None);
}

#[test]
fn a_missing_bundle_is_an_io_error_naming_the_lock_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = BundleLock::acquire(&dir.path().join("gone.pitchkit")).unwrap_err();
    assert!(matches!(err, LockError::Io { .. }), "{err}");
    assert!(err.to_string().ends_with(LOCK_FILE), "{err}");
}
