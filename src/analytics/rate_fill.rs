//! "Use this price": the rate package a calculator row fills, a new one or the one of
//! the same name already on the rate card, with the suggested price, what is delivered
//! and the usage rights and exclusivity that were priced in.

use super::rate_calculator::{QuoteItem, RateQuote};
use super::rate_terms::{days_text, priced_days};
use crate::model::{Currency, Extra, RateCard, RatePackage, RateTerms, UsageRights};

/// The package a row fills and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFill {
    /// The index of the package it replaces; `None` adds a new one at the end.
    pub index: Option<usize>,
    /// The package as filled.
    pub package: RatePackage,
}

/// The name of the package a row fills: its title ("Feed post on Instagram", "Bundle").
pub fn package_name(quote: &RateQuote) -> &str {
    &quote.title
}

/// The package `quote` fills on `card` under `terms`: the one with the same name (case
/// and spacing ignored), else a new one. Refused, with the reason, when the row has no
/// price or the package of that name is priced in another currency than US dollars.
pub fn package_fill(
    quote: &RateQuote,
    terms: &RateTerms,
    card: &RateCard,
) -> Result<PackageFill, String> {
    let Some(prices) = quote.prices() else {
        return Err(format!("{} has no price to use.", quote.title));
    };
    let wanted = normalised(package_name(quote));
    let index = card
        .packages
        .iter()
        .position(|package| normalised(&package.name) == wanted);
    let existing = index.and_then(|i| card.packages.get(i));
    if let Some(package) = existing
        && package.price.currency != Currency::usd()
    {
        return Err(format!(
            "The package \"{}\" is priced in {}; the calculator's prices are US dollars as published. Change its currency to USD, or rename it to add a new package.",
            package.name,
            package.price.currency.code()
        ));
    }
    let package = RatePackage {
        name: existing.map_or_else(|| quote.title.clone(), |package| package.name.clone()),
        deliverables: deliverables(quote, terms),
        price: prices.suggested.clone(),
        price_max_minor: None,
        usage_rights: usage_text(terms),
        exclusivity: exclusivity_text(terms),
        extra: existing.map_or_else(Extra::new, |package| package.extra.clone()),
    };
    Ok(PackageFill { index, package })
}

/// What the package delivers: "1 feed post on Instagram", each part of the bundle, and
/// "Rush delivery" when it was priced in.
pub fn deliverables(quote: &RateQuote, terms: &RateTerms) -> Vec<String> {
    let mut list: Vec<String> = match &quote.item {
        QuoteItem::Single {
            platform,
            deliverable,
        } => vec![format!(
            "{} on {}",
            deliverable.counted(1),
            platform.label()
        )],
        QuoteItem::Bundle => terms
            .bundle
            .iter()
            .filter(|part| part.count > 0)
            .map(|part| {
                format!(
                    "{} on {}",
                    part.deliverable.counted(part.count),
                    part.platform.label()
                )
            })
            .collect(),
    };
    if terms.rush {
        list.push("Rush delivery".to_owned());
    }
    list
}

/// The usage rights priced in, in words ("" when none).
pub fn usage_text(terms: &RateTerms) -> String {
    let days = days_text(priced_days(terms.usage_days));
    match terms.usage {
        UsageRights::NotIncluded => String::new(),
        UsageRights::Organic => format!("Organic reposting on the brand's own channels for {days}"),
        UsageRights::PaidAds => {
            format!("Paid ads and whitelisting, organic reposting included, for {days}")
        }
    }
}

/// The exclusivity priced in, in words ("" when none).
pub fn exclusivity_text(terms: &RateTerms) -> String {
    match priced_days(terms.exclusivity_days) {
        0 => String::new(),
        days => format!("No competing brand for {}", days_text(days)),
    }
}

fn normalised(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
