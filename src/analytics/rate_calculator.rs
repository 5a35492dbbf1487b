//! The rate calculator: for each of the creator's platforms and each deliverable (feed
//! post, reel / short video, story, long video), and for the bundle the creator puts
//! together, a minimum, suggested and maximum price, or "no data" with the reason.
//!
//! 1. The starting point is the platform's rate suggestion ([`super::rates`]): the tier's
//!    published price range, the place in it, the engagement adjustment. It prices the
//!    deliverable the platform's price rows describe: a feed post on Instagram (and on
//!    platforms without video rows), a short video on TikTok, a long video on YouTube.
//! 2. A deliverable without a row of its own is derived from that price by a stated
//!    ratio ([`super::rate_terms`]) where a publication gives one (Instagram Reels and
//!    stories), and said to be an assumption; otherwise it is "no data".
//! 3. The terms (usage rights, exclusivity, rush) add a percentage of the price; the
//!    bundle is the sum of its parts less the bundle discount, with the terms added.
//! 4. Minimum, suggestion and maximum use the published range's low end, the suggestion
//!    and the high end, each with the low, middle and high end of every ranged figure,
//!    so minimum ≤ suggestion ≤ maximum. Prices are rounded to whole US dollars.

use super::benchmarks::Benchmarks;
pub use super::rate_base::own_deliverable;
use super::rate_base::{Base, base_price, dollars_text, push_unique};
use super::rate_terms::{
    self as table, Span, TermEffect, bundle_discount_percent, multiplier, term_effects,
    total_percent,
};
use super::rates::{GUIDE_NOTE, RateAdvice, usd};
use super::report::Report;
use crate::format;
use crate::model::{Deliverable, Money, PlatformKind, RateTerms};
use serde::Serialize;

/// What a row of the calculator prices.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuoteItem {
    /// One deliverable on one platform.
    Single {
        /// The platform.
        platform: PlatformKind,
        /// The deliverable.
        deliverable: Deliverable,
    },
    /// The bundle set in the terms.
    Bundle,
}

/// The three prices of a row, in whole US dollars.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotePrices {
    /// The minimum.
    pub min: Money,
    /// The suggestion.
    pub suggested: Money,
    /// The maximum; `None` when the published range has no upper end.
    pub max: Option<Money>,
}

/// Prices, or why there are none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum QuoteOutcome {
    /// Priced.
    Priced(QuotePrices),
    /// No published figure to price it from.
    NoData {
        /// A plain sentence saying why.
        reason: String,
    },
}

/// One row of the calculator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateQuote {
    /// What it prices.
    pub item: QuoteItem,
    /// Its name, e.g. "Reel / short video on Instagram" or "Bundle".
    pub title: String,
    /// The prices, or why there are none.
    pub outcome: QuoteOutcome,
    /// True when no published price row of its own is behind it (derived by a ratio).
    pub derived: bool,
    /// Every assumption, as sentences.
    pub assumptions: Vec<String>,
    /// Every source, as sentences with year and confidence.
    pub sources: Vec<String>,
}

impl RateQuote {
    /// The prices, if there are any.
    pub fn prices(&self) -> Option<&QuotePrices> {
        match &self.outcome {
            QuoteOutcome::Priced(prices) => Some(prices),
            QuoteOutcome::NoData { .. } => None,
        }
    }
}

/// The whole calculator: what each term adds, and every row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateCalculation {
    /// What each term adds (usage rights, exclusivity, rush).
    pub effects: Vec<TermEffect>,
    /// What the terms add together, in percent of the price.
    pub total_percent: Span,
    /// Per platform (first account of each kind, in the project's order) every
    /// deliverable, then the bundle.
    pub quotes: Vec<RateQuote>,
}

impl RateCalculation {
    /// The row pricing `item`.
    pub fn quote(&self, item: &QuoteItem) -> Option<&RateQuote> {
        self.quotes.iter().find(|quote| &quote.item == item)
    }
}

