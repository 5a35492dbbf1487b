//! Validation of pitches: a brand name, a contact address that is one, a sent date not
//! after today; the demo's pitches are valid.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::sample::demo_project;
use pitchkit::storage::validate;

#[test]
fn the_demo_pitches_are_valid() {
    assert_eq!(
        validate(&demo_project().unwrap(), date(2026, 11, 16)),
        vec![]
    );
}

#[test]
fn a_pitch_without_brand_with_a_bad_address_sent_tomorrow_gets_three_issues() {
    let mut project = demo_project().unwrap();
    let pitch = &mut project.pitches[1];
    pitch.brand = "  ".to_owned();
    pitch.contact_email = "sam at kepler".to_owned();
    pitch.sent_on = Some(date(2026, 11, 17));
    let issues = validate(&project, date(2026, 11, 16));
    let found: Vec<(&str, &str)> = issues
        .iter()
        .map(|i| (i.path.as_str(), i.message.as_str()))
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0].0, "pitches[1].brand");
    assert!(
        found[0].1.starts_with("Pitch 2 has no brand name."),
        "{}",
        found[0].1
    );
    assert_eq!(found[1].0, "pitches[1].contact_email");
    assert!(
        found[1]
            .1
            .starts_with("Pitch 2: the contact email “sam at kepler” is not an email address"),
        "{}",
        found[1].1
    );
    assert_eq!(found[2].0, "pitches[1].sent_on");
    assert_eq!(
        found[2].1,
        "Pitch 2 is marked sent on 17 Nov 2026, after today (16 Nov 2026). Correct the date."
    );
}

#[test]
fn a_follow_up_after_today_is_fine() {
    let mut project = demo_project().unwrap();
    project.pitches[0].follow_up_on = Some(date(2027, 1, 5));
    assert_eq!(validate(&project, date(2026, 11, 16)), vec![]);
}
