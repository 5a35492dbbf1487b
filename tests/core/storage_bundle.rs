//! Bundles on disk: save, open, create_new, media folder, leftover temp files, backups,
//! deterministic JSON.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::dates::date;
use pitchkit::model::{Platform, PlatformKind, Project};
use pitchkit::storage::{self, BACKUPS_KEPT, StorageError};
use std::fs;
use std::path::Path;

fn version(n: u64) -> Project {
    let mut project = Project::new("Maya Okafor");
    project.creator.tagline = format!("Version {n}");
    project.platforms.push(Platform::new(
        PlatformKind::Instagram,
        10_000 + n,
        date(2026, 3, 1),
    ));
    project
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn save_creates_bundle_and_media_and_open_reads_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("nested/maya.pitchkit");
    storage::save(&bundle, &version(1)).unwrap();
    assert!(bundle.join("media").is_dir());
    assert_eq!(names_in(&bundle), ["media", "project.json"]);
    assert_eq!(storage::open(&bundle).unwrap(), version(1));
    assert_eq!(storage::project_file(&bundle), bundle.join("project.json"));
    assert_eq!(storage::media_dir(&bundle), bundle.join("media"));
}

#[test]
fn create_new_makes_a_bundle_and_refuses_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("new.pitchkit");
    storage::create_new(&bundle, &version(1)).unwrap();
    assert_eq!(storage::open(&bundle).unwrap(), version(1));

    let before = fs::read(bundle.join("project.json")).unwrap();
    let error = storage::create_new(&bundle, &version(2)).unwrap_err();
    assert!(
        matches!(error, StorageError::AlreadyExists { .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        format!(
            "Something with this name already exists, so no new project was created there. \
             Choose another name, or open the existing project: {}",
            bundle.display()
        )
    );
    assert_eq!(fs::read(bundle.join("project.json")).unwrap(), before);

    // An empty folder or a plain file of that name is refused too.
    let empty = dir.path().join("empty.pitchkit");
    fs::create_dir(&empty).unwrap();
    assert!(matches!(
        storage::create_new(&empty, &version(1)),
        Err(StorageError::AlreadyExists { .. })
    ));
    assert_eq!(fs::read_dir(&empty).unwrap().count(), 0);
    let file = dir.path().join("file.pitchkit");
    fs::write(&file, b"not a folder").unwrap();
    assert!(matches!(
        storage::create_new(&file, &version(1)),
        Err(StorageError::AlreadyExists { .. })
    ));
    assert_eq!(fs::read(&file).unwrap(), b"not a folder");
}

#[test]
fn saving_into_a_plain_file_fails_with_the_path_last() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("oops.pitchkit");
    fs::write(&file, b"x").unwrap();
    let message = storage::save(&file, &version(1)).unwrap_err().to_string();
    assert!(
        message.starts_with("Could not create the project folder ("),
        "{message}"
    );
    assert!(
        message.ends_with(&format!("): {}", file.display())),
        "{message}"
    );
}

#[test]
fn media_files_are_never_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("m.pitchkit");
    storage::save(&bundle, &version(1)).unwrap();
    let media = bundle.join("media");
    fs::write(media.join("3f9ac1.jpg"), b"jpeg bytes").unwrap();
    fs::write(media.join(".project.json.tmp-lookalike"), b"mine").unwrap();
    for n in 2..10 {
        storage::save(&bundle, &version(n)).unwrap();
        storage::open(&bundle).unwrap();
    }
    assert_eq!(
        names_in(&media),
        [".project.json.tmp-lookalike", "3f9ac1.jpg"]
    );
    assert_eq!(fs::read(media.join("3f9ac1.jpg")).unwrap(), b"jpeg bytes");
}

