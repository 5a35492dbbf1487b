//! Links typed by the creator: a web address becomes a link annotation, anything else
//! (`javascript:`, `file:`, `data:`, a broken email) is printed as plain text and never
//! becomes a link, read back from the PDF with lopdf.
#![allow(clippy::unwrap_used)]

use crate::pdf_support::*;
use pitchkit::model::{PageSize, Project, Theme};
use pitchkit::pdf::{ExportOptions, MediaSource, render_kit};
use pitchkit::sample::demo_project;

fn links_of(project: &Project) -> (Vec<String>, String, Vec<String>) {
    let options = ExportOptions {
        theme: Theme::CleanLight,
        page_size: PageSize::A4,
        max_size_bytes: 5 * 1024 * 1024,
        length: pitchkit::model::KitLength::Full,
        created: fixed_date(),
    };
    let pdf = render_kit(project, &MediaSource::demo(), &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    (link_urls(&doc), all_text(&doc), pdf.warnings)
}

fn assert_only_web_and_mail(urls: &[String]) {
    assert!(!urls.is_empty(), "the kit has no links at all");
    for url in urls {
        let web = url.starts_with("https://") || url.starts_with("http://");
        assert!(web || url.starts_with("mailto:"), "{url} in {urls:?}");
        let lower = url.to_ascii_lowercase();
        for scheme in ["javascript:", "file:", "data:", "vbscript:", "ftp:"] {
            assert!(!lower.contains(scheme), "{url} carries {scheme}");
        }
    }
}

#[test]
fn unsafe_links_are_printed_as_text_never_linked() {
    let mut project = demo_project().unwrap();
    project.creator.website = "javascript:alert(1)".to_owned();
    project.creator.email = "vbscript:msgbox".to_owned();
    project.platforms[0].profile_url = "file:///etc/passwd".to_owned();
    project.platforms[0].handle = String::new();
    for collab in &mut project.collaborations {
        collab.link = "data:text/html,<script>alert(1)</script>".to_owned();
        collab.show_in_kit = true;
    }
    if let Some(sample) = project.samples.first_mut() {
        sample.link = "ftp://example.com/photo".to_owned();
    }
    let (urls, text, warnings) = links_of(&project);
    assert_only_web_and_mail(&urls);
    assert!(!urls.iter().any(|u| u.contains("alert")), "{urls:?}");
    assert!(!urls.iter().any(|u| u.contains("passwd")), "{urls:?}");
    assert!(!urls.iter().any(|u| u.contains("msgbox")), "{urls:?}");
    assert!(
        text.contains("javascript:alert(1)"),
        "the website is not printed"
    );
    assert!(
        text.contains("file:///etc/passwd"),
        "the profile link is not printed"
    );
    // Nothing was handed to the PDF writer to refuse: the kit never built these links.
    assert!(
        !warnings.iter().any(|w| w.contains("was left out")),
        "{warnings:?}"
    );
}

#[test]
fn good_links_stay_links() {
    let mut project = demo_project().unwrap();
    project.creator.website = "Orbitandoat.com/kit".to_owned();
    project.platforms[0].profile_url = "instagram.com/orbitandoat".to_owned();
    let (urls, _, _) = links_of(&project);
    assert_only_web_and_mail(&urls);
    assert!(
        urls.contains(&"https://orbitandoat.com/kit".to_owned()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&"https://instagram.com/orbitandoat".to_owned()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&format!("mailto:{}", project.creator.email)),
        "{urls:?}"
    );
}
