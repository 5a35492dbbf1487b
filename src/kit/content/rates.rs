//! Rates' content: up to three packages (name, price, deliverables, usage rights and
//! exclusivity), or "rates on request" with an invitation to write; the card's notes.
//! A pitch's kit may show only starting prices ("from $450").

use super::mail_url;
use crate::kit::lang::Language;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::{RatePackage, RatesShown};

/// Packages shown.
const PACKAGES: usize = 3;
/// Deliverables listed per package.
const DELIVERABLES: usize = 5;

/// What Rates says.
#[derive(Debug, Clone, PartialEq)]
pub struct RatesContent {
    /// The heading.
    pub title: String,
    /// "Rates on request" (when the card says so or has no packages).
    pub on_request: Option<OnRequest>,
    /// Up to three packages.
    pub packages: Vec<Package>,
    /// The card's notes, smartened; may be empty.
    pub notes: String,
}

/// Rates on request: an invitation to write, when there is an email address.
#[derive(Debug, Clone, PartialEq)]
pub struct OnRequest {
    /// "Tell me about your campaign at …", or empty without an email.
    pub invitation: String,
    /// The email's `mailto:` link, or empty.
    pub mailto: String,
}

/// A package.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    /// Its name, smartened.
    pub name: String,
    /// "$450", "$450–600", or in a pitch's kit "from $450".
    pub price: String,
    /// What it includes (up to five), smartened.
    pub deliverables: Vec<String>,
    /// "Usage: … Exclusivity: …", smartened; may be empty.
    pub terms: String,
}

/// The section's content (always: without packages it says "rates on request").
pub(super) fn content(kit: &Kit) -> RatesContent {
    let card = &kit.project.rate_card;
    let mut content = RatesContent {
        title: kit.lang.tr("rates.title").to_owned(),
        on_request: None,
        packages: Vec::new(),
        notes: text::smarten(card.notes.trim()),
    };
    if card.on_request || card.packages.is_empty() {
        let email = kit.project.creator.email.trim();
        content.on_request = Some(OnRequest {
            invitation: if email.is_empty() {
                String::new()
            } else {
                kit.lang.trf("rates.invitation", &[("email", email)])
            },
            mailto: mail_url(email),
        });
    } else {
        if card.packages.len() > PACKAGES {
            kit.warn(format!(
                "The kit shows the first 3 of {} rate packages.",
                card.packages.len()
            ));
        }
        let from = kit
            .settings
            .pitch
            .as_ref()
            .is_some_and(|p| p.rates == RatesShown::From);
        content.packages = card
            .packages
            .iter()
            .take(PACKAGES)
            .map(|p| package(kit.lang, p, from))
            .collect();
    }
    content
}

fn price(lang: Language, package: &RatePackage, from: bool) -> String {
    if from {
        return lang.trf("rates.from", &[("price", &lang.money(&package.price))]);
    }
    match package.price_max_minor {
        Some(high) if high > package.price.amount_minor => lang.money_range(&package.price, high),
        _ => lang.money(&package.price),
    }
}

fn package(lang: Language, package: &RatePackage, from: bool) -> Package {
    let mut terms = Vec::new();
    if !package.usage_rights.trim().is_empty() {
        terms.push(lang.trf(
            "rates.usage",
            &[("terms", package.usage_rights.trim().trim_end_matches('.'))],
        ));
    }
    if !package.exclusivity.trim().is_empty() {
        terms.push(lang.trf(
            "rates.exclusivity",
            &[("terms", package.exclusivity.trim().trim_end_matches('.'))],
        ));
    }
    Package {
        name: text::smarten(package.name.trim()),
        price: price(lang, package, from),
        deliverables: package
            .deliverables
            .iter()
            .filter(|d| !d.trim().is_empty())
            .take(DELIVERABLES)
            .map(|d| text::smarten(d.trim()))
            .collect(),
        terms: text::smarten(&terms.join(" ")),
    }
}
