//! Which URLs may become link annotations, and how they are written (PDF wants URIs
//! in 7-bit ASCII).

/// Schemes a brand may click: web pages, email, phone.
const ALLOWED_SCHEMES: [&str; 4] = ["https:", "http:", "mailto:", "tel:"];

/// The URL as it goes into the PDF: only the allowed schemes (never `file:` or
/// `javascript:`), trimmed, with spaces and non-ASCII characters percent-encoded.
/// `None` when the URL must not become a link.
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let scheme = ALLOWED_SCHEMES.iter().find(|s| lower.starts_with(*s))?;
    if url.len() <= scheme.len() {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for byte in url.bytes() {
        if byte.is_ascii_graphic()
            && !matches!(
                byte,
                b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
            )
        {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Some(out)
}