/// The calculator for a report's platforms (their rate suggestions) under `terms`.
pub fn calculate_rates(
    report: &Report,
    terms: &RateTerms,
    benchmarks: &Benchmarks,
) -> RateCalculation {
    let mut advices: Vec<(PlatformKind, &RateAdvice)> = Vec::new();
    for platform in &report.platforms {
        if !advices.iter().any(|(kind, _)| kind == &platform.platform) {
            advices.push((platform.platform.clone(), &platform.rate_suggestion));
        }
    }
    let mut quotes: Vec<RateQuote> = advices
        .iter()
        .flat_map(|(platform, advice)| {
            Deliverable::ALL.into_iter().map(move |deliverable| {
                single_quote(platform, advice, deliverable, terms, benchmarks)
            })
        })
        .collect();
    quotes.push(bundle_quote(&advices, terms, benchmarks));
    RateCalculation {
        effects: term_effects(terms),
        total_percent: total_percent(terms),
        quotes,
    }
}

/// The row for one `deliverable` on `platform`, from the platform's rate suggestion.
pub fn single_quote(
    platform: &PlatformKind,
    advice: &RateAdvice,
    deliverable: Deliverable,
    terms: &RateTerms,
    benchmarks: &Benchmarks,
) -> RateQuote {
    let item = QuoteItem::Single {
        platform: platform.clone(),
        deliverable,
    };
    let title = format!("{} on {}", deliverable.label(), platform.label());
    let base = match base_price(platform, advice, deliverable, benchmarks) {
        Ok(base) => base,
        Err(reason) => return no_data(item, title, reason),
    };
    let mut assumptions = base.assumptions.clone();
    assumptions.extend(base.notes.iter().cloned());
    let mut sources = base.sources.clone();
    add_terms(terms, &mut assumptions, &mut sources);
    assumptions.push(ends_sentence(&base, terms));
    assumptions.extend(base.thin.iter().cloned());
    assumptions.push(GUIDE_NOTE.to_owned());
    let factor = |end| multiplier(terms, end);
    finish(
        item,
        title,
        base.derived,
        base.at(factor),
        assumptions,
        sources,
    )
}

/// The row for the bundle the terms describe: the sum of its parts (each priced as its
/// own row) less the bundle discount, with the terms added.
pub fn bundle_quote(
    advices: &[(PlatformKind, &RateAdvice)],
    terms: &RateTerms,
    benchmarks: &Benchmarks,
) -> RateQuote {
    let (item, title) = (QuoteItem::Bundle, "Bundle".to_owned());
    let parts: Vec<_> = terms.bundle.iter().filter(|part| part.count > 0).collect();
    if parts.is_empty() {
        return no_data(
            item,
            title,
            "The bundle is empty: set how many of each deliverable it holds (\"In bundle\")."
                .to_owned(),
        );
    }
    let mut sum = Base::zero();
    let mut listed = Vec::new();
    for part in &parts {
        let Some((_, advice)) = advices.iter().find(|(kind, _)| kind == &part.platform) else {
            let reason = format!(
                "No data: the bundle holds {} on {}, a platform the project does not have.",
                part.deliverable.counted(part.count),
                part.platform.label()
            );
            return no_data(item, title, reason);
        };
        let base = match base_price(&part.platform, advice, part.deliverable, benchmarks) {
            Ok(base) => base,
            Err(reason) => {
                return no_data(item, title, format!("No data for the bundle: {reason}"));
            }
        };
        listed.push(format!(
            "{} on {} ({} each before the terms, suggested {})",
            part.deliverable.counted(part.count),
            part.platform.label(),
            range_text(base.low, base.high),
            dollars_text(base.mid)
        ));
        sum.add(&base, part.count);
    }
    let discount = bundle_discount_percent(terms);
    let mut assumptions = vec![
        format!("The bundle holds {}.", listed.join("; ")),
        discount_sentence(terms, discount),
    ];
    assumptions.extend(sum.notes.iter().cloned());
    let mut sources = sum.sources.clone();
    push_unique(&mut sources, table::BUNDLE_SOURCE.sentence());
    add_terms(terms, &mut assumptions, &mut sources);
    assumptions.push(ends_sentence(&sum, terms));
    assumptions.extend(sum.thin.iter().cloned());
    assumptions.push(GUIDE_NOTE.to_owned());
    let kept = 1.0 - f64::from(discount) / 100.0;
    let factor = |end| kept * multiplier(terms, end);
    finish(
        item,
        title,
        sum.derived,
        sum.at(factor),
        assumptions,
        sources,
    )
}

