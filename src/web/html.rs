//! A small HTML writer: elements with escaped attribute values and text, links only
//! to safe addresses, and the set of characters written as text (what the embedded
//! font subsets must hold).

use super::escape;
use crate::kit::lang::Language;
use base64::Engine as _;
use std::collections::BTreeSet;

/// An HTML fragment being written. Tag and attribute names come from this crate's
/// code; every value and text is escaped here.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
    chars: BTreeSet<char>,
    /// The language of the words the writers add (the kit's).
    pub lang: Language,
}

impl Html {
    /// An empty fragment whose writers add words in `lang`.
    pub fn in_language(lang: Language) -> Self {
        Self {
            lang,
            ..Self::default()
        }
    }

    /// `<tag attr="value"…>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&escape::attr(value));
            self.out.push('"');
        }
        self.out.push('>');
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Escaped text; its characters are recorded for the font subsets.
    pub fn text(&mut self, value: &str) {
        self.chars.extend(value.chars());
        self.out.push_str(&escape::text(value));
    }

    /// `<tag …>text</tag>`; nothing when `text` is empty.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// `<img>` of a JPEG as a `data:` URI (base64 needs no escaping: it is written
    /// straight into the page, which keeps large photos cheap), with escaped `alt`.
    pub fn jpeg_image(&mut self, jpeg: &[u8], alt: &str, width_px: u32, height_px: u32) {
        self.out.push_str("<img src=\"data:image/jpeg;base64,");
        base64::engine::general_purpose::STANDARD.encode_string(jpeg, &mut self.out);
        self.out.push_str("\" alt=\"");
        self.out.push_str(&escape::attr(alt));
        self.out
            .push_str(&format!("\" width=\"{width_px}\" height=\"{height_px}\">"));
    }

    /// `text` as a link to `url` when the address is safe (`https:`, `http:`,
    /// `mailto:`), else as plain text in a `<span>`.
    pub fn link(&mut self, url: &str, class: &str, text: &str) {
        match escape::safe_href(url) {
            Some(href) => {
                let mut attrs = vec![("href", href)];
                if !class.is_empty() {
                    attrs.push(("class", class));
                }
                self.element("a", &attrs, text);
            }
            None if class.is_empty() => self.element("span", &[], text),
            None => self.element("span", &[("class", class)], text),
        }
    }

    /// Markup this crate generated and escaped itself (SVG paths, the stylesheet).
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// The markup and the characters written as text.
    pub fn finish(self) -> (String, BTreeSet<char>) {
        (self.out, self.chars)
    }
}
