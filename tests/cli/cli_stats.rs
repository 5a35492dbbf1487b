//! `pitchkit import-stats` end to end: a preview, a dry run that writes nothing, an
//! import saved as one edit, and files that cannot be used refused with nothing written.
#![allow(clippy::unwrap_used)]

use crate::support::{demo_in, run};
use std::fs;
use std::path::{Path, PathBuf};

/// A TikTok Studio FollowerHistory export, as the platform writes it.
const FOLLOWERS: &str = "\u{feff}\"Date\",\"Followers\",\"Difference in followers from previous day\"\r\n\
\"November 1\",\"11900\",\"12\"\r\n\
\"November 2\",\"11950\",\"50\"\r\n";

/// A TikTok Studio content export with two videos.
const CONTENT: &str = "\u{feff}\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\r\n\
\"November 12\",\"Oat latte art\",\"https://www.tiktok.com/@maya/video/7707299914815909945\",\"November 12\",\"1,204\",\"88\",\"41\",\"19,870\"\r\n\
\"November 14\",\"Granola restock\",\"https://www.tiktok.com/@maya/video/7708042085164658745\",\"November 14\",\"undefined\",\"12\",\"3\",\"2,310\"\r\n";

fn demo(dir: &Path) -> PathBuf {
    demo_in(dir, "kit")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn tiktok_posts(bundle: &Path) -> usize {
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(bundle.join("project.json")).unwrap()).unwrap();
    json["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "tiktok")
        .map_or(0, |p| p["posts"].as_array().unwrap().len())
}

#[test]
fn a_dry_run_prints_the_preview_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let before = fs::read(bundle.join("project.json")).unwrap();
    let content = write(dir.path(), "Content.csv", CONTENT);
    let (code, out, err) = run(&[
        Path::new("import-stats"),
        &bundle,
        &content,
        Path::new("--dry-run"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Content.csv: TikTok Studio"), "{out}");
    assert!(out.contains("Video title → "), "{out}");
    assert!(out.contains("TikTok: 2 posts added, 0 updated"), "{out}");
    assert!(out.contains("Dry run: nothing was written."), "{out}");
    assert_eq!(fs::read(bundle.join("project.json")).unwrap(), before);
}

#[test]
fn an_import_is_saved_and_a_second_one_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let posts = tiktok_posts(&bundle);
    let content = write(dir.path(), "Content.csv", CONTENT);
    let followers = write(dir.path(), "FollowerHistory.csv", FOLLOWERS);
    let (code, out, err) = run(&[Path::new("import-stats"), &bundle, &content, &followers]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Imported into"), "{out}");
    assert_eq!(tiktok_posts(&bundle), posts + 2);

    let (code, out, err) = run(&[Path::new("import-stats"), &bundle, &content]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("0 posts added, 0 updated, 2 left alone"),
        "{out}"
    );
    assert_eq!(tiktok_posts(&bundle), posts + 2, "never duplicated");
    let (code, _, err) = run(&[Path::new("check"), &bundle]);
    assert_eq!(code, 0, "the imported project is valid: {err}");
}

#[test]
fn a_file_that_cannot_be_used_fails_with_its_reason_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let before = fs::read(bundle.join("project.json")).unwrap();
    let content = write(dir.path(), "Content.csv", CONTENT);
    let junk = write(dir.path(), "groceries.csv", "apples,pears\n3,4\n");
    let (code, out, err) = run(&[Path::new("import-stats"), &bundle, &content, &junk]);
    assert_eq!(code, 1, "{out}");
    assert!(err.starts_with("pitchkit: "), "{err}");
    assert!(
        err.trim_end().ends_with("groceries.csv"),
        "the path comes last: {err}"
    );
    assert_eq!(fs::read(bundle.join("project.json")).unwrap(), before);

    let missing = dir.path().join("nowhere.csv");
    let (code, _, err) = run(&[Path::new("import-stats"), &bundle, &missing]);
    assert_eq!(code, 1);
    assert!(err.contains("nowhere.csv"), "{err}");
}

#[test]
fn an_unknown_platform_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let content = write(dir.path(), "Content.csv", CONTENT);
    let (code, _, err) = run(&[
        Path::new("import-stats"),
        &bundle,
        &content,
        Path::new("--platform"),
        Path::new("myspace"),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown platform \"myspace\""), "{err}");
}