/// Adds the terms' sentences and sources.
fn add_terms(terms: &RateTerms, assumptions: &mut Vec<String>, sources: &mut Vec<String>) {
    let effects = term_effects(terms);
    let chosen: Vec<&TermEffect> = effects.iter().filter(|e| e.source.is_some()).collect();
    if chosen.is_empty() {
        assumptions.push(
            "Terms: no usage rights, exclusivity or rush are priced in; the brand gets the post only."
                .to_owned(),
        );
        return;
    }
    for effect in &chosen {
        assumptions.push(effect.sentence.clone());
        if let Some(source) = effect.source {
            push_unique(sources, source.sentence());
        }
    }
    assumptions.push(format!(
        "Together the terms add {} to the price; they are guides' rules of thumb, not measured prices.",
        table::span_text(total_percent(terms))
    ));
}

fn discount_sentence(terms: &RateTerms, discount: u32) -> String {
    let whose = if terms.bundle_discount_percent == crate::model::DEFAULT_BUNDLE_DISCOUNT_PERCENT {
        "Pitchkit's default and an assumption: no published figure was found, and the Cursa course says only that bundles come \"at a slight discount\""
    } else if terms.bundle_discount_percent > 100 {
        "the discount set, read as 100% (a discount cannot be more)"
    } else {
        "the discount you set"
    };
    format!(
        "The bundle's price is the sum of its parts less a bundle discount of {discount}% ({whose})."
    )
}

/// How the minimum and maximum are made.
fn ends_sentence(base: &Base, terms: &RateTerms) -> String {
    let span = total_percent(terms);
    let terms_part = if (span.high - span.low).abs() > f64::EPSILON {
        ", with each term's low and high end"
    } else {
        ""
    };
    match base.high {
        Some(_) => format!(
            "Minimum and maximum: the published range's ends{}{terms_part}; the suggestion uses the suggested price and the middle of every range.",
            base.ratio_ends
        ),
        None => format!(
            "Minimum: the published range's lower end{}{terms_part}; the range has no upper end, so there is no maximum.",
            base.ratio_ends
        ),
    }
}

fn finish(
    item: QuoteItem,
    title: String,
    derived: bool,
    ends: [Option<f64>; 3],
    assumptions: Vec<String>,
    sources: Vec<String>,
) -> RateQuote {
    let [low, mid, high] = ends;
    let (Some(min), Some(suggested)) = (low.and_then(usd), mid.and_then(usd)) else {
        let reason = "No data: the price is beyond what Pitchkit can print.".to_owned();
        return no_data(item, title, reason);
    };
    let max = high.and_then(usd);
    RateQuote {
        item,
        title,
        outcome: QuoteOutcome::Priced(QuotePrices {
            min,
            suggested,
            max,
        }),
        derived,
        assumptions,
        sources,
    }
}

fn no_data(item: QuoteItem, title: String, reason: String) -> RateQuote {
    RateQuote {
        item,
        title,
        outcome: QuoteOutcome::NoData { reason },
        derived: false,
        assumptions: Vec::new(),
        sources: Vec::new(),
    }
}

/// "$100–500", or "$10,000 and up".
fn range_text(low: f64, high: Option<f64>) -> String {
    match (usd(low), high.and_then(usd)) {
        (Some(low), Some(high)) => format::money_range(&low, high.amount_minor),
        (Some(low), None) => format!("{} and up", format::money(&low)),
        (None, _) => "n/a".to_owned(),
    }
}
