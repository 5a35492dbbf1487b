//! Background jobs (`ui::jobs`): the status bar's list of running jobs, and the
//! autosave writer's worker.

use pitchkit::model::Project;
use pitchkit::storage::AutosaveSession;
use pitchkit::ui::jobs::autosave::AutosaveWriter;
use pitchkit::ui::jobs::{JobHandle, JobKind, Jobs, Progress};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use time::OffsetDateTime;

#[test]
fn jobs_are_found_updated_cancelled_and_ended() {
    let mut jobs = Jobs::default();
    let export = JobHandle::new(JobKind::Export, "Exporting");
    let id = export.id;
    let cancel = Arc::clone(&export.cancel);
    jobs.add(export);
    assert!(jobs.is_running(JobKind::Export));
    assert!(!jobs.is_running(JobKind::PhotoImport));
    jobs.update(
        id,
        Progress {
            fraction: 0.5,
            text: "Laying out".into(),
        },
    );
    assert_eq!(jobs.running()[0].progress.fraction, 0.5);
    jobs.cancel(id);
    assert!(cancel.load(Ordering::Relaxed));
    jobs.update(
        id,
        Progress {
            fraction: 0.6,
            text: "Fitting".into(),
        },
    );
    assert_eq!(jobs.running()[0].progress.text, "Fitting (stopping…)");
    assert!(jobs.running()[0].is_cancelled());
    assert!(jobs.end(id).is_some());
    assert!(!jobs.is_live(id));
    assert!(jobs.end(id).is_none());
    assert!(jobs.is_empty());
}

#[test]
fn writes_in_order_off_the_caller_and_finishes() {
    let data = tempfile::tempdir().unwrap();
    let session = AutosaveSession::start(data.path(), OffsetDateTime::UNIX_EPOCH).unwrap();
    let dir = session.dir().to_path_buf();
    let failures = Arc::new(Mutex::new(Vec::new()));
    let heard = Arc::clone(&failures);
    let writer = AutosaveWriter::start(session, move |e| heard.lock().unwrap().push(e)).unwrap();
    let project = Project::new("Ana");
    writer.write(&project, None, OffsetDateTime::UNIX_EPOCH);
    writer.close(true);
    assert!(dir.join(pitchkit::storage::PROJECT_FILE).is_file());
    assert!(failures.lock().unwrap().is_empty(), "no failure reported");

    let session = AutosaveSession::start(data.path(), OffsetDateTime::UNIX_EPOCH).unwrap();
    let dir = session.dir().to_path_buf();
    let writer = AutosaveWriter::start(session, |_| {}).unwrap();
    writer.write(&project, None, OffsetDateTime::UNIX_EPOCH);
    writer.clear();
    writer.close(false);
    assert!(!dir.exists(), "a clean exit removes the session folder");
}
