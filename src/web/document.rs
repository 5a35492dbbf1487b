//! The document around the sections: doctype, language, the Content-Security-Policy
//! that forbids every request but the page's own inline style, embedded fonts and
//! images; title and description for link previews, Open Graph tags when the page's
//! address is known; the footer with the data date.

use super::escape;
use crate::kit::lang::Language;
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// What the `<head>` says about the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// `<title>`.
    pub title: String,
    /// The description for search results and link previews.
    pub description: String,
    /// Dark paper (`color-scheme`, `theme-color`).
    pub dark: bool,
    /// The page's background, for `theme-color`.
    pub background: String,
    /// Open Graph tags, when the page's address is known.
    pub open_graph: Option<OpenGraph>,
    /// The kit's language (`<html lang dir>`).
    pub language: Language,
}

/// Link-preview tags for a page whose address is known.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenGraph {
    /// Where the page lives.
    pub url: String,
    /// The cover image's address, its size and its text alternative.
    pub image: Option<(String, u32, u32, String)>,
}

/// The Content-Security-Policy for a page whose only style is `style`: no scripts,
/// no requests; images and fonts only from `data:` URIs.
pub fn content_security_policy(style: &str) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
}

fn meta(out: &mut String, key: &str, name: &str, content: &str) {
    out.push_str(&format!(
        "<meta {key}=\"{}\" content=\"{}\">\n",
        escape::attr(name),
        escape::attr(content)
    ));
}

/// The whole page: `head`, the stylesheet `style` and the `body` markup.
pub fn page(head: &Head, style: &str, body: &str) -> String {
    let mut out = String::with_capacity(style.len() + body.len() + 4096);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        head.language.code(),
        if head.language.is_rtl() { "rtl" } else { "ltr" }
    ));
    meta(
        &mut out,
        "http-equiv",
        "Content-Security-Policy",
        &content_security_policy(style),
    );
    meta(
        &mut out,
        "name",
        "viewport",
        "width=device-width, initial-scale=1",
    );
    meta(&mut out, "name", "referrer", "no-referrer");
    meta(
        &mut out,
        "name",
        "color-scheme",
        if head.dark { "dark" } else { "light" },
    );
    meta(&mut out, "name", "theme-color", &head.background);
    out.push_str(&format!("<title>{}</title>\n", escape::text(&head.title)));
    meta(&mut out, "name", "description", &head.description);
    meta(&mut out, "name", "generator", "Pitchkit");
    meta(&mut out, "property", "og:type", "website");
    meta(&mut out, "property", "og:title", &head.title);
    meta(&mut out, "property", "og:description", &head.description);
    if let Some(og) = &head.open_graph {
        meta(&mut out, "property", "og:url", &og.url);
        match &og.image {
            Some((url, width, height, alt)) => {
                meta(&mut out, "property", "og:image", url);
                meta(&mut out, "property", "og:image:type", "image/jpeg");
                meta(&mut out, "property", "og:image:width", &width.to_string());
                meta(&mut out, "property", "og:image:height", &height.to_string());
                meta(&mut out, "property", "og:image:alt", alt);
                meta(&mut out, "name", "twitter:card", "summary_large_image");
            }
            None => meta(&mut out, "name", "twitter:card", "summary"),
        }
    }
    out.push_str("<style>");
    out.push_str(style);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(body);
    out.push_str("\n</body>\n</html>\n");
    out
}

/// The address of a file published beside the page at `page_url`: `cover.jpg` next
/// to `https://example.com/kit/index.html` is `https://example.com/kit/cover.jpg`.
pub fn beside(page_url: &str, file_name: &str) -> String {
    let url = page_url.trim();
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let path_start = url[after_scheme..].find('/').map(|i| i + after_scheme);
    let folder = match path_start {
        None => format!("{url}/"),
        Some(_) => {
            let without_query = url.split(['?', '#']).next().unwrap_or(url);
            match without_query.rfind('/') {
                Some(i) => without_query[..=i].to_owned(),
                None => format!("{without_query}/"),
            }
        }
    };
    let encoded: String = file_name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("{folder}{encoded}")
}
