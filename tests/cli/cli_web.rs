//! `pitchkit export --html` end to end: the default file name, the link-preview image
//! with `--base-url`, and bad input (one line on stderr, exit code, no file left).
#![allow(clippy::unwrap_used)]

use crate::support::{demo_in, run_at};

#[test]
fn exports_the_web_page_with_the_default_name() {
    let dir = tempfile::tempdir().unwrap();
    demo_in(dir.path(), "demo");
    let (code, out, err) = run_at(Some(dir.path()), &["export", "demo.pitchkit", "--html"]);
    assert_eq!(code, 0, "{err}");
    let page = dir.path().join("Maya Okafor – media kit.html");
    assert!(out.starts_with("Exported the web page, "), "{out}");
    assert!(
        out.contains(&page.display().to_string()) || out.contains("media kit.html"),
        "{out}"
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.len() <= 3_000_000, "{} bytes", html.len());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp") || n.ends_with(".jpg"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn the_pages_address_brings_the_preview_image_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    demo_in(dir.path(), "demo");
    std::fs::create_dir(dir.path().join("site")).unwrap();
    let args = [
        "export",
        "demo.pitchkit",
        "--html",
        "--theme",
        "bold-dark",
        "-o",
        "site/index.html",
        "--base-url",
        "https://orbitandoat.example.com/kit/",
    ];
    let (code, out, err) = run_at(Some(dir.path()), &args);
    assert_eq!(code, 0, "{err}");
    let images: Vec<String> = std::fs::read_dir(dir.path().join("site"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jpg"))
        .collect();
    assert_eq!(images.len(), 1, "{images:?}");
    assert!(out.contains(&images[0]), "{out}");
    let html = std::fs::read_to_string(dir.path().join("site/index.html")).unwrap();
    assert!(html.contains(&format!(
        "<meta property=\"og:image\" content=\"https://orbitandoat.example.com/kit/{}\">",
        images[0]
    )));
}

#[test]
fn bad_web_export_input_fails_with_one_line_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    demo_in(dir.path(), "demo");
    for (args, expected) in [
        (
            &[
                "export",
                "demo.pitchkit",
                "--html",
                "-o",
                "x.html",
                "--base-url",
                "javascript:alert(1)",
            ][..],
            1,
        ),
        (
            &[
                "export",
                "demo.pitchkit",
                "--html",
                "-o",
                "x.html",
                "--theme",
                "neon",
            ][..],
            1,
        ),
        (
            &[
                "export",
                "demo.pitchkit",
                "--html",
                "-o",
                "x.html",
                "--max-size",
                "0",
            ][..],
            1,
        ),
        (
            &["export", "missing.pitchkit", "--html", "-o", "x.html"][..],
            1,
        ),
        (
            &["export", "demo.pitchkit", "--html", "-o", "nowhere/x.html"][..],
            1,
        ),
        (
            &[
                "export",
                "demo.pitchkit",
                "--html",
                "-o",
                "x.html",
                "--page",
                "a4",
            ][..],
            2,
        ),
        (
            &[
                "export",
                "demo.pitchkit",
                "-o",
                "x.html",
                "--base-url",
                "https://a.example/",
            ][..],
            2,
        ),
    ] {
        let (code, out, err) = run_at(Some(dir.path()), args);
        assert_eq!(code, expected, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        if expected == 1 {
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        }
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "demo.pitchkit")
            .collect();
        assert!(left.is_empty(), "{args:?} left {left:?}");
    }
}
