//! Links the kit prints: platform profiles, web addresses and email, each checked
//! (only `https:`/`http:` and `mailto:` become links) and shortened for print.

use crate::model::{Link, Platform, PlatformKind, classify_email, classify_link};

/// The URL of a platform profile, when one can be built: the profile link when it is
/// a web address, else one built from the handle; empty when the profile link is not a
/// web address (it is printed as text, never linked) or nothing can be built.
pub fn profile_url(platform: &Platform) -> String {
    match classify_link(&platform.profile_url) {
        Link::Web(url) => return url,
        Link::Empty => {}
        Link::Email(_) | Link::NotALink(_) => return String::new(),
    }
    let handle = platform.handle.trim().trim_start_matches('@');
    if handle.is_empty() {
        return String::new();
    }
    match platform.kind {
        PlatformKind::Instagram => format!("https://www.instagram.com/{handle}"),
        PlatformKind::Tiktok => format!("https://www.tiktok.com/@{handle}"),
        PlatformKind::Youtube => format!("https://www.youtube.com/@{handle}"),
        PlatformKind::X => format!("https://x.com/{handle}"),
        PlatformKind::Threads => format!("https://www.threads.net/@{handle}"),
        PlatformKind::Twitch => format!("https://www.twitch.tv/{handle}"),
        PlatformKind::Pinterest => format!("https://www.pinterest.com/{handle}"),
        PlatformKind::Bluesky => format!("https://bsky.app/profile/{handle}"),
        _ => String::new(),
    }
}

/// A web address for links (`https://` added when the scheme is missing); empty when
/// the text is empty or not a web address (`javascript:…`, `file:…`): such text is
/// printed as it was typed, never linked.
pub fn web_url(address: &str) -> String {
    match classify_link(address) {
        Link::Web(url) => url,
        Link::Email(_) | Link::Empty | Link::NotALink(_) => String::new(),
    }
}

/// The `mailto:` link of an email address; empty when it is not an address.
pub fn mail_url(address: &str) -> String {
    classify_email(address).target().unwrap_or_default()
}

/// What to print for a typed address: its short form when it is a web address, else
/// the text as typed.
pub fn address_label(address: &str) -> String {
    match web_url(address).as_str() {
        "" => address.trim().to_owned(),
        url => short_url(url),
    }
}

/// An address for print: without the scheme and trailing slash.
pub fn short_url(url: &str) -> String {
    url.trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_owned()
}

/// A short mark for a platform (two letters), drawn in a small accent circle.
pub fn platform_mark(kind: &PlatformKind) -> String {
    match kind {
        PlatformKind::Instagram => "IG".to_owned(),
        PlatformKind::Tiktok => "TT".to_owned(),
        PlatformKind::Youtube => "YT".to_owned(),
        PlatformKind::X => "X".to_owned(),
        PlatformKind::Facebook => "FB".to_owned(),
        PlatformKind::Twitch => "TW".to_owned(),
        PlatformKind::Pinterest => "PI".to_owned(),
        PlatformKind::Linkedin => "IN".to_owned(),
        PlatformKind::Threads => "TH".to_owned(),
        PlatformKind::Snapchat => "SC".to_owned(),
        PlatformKind::Bluesky => "BS".to_owned(),
        PlatformKind::Newsletter => "NL".to_owned(),
        PlatformKind::Other(name) => name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .take(2)
            .collect::<String>()
            .to_uppercase(),
    }
}
