//! Files that cannot be read are reported precisely (what, where, path last) and are
//! never changed by the failed open.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::dates::date;
use pitchkit::model::{Platform, PlatformKind, Post, PostKind, Project};
use pitchkit::storage::{self, MAX_PROJECT_FILE_BYTES, StorageError};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> Vec<u8> {
    fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/storage")
            .join(name),
    )
    .unwrap()
}

/// Every entry of a folder tree with its size and modification time.
fn snapshot(folder: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(folder).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        out.push((entry.path(), meta.len(), meta.modified().unwrap()));
        if meta.is_dir() {
            out.extend(snapshot(&entry.path()));
        }
    }
    out.sort();
    out
}

/// Writes `bytes` as the project.json of a fresh bundle, opens it, checks that it failed,
/// that nothing in the bundle changed, and that the message ends with the file's path.
fn open_fails_untouched(bytes: &[u8]) -> (StorageError, String) {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("broken.pitchkit");
    fs::create_dir_all(bundle.join("media")).unwrap();
    let file = bundle.join("project.json");
    fs::write(&file, bytes).unwrap();
    let before = snapshot(&bundle);

    let error = storage::open(&bundle).unwrap_err();

    assert_eq!(fs::read(&file).unwrap(), bytes, "project.json changed");
    assert_eq!(snapshot(&bundle), before, "open wrote into the bundle");
    let message = error.to_string();
    assert!(
        message.ends_with(&format!(": {}", file.display())),
        "path is not last: {message}"
    );
    (error, message)
}

fn sample_json() -> Vec<u8> {
    let mut project = Project::new("Noor Haddad");
    let mut platform = Platform::new(PlatformKind::Instagram, 12_800, date(2026, 3, 1));
    for day in 1..=20 {
        let mut post = Post::new(date(2026, 2, 1).replace_day(day).unwrap(), PostKind::Photo);
        post.likes = Some(400 + u64::from(day));
        platform.posts.push(post);
    }
    project.platforms.push(platform);
    storage::to_json(&project).unwrap()
}

#[test]
fn truncated_file_reports_line_and_column() {
    let full = sample_json();
    let truncated = &full[..full.len() / 2];
    let (error, message) = open_fails_untouched(truncated);
    let StorageError::InvalidJson { line, column, .. } = error else {
        panic!("{error:?}")
    };
    let lines = String::from_utf8_lossy(truncated).lines().count();
    assert_eq!(line, lines);
    assert!(column >= 1);
    assert!(
        message.starts_with("project.json is not valid JSON: EOF while parsing"),
        "{message}"
    );
    assert!(
        message.contains(&format!("at line {line}, column {column}.")),
        "{message}"
    );
    assert!(message.contains("The file was left untouched"), "{message}");
}

#[test]
fn all_nul_file_is_not_json() {
    let (error, message) = open_fails_untouched(&[0u8; 4096]);
    assert!(matches!(
        error,
        StorageError::InvalidJson {
            line: 1,
            column: 1,
            ..
        }
    ));
    assert!(
        message.starts_with("project.json is not valid JSON: expected value at line 1, column 1."),
        "{message}"
    );
}

#[test]
fn empty_file_is_not_json() {
    let (_, message) = open_fails_untouched(b"");
    assert!(
        message.starts_with(
            "project.json is not valid JSON: EOF while parsing a value at line 1, column 0."
        ),
        "{message}"
    );
}

#[test]
fn missing_comma_is_located() {
    let text = "{\n  \"schema_version\": 2\n  \"creator\": {}\n}\n";
    let (_, message) = open_fails_untouched(text.as_bytes());
    assert!(
        message.starts_with(
            "project.json is not valid JSON: expected `,` or `}` at line 3, column 3."
        ),
        "{message}"
    );
}

#[test]
fn wrong_type_field_names_its_path_line_and_column() {
    let (error, message) = open_fails_untouched(&fixture("wrong-type.json"));
    assert!(
        matches!(
            error,
            StorageError::InvalidValue {
                position: Some((7, 42)),
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        message.starts_with("project.json has a value Pitchkit cannot read at platforms[0].followers: invalid type: string \"about twelve thousand\", expected a whole number of 0 or more (line 7, column 42). "),
        "{message}"
    );
}

#[test]
fn negative_count_names_its_path_line_and_column() {
    let (_, message) = open_fails_untouched(&fixture("negative-likes.json"));
    assert!(
        message.contains("at platforms[0].posts[2].likes: invalid value: integer `-5`, expected a whole number of 0 or more (line 14, column 43)."),
        "{message}"
    );
}

#[test]
fn share_over_the_stored_limit_is_refused_at_parse_time() {
    let text = r#"{"schema_version": 2, "creator": {"display_name": "A"},
"audiences": [{"provenance": {"as_of": "2026-01-01"}, "ages": [{"label": "18–24", "percent": 5000}]}]}"#;
    let (_, message) = open_fails_untouched(text.as_bytes());
    assert!(message.contains("at audiences[0].ages[0].percent: a percentage must be a number from 0 to 100, not 5000 (line 2,"), "{message}");
}

#[test]
fn bad_date_and_bad_currency_name_their_paths() {
    let text = r#"{"schema_version": 2, "creator": {"display_name": "A"},
"rate_card": {"packages": [{"name": "Reel", "price": {"amount_minor": 100, "currency": "usd"}}]}}"#;
    let (_, message) = open_fails_untouched(text.as_bytes());
    assert!(message.contains("at rate_card.packages[0].price.currency: a currency must be a three-letter ISO code such as USD, not \"usd\""), "{message}");

    let text = r#"{"schema_version": 2, "creator": {"display_name": "A"},
"collaborations": [{"brand": "B", "date": "2026-02-30", "provenance": {"as_of": "2026-01-01"}}]}"#;
    let (_, message) = open_fails_untouched(text.as_bytes());
    assert!(message.contains("at collaborations[0].date: day was not in range; write dates as YYYY-MM-DD, e.g. 2026-03-12 (line 2, column 54)."), "{message}");
}

