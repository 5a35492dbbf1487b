//! Escaping for HTML text and attribute values, and the only links the web kit
//! writes: `https:`, `http:` and `mailto:`.

/// Text for an element's content: `&`, `<` and `>` escaped; control characters
/// (other than tab and newline) dropped.
pub fn text(value: &str) -> String {
    if !value.bytes().any(needs_care) {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' => out.push(ch),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for a double-quoted attribute value: as [`text`], and quotes escaped too.
pub fn attr(value: &str) -> String {
    if !value
        .bytes()
        .any(|b| needs_care(b) || b == b'"' || b == b'\'')
    {
        return value.to_owned();
    }
    text(value).replace('"', "&quot;").replace('\'', "&#39;")
}

/// A byte that may need escaping or dropping: markup, ASCII controls, and the lead
/// byte of U+0080–U+009F (C1 controls); plain text (a `data:` URI) has none.
fn needs_care(byte: u8) -> bool {
    matches!(byte, b'&' | b'<' | b'>' | 0x00..=0x08 | 0x0B..=0x1F | 0x7F | 0xC2)
}

/// The URL when it may be a link in the web kit: an `https://`, `http://` or `mailto:`
/// address without spaces, quotes, angle brackets or control characters; `None`
/// otherwise (the text is then printed, never linked).
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|scheme| {
            url.get(..scheme.len())
                .filter(|prefix| prefix.eq_ignore_ascii_case(scheme))
                .and_then(|_| url.get(scheme.len()..))
        })?;
    let unsafe_char = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    };
    (!rest.is_empty() && !url.chars().any(unsafe_char)).then_some(url)
}
