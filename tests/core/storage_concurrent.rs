//! Two Pitchkit processes and one bundle: the bundle lock (refused while held, free once
//! released, taken over from a killed process), the temporary file of a save another
//! process is writing (left alone by an open), and a `project.json` changed underneath
//! a save (refused, nothing written).
//!
//! The second process is this test binary run again with `PITCHKIT_CHILD_ROLE` set:
//! the test `child_process` then plays that role; in a normal run it does nothing.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::common::names_in;
use pitchkit::model::Project;
use pitchkit::storage::atomic::{self, AtomicOptions};
use pitchkit::storage::lock::{self, LOCK_FILE};
use pitchkit::storage::{self, BundleLock, LockError, StorageError};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROLE_VAR: &str = "PITCHKIT_CHILD_ROLE";
const DIR_VAR: &str = "PITCHKIT_CHILD_DIR";
/// The child's test, by its full name in the `core` test binary, for `--exact`.
const CHILD_TEST: &str = "storage_concurrent::child_process";
const READY: &str = "child-ready";
const RELEASE: &str = "child-release";
const WAIT: Duration = Duration::from_secs(60);

fn bundle_in(dir: &Path) -> PathBuf {
    dir.join("shared.pitchkit")
}

/// What the child does, by role, in `dir`; it says it is ready by writing `READY`
/// (holding a line of detail) and waits for `RELEASE` (or to be killed).
#[test]
fn child_process() {
    let (Ok(role), Some(dir)) = (std::env::var(ROLE_VAR), std::env::var_os(DIR_VAR)) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let bundle = bundle_in(&dir);
    match role.as_str() {
        "hold-lock" => {
            let lock = BundleLock::acquire(&bundle).unwrap();
            ready(&dir, &lock.holder().pid.to_string());
            wait_for_release(&dir);
            drop(lock);
        }
        "write-temp" => {
            let options = AtomicOptions::new(storage::TEMP_PREFIX);
            let target = storage::project_file(&bundle);
            let staged = atomic::stage(&target, b"{ \"half\": ", &options).unwrap();
            ready(&dir, &staged.temp_path().display().to_string());
            wait_for_release(&dir);
            drop(staged);
        }
        "save-other" => {
            storage::save(&bundle, &Project::new("Saved by the other window")).unwrap();
            ready(&dir, "saved");
        }
        other => panic!("unknown child role {other}"),
    }
}

fn ready(dir: &Path, detail: &str) {
    // Written whole under another name, then renamed: the parent never reads half.
    let temp = dir.join(format!("{READY}.tmp"));
    fs::write(&temp, detail).unwrap();
    fs::rename(&temp, dir.join(READY)).unwrap();
}

