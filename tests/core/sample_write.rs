//! `write_demo`: writes a complete bundle, refuses existing paths, leaves no debris.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::common::names_in;
use pitchkit::sample::{
    DEMO_MEDIA_LICENSES, DEMO_PROJECT_JSON, SampleError, demo_media, write_demo,
};
use std::fs;

#[test]
fn writes_a_complete_bundle_with_the_embedded_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("Orbit & Oat.pitchkit");
    write_demo(&bundle).unwrap();

    assert_eq!(
        names_in(dir.path()),
        ["Orbit & Oat.pitchkit"],
        "no temporary folder left behind"
    );
    assert_eq!(names_in(&bundle), ["media", "project.json"]);
    assert_eq!(
        fs::read(bundle.join("project.json")).unwrap(),
        DEMO_PROJECT_JSON.as_bytes()
    );
    let mut expected: Vec<String> = demo_media().iter().map(|(n, _)| (*n).to_owned()).collect();
    expected.push("LICENSES.md".to_owned());
    expected.sort();
    assert_eq!(names_in(&bundle.join("media")), expected);
    for (name, bytes) in demo_media() {
        assert_eq!(
            fs::read(bundle.join("media").join(name)).unwrap(),
            *bytes,
            "{name}"
        );
    }
    assert_eq!(
        fs::read_to_string(bundle.join("media/LICENSES.md")).unwrap(),
        DEMO_MEDIA_LICENSES
    );

    let project: pitchkit::model::Project =
        serde_json::from_slice(&fs::read(bundle.join("project.json")).unwrap()).unwrap();
    assert_eq!(project, pitchkit::sample::demo_project().unwrap());
}

#[test]
fn refuses_an_existing_folder_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("mine.pitchkit");
    fs::create_dir(&bundle).unwrap();
    fs::write(bundle.join("project.json"), "{\"precious\": true}").unwrap();

    let error = write_demo(&bundle).unwrap_err();
    assert!(matches!(error, SampleError::Exists { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.ends_with(&bundle.display().to_string()),
        "path comes last: {message}"
    );
    assert!(message.contains("choose a new name"), "{message}");

    assert_eq!(names_in(&bundle), ["project.json"]);
    assert_eq!(
        fs::read_to_string(bundle.join("project.json")).unwrap(),
        "{\"precious\": true}"
    );
    assert_eq!(
        names_in(dir.path()),
        ["mine.pitchkit"],
        "no temporary folder left behind"
    );
}

#[test]
fn refuses_an_existing_empty_folder_and_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.pitchkit");
    fs::create_dir(&empty).unwrap();
    assert!(matches!(
        write_demo(&empty),
        Err(SampleError::Exists { .. })
    ));
    assert!(names_in(&empty).is_empty());

    let file = dir.path().join("notes.txt");
    fs::write(&file, "keep me").unwrap();
    assert!(matches!(write_demo(&file), Err(SampleError::Exists { .. })));
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep me");
    assert_eq!(names_in(dir.path()), ["empty.pitchkit", "notes.txt"]);
}

#[test]
fn creates_missing_parent_folders() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("a/b/demo.pitchkit");
    write_demo(&bundle).unwrap();
    assert!(bundle.join("project.json").is_file());
    assert_eq!(names_in(&dir.path().join("a/b")), ["demo.pitchkit"]);
}

#[test]
fn an_unwritable_place_gives_an_io_error_with_the_path_last() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    fs::write(&file, "x").unwrap();
    let bundle = file.join("demo.pitchkit");
    let error = write_demo(&bundle).unwrap_err();
    assert!(matches!(error, SampleError::Io { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.ends_with(&file.display().to_string()), "{message}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
}
