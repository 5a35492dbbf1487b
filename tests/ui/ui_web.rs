//! "Export web page…" in the File menu, beside the PDF: the page is written where the
//! dialog says, under the kit's name with `.html`, and the notice says where.

use crate::ui_support::{Answers, app, wait_for};
use egui_kittest::kittest::Queryable;
use pitchkit::ui::{EditorSection, Startup};
use std::time::Duration;

#[test]
fn the_file_menu_exports_the_web_page() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let answers = Answers::default();
    *answers.pdf_path.lock().unwrap() = Some(out.path().join("kit"));
    let mut harness = app(Startup::Demo, data.path(), &answers, EditorSection::Profile);
    harness.run();

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export web page…").click();
    harness.run();
    assert_eq!(
        answers.suggested_pdf_names.lock().unwrap().as_slice(),
        ["Maya Okafor – media kit.html"]
    );
    wait_for(&mut harness, Duration::from_secs(300), |app| {
        !app.is_exporting()
    });

    let page = out.path().join("kit.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Maya Okafor"));
    assert!(
        harness
            .query_by_label_contains("Exported the web page to ")
            .is_some()
    );
    assert!(
        harness.state().last_export().is_none(),
        "the PDF report is the PDF's"
    );
}
