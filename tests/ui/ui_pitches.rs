//! The Pitches section driven by labels: the log by follow-up with what is due, a new
//! pitch added and undone, competitors flagged, the email draft sent to the "mail app"
//! with the pitch's kit written beside the project and its folder shown.
#![allow(clippy::unwrap_used)]

use crate::ui_support::{Answers, app, fresh_app, type_into, wait_for};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{EditorSection, Startup};
use std::time::Duration;

#[test]
fn the_log_lists_pitches_by_follow_up_and_says_what_is_due() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Pitches);
    harness.run();
    // Today is 20 Nov 2026: Brightside (16 Nov) and Kepler Kids (20 Nov) are due.
    assert!(harness.query_by_label("Follow-ups due").is_some());
    assert!(
        harness
            .query_by_label_contains("Brightside Coffee Co. · due")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Kepler Kids · due")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Aurora Oat Drink · due")
            .is_none()
    );
    // The first pitch's form: its competitor is flagged, with the reason on the page.
    assert!(harness.query_by_label("Competitor: left out").is_some());
    assert!(
        harness
            .query_by_label_contains("Halfmoon Roasters is in the same category")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Together: ").is_some());
    // The preview shows the kit made for the pitch open below the log.
    let start = std::time::Instant::now();
    while harness
        .query_by_label_contains("· the kit for Brightside Coffee Co.")
        .is_none()
    {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no pitch preview"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    let text = harness.state().preview_text();
    assert!(
        text.contains("Prepared for Brightside Coffee Co."),
        "the preview's cover names the brand: {text}"
    );
    assert!(!text.contains("Halfmoon"), "the competitor is left out");
}

#[test]
fn a_new_pitch_starts_from_the_main_kit_and_undo_removes_it() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Pitches);
    harness.run();
    let before = harness.state().project().pitches.len();
    type_into(&mut harness, "Brand to pitch", "Northwind Tea");
    harness.get_by_label("Add pitch").click();
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.pitches.len(), before + 1);
    let added = project.pitches.last().unwrap();
    assert_eq!(added.brand, "Northwind Tea");
    assert_eq!(added.sections, project.kit.sections);
    // The new pitch is the one shown.
    assert!(harness.query_by_label("Export this pitch's kit…").is_some());
    assert_eq!(
        harness.get_by_label("Brand, pitch 4").value().as_deref(),
        Some("Northwind Tea")
    );
    // Its own accent, one undo step.
    harness.get_by_label("Accent colour").click();
    harness.run();
    assert!(harness.state().project().pitches[before].accent.is_some());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().project().pitches[before].accent.is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().project().pitches.len(), before);
}

#[test]
fn the_email_draft_opens_in_the_mail_app_and_the_kit_is_written_to_attach() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    let bundle = folder.path().join("maya.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    let mut harness = app(
        Startup::Open(bundle.clone()),
        data.path(),
        &answers,
        EditorSection::Pitches,
    );
    harness.run();
    harness.get_by_label("Email this kit…").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Email the kit to Brightside Coffee Co.")
            .is_some()
    );
    let subject = harness.get_by_label("Subject").value().unwrap_or_default();
    assert!(subject.contains("Maya Okafor"), "{subject}");
    harness.get_by_label("Open in mail app").click();
    harness.run();
    wait_for(&mut harness, Duration::from_secs(300), |app| {
        !app.is_exporting()
    });
    let mail = answers.opened_mail.lock().unwrap().clone();
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0].starts_with("mailto:jess.moreno@brightside.example.com?subject="),
        "{}",
        mail[0]
    );
    let pdf = folder
        .path()
        .join("Maya Okafor × Brightside Coffee Co – media kit.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        answers.opened_folders.lock().unwrap().as_slice(),
        [folder.path().to_path_buf()]
    );
    assert!(
        harness
            .query_by_label_contains("Attach it to the email")
            .is_some()
    );
}

#[test]
fn follow_ups_due_are_said_when_the_project_opens_with_the_way_to_them() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    harness.run();
    assert!(
        harness
            .query_by_label(
                "Follow-ups due: Brightside Coffee Co. (due 16 Nov 2026), Kepler Kids (due 20 Nov 2026)."
            )
            .is_some()
    );
    harness.get_by_label("Show Pitches").click();
    harness.run();
    assert!(harness.query_by_label("Add pitch").is_some());
}

#[test]
fn a_follow_up_day_may_be_in_the_future_and_a_mistyped_one_is_refused_with_the_way_out() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Pitches);
    harness.run();
    let before = harness.state().project().pitches[0].follow_up_on;
    type_into(&mut harness, "Follow up on", "next tuesday");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Type the date as year-month-day")
            .is_some()
    );
    assert_eq!(harness.state().project().pitches[0].follow_up_on, before);
    // Cleared, then a day after "today" (20 Nov 2026) is taken: follow-ups are ahead.
    harness.get_by_label("Follow up on").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Follow up on").type_text("2027-01-05");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().project().pitches[0].follow_up_on,
        Some(crate::dates::date(2027, 1, 5))
    );
}
