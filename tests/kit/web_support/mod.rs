//! Helpers for the web kit's tests: render a project's page, and read it back with a
//! WHATWG tokenizer (html5gum) into elements with their attributes and text.
#![allow(clippy::unwrap_used)] // test helpers, like the tests they serve

use crate::dates::date;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use pitchkit::analytics::Benchmarks;
use pitchkit::kit::LayoutContext;
use pitchkit::model::Project;
use pitchkit::pdf::{MediaSource, layout_context};
use pitchkit::web::{WebOptions, WebPage, render_web};
use std::collections::BTreeMap;

/// The demo's photos, by file name.
pub fn demo_read(name: &str) -> Result<Vec<u8>, String> {
    pitchkit::sample::demo_media()
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, bytes)| bytes.to_vec())
        .ok_or_else(|| format!("no demo photo {name}"))
}

/// The page of a project whose photos are the demo's.
pub fn render_demo_media(project: &Project, options: &WebOptions) -> WebPage {
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = layout_context(
        project,
        &MediaSource::demo(),
        &benchmarks,
        date(2026, 11, 16),
    );
    render_web(project, &ctx, &demo_read, options).unwrap()
}

/// The page of a project whose photos come from `read` (no sizes or palette known
/// beforehand).
pub fn render_with(
    project: &Project,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
    options: &WebOptions,
) -> WebPage {
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    render_web(project, &ctx, read, options).unwrap()
}

/// An element as the tokenizer saw it, with all the text inside it.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Lower-case tag name.
    pub name: String,
    /// Attributes.
    pub attrs: BTreeMap<String, String>,
    /// Text inside (entities decoded), nested elements' text included.
    pub text: String,
}

impl Element {
    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
}

/// A tokenized page.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The doctype's name.
    pub doctype: Option<String>,
    /// Elements in document order.
    pub elements: Vec<Element>,
    /// Tokenizer errors.
    pub errors: Vec<String>,
}

impl Parsed {
    /// Elements named `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name)
    }

    /// All the page's text (inside `<body>`), element texts joined by newlines.
    pub fn body_text(&self) -> String {
        self.all("body").map(|b| b.text.clone()).collect()
    }
}

const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

fn string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Tokenizes `html` (RAWTEXT for `<style>`, RCDATA for `<title>`) and rebuilds the
/// elements with their text.
pub fn parse(html: &str) -> Parsed {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut parsed = Parsed::default();
    let mut open: Vec<usize> = Vec::new();
    for token in Tokenizer::new_with_emitter(html, emitter) {
        match token.unwrap() {
            Token::Doctype(doctype) => parsed.doctype = Some(string(&doctype.name)),
            Token::StartTag(tag) => {
                let name = string(&tag.name);
                let attrs = tag
                    .attributes
                    .iter()
                    .map(|(k, v)| (string(k), string(&v.value)))
                    .collect();
                parsed.elements.push(Element {
                    name: name.clone(),
                    attrs,
                    text: String::new(),
                });
                if !tag.self_closing && !VOID.contains(&name.as_str()) {
                    open.push(parsed.elements.len() - 1);
                }
            }
            Token::EndTag(tag) => {
                let name = string(&tag.name);
                if let Some(at) = open.iter().rposition(|&i| parsed.elements[i].name == name) {
                    open.truncate(at);
                } else {
                    parsed.errors.push(format!("stray </{name}>"));
                }
            }
            Token::String(text) => {
                let text = string(&text);
                for &i in &open {
                    parsed.elements[i].text.push_str(&text);
                }
            }
            Token::Comment(_) => {}
            Token::Error(error) => parsed.errors.push(format!("{error:?}")),
        }
    }
    if !open.is_empty() {
        let names: Vec<&str> = open
            .iter()
            .map(|&i| parsed.elements[i].name.as_str())
            .collect();
        parsed.errors.push(format!("left open: {names:?}"));
    }
    parsed
}

/// Every way the page could reach outside itself or run code, as failures: scripts,
/// frames, objects, `<link>`, `<base>`, forms, event handlers, style attributes,
/// sources other than `data:`, links other than `http(s):`/`mailto:`, and CSS that
/// loads anything but `data:`. Meta `content` is checked by the caller.
pub fn outside_reaches(parsed: &Parsed) -> Vec<String> {
    let mut found = Vec::new();
    for e in &parsed.elements {
        if [
            "script", "iframe", "frame", "object", "embed", "link", "base", "form", "applet",
            "audio", "video", "source", "portal",
        ]
        .contains(&e.name.as_str())
        {
            found.push(format!("<{}>", e.name));
        }
        for (name, value) in &e.attrs {
            let lower = value.trim().to_ascii_lowercase();
            if name.starts_with("on") || name == "style" || name == "srcset" || name == "action" {
                found.push(format!("<{} {name}=…>", e.name));
            }
            if (name == "src" || name == "poster" || name == "data") && !lower.starts_with("data:")
            {
                found.push(format!("<{} {name}={value}>", e.name));
            }
            if name == "href" || name == "xlink:href" {
                let ok = e.name == "a"
                    && (lower.starts_with("https://")
                        || lower.starts_with("http://")
                        || lower.starts_with("mailto:"));
                if !ok {
                    found.push(format!("<{} {name}={value}>", e.name));
                }
            }
        }
    }
    for style in parsed.all("style") {
        let css = style.text.to_ascii_lowercase();
        if css.contains("@import") {
            found.push("@import in CSS".to_owned());
        }
        for (at, _) in css.match_indices("url(") {
            if !css[at + 4..]
                .trim_start_matches(['"', '\''])
                .starts_with("data:")
            {
                found.push(format!(
                    "CSS url() not data: near {}",
                    &css[at..(at + 40).min(css.len())]
                ));
            }
        }
    }
    found
}
