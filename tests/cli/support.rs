//! Helpers shared by the command-line tests: run the real binary, write the demo.
#![allow(clippy::unwrap_used)] // test helpers, like the tests they serve

use assert_cmd::Command;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The `pitchkit` binary cargo built for these tests.
pub fn pitchkit() -> Command {
    let mut command = Command::cargo_bin("pitchkit").unwrap();
    // The kit language follows the computer's locale: English here, whatever the
    // machine running the tests says (a test sets its own to check that).
    command
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    command
}

/// Runs the binary in `dir` (the current folder when `None`) and returns (exit code,
/// stdout, stderr).
pub fn run_at<S: AsRef<OsStr>>(dir: Option<&Path>, args: &[S]) -> (i32, String, String) {
    let mut command = pitchkit();
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let output = command.args(args).output().unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// Runs the binary and returns (exit code, stdout, stderr).
pub fn run<S: AsRef<OsStr>>(args: &[S]) -> (i32, String, String) {
    run_at(None, args)
}

/// Writes the demo project as `NAME.pitchkit` in `dir` and returns its path.
pub fn demo_in(dir: &Path, name: &str) -> PathBuf {
    let bundle = dir.join(format!("{name}.pitchkit"));
    let (code, _, stderr) = run(&[Path::new("demo"), &bundle]);
    assert_eq!(code, 0, "{stderr}");
    bundle
}

/// The text lopdf extracts from every page of a PDF, with runs of whitespace as one space.
pub fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
