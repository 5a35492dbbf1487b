//! Small parts of the PDF export: the coordinate flip (`pdf::coords`), safe link URLs
//! (`pdf::links`) and the progress reporter (`pdf::export::progress`).
#![allow(clippy::unwrap_used)]

use pitchkit::pdf::coords::{Flip, mm_to_pt};
use pitchkit::pdf::export::progress::Reporter;
use pitchkit::pdf::export::{ExportProgress, ExportStage};
use pitchkit::pdf::links::safe_url;
use std::sync::Mutex;

// pdf::coords

#[test]
fn top_left_becomes_bottom_left() {
    let flip = Flip::new(297.0);
    let top_left = flip.point(0.0, 0.0);
    assert!((top_left.y.0 - 841.89).abs() < 0.01);
    let bottom_right = flip.point(210.0, 297.0);
    assert!((bottom_right.x.0 - 595.28).abs() < 0.01);
    assert!(bottom_right.y.0.abs() < 0.001);
    assert!((mm_to_pt(25.4) - 72.0).abs() < 0.001);
}

// pdf::links

#[test]
fn keeps_web_mail_and_phone_links() {
    assert_eq!(
        safe_url(" https://orbitandoat.com/kit ").as_deref(),
        Some("https://orbitandoat.com/kit")
    );
    assert_eq!(
        safe_url("mailto:maya@example.com").as_deref(),
        Some("mailto:maya@example.com")
    );
    assert_eq!(safe_url("tel:+441234").as_deref(), Some("tel:+441234"));
}

#[test]
fn refuses_other_schemes() {
    assert_eq!(safe_url("file:///home/maya/kit.pdf"), None);
    assert_eq!(safe_url("javascript:alert(1)"), None);
    assert_eq!(safe_url("https:"), None);
    assert_eq!(safe_url("orbitandoat.com"), None);
}

#[test]
fn percent_encodes_spaces_and_non_ascii() {
    assert_eq!(
        safe_url("https://example.com/café menu").as_deref(),
        Some("https://example.com/caf%C3%A9%20menu")
    );
}

// pdf::export::progress

#[test]
fn reports_never_go_down_nor_past_one() {
    let heard = Mutex::new(Vec::new());
    let callback = |p: ExportProgress| heard.lock().unwrap().push(p.fraction);
    let reporter = Reporter::new(&callback);
    reporter.report(ExportStage::LayingOut, 0.4);
    reporter.report(ExportStage::Assembling, 0.2);
    reporter.report(ExportStage::Writing, f32::NAN);
    reporter.fitting(8, 9, 12, 12);
    reporter.report(ExportStage::Done, 1.5);
    assert_eq!(heard.into_inner().unwrap(), vec![0.4, 0.4, 0.4, 0.9, 1.0]);
    assert_eq!(
        ExportStage::FittingBudget { step: 2, steps: 9 }.label(),
        "Fitting the size budget (step 2 of 9)"
    );
}
