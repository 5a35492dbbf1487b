//! The web kit's markup: escaping and safe links (`web::escape`), the HTML writer
//! (`web::html`), the document's links and policy (`web::document`) and SVG numbers
//! (`web::svg`).
#![allow(clippy::unwrap_used)]

use pitchkit::web::document::{beside, content_security_policy};
use pitchkit::web::escape::{attr, safe_href, text};
use pitchkit::web::html::Html;
use pitchkit::web::svg::num;
use proptest::prelude::*;

// web::escape

#[test]
fn escapes_markup() {
    assert_eq!(
        text("<script>alert(1)</script> & co"),
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    );
    assert_eq!(attr("a\"b'c<"), "a&quot;b&#39;c&lt;");
    assert_eq!(text("a\u{0}b\u{7}c\nd"), "abc\nd");
}

#[test]
fn only_web_and_mail_links() {
    assert_eq!(
        safe_href(" https://example.com/a "),
        Some("https://example.com/a")
    );
    assert_eq!(safe_href("HTTP://example.com"), Some("HTTP://example.com"));
    assert_eq!(
        safe_href("mailto:maya@example.com"),
        Some("mailto:maya@example.com")
    );
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "//evil.example",
        "/local/path",
        "https://a.example/\"onmouseover=x",
        "https://a b",
        "vbscript:x",
        "",
    ] {
        assert_eq!(safe_href(bad), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn escaped_text_has_no_markup(s in "\\PC*") {
        let out = attr(&s);
        prop_assert!(!out.contains('<') && !out.contains('>') && !out.contains('"'));
        prop_assert!(!out.contains('\''));
    }
}

// web::html

#[test]
fn escapes_and_refuses_unsafe_links() {
    let mut html = Html::default();
    html.link("javascript:alert(1)", "", "<b>x</b>");
    html.link("https://example.com/?a=1&b=2", "ext", "ok");
    let (out, chars) = html.finish();
    assert_eq!(
        out,
        "<span>&lt;b&gt;x&lt;/b&gt;</span><a href=\"https://example.com/?a=1&amp;b=2\" class=\"ext\">ok</a>"
    );
    assert!(chars.contains(&'<') && chars.contains(&'o'));
}

// web::document

#[test]
fn files_beside_the_page() {
    assert_eq!(
        beside("https://a.example", "c.jpg"),
        "https://a.example/c.jpg"
    );
    assert_eq!(
        beside("https://a.example/kit/", "c.jpg"),
        "https://a.example/kit/c.jpg"
    );
    assert_eq!(
        beside("https://a.example/kit/maya.html?x=1", "my cover.jpg"),
        "https://a.example/kit/my%20cover.jpg"
    );
}

#[test]
fn the_policy_names_the_style_hash() {
    let policy = content_security_policy("body{}");
    assert!(policy.starts_with("default-src 'none'; style-src 'sha256-"));
    assert!(policy.contains("img-src data:") && !policy.contains("script"));
}

// web::svg

#[test]
fn numbers_are_short() {
    assert_eq!(num(1.0), "1");
    assert_eq!(num(1.256), "1.26");
    assert_eq!(num(-0.001), "0");
    assert_eq!(num(12.5), "12.5");
}