#[test]
fn leftover_temp_files_are_removed_by_open_and_by_save() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("t.pitchkit");
    storage::save(&bundle, &version(1)).unwrap();
    storage::save(&bundle, &version(2)).unwrap();
    let leftovers = [
        bundle.join(".project.json.tmp-a1B2c3"),
        bundle.join("backups/.project.json.tmp-Zz9yX8"),
    ];
    let plant = || {
        for path in &leftovers {
            fs::write(path, b"{\"half\": ").unwrap();
        }
    };
    fs::write(bundle.join("notes.txt"), b"keep me").unwrap();

    plant();
    assert_eq!(storage::open(&bundle).unwrap(), version(2));
    assert!(leftovers.iter().all(|p| !p.exists()));

    plant();
    storage::save(&bundle, &version(3)).unwrap();
    assert!(leftovers.iter().all(|p| !p.exists()));
    assert_eq!(
        names_in(&bundle),
        ["backups", "media", "notes.txt", "project.json"]
    );
    assert_eq!(fs::read(bundle.join("notes.txt")).unwrap(), b"keep me");
}

#[test]
fn last_five_versions_are_kept_as_backups() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("b.pitchkit");
    let saves = 9;
    for n in 1..=saves {
        storage::save(&bundle, &version(n)).unwrap();
    }
    let backups = storage::backups(&bundle).unwrap();
    assert_eq!(backups.len(), BACKUPS_KEPT);
    let names: Vec<_> = backups
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names,
        [
            "project-000004.json",
            "project-000005.json",
            "project-000006.json",
            "project-000007.json",
            "project-000008.json"
        ]
    );
    assert_eq!(names_in(&bundle.join("backups")), names);
    // Backup k holds version k: the newest is the one saved before the current.
    for (path, n) in backups.iter().zip(4..) {
        let bytes = fs::read(path).unwrap();
        let project = storage::parse_project(&bytes, path).unwrap();
        assert_eq!(project, version(n));
    }
    assert_eq!(storage::open(&bundle).unwrap(), version(saves));
}

#[test]
fn saving_an_unchanged_project_adds_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("same.pitchkit");
    storage::save(&bundle, &version(1)).unwrap();
    assert!(storage::backups(&bundle).unwrap().is_empty());
    storage::save(&bundle, &version(2)).unwrap();
    for _ in 0..3 {
        storage::save(&bundle, &version(2)).unwrap();
    }
    let backups = storage::backups(&bundle).unwrap();
    assert_eq!(backups.len(), 1);
    let first = storage::parse_project(&fs::read(&backups[0]).unwrap(), &backups[0]).unwrap();
    assert_eq!(first, version(1));
}

#[test]
fn a_backup_is_never_the_same_file_as_project_json() {
    // Backups are hard links of the replaced file: editing the current project.json in
    // place must not change any backup.
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("h.pitchkit");
    for n in 1..=3 {
        storage::save(&bundle, &version(n)).unwrap();
    }
    let newest = storage::backups(&bundle).unwrap().pop().unwrap();
    let backup_before = fs::read(&newest).unwrap();
    fs::OpenOptions::new()
        .write(true)
        .open(bundle.join("project.json"))
        .unwrap()
        .set_len(3)
        .unwrap();
    assert_eq!(fs::read(&newest).unwrap(), backup_before);
}

#[test]
fn json_is_pretty_deterministic_and_ends_with_a_newline() {
    let project = version(7);
    let first = storage::to_json(&project).unwrap();
    let second = storage::to_json(&project.clone()).unwrap();
    assert_eq!(first, second);
    let text = String::from_utf8(first).unwrap();
    assert!(
        text.starts_with("{\n  \"schema_version\": 3,\n  \"schema_minor\": 0,\n  \"creator\": {\n"),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    assert!(!text.ends_with("\n\n"));

    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("d.pitchkit");
    storage::save(&bundle, &project).unwrap();
    assert_eq!(
        fs::read(bundle.join("project.json")).unwrap(),
        text.as_bytes()
    );
}

#[test]
fn to_json_always_writes_the_current_version() {
    let mut project = version(1);
    project.schema_version = 1;
    let text = String::from_utf8(storage::to_json(&project).unwrap()).unwrap();
    assert!(text.contains("\"schema_version\": 3,"), "{text}");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_permissions_of_project_json() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("p.pitchkit");
    storage::save(&bundle, &version(1)).unwrap();
    let file = bundle.join("project.json");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    storage::save(&bundle, &version(2)).unwrap();
    let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}