#[test]
fn top_level_that_is_not_an_object_is_refused() {
    let (error, message) = open_fails_untouched(b"[1, 2, 3]\n");
    assert!(matches!(error, StorageError::NotAProject { .. }));
    assert!(message.starts_with("project.json does not hold a Pitchkit project: it should be a JSON object (starting with `{`) but holds an array."), "{message}");
}

#[test]
fn missing_required_field_is_named() {
    let (_, message) = open_fails_untouched(br#"{"schema_version": 2}"#);
    assert!(
        message.contains("cannot read at the top level: missing field `creator`"),
        "{message}"
    );
}

#[test]
fn oversized_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("huge.pitchkit");
    fs::create_dir(&bundle).unwrap();
    let file = bundle.join("project.json");
    // A sparse file: reading it all would take a while and 64 MiB of memory.
    fs::File::create(&file)
        .unwrap()
        .set_len(MAX_PROJECT_FILE_BYTES + 1)
        .unwrap();
    let started = std::time::Instant::now();
    let error = storage::open(&bundle).unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_millis(500));
    assert!(
        matches!(error, StorageError::TooLarge { size_bytes, .. } if size_bytes == MAX_PROJECT_FILE_BYTES + 1)
    );
    assert_eq!(
        error.to_string(),
        format!(
            "project.json is 67,108,865 bytes, more than the 67,108,864 bytes (64 MiB) a project \
             file may have, so it was not opened. A real project is far smaller: check that this \
             is the right folder: {}",
            file.display()
        )
    );
    assert_eq!(
        fs::metadata(&file).unwrap().len(),
        MAX_PROJECT_FILE_BYTES + 1
    );
}

#[test]
fn oversized_bytes_are_refused_by_parse_project() {
    let mut bytes = b"{\"schema_version\": 2, \"creator\": {\"display_name\": \"A\"}}".to_vec();
    bytes.resize(usize::try_from(MAX_PROJECT_FILE_BYTES).unwrap() + 10, b' ');
    let error = storage::parse_project(&bytes, Path::new("/p/project.json")).unwrap_err();
    assert!(matches!(error, StorageError::TooLarge { .. }));
}

#[test]
fn missing_folder_and_folder_without_project_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.pitchkit");
    let message = storage::open(&missing).unwrap_err().to_string();
    assert_eq!(
        message,
        format!(
            "There is no project here: the folder does not exist. Check the name, or create a new project: {}",
            missing.display()
        )
    );
    assert!(!missing.exists(), "open created the folder");

    let empty = dir.path().join("empty.pitchkit");
    fs::create_dir(&empty).unwrap();
    let message = storage::open(&empty).unwrap_err().to_string();
    assert!(
        message.starts_with("This folder is not a Pitchkit project: it has no project.json."),
        "{message}"
    );
    assert!(message.ends_with(&format!(": {}", empty.display())));
    assert_eq!(
        fs::read_dir(&empty).unwrap().count(),
        0,
        "open wrote into the folder"
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(sample_json());
    let project = storage::parse_project(&bytes, Path::new("/p/project.json")).unwrap();
    assert_eq!(project.creator.display_name, "Noor Haddad");
}

#[test]
fn a_plain_file_is_not_a_project_but_project_json_itself_opens_its_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("photo.jpg");
    fs::write(&file, b"jpeg").unwrap();
    let message = storage::open(&file).unwrap_err().to_string();
    assert_eq!(
        message,
        format!(
            "This is a file, not a Pitchkit project folder. Open the folder whose name ends in .pitchkit: {}",
            file.display()
        )
    );

    let bundle = dir.path().join("a.pitchkit");
    storage::save(&bundle, &Project::new("Noor Haddad")).unwrap();
    let project = storage::open(&bundle.join("project.json")).unwrap();
    assert_eq!(project, Project::new("Noor Haddad"));
}
