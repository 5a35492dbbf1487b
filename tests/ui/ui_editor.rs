//! The editor driven through its real window (egui_kittest, no display needed):
//! typing, platforms and posts, undo, every section's accessibility.

use crate::ui_support::{Answers, app, fresh_app, type_into, wait_for, wait_for_label};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{EditorSection, Startup};
use std::time::Duration;

fn press_enter(harness: &mut egui_kittest::Harness<'_, pitchkit::ui::PitchkitApp>) {
    harness.key_press(Key::Enter);
    harness.run_steps(2);
}

#[test]
fn typing_a_name_reaches_the_model_and_marks_the_title_unsaved() {
    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Profile);
    assert_eq!(harness.state().window_title(), "Untitled – Pitchkit");
    assert!(!harness.state().is_dirty());

    type_into(&mut harness, "Name", "Maya Okafor");
    harness.run();
    assert_eq!(
        harness.state().project().creator.display_name,
        "Maya Okafor"
    );
    assert!(harness.state().is_dirty());
    assert_eq!(harness.state().window_title(), "• Maya Okafor – Pitchkit");
    assert!(harness.query_by_label("• Unsaved changes").is_some());
}

#[test]
fn undo_and_redo_restore_the_project() {
    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Profile);
    type_into(&mut harness, "Tagline", "Space over coffee");
    harness.run();
    assert_eq!(
        harness.state().project().creator.tagline,
        "Space over coffee"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().project().creator.tagline, "");
    assert!(
        !harness.state().is_dirty(),
        "undo back to the opened state is clean"
    );
    assert_eq!(harness.state().window_title(), "Untitled – Pitchkit");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project().creator.tagline,
        "Space over coffee"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        harness.state().project().creator.tagline,
        "Space over coffee"
    );
}

#[test]
fn adding_a_platform_and_a_post_shows_the_engagement_rate() {
    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Platforms);
    harness.get_by_label("Add platform").click();
    harness.run();
    assert_eq!(harness.state().project().platforms.len(), 1);

    harness
        .get_by_label("Followers")
        .set_value_accesskit(1000.0);
    harness.run();
    assert_eq!(harness.state().project().platforms[0].followers, 1000);

    harness.get_by_label("Add post").click();
    harness.run();
    assert_eq!(harness.state().project().platforms[0].posts.len(), 1);
    type_into(&mut harness, "Likes, post 1", "40");
    press_enter(&mut harness);
    type_into(&mut harness, "Comments, post 1", "10");
    press_enter(&mut harness);
    harness.run();

    let post = &harness.state().project().platforms[0].posts[0];
    assert_eq!((post.likes, post.comments), (Some(40), Some(10)));
    // (40 + 10) ÷ 1,000 followers = 5.0 %, in the figures and in the post's row.
    assert!(harness.query_all_by_label("5.0%").count() >= 2);

    // A negative count never enters the model: the field says why.
    type_into(&mut harness, "Shares, post 1", "-3");
    press_enter(&mut harness);
    harness.run();
    assert_eq!(harness.state().project().platforms[0].posts[0].shares, None);
}

#[test]
fn a_future_date_is_refused_with_a_message() {
    let (_data, mut harness) = fresh_app(Startup::Empty, EditorSection::Platforms);
    harness.get_by_label("Add platform").click();
    harness.run();
    let before = harness.state().project().platforms[0]
        .followers_provenance
        .as_of;
    let field = harness.get_by_label("Counted on");
    field.focus();
    harness.step();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Counted on").type_text("2099-01-01");
    harness.step();
    press_enter(&mut harness);
    harness.run();
    assert_eq!(
        harness.state().project().platforms[0]
            .followers_provenance
            .as_of,
        before
    );
    assert!(harness.query_by_label_contains("after today").is_some());
}

#[test]
fn every_section_of_the_demo_shows_with_every_input_named() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    wait_for(&mut harness, Duration::from_secs(60), |app| {
        app.preview_is_current() && app.preview_pages() > 0
    });
    for section in EditorSection::ALL {
        harness.state_mut().show_section(section);
        // `run` checks that every visible input has an accessible name.
        harness.run();
        assert!(harness.state().panel_error().is_none(), "{section:?}");
    }
    assert!(harness.state().preview_pages() >= 4);
    assert!(
        harness
            .query_by_label("This is a demo kit: start your own")
            .is_some()
    );
}

