//! Pitches on the command line: `export --pitch BRAND` (and its refusal of an unknown
//! brand), `export --all-pitches DIR`, and `pitches [--csv]`.
#![allow(clippy::unwrap_used)]

use crate::support::{pdf_text, run_at};
use std::path::Path;

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_at(Some(dir), args)
}

fn demo(dir: &Path) {
    assert_eq!(run_in(dir, &["demo", "demo.pitchkit"]).0, 0);
}

#[test]
fn export_pitch_writes_the_brand_kit_under_its_name() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--pitch",
            "brightside coffee co.",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let pdf = dir
        .path()
        .join("Maya Okafor × Brightside Coffee Co – media kit.pdf");
    assert!(pdf.is_file(), "{out}");
    assert!(out.starts_with("Exported "), "{out}");
    let text = pdf_text(&pdf);
    assert!(text.contains("Prepared for Brightside Coffee Co."));
    assert!(!text.contains("Halfmoon"), "the competitor is left out");
    // The web kit of the same pitch.
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--html",
            "--pitch",
            "Kepler Kids",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(
        dir.path()
            .join("Maya Okafor × Kepler Kids – media kit.html"),
    )
    .unwrap();
    assert!(html.contains("Prepared for Kepler Kids"));
}

#[test]
fn an_unknown_brand_fails_naming_the_pitches_there_are() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let (code, out, err) = run_in(
        dir.path(),
        &["export", "demo.pitchkit", "--pitch", "Nebula Tea"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(
        err.trim_end(),
        "pitchkit: there is no pitch to “Nebula Tea” in this project; its pitches are to \
         “Brightside Coffee Co.”, “Kepler Kids”, “Aurora Oat Drink”: demo.pitchkit"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no file written"
    );
}

#[test]
fn all_pitches_writes_one_pdf_per_pitch_with_a_summary_line_each() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let (code, out, err) = run_in(
        dir.path(),
        &["export", "demo.pitchkit", "--all-pitches", "kits"],
    );
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("kits"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Maya Okafor × Aurora Oat Drink – media kit.pdf",
            "Maya Okafor × Brightside Coffee Co – media kit.pdf",
            "Maya Okafor × Kepler Kids – media kit.pdf",
        ]
    );
    let summaries: Vec<&str> = out.lines().filter(|l| l.starts_with("Exported ")).collect();
    assert_eq!(summaries.len(), 3, "{out}");
    for (line, brand) in summaries.iter().zip(["Brightside", "Kepler", "Aurora"]) {
        assert!(line.contains(brand), "{line}");
    }
    assert!(
        out.lines()
            .all(|l| l.starts_with("Exported ") || l.starts_with("warning")),
        "{out}"
    );
    assert!(
        pdf_text(&dir.path().join("kits").join(&names[2])).contains("Prepared for Kepler Kids")
    );
}

#[test]
fn all_pitches_refuses_a_project_without_pitches_and_conflicting_options() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let file = dir.path().join("demo.pitchkit/project.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    json.as_object_mut().unwrap().remove("pitches");
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let (code, _, err) = run_in(
        dir.path(),
        &["export", "demo.pitchkit", "--all-pitches", "kits"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the project has no pitches yet"), "{err}");
    assert!(!dir.path().join("kits").exists());
    let (code, _, _) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--all-pitches",
            "k",
            "--pitch",
            "x",
        ],
    );
    assert_eq!(code, 2);
    let (code, out, _) = run_in(dir.path(), &["pitches", "demo.pitchkit"]);
    assert_eq!(
        (code, out.trim()),
        (0, "No pitches yet; add one in the editor (Pitches).")
    );
}

#[test]
fn pitches_lists_them_by_next_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let (code, out, err) = run_in(dir.path(), &["pitches", "demo.pitchkit"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].starts_with(
            "Brightside Coffee Co. · Coffee roasters · Sent 9 Nov 2026 · follow up 16 Nov 2026"
        ),
        "{out}"
    );
    assert!(
        lines[1].starts_with("Kepler Kids · Educational toys · Drafted · follow up 20 Nov 2026")
    );
    assert_eq!(lines[2], "Aurora Oat Drink · Plant-based milk · Idea");
}

#[test]
fn pitches_csv_opens_in_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let file = dir.path().join("demo.pitchkit/project.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    json["pitches"][1]["notes"] = "Said \"maybe\", call back;\nask about Q1".into();
    json["pitches"][1]["fee_agreed"] =
        serde_json::json!({"amount_minor": 140_050, "currency": "GBP"});
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let (code, out, err) = run_in(dir.path(), &["pitches", "demo.pitchkit", "--csv"]);
    assert_eq!(code, 0, "{err}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, pitchkit::cli::CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "one line per pitch");
    assert_eq!(&rows[0][0], "Brightside Coffee Co.");
    assert_eq!(&rows[0][2], "Sent");
    assert_eq!(&rows[0][5], "2026-11-09");
    assert_eq!(&rows[0][6], "2026-11-16");
    assert_eq!(&rows[1][0], "Kepler Kids");
    assert_eq!((&rows[1][8], &rows[1][9]), ("1400.50", "GBP"));
    assert_eq!(&rows[1][10], "Said \"maybe\", call back;\nask about Q1");
    assert_eq!((&rows[2][5], &rows[2][6], &rows[2][7]), ("", "", "no"));
    for row in &rows {
        for date in [&row[5], &row[6]] {
            assert!(
                date.is_empty() || time::Date::parse(date, pitchkit::format::ISO_DATE).is_ok(),
                "{date}"
            );
        }
        assert!(["yes", "no"].contains(&&row[7]));
    }
}
