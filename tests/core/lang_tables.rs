//! The kit's string tables: every language's table parses and has exactly English's
//! keys with the same blanks, and every key the code looks up is in English's table
//! (a scan of the sources for the literal keys given to `tr`, `trf` and the `=>` arms
//! of the word look-ups).
#![allow(clippy::unwrap_used)]

use crate::architecture::rust_files;
use pitchkit::kit::lang::table::{parse_error, table};
use pitchkit::kit::lang::{Language, has_key, table_problems};
use std::fs;
use std::path::Path;

#[test]
fn every_table_parses_and_has_englishs_keys_and_blanks() {
    let english = table(Language::En);
    assert!(english.len() > 150, "the English table is nearly empty");
    let mut problems = Vec::new();
    for language in Language::ALL {
        assert_eq!(parse_error(language), None, "{language} does not parse");
        problems.extend(table_problems(english, table(language), language.code()));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_tables_are_translated_not_copied() {
    // A few keys every language words differently from English.
    for language in Language::ALL.into_iter().filter(|&l| l != Language::En) {
        for key in [
            "compare.title",
            "notes.title",
            "rates.on_request",
            "growth.title",
        ] {
            assert_ne!(
                language.tr(key),
                Language::En.tr(key),
                "{language} “{key}” is English"
            );
        }
    }
}

/// The literal keys in `source`: string literals right after `tr(`, `trf(` or `=>`
/// (whitespace and line breaks allowed) that look like keys (`word.word`).
fn literal_keys(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for opener in ["tr(", "trf(", "=>"] {
        let mut rest = source;
        while let Some(at) = rest.find(opener) {
            let after = rest[at + opener.len()..].trim_start();
            rest = &rest[at + opener.len()..];
            let Some(literal) = after.strip_prefix('"') else {
                continue;
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let key = &literal[..end];
            let looks_like_key = key.contains('.')
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
                && !key.starts_with('.')
                && !key.ends_with('.');
            if looks_like_key {
                keys.push(key.to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_is_in_the_english_table() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut used = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for key in literal_keys(&source) {
            // File names and similar (`notes.txt`) only count after tr/trf.
            if key.rsplit('.').next().is_some_and(|e| {
                ["txt", "json", "ron", "rs", "pdf", "html", "png", "jpg"].contains(&e)
            }) {
                continue;
            }
            used += 1;
            if !has_key(&key) {
                missing.push(format!("{}: “{key}”", file.display()));
            }
        }
    }
    assert!(
        used > 150,
        "the scan found only {used} keys; is it looking?"
    );
    assert!(
        missing.is_empty(),
        "keys missing in English:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_keys_across_lines_and_in_match_arms() {
    let source = r#"
        lang.tr("a.b");
        lang.trf(
            "c.d_e",
            &[],
        );
        self.tr(match x {
            X => "f.g",
        });
        format!("not.a key {}", 1);
    "#;
    let mut keys = literal_keys(source);
    keys.sort();
    assert_eq!(keys, vec!["a.b", "c.d_e", "f.g"]);
}
