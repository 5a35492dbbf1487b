//! The command line end to end: the real binary on real bundles, good and bad.
#![allow(clippy::unwrap_used)]

use crate::support::{demo_in, run};
use std::fs;
use std::path::Path;

fn demo_bundle(dir: &Path) -> String {
    demo_in(dir, "demo").to_str().unwrap().to_owned()
}

/// Asserts the failure is one plain line on stderr, with no panic or backtrace.
fn assert_one_clean_line(stderr: &str) {
    assert_eq!(
        stderr.lines().count(),
        1,
        "expected one line, got:\n{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
}

#[test]
fn demo_then_check_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    assert!(Path::new(&bundle).join("project.json").is_file());
    assert!(Path::new(&bundle).join("media").is_dir());

    let (code, stdout, _) = run(&["check", &bundle]);
    assert_eq!(code, 0);
    assert!(stdout.contains("no problems found"), "{stdout}");

    let (code, text, _) = run(&["report", &bundle]);
    assert_eq!(code, 0);
    // Instagram, checked by hand from the demo's project.json: the latest 12 posts'
    // (likes + comments) / 24,812 followers average 3.94 %; 3 of 12 are sponsored;
    // replies 214 of 353 comments = 60.6 %; 24,276 on 18 Oct → 24,812 on 15 Nov.
    for expected in [
        "Maya Okafor",
        "24.8K (Micro tier",
        "average 3.9%",
        "25.0% (3 of 12 posts)",
        "60.6% (replies ÷ comments: 214 ÷ 353, 7 posts)",
        "+536 (+2.2%): 24,276 on 18 Oct 2026 to 24,812 on 15 Nov 2026",
        "HypeAuditor 2018",
    ] {
        assert!(
            text.contains(expected),
            "missing {expected:?} in report:\n{text}"
        );
    }

    let (code, json, _) = run(&["report", &bundle, "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["creator"], "Maya Okafor");
    assert!(!json.contains("NaN") && !json.contains("Infinity"));
}

#[test]
fn demo_refuses_an_existing_folder_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("mine.pitchkit");
    fs::create_dir(&bundle).unwrap();
    fs::write(bundle.join("notes.txt"), "keep me").unwrap();
    let (code, _, stderr) = run(&["demo", bundle.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_one_clean_line(&stderr);
    assert!(
        stderr.trim_end().ends_with(bundle.to_str().unwrap()),
        "{stderr}"
    );
    assert_eq!(fs::read_dir(&bundle).unwrap().count(), 1);
    assert_eq!(
        fs::read_to_string(bundle.join("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn a_missing_folder_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.pitchkit");
    for command in ["report", "check"] {
        let (code, stdout, stderr) = run(&[command, missing.to_str().unwrap()]);
        assert_eq!(code, 1, "{command}");
        assert!(stdout.is_empty());
        assert_one_clean_line(&stderr);
        assert!(
            stderr.trim_end().ends_with(missing.to_str().unwrap()),
            "{stderr}"
        );
    }
    assert!(!missing.exists(), "nothing may be created");
}

/// Replaces project.json with `bytes`, runs report and check, and asserts both fail
/// with one line containing `needle` while the file stays byte-identical.
fn assert_refused(bytes: &[u8], needle: &str) {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    let file = Path::new(&bundle).join("project.json");
    fs::write(&file, bytes).unwrap();
    for command in ["report", "check"] {
        let (code, stdout, stderr) = run(&[command, &bundle]);
        assert_eq!(code, 1, "{command}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert_one_clean_line(&stderr);
        assert!(stderr.contains(needle), "missing {needle:?} in {stderr}");
        assert!(stderr.trim_end().ends_with("project.json"), "{stderr}");
    }
    assert_eq!(
        fs::read(&file).unwrap(),
        bytes,
        "the file must be left untouched"
    );
    assert!(!Path::new(&bundle).join("backups").exists());
}

#[test]
fn a_corrupt_file_is_refused_and_untouched() {
    assert_refused(b"{\"schema_version\": 2, \"creator\": ", "line 1");
}

#[test]
fn a_future_version_is_refused_and_untouched() {
    assert_refused(
        br#"{"schema_version": 99, "creator": {"display_name": "Future"}}"#,
        "made by a newer Pitchkit",
    );
}

#[test]
fn a_negative_count_is_refused_and_untouched() {
    let demo = pitchkit::sample::DEMO_PROJECT_JSON;
    let broken = demo.replacen("\"followers\": 24812", "\"followers\": -24812", 1);
    assert_ne!(
        broken, demo,
        "the demo's follower count moved; update this test"
    );
    assert_refused(broken.as_bytes(), "platforms[0].followers");
}

#[test]
fn check_reports_each_invalid_value_precisely() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_bundle(dir.path());
    let file = Path::new(&bundle).join("project.json");
    let mut project: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    project["creator"]["display_name"] = "".into();
    project["platforms"][0]["posts"][0]["date"] = "2099-01-01".into();
    fs::write(&file, serde_json::to_vec_pretty(&project).unwrap()).unwrap();
    let (code, _, stderr) = run(&["check", &bundle]);
    assert_eq!(code, 1);
    assert!(stderr.contains("2 problems found"), "{stderr}");
    assert!(stderr.to_lowercase().contains("name"), "{stderr}");
    assert!(stderr.contains("dated 1 Jan 2099, after today"), "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_every_command_has_help() {
    let (code, _, _) = run(&["report"]);
    assert_eq!(code, 2);
    let (code, _, _) = run(&["frobnicate", "x"]);
    assert_eq!(code, 2);
    for command in ["demo", "report", "check"] {
        let (code, stdout, _) = run(&[command, "--help"]);
        assert_eq!(code, 0);
        assert!(stdout.contains("Usage: pitchkit"), "{stdout}");
    }
}

#[test]
fn a_reader_that_stops_early_does_not_make_it_panic() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("demo.pitchkit");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pitchkit"))
        .arg("demo")
        .arg(&bundle)
        .status()
        .unwrap();
    assert!(status.success());
    // `pitchkit report P | head -1`: the pipe closes before the report is written.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pitchkit"))
        .arg("report")
        .arg(&bundle)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(output.status.code(), Some(0), "{err}");
}
