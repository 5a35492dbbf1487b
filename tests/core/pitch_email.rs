//! "Email this kit": the draft says who the creator is, why this brand, the audience
//! fit and one result of a past collaboration the kit shows; its `mailto:` link is
//! percent-encoded and decodes back to the same text.
#![allow(clippy::unwrap_used)]

use pitchkit::kit::pitch::{email_draft, mailto_url};
use pitchkit::sample::demo_project;
use proptest::prelude::*;

/// Decodes `%XX` escapes (the test's own reader of the link).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// (address, subject, body) of a `mailto:` link, decoded.
fn read(url: &str) -> (String, String, String) {
    let rest = url.strip_prefix("mailto:").unwrap();
    let (to, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut subject = String::new();
    let mut body = String::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap();
        match key {
            "subject" => subject = decode(value),
            "body" => body = decode(value),
            other => panic!("unexpected {other}"),
        }
    }
    (decode(to), subject, body)
}

#[test]
fn the_draft_is_built_from_the_pitch() {
    let project = demo_project().unwrap();
    let draft = email_draft(&project, &project.pitches[1]);
    assert_eq!(draft.to, "partnerships@keplerkids.example.com");
    assert_eq!(draft.subject, "Maya Okafor × Kepler Kids – media kit");
    let body = &draft.body;
    assert!(body.starts_with("Hi Sam,\n\n"), "{body}");
    assert!(
        body.contains(
            "I'm Maya Okafor (@orbitandoat): space science explained over morning coffee, for \
             95K followers on Instagram, TikTok and YouTube."
        ),
        "{body}"
    );
    assert!(
        body.contains("Half of the questions I answer come from"),
        "the intro: {body}"
    );
    // 0.581 × 0.563 × 0.541 = 17.7 %.
    assert!(
        body.contains(
            "About 17.7% of my audience is in your target group (aged 25–34, 35–44; women; in \
             United Kingdom, United States) (an estimate"
        ),
        "{body}"
    );
    // The widest-reaching collaboration the kit shows: Halfmoon Roasters, 61.3K reach.
    assert!(
        body.contains(
            "When I worked with Halfmoon Roasters (Sep 2026), the campaign reached 61.3K \
             people and brought 1,180 link clicks and 214 conversions."
        ),
        "{body}"
    );
    assert!(body.ends_with(
        "Thanks,\nMaya Okafor\nmaya.okafor@example.com · https://orbitandoat.example.com"
    ));
}

#[test]
fn the_result_never_comes_from_a_competitor() {
    let project = demo_project().unwrap();
    let draft = email_draft(&project, &project.pitches[0]);
    assert!(!draft.body.contains("Halfmoon"), "{}", draft.body);
    assert!(
        draft
            .body
            .contains("When I worked with Lumen Optics (Oct 2026)"),
        "{}",
        draft.body
    );
    assert!(
        draft.body.contains("At least 18.2% of my audience"),
        "{}",
        draft.body
    );
    assert!(draft.body.starts_with("Hi Jess,"));
}

#[test]
fn without_contact_intro_or_target_the_draft_still_reads() {
    let project = demo_project().unwrap();
    let mut pitch = project.pitches[2].clone();
    pitch.target = Default::default();
    pitch.contact_email = "not an address".to_owned();
    let draft = email_draft(&project, &pitch);
    assert_eq!(draft.to, "");
    assert!(draft.body.starts_with("Hello Aurora Oat Drink team,"));
    assert!(
        draft
            .body
            .contains("I think Aurora Oat Drink and my audience would be a good fit.")
    );
    assert!(!draft.body.contains("of my audience is in"));
    assert!(
        draft
            .mailto_url()
            .starts_with("mailto:?subject=Maya%20Okafor%20%C3%97%20Aurora")
    );
}

#[test]
fn the_mailto_link_encodes_everything_but_unreserved_characters() {
    let project = demo_project().unwrap();
    let draft = email_draft(&project, &project.pitches[1]);
    let url = draft.mailto_url();
    assert!(url.starts_with("mailto:partnerships@keplerkids.example.com?subject="));
    let query = url.split_once('?').unwrap().1;
    assert!(
        query
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~%=&".contains(c)),
        "{query}"
    );
    assert!(query.contains("%0D%0A%0D%0A"), "paragraphs are CRLF pairs");
    let (to, subject, body) = read(&url);
    assert_eq!(to, draft.to);
    assert_eq!(subject, draft.subject);
    assert_eq!(body, draft.body.replace('\n', "\r\n"));
}

proptest! {
    #[test]
    fn any_text_decodes_back(subject in "\\PC{0,30}", body in "(\\PC|\n){0,60}") {
        let url = mailto_url("a@b.example", &subject, &body);
        let (to, s, b) = read(&url);
        prop_assert_eq!(to, "a@b.example");
        prop_assert_eq!(s, subject);
        prop_assert_eq!(b, body.replace('\n', "\r\n"));
        let query = url.split_once('?').map_or("", |q| q.1);
        prop_assert!(query.chars().all(|c| c.is_ascii_alphanumeric() || "-._~%=&".contains(c)));
    }
}
