//! `pitchkit export` end to end: the default file name, choices, and bad input.
#![allow(clippy::unwrap_used)]

use crate::support::{pitchkit, run_at};
use std::path::Path;

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_at(Some(dir), args)
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

#[test]
fn length_makes_a_one_page_or_two_page_kit_and_a_short_web_page() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    // The full kit of the demo takes several pages.
    for (length, pages) in [("one-page", 1..=1), ("two-page", 2..=2), ("full", 4..=9)] {
        let file = format!("{length}.pdf");
        let (code, out, err) = run_in(
            dir.path(),
            &["export", "demo.pitchkit", "--length", length, "-o", &file],
        );
        assert_eq!(code, 0, "{length}: {err}");
        let doc = lopdf::Document::load(dir.path().join(&file)).unwrap();
        assert!(pages.contains(&doc.get_pages().len()), "{length}: {out}");
    }
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--html",
            "--length",
            "one-page",
            "-o",
            "one.html",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("one.html")).unwrap();
    assert!(
        html.contains("My best collaboration"),
        "no best collaboration"
    );
    assert!(
        !html.contains("Meet Maya"),
        "the one-page web kit has an About section"
    );
    // A length the command line does not know is a command-line error (exit 2).
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--length",
            "three-page",
            "-o",
            "x.pdf",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        out.is_empty() && err.contains("one-page, two-page or full"),
        "{err}"
    );
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn japanese_text_is_set_in_a_system_font_and_embedded() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    let project = dir.path().join("demo.pitchkit/project.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&project).unwrap()).unwrap();
    json["creator"]["tagline"] = "東京のカフェ巡り".into();
    std::fs::write(&project, serde_json::to_string_pretty(&json).unwrap()).unwrap();

    // A subset of Droid Sans Fallback stands in for the system's CJK font, beside a
    // broken font file, which is skipped without a word.
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    let fixture = "tests/fixtures/fonts/DroidSansFallback-subset.ttf";
    let cjk = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture);
    std::fs::copy(cjk, fonts.join("cjk.ttf")).unwrap();
    std::fs::write(fonts.join("broken.ttf"), b"not a font").unwrap();
    let output = pitchkit()
        .current_dir(dir.path())
        .env("PITCHKIT_FONT_DIRS", &fonts)
        .args(["export", "demo.pitchkit", "-o", "kit.pdf"])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(
        !out.contains("Left out") && !err.contains("Left out"),
        "{out}{err}"
    );
    assert!(!err.contains("broken.ttf"), "{err}");

    let doc = lopdf::Document::load(dir.path().join("kit.pdf")).unwrap();
    let base_fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font"))
        .filter_map(|d| d.get(b"BaseFont").ok()?.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        base_fonts.iter().any(|n| n.starts_with("PKSYS")),
        "{base_fonts:?}"
    );
    let text = doc.extract_text(&[1]).unwrap();
    assert!(text.contains("東京のカフェ巡り"), "{text}");
}
