//! `pitchkit check`: links that are not web addresses and email addresses that are not
//! addresses are reported with their field; the health check's warnings are printed,
//! and `--strict` makes them fail.
#![allow(clippy::unwrap_used)]

use crate::support::{demo_in, run};
use std::fs;
use std::path::Path;

/// The demo bundle in `dir`, with `edit` applied to its project.json.
fn edited_demo(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let bundle = demo_in(dir, "demo");
    let file = bundle.join("project.json");
    let mut project: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    edit(&mut project);
    fs::write(&file, serde_json::to_vec_pretty(&project).unwrap()).unwrap();
    bundle.to_str().unwrap().to_owned()
}

#[test]
fn check_reports_each_link_that_is_not_a_web_address() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = edited_demo(dir.path(), |project| {
        project["creator"]["website"] = "javascript:alert(1)".into();
        project["creator"]["email"] = "maya at example".into();
        project["platforms"][0]["profile_url"] = "file:///etc/passwd".into();
        project["platforms"][0]["posts"][0]["link"] = "vbscript:msgbox(1)".into();
        project["collaborations"][0]["link"] = "data:text/html,<b>hi</b>".into();
        project["samples"][0]["link"] = "ftp://example.com/photo".into();
    });
    let (code, stdout, stderr) = run(&["check", &bundle]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(!stdout.contains("no problems found"), "{stdout}");
    for expected in [
        "The website “javascript:alert(1)” is not a web address: it starts with “javascript:”",
        "The contact email “maya at example” is not an email address",
        "Instagram: the profile link “file:///etc/passwd” is not a web address: it starts with “file:”",
        ": the link “vbscript:msgbox(1)” is not a web address: it starts with “vbscript:”",
        ": the link “data:text/html,<b>hi</b>” is not a web address: it starts with “data:”",
        "Aesthetic photo 1: the link “ftp://example.com/photo” is not a web address: it starts with “ftp:”",
        "6 problems found",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
}

#[test]
fn web_addresses_without_a_scheme_pass() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = edited_demo(dir.path(), |project| {
        project["creator"]["website"] = "orbitandoat.com/kit".into();
        project["platforms"][0]["profile_url"] = "HTTPS://www.instagram.com/orbitandoat".into();
    });
    let (code, stdout, stderr) = run(&["check", &bundle]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(!stderr.contains("not a web address"), "{stderr}");
}

/// The demo with its first Instagram post's likes at ten times the followers.
fn demo_with_a_viral_post(dir: &Path) -> String {
    edited_demo(dir, |project| {
        let followers = project["platforms"][0]["followers"].as_u64().unwrap();
        project["platforms"][0]["posts"][0]["likes"] = (followers + 1_000).into();
    })
}

#[test]
fn the_demo_is_healthy() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = edited_demo(dir.path(), |_| {});
    let (code, stdout, stderr) = run(&["check", "--strict", &bundle]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout.trim_end(), format!("{bundle}: no problems found"));
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn health_warnings_are_printed_and_fail_only_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_with_a_viral_post(dir.path());
    let (code, stdout, stderr) = run(&["check", &bundle]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(
        stdout.trim_end(),
        format!("{bundle}: no problems found; 1 warning to check")
    );
    let line = stderr.lines().next().unwrap();
    assert!(
        line.starts_with("warning: Instagram · post of "),
        "{stderr}"
    );
    assert!(line.contains("Its engagement by followers is "), "{stderr}");
    assert!(
        line.contains("dismiss this warning with a note"),
        "{stderr}"
    );

    let (code, _, stderr) = run(&["check", "--strict", &bundle]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("--strict: the warnings count as problems"),
        "{stderr}"
    );
}

#[test]
fn a_dismissed_warning_is_not_printed_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo_with_a_viral_post(dir.path());
    let project = pitchkit::storage::open(Path::new(&bundle)).unwrap();
    let benchmarks = pitchkit::analytics::Benchmarks::embedded().unwrap();
    let warnings = pitchkit::analytics::health_check(&project, pitchkit::cli::today(), &benchmarks);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let key = warnings[0].key.clone();
    let file = Path::new(&bundle).join("project.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    json["dismissed_warnings"] =
        serde_json::json!([{ "key": key, "reason": "this reel went viral" }]);
    fs::write(&file, serde_json::to_vec_pretty(&json).unwrap()).unwrap();

    let (code, stdout, stderr) = run(&["check", "--strict", &bundle]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(
        stdout.trim_end(),
        format!("{bundle}: no problems found; 1 warning dismissed")
    );
}
