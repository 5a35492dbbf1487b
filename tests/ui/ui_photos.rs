//! Photos in the editor: every thumbnail is an image named for screen readers.

use crate::ui_support::{Answers, app, fresh_app};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{EditorSection, Startup};

#[test]
fn gallery_photos_are_images_named_by_their_caption_else_their_number() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("kit.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    // The second photo loses its caption.
    let file = bundle.join("project.json");
    let mut project: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let first = project["samples"][0]["caption"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!first.is_empty());
    project["samples"][1]["caption"] = "".into();
    std::fs::write(&file, serde_json::to_vec_pretty(&project).unwrap()).unwrap();

    let data = tempfile::tempdir().unwrap();
    let harness = app(
        Startup::Open(bundle),
        data.path(),
        &Answers::default(),
        EditorSection::Aesthetics,
    );
    harness.get_by_role_and_label(Role::Image, &first);
    harness.get_by_role_and_label(Role::Image, "Photo 2");
    assert!(
        harness
            .query_by_role_and_label(Role::Image, "Photo 1")
            .is_none(),
        "a captioned photo is named by its caption"
    );
}

#[test]
fn the_profile_photo_is_an_image_named_profile_photo() {
    let (_data, harness) = fresh_app(Startup::Demo, EditorSection::Profile);
    harness.get_by_role_and_label(Role::Image, "Profile photo");
}
