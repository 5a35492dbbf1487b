//! `pitchkit export --language CODE`: the PDF, a pitch's PDF, every pitch's PDF and
//! the web page in that language; an unknown code fails (exit 1) naming the codes;
//! without the option the kit follows the computer's locale.
#![allow(clippy::unwrap_used)]

use crate::support::{pdf_text, pitchkit, run_at};
use pitchkit::kit::lang::Language;
use std::path::Path;

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_at(Some(dir), args)
}

fn heading(language: Language) -> String {
    pitchkit::kit::text::smarten(language.tr("compare.title"))
}

#[test]
fn export_language_prints_the_kit_in_it_and_wins_over_a_pitchs() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "-o",
            "de.pdf",
            "--language",
            "de",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = pdf_text(&dir.path().join("de.pdf"));
    assert!(text.contains(&heading(Language::De)), "{text}");
    assert!(!text.contains(&heading(Language::En)));
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--pitch",
            "Brightside Coffee Co.",
            "-o",
            "pitch.pdf",
            "--language",
            "PT_br",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = pdf_text(&dir.path().join("pitch.pdf"));
    assert!(text.contains(&heading(Language::PtBr)), "{text}");
    assert!(text.contains("Preparado para Brightside"), "{text}");
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--all-pitches",
            "all",
            "--language",
            "fr",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let mut files: Vec<_> = std::fs::read_dir(dir.path().join("all"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        assert!(
            pdf_text(&file).contains(&heading(Language::Fr)),
            "{}",
            file.display()
        );
    }
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "--html",
            "-o",
            "ar.html",
            "--language",
            "ar",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("ar.html")).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains(Language::Ar.tr("notes.title")));
}

#[test]
fn an_unknown_language_fails_naming_the_codes_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "export",
            "demo.pitchkit",
            "-o",
            "kit.pdf",
            "--language",
            "klingon",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("klingon"), "{err}");
    for language in Language::ALL {
        assert!(err.contains(language.code()), "{err} lacks {language}");
    }
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(!dir.path().join("kit.pdf").exists());
}

#[test]
fn without_the_option_the_kit_follows_the_computers_locale() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_in(dir.path(), &["demo", "demo.pitchkit"]).0, 0);
    let output = pitchkit()
        .current_dir(dir.path())
        .env("LANG", "de_DE.UTF-8")
        .args(["export", "demo.pitchkit", "-o", "kit.pdf"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = pdf_text(&dir.path().join("kit.pdf"));
    assert!(text.contains(&heading(Language::De)), "{text}");
}
