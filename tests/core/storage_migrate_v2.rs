//! Format 2 → 3: a real version-2 `project.json` (the demo as `pitchkit demo` wrote it
//! before pitches) opens unchanged, saves byte for byte the same but for its version,
//! and round-trips; version-2 errors keep their line and column.
#![allow(clippy::unwrap_used)]

use pitchkit::model::{Project, SCHEMA_MINOR, SCHEMA_VERSION};
use pitchkit::storage::{self, StorageError};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn v2_bytes() -> Vec<u8> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage/v2-demo-project.json");
    fs::read(path).unwrap()
}

fn bundle_with(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("old.pitchkit");
    fs::create_dir_all(&bundle).unwrap();
    fs::write(bundle.join("project.json"), bytes).unwrap();
    (dir, bundle)
}

/// The version-2 text with only its version changed to the current one.
fn as_current_version(v2: &[u8]) -> String {
    let text = String::from_utf8(v2.to_vec()).unwrap();
    let old = "{\n  \"schema_version\": 2,\n";
    assert!(text.starts_with(old), "the fixture is not a version-2 file");
    text.replacen(
        old,
        &format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n"),
        1,
    )
}

#[test]
fn the_fixture_is_a_version_2_file_without_pitches() {
    let value: Value = serde_json::from_slice(&v2_bytes()).unwrap();
    assert_eq!(value["schema_version"], 2);
    assert!(value.get("pitches").is_none());
    for collab in value["collaborations"].as_array().unwrap() {
        assert!(collab.get("competing").is_none());
    }
}

#[test]
fn a_version_2_file_opens_unchanged_as_the_current_version() {
    let original = v2_bytes();
    let (_dir, bundle) = bundle_with(&original);
    let project = storage::open(&bundle).unwrap();
    assert_eq!(project.schema_version, SCHEMA_VERSION);
    assert_eq!(project.schema_minor, SCHEMA_MINOR);
    assert!(project.pitches.is_empty());
    assert!(project.collaborations.iter().all(|c| !c.competing));
    assert!(project.extra.is_empty(), "nothing was left unread");
    // Every value in the file is in the project, as it was.
    let mut opened = serde_json::to_value(&project).unwrap();
    let mut file: Value = serde_json::from_slice(&original).unwrap();
    opened["schema_version"] = Value::Null;
    file["schema_version"] = Value::Null;
    assert_eq!(opened, file);
    // Opening never writes.
    assert_eq!(fs::read(bundle.join("project.json")).unwrap(), original);
}

#[test]
fn a_version_2_file_saves_the_same_bytes_but_for_its_version_and_round_trips() {
    let original = v2_bytes();
    let (_dir, bundle) = bundle_with(&original);
    let project = storage::open(&bundle).unwrap();
    storage::save(&bundle, &project).unwrap();
    let saved = fs::read_to_string(bundle.join("project.json")).unwrap();
    assert_eq!(saved, as_current_version(&original));
    assert_eq!(storage::open(&bundle).unwrap(), project);
    // The version-2 original is kept as the first backup.
    let backups = storage::backups(&bundle).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(fs::read(&backups[0]).unwrap(), original);
}

#[test]
fn a_version_2_file_reads_as_the_same_file_in_the_current_version() {
    let path = Path::new("/p/project.json");
    let old = storage::parse_project(&v2_bytes(), path).unwrap();
    let new = storage::parse_project(as_current_version(&v2_bytes()).as_bytes(), path).unwrap();
    assert_eq!(old, new);
}

#[test]
fn a_wrong_value_in_a_version_2_file_is_reported_with_line_and_column() {
    let text = "{\n  \"schema_version\": 2,\n  \"creator\": {\"display_name\": \"A\"},\n  \"platforms\": [{\"kind\": \"instagram\", \"followers\": -3}]\n}\n";
    let error = storage::parse_project(text.as_bytes(), Path::new("/p/project.json")).unwrap_err();
    let StorageError::InvalidValue {
        field, position, ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(field, "platforms[0].followers");
    assert_eq!(position.map(|(line, _)| line), Some(4), "{error}");
}

#[test]
fn a_project_with_pitches_and_competing_collaborations_round_trips() {
    let mut project: Project = pitchkit::sample::demo_project().unwrap();
    assert!(!project.pitches.is_empty(), "the demo has pitches");
    project.collaborations[1].competing = true;
    let bytes = storage::to_json(&project).unwrap();
    let back = storage::parse_project(&bytes, Path::new("/p/project.json")).unwrap();
    assert_eq!(back, project);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.matches("\"competing\": true").count(), 1);
    assert!(!text.contains("\"competing\": false"), "false is left out");
}
