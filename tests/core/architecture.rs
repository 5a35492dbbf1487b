//! The core boundary: core modules (and the web kit) never name the GUI toolkit or the
//! PDF backend, nor the crate's own `ui`, `pdf` and `cli` modules.
#![allow(clippy::unwrap_used)]

mod scanner;

use scanner::boundary_offences;
use std::fs;
use std::path::{Path, PathBuf};

/// Core modules (files or folders under `src/`). The web kit is held to the same
/// boundary: a renderer beside `pdf`, fed by the kit's content, never by it.
const CORE: [&str; 11] = [
    "model",
    "format.rs",
    "analytics",
    "actions.rs",
    "actions",
    "storage",
    "sample.rs",
    "media",
    "kit",
    "imports",
    "web",
];

/// Every `.rs` file under `path`, in path order.
pub fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
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

/// How many modules below the crate root a file under `src/` is: `format.rs` and
/// `kit/mod.rs` are 1 deep, `kit/fonts.rs` is 2.
fn module_depth(relative: &Path) -> usize {
    let parts = relative.components().count();
    if relative.ends_with("mod.rs") {
        parts - 1
    } else {
        parts
    }
}

#[test]
fn core_modules_do_not_name_gui_pdf_or_cli() {
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
        let depth = module_depth(file.strip_prefix(&src).unwrap());
        for (line, name) in boundary_offences(&source, depth) {
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
fn module_depth_counts_from_the_crate_root() {
    assert_eq!(module_depth(Path::new("format.rs")), 1);
    assert_eq!(module_depth(Path::new("kit/mod.rs")), 1);
    assert_eq!(module_depth(Path::new("kit/fonts.rs")), 2);
    assert_eq!(module_depth(Path::new("model/project/mod.rs")), 2);
}
