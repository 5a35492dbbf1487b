//! Round trips: any valid project written as JSON, or saved to a bundle, reads back equal.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::common::arb::arb_project;
use crate::dates::date;
use pitchkit::storage;
use proptest::prelude::*;
use std::path::Path;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trip_gives_the_same_project(project in arb_project()) {
        let bytes = storage::to_json(&project).unwrap();
        let back = storage::parse_project(&bytes, Path::new("/p/project.json")).unwrap();
        prop_assert_eq!(&back, &project);
        // Writing again gives the very same bytes.
        prop_assert_eq!(storage::to_json(&back).unwrap(), bytes);
    }

    #[test]
    fn valid_projects_have_no_validation_issues(project in arb_project()) {
        let today = date(2030, 1, 1);
        prop_assert_eq!(storage::validate(&project, today), vec![]);
    }
}

proptest! {
    // Each case writes and fsyncs real files: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn save_then_open_gives_the_same_project(first in arb_project(), second in arb_project()) {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("round.pitchkit");
        storage::save(&bundle, &first).unwrap();
        prop_assert_eq!(&storage::open(&bundle).unwrap(), &first);
        storage::save(&bundle, &second).unwrap();
        prop_assert_eq!(&storage::open(&bundle).unwrap(), &second);
    }
}

#[test]
fn the_full_kit_length_is_not_written_and_a_short_one_is() {
    use pitchkit::model::KitLength;
    let demo = pitchkit::sample::demo_project().unwrap();
    assert_eq!(demo.kit.length, KitLength::Full);
    // A project that never chose a length is written exactly as before.
    let bytes = storage::to_json(&demo).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(!text.contains("\"length\""), "{text}");
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let embedded: serde_json::Value =
        serde_json::from_str(pitchkit::sample::DEMO_PROJECT_JSON).unwrap();
    assert_eq!(value["kit"], embedded["kit"]);
    for (length, name) in [
        (KitLength::OnePage, "one_page"),
        (KitLength::TwoPage, "two_page"),
    ] {
        let mut project = demo.clone();
        project.kit.length = length;
        let bytes = storage::to_json(&project).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(value["kit"]["length"], name);
        let back = storage::parse_project(&bytes, Path::new("/p/project.json")).unwrap();
        assert_eq!(back.kit.length, length);
    }
}
