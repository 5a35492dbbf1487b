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
