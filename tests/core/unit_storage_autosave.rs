//! Autosave: the debounce, and snapshots offered for recovery after a crash only.

use crate::dates::datetime;
use pitchkit::model::Project;
use pitchkit::storage::PROJECT_FILE;
use pitchkit::storage::autosave::*;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};
use time::OffsetDateTime;

fn now() -> OffsetDateTime {
    datetime("2026-11-15T10:00:00Z")
}

#[test]
fn debounce_waits_for_quiet() {
    let start = Instant::now();
    let mut d = Debounce::new(Duration::from_secs(3));
    assert!(!d.take_due(start));
    d.note_edit(start);
    assert!(!d.take_due(start + Duration::from_secs(2)));
    d.note_edit(start + Duration::from_secs(2));
    assert!(!d.take_due(start + Duration::from_secs(4)));
    assert!(d.take_due(start + Duration::from_secs(5)));
    assert!(!d.take_due(start + Duration::from_secs(9)), "fires once");
}

#[test]
fn snapshot_survives_a_crash_and_not_a_clean_exit() {
    let data = tempfile::tempdir().unwrap();
    let project = Project::new("Maya Okafor");
    let bundle = Path::new("/somewhere/maya.pitchkit");

    let session = AutosaveSession::start(data.path(), now()).unwrap();
    session.write(&project, Some(bundle), now()).unwrap();
    // While the session lives, nothing is offered for recovery.
    assert!(recoverable(data.path()).is_empty());
    drop(session); // a crash: the folder stays, the lock goes

    let found = recoverable(data.path());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].bundle.as_deref(), Some(bundle));
    assert_eq!(found[0].display_name, "Maya Okafor");
    assert_eq!(found[0].written_at, Some(now()));
    assert_eq!(found[0].load().unwrap(), project);
    found[0].discard().unwrap();
    assert!(recoverable(data.path()).is_empty());

    let session = AutosaveSession::start(data.path(), now()).unwrap();
    session.write(&project, None, now()).unwrap();
    session.finish().unwrap();
    assert!(recoverable(data.path()).is_empty());
}

#[test]
fn cleared_session_leaves_nothing_to_recover() {
    let data = tempfile::tempdir().unwrap();
    let session = AutosaveSession::start(data.path(), now()).unwrap();
    session.write(&Project::new("A"), None, now()).unwrap();
    assert!(session.has_snapshot());
    session.clear().unwrap();
    assert!(!session.has_snapshot());
    drop(session);
    assert!(recoverable(data.path()).is_empty());
    // The empty folder of the ended session was tidied away.
    let left = fs::read_dir(data.path().join(AUTOSAVE_DIR))
        .unwrap()
        .count();
    assert_eq!(left, 0);
}

#[test]
fn corrupt_snapshot_reports_and_stays() {
    let data = tempfile::tempdir().unwrap();
    let session = AutosaveSession::start(data.path(), now()).unwrap();
    session.write(&Project::new("A"), None, now()).unwrap();
    let file = session.dir().join(PROJECT_FILE);
    fs::write(&file, b"{ broken").unwrap();
    drop(session);
    let found = recoverable(data.path());
    assert_eq!(found.len(), 1);
    let err = found[0].load().unwrap_err().to_string();
    assert!(err.contains("not valid JSON"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), b"{ broken");
}
