//! `pitchkit export` end to end: the default file name, choices, and bad input.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use std::path::Path;

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("pitchkit")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn exports_with_the_default_name_and_reports_pages_size_and_time() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    let (code, out, err) = run_in(dir.path(), &["export", "demo.pitchkit", "--page", "letter"]);
    assert_eq!(code, 0, "{err}");
    let pdf = dir.path().join("Maya Okafor – media kit.pdf");
    assert!(pdf.is_file(), "{out}");
    assert!(out.starts_with("Exported "), "{out}");
    assert!(out.contains(" pages, ") && out.contains(" ms to "), "{out}");
    let doc = lopdf::Document::load(&pdf).unwrap();
    let (_, first) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(first).unwrap();
    let media_box: Vec<f32> = page
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect();
    // US Letter is 612 × 792 points.
    assert!((media_box[2] - 612.0).abs() < 0.5, "{media_box:?}");
    assert!((media_box[3] - 792.0).abs() < 0.5, "{media_box:?}");
}

#[test]
fn bad_choices_fail_with_one_line_and_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    for args in [
        &["export", "demo.pitchkit", "-o", "x.pdf", "--theme", "neon"][..],
        &["export", "demo.pitchkit", "-o", "x.pdf", "--page", "a3"][..],
        &["export", "demo.pitchkit", "-o", "x.pdf", "--max-size", "0"][..],
        &["export", "missing.pitchkit", "-o", "x.pdf"][..],
    ] {
        let (code, out, err) = run_in(dir.path(), args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!dir.path().join("x.pdf").exists(), "{args:?} left a file");
    }
}
