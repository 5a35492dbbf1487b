//! What a typed link or email address is: a web address, an email address, nothing, or
//! not a link at all (with the reason in plain words).
//!
//! Only `http://` and `https://` addresses and bare domains (`orbitandoat.com/kit`,
//! completed to `https://orbitandoat.com/kit`) are web links; every other scheme
//! (`javascript:`, `file:`, `data:`, `vbscript:`, `ftp:`…) is not. `mailto:` and a bare
//! `name@domain.tld` are email addresses. Whatever the text, classifying it never panics.

/// What a typed link is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A web address, normalised: scheme and domain in lower case, `https://` added to
    /// a bare domain, surrounding spaces trimmed.
    Web(String),
    /// An email address (without `mailto:`).
    Email(String),
    /// Nothing was typed (or only spaces).
    Empty,
    /// Not a web or email address; the reason is a phrase such as "it starts with
    /// “javascript:”, and only http:// and https:// addresses are links".
    NotALink(String),
}

impl Link {
    /// Where a kit may link to: the web address, or `mailto:` and the email address;
    /// `None` for an empty field or something that is not a link.
    pub fn target(&self) -> Option<String> {
        match self {
            Self::Web(url) => Some(url.clone()),
            Self::Email(address) => Some(format!("mailto:{address}")),
            Self::Empty | Self::NotALink(_) => None,
        }
    }

    /// The reason it is not a link, if it is not.
    pub fn problem(&self) -> Option<&str> {
        match self {
            Self::NotALink(reason) => Some(reason.as_str()),
            _ => None,
        }
    }
}

/// Why `text`, typed where a web link goes, cannot be linked, as a sentence such as
/// "“javascript:alert(1)” is not a web address: it starts with “javascript:”, …";
/// `None` when it is empty or a web address.
pub fn web_link_problem(text: &str) -> Option<String> {
    match classify_link(text) {
        Link::Web(_) | Link::Empty => None,
        Link::Email(_) => Some(format!(
            "{} is an email address, not a web page. Type a web address such as \
             https://example.com here; the kit prints this one as plain text.",
            quoted(text)
        )),
        Link::NotALink(reason) => Some(format!(
            "{} is not a web address: {reason}. Type one such as https://example.com; \
             the kit prints this one as plain text, not as a link.",
            quoted(text)
        )),
    }
}

/// Why `text`, typed where an email address goes, is not one, as a sentence; `None`
/// when it is empty or an address.
pub fn email_problem(text: &str) -> Option<String> {
    classify_email(text).problem().map(|reason| {
        format!(
            "{} is not an email address: {reason}. Type one such as name@example.com; \
             the kit prints this one as plain text, not as a link.",
            quoted(text)
        )
    })
}

/// The typed text in quotes, cut to 60 characters, control characters shown as “�”.
fn quoted(text: &str) -> String {
    let text = text.trim();
    let mut shown: String = text
        .chars()
        .take(60)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if text.chars().count() > 60 {
        shown.push('…');
    }
    format!("“{shown}”")
}

/// Classifies a typed link (a website, a profile link, a post or collaboration link).
pub fn classify_link(text: &str) -> Link {
    let text = text.trim();
    if text.is_empty() {
        return Link::Empty;
    }
    let scheme = split_scheme(text).map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest));
    if let Some((scheme, _)) = &scheme
        && !matches!(scheme.as_str(), "http" | "https" | "mailto")
    {
        return Link::NotALink(format!(
            "it starts with “{scheme}:”, and only http:// and https:// addresses are links"
        ));
    }
    if let Some(problem) = character_problem(text) {
        return Link::NotALink(problem);
    }
    match scheme {
        Some((scheme, _)) if scheme == "mailto" => classify_email(text),
        Some((scheme, rest)) => web(&scheme, rest),
        None if text.starts_with("//") => web("https", text),
        None if text.contains('@') && !text.contains('/') => classify_email(text),
        None => web("https", &format!("//{text}")),
    }
}

