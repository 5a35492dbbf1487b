//! "Email this kit": a short draft built from the pitch (who the creator is, why this
//! brand, the audience fit, one result of a past collaboration the pitch's kit shows),
//! which the creator edits before [`mailto_url`] hands it to the mail client.

use super::competitors::competes;
use crate::analytics::{Dimension, Fit, audience_fit};
use crate::format;
use crate::model::{Collaboration, Pitch, Project, classify_email};

/// An email to the brand's contact, to edit before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailDraft {
    /// The contact's address (empty when the pitch has none that is valid).
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The text, lines separated by `\n`.
    pub body: String,
}

impl EmailDraft {
    /// The draft as a `mailto:` link (see [`mailto_url`]).
    pub fn mailto_url(&self) -> String {
        mailto_url(&self.to, &self.subject, &self.body)
    }
}

/// A `mailto:` link (RFC 6068) to `to` with `subject` and `body`: every byte except
/// letters, digits and `-._~` percent-encoded as UTF-8 (`@` kept in the address), and
/// line breaks written as `%0D%0A`.
pub fn mailto_url(to: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let mut url = format!("mailto:{}", encode(to.trim(), b"@"));
    let mut separator = '?';
    for (key, value) in [("subject", subject), ("body", body.as_str())] {
        if !value.is_empty() {
            url.push(separator);
            url.push_str(key);
            url.push('=');
            url.push_str(&encode(value, b""));
            separator = '&';
        }
    }
    url
}

/// Percent-encodes every byte but the unreserved ones and those in `keep`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The draft for `pitch`: to its contact, about the kit the pitch makes.
pub fn email_draft(project: &Project, pitch: &Pitch) -> EmailDraft {
    let creator = &project.creator;
    let name = creator.display_name.trim();
    let brand = pitch.brand.trim();
    let to = match classify_email(&pitch.contact_email).problem() {
        None => pitch.contact_email.trim().to_owned(),
        Some(_) => String::new(),
    };
    let greeting = match pitch.contact_name.split_whitespace().next() {
        Some(first) => format!("Hi {first},"),
        None if !brand.is_empty() => format!("Hello {brand} team,"),
        None => "Hello,".to_owned(),
    };
    let mut paragraphs = vec![greeting, who(project)];
    paragraphs.push(if pitch.intro.trim().is_empty() {
        format!(
            "I think {} and my audience would be a good fit.",
            or_you(brand)
        )
    } else {
        pitch.intro.trim().to_owned()
    });
    paragraphs.extend(fit_sentence(project, pitch));
    paragraphs.extend(best_result(project, pitch).map(result_sentence));
    paragraphs.push(format!(
        "My media kit is attached. Could we talk about a campaign for {}?",
        or_you(brand)
    ));
    let mut sign_off = format!("Thanks,\n{name}");
    let contacts: Vec<&str> = [creator.email.trim(), creator.website.trim()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    if !contacts.is_empty() {
        sign_off.push('\n');
        sign_off.push_str(&contacts.join(" · "));
    }
    paragraphs.push(sign_off);
    EmailDraft {
        to,
        subject: if brand.is_empty() {
            format!("{name} – media kit")
        } else {
            format!("{name} × {brand} – media kit")
        },
        body: paragraphs.join("\n\n"),
    }
}

fn or_you(brand: &str) -> &str {
    if brand.is_empty() { "you" } else { brand }
}

/// "I'm Maya Okafor (@orbitandoat): space science explained over morning coffee, for
/// 24.8K followers on Instagram, TikTok and YouTube."
fn who(project: &Project) -> String {
    let creator = &project.creator;
    let mut text = format!("I'm {}", creator.display_name.trim());
    if !creator.handle.trim().is_empty() {
        text.push_str(&format!(" ({})", creator.handle.trim()));
    }
    let about = if creator.niche.trim().is_empty() {
        creator.tagline.trim()
    } else {
        creator.niche.trim()
    };
    if !about.is_empty() {
        text.push_str(&format!(": {about}"));
    }
    let followers: u64 = project
        .platforms
        .iter()
        .map(|p| p.followers)
        .fold(0, u64::saturating_add);
    if followers > 0 {
        let names: Vec<&str> = project.platforms.iter().map(|p| p.kind.label()).collect();
        let sep = if about.is_empty() { ", with" } else { ", for" };
        text.push_str(&format!(
            "{sep} {} followers on {}",
            format::count(followers),
            and_list(&names)
        ));
    }
    text.push('.');
    text
}

/// "A, B and C".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The audience fit in one sentence, when the brand has a target and the figures tell.
fn fit_sentence(project: &Project, pitch: &Pitch) -> Option<String> {
    let fit = audience_fit(project, &pitch.target);
    let together = fit.together?;
    let groups: Vec<String> = fit
        .dimensions
        .iter()
        .map(|d| {
            let groups = d.groups.join(", ");
            match d.dimension {
                Dimension::Age => format!("aged {groups}"),
                Dimension::Gender => groups.to_lowercase(),
                Dimension::Country => format!("in {groups}"),
            }
        })
        .collect();
    let (lead, percent) = match together {
        Fit::Share(p) => ("About", p),
        Fit::AtLeast(p) => ("At least", p),
        Fit::NotEnoughData => return None,
    };
    let estimate = if fit.dimensions.len() > 1 {
        " (an estimate from the separate age, gender and country figures)"
    } else {
        ""
    };
    Some(format!(
        "{lead} {} of my audience is in your target group ({}){estimate}.",
        format::percent(percent),
        groups.join("; ")
    ))
}

/// The shown, non-competing collaboration that reached (or was seen by) the most people.
fn best_result<'a>(project: &'a Project, pitch: &Pitch) -> Option<&'a Collaboration> {
    project
        .collaborations
        .iter()
        .filter(|c| pitch.chooses(c) && (pitch.show_competitors || !competes(c, pitch)))
        .filter(|c| c.results.reach.or(c.results.views).is_some())
        .max_by_key(|c| c.results.reach.or(c.results.views))
}

/// "When I worked with Lumen Optics (Oct 2026), the campaign reached 52.9K people and
/// brought 2,140 link clicks and 87 conversions."
fn result_sentence(collab: &Collaboration) -> String {
    let r = &collab.results;
    let mut what = match (r.reach, r.views) {
        (Some(reach), _) => format!("reached {} people", format::count(reach)),
        (None, Some(views)) => format!("had {} views", format::count(views)),
        (None, None) => String::new(),
    };
    let extras: Vec<String> = [(r.clicks, "link clicks"), (r.conversions, "conversions")]
        .into_iter()
        .filter_map(|(n, label)| n.map(|n| format!("{} {label}", format::count(n))))
        .collect();
    if !extras.is_empty() {
        let extras: Vec<&str> = extras.iter().map(String::as_str).collect();
        what.push_str(&format!(" and brought {}", and_list(&extras)));
    }
    let month = format::date(collab.date);
    let month = month
        .split_once(' ')
        .map_or(month.as_str(), |(_, rest)| rest);
    format!(
        "When I worked with {} ({month}), the campaign {what}.",
        collab.brand.trim()
    )
}
