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

use super::benchmarks::{BenchmarkRow, Benchmarks, Confidence, Metric};
use super::rate_terms::{
    self as table, End, Span, TermEffect, bundle_discount_percent, multiplier, term_effects,
    total_percent,
};
use super::rates::{GUIDE_NOTE, RateAdvice, RateSuggestion, USD_NOTE, usd};
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

/// The deliverable a platform's published price rows describe.
pub fn own_deliverable(platform: &PlatformKind) -> Deliverable {
    match platform {
        PlatformKind::Tiktok => Deliverable::ShortVideo,
        PlatformKind::Youtube => Deliverable::LongVideo,
        _ => Deliverable::FeedPost,
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

/// A price before the terms: the three ends in dollars, with what lies behind them.
#[derive(Debug, Clone)]
struct Base {
    low: f64,
    mid: f64,
    high: Option<f64>,
    derived: bool,
    /// How the ratio was chosen, if one was used ("" otherwise).
    ratio_ends: &'static str,
    assumptions: Vec<String>,
    /// How a derived price was derived.
    notes: Vec<String>,
    sources: Vec<String>,
    thin: Vec<String>,
}

impl Base {
    fn zero() -> Self {
        Self {
            low: 0.0,
            mid: 0.0,
            high: Some(0.0),
            derived: false,
            ratio_ends: "",
            assumptions: Vec::new(),
            notes: Vec::new(),
            sources: Vec::new(),
            thin: Vec::new(),
        }
    }

    /// Adds `count` of `part` (a bundle's sum).
    fn add(&mut self, part: &Base, count: u32) {
        let count = f64::from(count);
        self.low += part.low * count;
        self.mid += part.mid * count;
        self.high = self
            .high
            .zip(part.high)
            .map(|(sum, high)| sum + high * count);
        self.derived |= part.derived;
        if !part.ratio_ends.is_empty() {
            self.ratio_ends = " × each ratio's low, middle and high end";
        }
        for text in &part.notes {
            push_unique(&mut self.notes, text.clone());
        }
        for text in &part.sources {
            push_unique(&mut self.sources, text.clone());
        }
        for text in &part.thin {
            push_unique(&mut self.thin, text.clone());
        }
    }

    /// The three ends, each multiplied by `factor(end)`.
    fn at(&self, factor: impl Fn(End) -> f64) -> [Option<f64>; 3] {
        [
            Some(self.low * factor(End::Low)),
            Some(self.mid * factor(End::Mid)),
            self.high.map(|high| high * factor(End::High)),
        ]
    }
}

/// The price of `deliverable` on `platform` before the terms, or why there is none.
fn base_price(
    platform: &PlatformKind,
    advice: &RateAdvice,
    deliverable: Deliverable,
    benchmarks: &Benchmarks,
) -> Result<Base, String> {
    let own = own_deliverable(platform);
    let ratio = derivation(platform, own, deliverable);
    if deliverable != own && ratio.is_none() {
        return Err(format!(
            "No data: Pitchkit's price table has no published price for a {} on {}, and no published ratio derives one from the {} price.",
            deliverable.label().to_lowercase(),
            platform.label(),
            own.label().to_lowercase()
        ));
    }
    let suggestion = match advice {
        RateAdvice::Suggested(suggestion) => suggestion,
        RateAdvice::NotAvailable { reason } if deliverable == own => return Err(reason.clone()),
        RateAdvice::NotAvailable { reason } => {
            return Err(format!(
                "{reason} A {} price would be derived from it, so there is none either.",
                deliverable.label().to_lowercase()
            ));
        }
    };
    let mut base = from_suggestion(suggestion, benchmarks);
    if let Some(derivation) = ratio {
        base.low *= derivation.ratio.low;
        base.mid *= derivation.ratio.mid();
        base.high = base.high.map(|high| high * derivation.ratio.high);
        base.derived = true;
        base.ratio_ends = " × the ratio's low, middle and high end";
        base.notes.push(derivation.sentence(platform, deliverable));
        for source in derivation.sources(benchmarks) {
            push_unique(&mut base.sources, source);
        }
        base.thin.push(format!(
            "Thin data: no published price row of its own prices a {} on {}; it is derived from the {} price with a stated ratio, an assumption.",
            deliverable.label().to_lowercase(),
            platform.label(),
            own.label().to_lowercase()
        ));
    }
    Ok(base)
}

/// The platform's rate suggestion as a base price, with its sentences and sources.
fn from_suggestion(suggestion: &RateSuggestion, benchmarks: &Benchmarks) -> Base {
    let row = &suggestion.price_row;
    let mut sources = vec![row_source(row)];
    if let Some(comparison) = &suggestion.engagement {
        sources.push(row_source(&comparison.benchmark));
        if let Some(rule) = benchmarks
            .rows
            .iter()
            .find(|row| row.metric == Metric::RuleOfThumbPrice)
        {
            sources.push(row_source(rule));
        }
    }
    let mut assumptions: Vec<String> = suggestion
        .assumptions
        .iter()
        .filter(|text| text.as_str() != USD_NOTE && text.as_str() != GUIDE_NOTE)
        .cloned()
        .collect();
    assumptions.push(
        "Prices are in US dollars as published; the published ranges leave out usage rights, exclusivity and rush, which the terms add."
            .to_owned(),
    );
    Base {
        low: suggestion.min.as_major(),
        mid: suggestion.suggested.as_major(),
        high: suggestion.max.as_ref().map(Money::as_major),
        derived: false,
        ratio_ends: "",
        assumptions,
        notes: Vec::new(),
        sources,
        thin: thin_row(row).into_iter().collect(),
    }
}

/// A stated ratio that derives a deliverable from the platform's own one.
#[derive(Debug, Clone, Copy)]
struct Derivation {
    ratio: Span,
    story: bool,
}

/// The ratio for `deliverable` on `platform`, if a publication gives one.
fn derivation(
    platform: &PlatformKind,
    own: Deliverable,
    deliverable: Deliverable,
) -> Option<Derivation> {
    if platform != &PlatformKind::Instagram || own != Deliverable::FeedPost {
        return None;
    }
    match deliverable {
        Deliverable::ShortVideo => Some(Derivation {
            ratio: table::REEL_RATIO,
            story: false,
        }),
        Deliverable::Story => Some(Derivation {
            ratio: table::STORY_RATIO,
            story: true,
        }),
        Deliverable::FeedPost | Deliverable::LongVideo => None,
    }
}

impl Derivation {
    fn sentence(self, platform: &PlatformKind, deliverable: Deliverable) -> String {
        let (low, mid, high) = (
            ratio_text(self.ratio.low),
            ratio_text(self.ratio.mid()),
            ratio_text(self.ratio.high),
        );
        let why = if self.story {
            format!(
                "{low} from the Instajet blog (a story \"1.5 to 2 times less\" than a post) and {high} from boost52 2021's averages ({} for a story against {} for a post)",
                dollars_text(table::STORY_AVERAGE_USD),
                dollars_text(table::POST_AVERAGE_USD)
            )
        } else {
            "the HypeAuditor blog (2019): video posts generally cost 40–50% more than photo posts"
                .to_owned()
        };
        format!(
            "Derived, an assumption: no published row prices a {} on {} by tier, so the feed-post price is multiplied by {low}–{high} ({why}); {low} for the minimum, {mid} for the suggestion, {high} for the maximum.",
            deliverable.label().to_lowercase(),
            platform.label()
        )
    }

    fn sources(self, benchmarks: &Benchmarks) -> Vec<String> {
        if !self.story {
            return vec![table::VIDEO_RATIO_SOURCE.sentence()];
        }
        let boost52 = benchmarks.row(table::STORY_AVERAGE_ROW).map_or_else(
            || {
                format!(
                    "boost52 2021 (2021; secondary): average price of an Instagram story {}, of a post {}.",
                    dollars_text(table::STORY_AVERAGE_USD),
                    dollars_text(table::POST_AVERAGE_USD)
                )
            },
            row_source,
        );
        vec![table::STORY_RATIO_SOURCE.sentence(), boost52]
    }
}

/// A benchmark row as a source sentence: "CITATION: SOURCE (YEAR; CONFIDENCE): URL".
fn row_source(row: &BenchmarkRow) -> String {
    format!("{}: {}", row.citation, row.reference())
}

/// The sentence saying a price row is thin, if it is.
fn thin_row(row: &BenchmarkRow) -> Option<String> {
    let how = match row.confidence {
        Confidence::Primary => return None,
        Confidence::Secondary => {
            "was read only in copies or press reports, not in the source itself"
        }
        Confidence::Unverified | Confidence::NotFound => {
            "was quoted second-hand; the original was not seen"
        }
    };
    Some(format!(
        "Thin data: the published price range ({}, {}) {how} (confidence: {}); the table notes: \"{}\".",
        row.citation,
        row.year_text(),
        row.confidence.label(),
        row.source
    ))
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

fn push_unique(list: &mut Vec<String>, text: String) {
    if !list.contains(&text) {
        list.push(text);
    }
}

/// Whole dollars for a sentence: "$248".
fn dollars_text(dollars: f64) -> String {
    usd(dollars).map_or_else(|| "n/a".to_owned(), |money| format::money(&money))
}

/// "$100–500", or "$10,000 and up".
fn range_text(low: f64, high: Option<f64>) -> String {
    match (usd(low), high.and_then(usd)) {
        (Some(low), Some(high)) => format::money_range(&low, high.amount_minor),
        (Some(low), None) => format!("{} and up", format::money(&low)),
        (None, _) => "n/a".to_owned(),
    }
}

/// A ratio with up to two decimals: 1.4, 1.45, 0.77.
fn ratio_text(ratio: f64) -> String {
    let text = format!("{ratio:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