fn wait_for_release(dir: &Path) {
    let start = Instant::now();
    while !dir.join(RELEASE).exists() {
        assert!(start.elapsed() < WAIT, "never released");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Runs this test binary again as a child in `role`, and waits until it is ready;
/// returns the child and the detail it wrote.
fn spawn_child(role: &str, dir: &Path) -> (Child, String) {
    let _ = fs::remove_file(dir.join(READY));
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", CHILD_TEST, "--nocapture", "--test-threads", "1"])
        .env(ROLE_VAR, role)
        .env(DIR_VAR, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Ok(detail) = fs::read_to_string(dir.join(READY)) {
            return (child, detail);
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the {role} child stopped before it was ready: {status}");
        }
        assert!(start.elapsed() < WAIT, "the {role} child never got ready");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn new_bundle(dir: &Path) -> PathBuf {
    let bundle = bundle_in(dir);
    storage::create_new(&bundle, &Project::new("Maya Okafor")).unwrap();
    bundle
}

#[test]
fn a_second_process_is_told_who_holds_the_bundle_until_it_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let (mut child, pid) = spawn_child("hold-lock", dir.path());
    assert_eq!(pid, child.id().to_string());

    let Err(LockError::Held(holder)) = BundleLock::acquire(&bundle) else {
        panic!("the bundle was locked twice");
    };
    assert_eq!(holder.pid, child.id());
    assert_eq!(holder.host, lock::host_name());
    assert!(holder.since.ends_with('Z'), "{}", holder.since);
    let message = LockError::Held(holder).to_string();
    assert!(
        message.contains(&format!("Pitchkit (process {} on ", child.id())),
        "{message}"
    );
    // Reading is not editing: the project still opens.
    assert_eq!(storage::open(&bundle).unwrap(), Project::new("Maya Okafor"));

    fs::write(dir.path().join(RELEASE), b"").unwrap();
    assert!(child.wait().unwrap().success());
    assert!(
        !bundle.join(LOCK_FILE).exists(),
        "released locks leave no file"
    );
    let lock = BundleLock::acquire(&bundle).unwrap();
    assert_eq!(lock.took_over(), None);
    assert_eq!(lock.holder().pid, std::process::id());
}

#[test]
fn a_lock_left_by_a_killed_process_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let (mut child, _) = spawn_child("hold-lock", dir.path());
    let dead_pid = child.id();
    child.kill().unwrap();
    child.wait().unwrap();
    let left = fs::read_to_string(bundle.join(LOCK_FILE)).unwrap();
    assert!(left.contains(&dead_pid.to_string()), "{left}");

    let lock = BundleLock::acquire(&bundle).unwrap();
    let stale = lock.took_over().expect("the dead process's lock is named");
    assert_eq!(stale.pid, dead_pid);
    assert_eq!(stale.host, lock::host_name());
    let now = fs::read_to_string(bundle.join(LOCK_FILE)).unwrap();
    assert!(now.contains(&std::process::id().to_string()), "{now}");
    assert!(!now.contains(&dead_pid.to_string()), "{now}");
}

#[test]
fn an_open_leaves_the_temporary_file_of_a_save_another_process_is_writing() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let leftover = bundle.join(format!("{}killed", storage::TEMP_PREFIX));
    fs::write(&leftover, b"{ \"half").unwrap();
    let (mut child, temp) = spawn_child("write-temp", dir.path());
    let temp = PathBuf::from(temp);
    assert!(temp.starts_with(&bundle), "{}", temp.display());
    assert!(temp.is_file());

    storage::open(&bundle).unwrap();
    assert!(!leftover.exists(), "a leftover nobody writes is removed");
    assert!(
        temp.is_file(),
        "open removed a file another Pitchkit is writing"
    );
    storage::save(&bundle, &Project::new("Saved meanwhile")).unwrap();
    assert!(
        temp.is_file(),
        "save removed a file another Pitchkit is writing"
    );

    // Killed mid-write: now it is a leftover, and the next open tidies it away.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(temp.is_file());
    storage::open(&bundle).unwrap();
    assert!(!temp.exists(), "the killed save's temporary file stayed");
}

#[test]
fn a_save_over_a_file_another_process_saved_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let (mine, stamp) = storage::open_stamped(&bundle).unwrap();
    let (mut child, _) = spawn_child("save-other", dir.path());
    assert!(child.wait().unwrap().success());
    let theirs = fs::read(storage::project_file(&bundle)).unwrap();
    let backups = storage::backups(&bundle).unwrap();

    let err = storage::save_checked(&bundle, &mine, Some(&stamp)).unwrap_err();
    assert!(matches!(err, StorageError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(fs::read(storage::project_file(&bundle)).unwrap(), theirs);
    assert_eq!(storage::backups(&bundle).unwrap(), backups);
}

/// Rewrites project.json as another program would: the same length, the modification
/// time put back (as sync tools do).
fn change_underneath(bundle: &Path) -> Vec<u8> {
    let file = storage::project_file(bundle);
    let modified = fs::metadata(&file).unwrap().modified().unwrap();
    let text = fs::read_to_string(&file).unwrap();
    let changed = text.replace("Maya Okafor", "Maya Okafur");
    assert_ne!(changed, text);
    fs::write(&file, &changed).unwrap();
    fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    changed.into_bytes()
}

#[test]
fn save_checked_writes_nothing_over_a_file_changed_underneath() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = bundle_in(dir.path());
    let created = storage::create_new_stamped(&bundle, &Project::new("Maya Okafor")).unwrap();
    let (mut project, opened) = storage::open_stamped(&bundle).unwrap();
    assert_eq!(created, opened);
    assert_eq!(storage::disk_stamp(&bundle).unwrap(), Some(opened.clone()));

    project.creator.display_name = "Maya O.".to_owned();
    let saved = storage::save_checked(&bundle, &project, Some(&opened)).unwrap();
    assert_ne!(saved, opened);
    assert_eq!(storage::disk_stamp(&bundle).unwrap(), Some(saved.clone()));

    // Another program rewrites the file: same length, same modification time.
    project.creator.display_name = "Maya Okafor".to_owned();
    storage::save(&bundle, &project).unwrap();
    let theirs_stamp = storage::disk_stamp(&bundle).unwrap().unwrap();
    let theirs = change_underneath(&bundle);
    assert_eq!(
        storage::disk_stamp(&bundle).unwrap().unwrap().len_bytes(),
        theirs_stamp.len_bytes()
    );
    let before = names_in(&bundle);
    let backups = storage::backups(&bundle).unwrap();

    project.creator.display_name = "Mine".to_owned();
    let err = storage::save_checked(&bundle, &project, Some(&theirs_stamp)).unwrap_err();
    let file = storage::project_file(&bundle);
    assert!(matches!(err, StorageError::ChangedOnDisk { ref path } if *path == file));
    let message = err.to_string();
    assert!(
        message.starts_with("project.json was changed by another program since you opened it"),
        "{message}"
    );
    assert!(message.ends_with(&file.display().to_string()), "{message}");
    assert_eq!(
        fs::read(&file).unwrap(),
        theirs,
        "the other version was touched"
    );
    assert_eq!(names_in(&bundle), before, "something was written");
    assert_eq!(storage::backups(&bundle).unwrap(), backups);

    // Without a stamp, the creator's choice to overwrite: saved, and its stamp returned.
    let overwritten = storage::save_checked(&bundle, &project, None).unwrap();
    assert_eq!(storage::disk_stamp(&bundle).unwrap(), Some(overwritten));
    assert_eq!(storage::open(&bundle).unwrap(), project);
}

#[test]
fn a_deleted_project_json_counts_as_changed() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let (project, stamp) = storage::open_stamped(&bundle.join("project.json")).unwrap();
    fs::remove_file(storage::project_file(&bundle)).unwrap();
    assert_eq!(storage::disk_stamp(&bundle).unwrap(), None);
    let err = storage::save_checked(&bundle, &project, Some(&stamp)).unwrap_err();
    assert!(matches!(err, StorageError::ChangedOnDisk { .. }), "{err}");
    assert!(!storage::project_file(&bundle).exists());
}

#[test]
fn the_lock_file_is_never_part_of_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = new_bundle(dir.path());
    let lock = BundleLock::acquire(&bundle).unwrap();
    assert_eq!(lock.path(), bundle.join(LOCK_FILE));
    for n in 0..3 {
        storage::save(&bundle, &Project::new(&format!("Version {n}"))).unwrap();
    }
    assert_eq!(storage::open(&bundle).unwrap(), Project::new("Version 2"));
    let text = fs::read_to_string(storage::project_file(&bundle)).unwrap();
    assert!(!text.contains("lock") && !text.contains("pid"), "{text}");
    for backup in storage::backups(&bundle).unwrap() {
        assert!(backup.starts_with(bundle.join(storage::BACKUP_DIR)));
        assert!(!fs::read_to_string(&backup).unwrap().contains("pid"));
    }
    assert!(names_in(&storage::media_dir(&bundle)).is_empty());
    assert!(
        bundle.join(LOCK_FILE).is_file(),
        "the lock stays while held"
    );
    drop(lock);
    assert_eq!(names_in(&bundle), ["backups", "media", "project.json"]);
}
