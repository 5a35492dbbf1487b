//! Robustness: arbitrary bytes and damaged project files never make the reader panic,
//! and every error names the file last.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::common::arb::arb_project;
use pitchkit::storage;
use proptest::prelude::*;
use std::path::Path;

const PATH: &str = "/fuzz/x.pitchkit/project.json";

/// Parses and, on error, checks the message shape.
fn parse_checked(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Err(error) = storage::parse_project(bytes, Path::new(PATH)) {
        let message = error.to_string();
        prop_assert!(message.ends_with(&format!(": {PATH}")), "{}", message);
        prop_assert!(message.len() < 4_000, "{}", message);
    }
    Ok(())
}

/// One edit of a file: flip a byte, delete a range, insert bytes, or cut the end.
#[derive(Debug, Clone)]
enum Damage {
    Set(prop::sample::Index, u8),
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, Vec<u8>),
    Truncate(prop::sample::Index),
}

fn arb_damage() -> impl Strategy<Value = Damage> {
    let interesting = prop_oneof![
        any::<u8>(),
        prop::sample::select(b"{}[]\",:-0123456789.eEtfnul\\ \n\0".to_vec()),
    ];
    prop_oneof![
        (any::<prop::sample::Index>(), interesting).prop_map(|(i, b)| Damage::Set(i, b)),
        (any::<prop::sample::Index>(), 1usize..40).prop_map(|(i, n)| Damage::Delete(i, n)),
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(any::<u8>(), 1..8)
        )
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        any::<prop::sample::Index>().prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    if bytes.is_empty() {
        return;
    }
    match damage {
        Damage::Set(i, b) => {
            let at = i.index(bytes.len());
            bytes[at] = *b;
        }
        Damage::Delete(i, n) => {
            let at = i.index(bytes.len());
            let end = (at + n).min(bytes.len());
            bytes.drain(at..end);
        }
        Damage::Insert(i, new) => {
            let at = i.index(bytes.len());
            bytes.splice(at..at, new.iter().copied());
        }
        Damage::Truncate(i) => bytes.truncate(i.index(bytes.len())),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_checked(&bytes)?;
    }

    #[test]
    fn json_like_text_never_panics(text in "[ {}\\[\\]\",:0-9a-z_.-]{0,300}") {
        parse_checked(text.as_bytes())?;
        let versioned = format!("{{\"schema_version\": 2, {text}");
        parse_checked(versioned.as_bytes())?;
    }

    #[test]
    fn damaged_project_files_never_panic(
        project in arb_project(),
        damages in prop::collection::vec(arb_damage(), 1..4),
    ) {
        let mut bytes = storage::to_json(&project).unwrap();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        parse_checked(&bytes)?;
    }

    #[test]
    fn damaged_version_1_files_never_panic(damages in prop::collection::vec(arb_damage(), 1..4)) {
        let mut bytes = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage/v1-project.json"),
        )
        .unwrap();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        parse_checked(&bytes)?;
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let mut text =
        String::from("{\"schema_version\": 2, \"creator\": {\"display_name\": \"A\"}, \"x\": ");
    text.push_str(&"[".repeat(100_000));
    let message = storage::parse_project(text.as_bytes(), Path::new(PATH))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("project.json is not valid JSON: recursion limit exceeded"),
        "{message}"
    );
}