/// Classifies a typed email address (with or without `mailto:`).
pub fn classify_email(text: &str) -> Link {
    let text = text.trim();
    let address = match text.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("mailto:") => text.get(7..).unwrap_or(""),
        _ => text,
    }
    .trim();
    if address.is_empty() {
        return if text.is_empty() {
            Link::Empty
        } else {
            Link::NotALink("it has no address after “mailto:”".to_owned())
        };
    }
    if let Some(problem) = character_problem(address) {
        return Link::NotALink(problem);
    }
    let Some((local, domain)) = address.split_once('@') else {
        return Link::NotALink("it has no “@”, as in name@example.com".to_owned());
    };
    if domain.contains('@') {
        return Link::NotALink("it has more than one “@”".to_owned());
    }
    if local.is_empty() {
        return Link::NotALink("it has no name before the “@”".to_owned());
    }
    if let Some(bad) = local.chars().find(|c| {
        matches!(
            *c,
            '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '"' | '\\' | '/'
        )
    }) {
        return Link::NotALink(format!("the name before the “@” has a “{bad}” in it"));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Link::NotALink("the name before the “@” has a misplaced dot".to_owned());
    }
    match host_problem(domain) {
        Some(problem) => Link::NotALink(problem),
        None => Link::Email(format!("{local}@{}", domain.to_lowercase())),
    }
}

/// Spaces and control characters are never part of an address.
fn character_problem(text: &str) -> Option<String> {
    if text.chars().any(char::is_control) {
        Some("it has a control character in it".to_owned())
    } else if text.chars().any(char::is_whitespace) {
        Some("it has a space in it".to_owned())
    } else {
        None
    }
}

/// `("javascript", "alert(1)")` for `javascript:alert(1)`; `None` when the text has no
/// scheme (a bare domain, possibly with a port such as `example.com:8080`).
fn split_scheme(text: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let scheme_chars = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !starts_with_letter || !scheme_chars {
        return None;
    }
    // `example.com:8080` is a domain and a port, not a scheme called "example.com".
    let looks_like_port = rest.chars().next().is_some_and(|c| c.is_ascii_digit());
    if scheme.contains('.') && looks_like_port {
        return None;
    }
    Some((scheme, rest))
}

/// A web link from its scheme and what follows the colon (`//host/path`).
fn web(scheme: &str, rest: &str) -> Link {
    let Some(after) = rest.strip_prefix("//") else {
        return Link::NotALink(format!("it has no “//” after “{scheme}:”"));
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, path) = after.split_at(end);
    if authority.is_empty() {
        return Link::NotALink(format!("it has no domain after “{scheme}://”"));
    }
    if authority.contains('@') {
        return Link::NotALink(
            "it has a name and “@” before the domain, which hides where it really goes".to_owned(),
        );
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if let Some(port) = port
        && !matches!(port.parse::<u16>(), Ok(number) if number > 0)
    {
        return Link::NotALink(format!("the port “{port}” is not a number from 1 to 65535"));
    }
    if let Some(problem) = host_problem(host) {
        return Link::NotALink(problem);
    }
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    Link::Web(format!("{scheme}://{}{port}{path}", host.to_lowercase()))
}

/// Why `host` is not a domain name such as `orbitandoat.com`, if it is not.
fn host_problem(host: &str) -> Option<String> {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() {
        return Some("it has no domain".to_owned());
    }
    if !host.contains('.') {
        return Some(format!(
            "“{host}” has no dot, so it is not a domain such as example.com"
        ));
    }
    for label in host.split('.') {
        if label.is_empty() {
            return Some(format!("the domain “{host}” has two dots in a row"));
        }
        let allowed = label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !allowed || label.starts_with('-') || label.ends_with('-') {
            return Some(format!(
                "the domain “{host}” has a character a domain name cannot have"
            ));
        }
    }
    let ending = host.rsplit('.').next().unwrap_or("");
    let word_ending = ending.chars().count() >= 2
        && (ending.chars().all(char::is_alphabetic) || ending.starts_with("xn--"));
    if !word_ending {
        return Some(format!(
            "the domain “{host}” does not end in a name such as .com or .co.uk"
        ));
    }
    None
}
