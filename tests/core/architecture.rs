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

/// Lines of `source` that hold a test (`#[cfg(test)]`, `#[test]`, `proptest!`) outside
/// comments.
fn test_markers(source: &str) -> Vec<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or_default();
            ["#[cfg(test)]", "#[test]", "proptest!"]
                .iter()
                .any(|marker| code.contains(marker))
        })
        .map(|(index, _)| index + 1)
        .collect()
}

/// The library has no unit-test harness (`[lib] test = false` in Cargo.toml: it would
/// compile the whole library a second time), so a test written in `src/` would never
/// run. Tests live in the test binaries under `tests/`.
#[test]
fn no_test_is_written_inside_src() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 100, "the scan found {} files", files.len());
    let found: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let source = fs::read_to_string(file).unwrap();
            test_markers(&source)
                .into_iter()
                .map(move |line| format!("{}:{line}", file.display()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "tests in src/ never run (the library has no test harness); move them to tests/:\n{}",
        found.join("\n")
    );
}

#[test]
fn test_markers_are_found_in_code_and_not_in_comments() {
    let source = "fn a() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn b() {}\n}\n\
                  // a #[test] in a comment\nproptest! {}\n";
    assert_eq!(test_markers(source), [2, 4, 8]);
    assert!(test_markers("/// Runs like #[test] does\nfn c() {}\n").is_empty());
}
