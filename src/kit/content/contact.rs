//! Contact's content: the invitation, email (a `mailto:` link), website and every
//! profile, and a QR code for each of the two largest profiles.

use super::{address_label, mail_url, profile_url, short_url, web_url};
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::PlatformKind;

/// QR codes shown.
const QR_CODES: usize = 2;

/// What Contact says.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactContent {
    /// The heading.
    pub title: String,
    /// "Let’s make something together — Maya".
    pub invitation: String,
    /// Email, website, then every platform with a profile link or handle.
    pub links: Vec<ContactLink>,
    /// The two largest profiles with a web address, for QR codes.
    pub qr_codes: Vec<QrLink>,
}

/// A way to get in touch.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactLink {
    /// The platform (none for email and website).
    pub kind: Option<PlatformKind>,
    /// What is printed.
    pub label: String,
    /// The link, or empty when the address is not one.
    pub url: String,
}

/// A profile to scan.
#[derive(Debug, Clone, PartialEq)]
pub struct QrLink {
    /// The platform's name.
    pub platform: String,
    /// The profile's address (what the code holds).
    pub url: String,
    /// The address for print.
    pub short: String,
}

/// The section's content: none when there is no way to get in touch.
pub(super) fn content(kit: &Kit) -> Option<ContactContent> {
    let links = links(kit);
    if links.is_empty() {
        return None;
    }
    let first = super::first_name(kit, "");
    let invitation = if first.is_empty() {
        kit.lang.tr("contact.invitation").to_owned()
    } else {
        kit.lang.trf(
            "contact.invitation_signed",
            &[("name", &text::smarten(first))],
        )
    };
    let mut main: Vec<_> = kit
        .project
        .platforms
        .iter()
        .filter(|p| !profile_url(p).is_empty())
        .collect();
    main.sort_by_key(|p| std::cmp::Reverse(p.followers));
    let qr_codes = main
        .into_iter()
        .take(QR_CODES)
        .map(|platform| {
            let url = profile_url(platform);
            QrLink {
                platform: platform.kind.label().to_owned(),
                short: short_url(&url),
                url,
            }
        })
        .collect();
    Some(ContactContent {
        title: kit.lang.tr("contact.title").to_owned(),
        invitation,
        links,
        qr_codes,
    })
}

/// Email, website and every platform with a profile link or handle, in that order.
fn links(kit: &Kit) -> Vec<ContactLink> {
    let creator = &kit.project.creator;
    let mut links = Vec::new();
    if !creator.email.trim().is_empty() {
        links.push(ContactLink {
            kind: None,
            label: creator.email.trim().to_owned(),
            url: mail_url(&creator.email),
        });
    }
    if !creator.website.trim().is_empty() {
        links.push(ContactLink {
            kind: None,
            label: address_label(&creator.website),
            url: web_url(&creator.website),
        });
    }
    for platform in &kit.project.platforms {
        let url = profile_url(platform);
        let handle = platform.handle.trim();
        let typed = platform.profile_url.trim();
        if url.is_empty() && handle.is_empty() && typed.is_empty() {
            continue;
        }
        let label = if handle.is_empty() {
            address_label(if url.is_empty() { typed } else { url.as_str() })
        } else {
            format!("{} {handle}", platform.kind.label())
        };
        links.push(ContactLink {
            kind: Some(platform.kind.clone()),
            label,
            url,
        });
    }
    links
}