#[test]
fn without_file_dialogs_export_and_save_say_where_files_went() {
    let data = tempfile::tempdir().unwrap();
    let documents = tempfile::tempdir().unwrap();
    // A file of that name is already there: the export must not overwrite it.
    std::fs::write(
        documents.path().join("Maya Okafor – media kit.pdf"),
        b"mine",
    )
    .unwrap();
    let answers = Answers {
        no_dialogs_fallback: Some(documents.path().to_path_buf()),
        ..Answers::default()
    };
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.step();
    wait_for(&mut harness, Duration::from_secs(300), |app| {
        !app.is_exporting()
    });
    let pdf = documents.path().join("Maya Okafor – media kit (2).pdf");
    assert_eq!(harness.state().last_export().unwrap().path, pdf);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        std::fs::read(documents.path().join("Maya Okafor – media kit.pdf")).unwrap(),
        b"mine"
    );
    assert!(
        harness
            .query_by_label_contains("No file dialog is available")
            .is_some()
    );

    // Save (the demo has no folder yet) goes to the fallback folder too.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    let bundle = documents.path().join("Maya Okafor.pitchkit");
    assert!(bundle.join("project.json").is_file());

    // The photo picker cannot be shown: the way out is said.
    harness.get_by_label("Aesthetics").click();
    harness.run_steps(2);
    harness.run_steps(2);
    harness.get_by_label("Add photos…").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Drag photos or a folder of photos")
            .is_some()
    );
}

#[test]
fn a_preview_page_opens_large_and_the_keyboard_turns_pages() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    wait_for_label(&mut harness, "Page 2, open large", Duration::from_secs(60));
    harness.run_steps(3);
    harness.get_by_label("Page 2, open large").click();
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("Page 2 of ").is_some());
    harness.key_press(Key::ArrowRight);
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("Page 3 of ").is_some());
    harness.key_press(Key::Home);
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("Page 1 of ").is_some());
    harness.key_press(Key::ArrowLeft);
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("Page 1 of ").is_some());
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert!(!harness.state().is_preview_zoomed());
}

#[test]
fn the_preview_measures_the_accent_colours_as_the_pdf_export_does() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::KitDesign);
    let project = pitchkit::sample::demo_project().unwrap();
    let media = pitchkit::sample::demo_media();
    // What the export measures: each photo's bytes (the demo has no thumbnails).
    let expected = pitchkit::media::gallery_colours(None, &project.samples, |sample| {
        let (_, bytes) = media.iter().find(|(name, _)| *name == sample.media.file)?;
        pitchkit::media::palette_of_bytes(bytes)
    });
    assert!(!expected.is_empty());
    let start = std::time::Instant::now();
    while harness.state().accent_colours() != expected.as_slice() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{:?} vs {expected:?}",
            harness.state().accent_colours()
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // None of the demo's colours makes an accent, and the panel says why.
    assert!(pitchkit::kit::theme::accent_from_palette(&expected).is_none());
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("too muted").is_some());
}

#[test]
fn typing_into_an_empty_name_keeps_the_focus_when_the_to_fix_box_goes() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    harness.get_by_label("New project").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("To fix before sending")
            .is_some()
    );
    harness.get_by_label("Name").focus();
    harness.step();
    // One key at a time, as a person types: the first letter removes the "to fix"
    // box above the form, and the field must keep the keyboard.
    for letter in ["A", "n", "a"] {
        harness.get_by_label("Name").type_text(letter);
        harness.run_steps(2);
    }
    assert_eq!(harness.state().project().creator.display_name, "Ana");
}

#[test]
fn a_testimonial_quote_is_edited_in_a_text_area_and_kept_when_left() {
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::Collaborations);
    let before = harness.state().project().collaborations[0]
        .testimonial
        .clone()
        .unwrap()
        .quote;
    harness.get_by_label("Quote, collaboration 1").focus();
    harness.step();
    harness
        .get_by_label("Quote, collaboration 1")
        .type_text(" Truly.");
    harness.run_steps(2);
    // Handed over when the field is left, as one undoable edit.
    harness.get_by_label("Said by, collaboration 1").focus();
    harness.run_steps(2);
    let after = &harness.state().project().collaborations[0]
        .testimonial
        .as_ref()
        .unwrap()
        .quote;
    assert_eq!(after, &format!("{before} Truly."));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    let undone = &harness.state().project().collaborations[0]
        .testimonial
        .as_ref()
        .unwrap()
        .quote;
    assert_eq!(undone, &before);
}

#[test]
fn kit_design_chooses_the_one_page_kit_and_the_preview_shows_one_page() {
    use pitchkit::model::KitLength;
    let (_data, mut harness) = fresh_app(Startup::Demo, EditorSection::KitDesign);
    wait_for_label(&mut harness, "Page 2, open large", Duration::from_secs(60));
    harness.get_by_label("One page").click();
    harness.run_steps(2);
    assert_eq!(harness.state().project().kit.length, KitLength::OnePage);
    assert!(
        harness
            .query_by_label_contains("brands that skim")
            .is_some()
    );
    wait_for(&mut harness, Duration::from_secs(60), |app| {
        app.preview_is_current() && app.preview_pages() == 1
    });
    assert!(harness.query_by_label("Page 1, open large").is_some());
    assert!(harness.query_by_label("Page 2, open large").is_none());
    // One undo step brings the full kit back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().project().kit.length, KitLength::Full);
}
