//! The core boundary: core modules never name the GUI toolkit or the PDF backend.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

/// Core modules (files or folders under `src/`). `media` and `kit` are listed before
/// they exist so the rule holds the day they land.
const CORE: [&str; 9] = [
    "model",
    "format.rs",
    "analytics",
    "actions.rs",
    "actions",
    "storage",
    "sample.rs",
    "media",
    "kit",
];

const FORBIDDEN: [&str; 4] = ["egui", "eframe", "egui_plot", "printpdf"];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// Finds a forbidden crate name used as a whole identifier (not inside another word).
fn forbidden_names(source: &str) -> Vec<(usize, &'static str)> {
    let mut hits = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let words = code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
        for word in words {
            if let Some(name) = FORBIDDEN.iter().find(|f| **f == word) {
                hits.push((number + 1, *name));
            }
        }
    }
    hits
}

#[test]
fn core_modules_do_not_name_gui_or_pdf_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for module in CORE {
        rust_files(&src.join(module), &mut files);
    }
    assert!(
        files.iter().any(|f| f.ends_with("model/mod.rs")),
        "the scan found no core files; is the path right?"
    );
    let mut offences = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for (line, name) in forbidden_names(&source) {
            offences.push(format!("{}:{line} names {name}", file.display()));
        }
    }
    assert!(
        offences.is_empty(),
        "core boundary broken:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_scanner_catches_a_use_and_ignores_comments_and_longer_words() {
    assert_eq!(forbidden_names("use egui::Ui;"), vec![(1, "egui")]);
    assert_eq!(
        forbidden_names("let x = printpdf::Op::SaveGraphicsState;"),
        vec![(1, "printpdf")]
    );
    assert!(forbidden_names("// egui is only in ui/").is_empty());
    assert!(forbidden_names("let eguify = 1;").is_empty());
}
