//! A rate calculator row's price before the terms: the platform's rate suggestion for
//! the deliverable its price rows describe, or that price times a stated ratio for a
//! deliverable derived from it, with the sentences and sources behind it.

use super::benchmarks::{BenchmarkRow, Benchmarks, Confidence, Metric};
use super::rate_terms::{self as table, End, Span};
use super::rates::{GUIDE_NOTE, RateAdvice, RateSuggestion, USD_NOTE, usd};
use crate::format;
use crate::model::{Deliverable, Money, PlatformKind};

/// The deliverable a platform's published price rows describe.
pub fn own_deliverable(platform: &PlatformKind) -> Deliverable {
    match platform {
        PlatformKind::Tiktok => Deliverable::ShortVideo,
        PlatformKind::Youtube => Deliverable::LongVideo,
        _ => Deliverable::FeedPost,
    }
}

/// A price before the terms: the three ends in dollars, with what lies behind them.
#[derive(Debug, Clone)]
pub(crate) struct Base {
    /// The price the minimum is made from.
    pub(crate) low: f64,
    /// The price the suggestion is made from.
    pub(crate) mid: f64,
    /// The price the maximum is made from; `None`: the range has no upper end.
    pub(crate) high: Option<f64>,
    /// Derived by a ratio rather than read from a row of its own.
    pub(crate) derived: bool,
    /// How the ratio was chosen, if one was used ("" otherwise).
    pub(crate) ratio_ends: &'static str,
    /// The rate suggestion's sentences.
    pub(crate) assumptions: Vec<String>,
    /// How a derived price was derived.
    pub(crate) notes: Vec<String>,
    /// Every source, as sentences.
    pub(crate) sources: Vec<String>,
    /// Where the data is thin, as sentences.
    pub(crate) thin: Vec<String>,
}

impl Base {
    pub(crate) fn zero() -> Self {
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
    pub(crate) fn add(&mut self, part: &Base, count: u32) {
        let count = f64::from(count);
        self.low += part.low * count;
        self.mid += part.mid * count;
        self.high = self
            .high
            .zip(part.high)
            .map(|(sum, high)| sum + high * count);
        self.derived |= part.derived;
        if !part.ratio_ends.is_empty() {
            self.ratio_ends = " × each ratio's low and high end";
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
    pub(crate) fn at(&self, factor: impl Fn(End) -> f64) -> [Option<f64>; 3] {
        [
            Some(self.low * factor(End::Low)),
            Some(self.mid * factor(End::Mid)),
            self.high.map(|high| high * factor(End::High)),
        ]
    }
}

/// The price of `deliverable` on `platform` before the terms, or why there is none.
pub(crate) fn base_price(
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
        base.ratio_ends = " × the ratio's low and high end";
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
                "{low} from the Instajet blog, a story \"1.5 to 2 times less\" than a post; {high} from boost52 2021's averages, {} for a story against {} for a post",
                dollars_text(table::STORY_AVERAGE_USD),
                dollars_text(table::POST_AVERAGE_USD)
            )
        } else {
            "HypeAuditor blog, 2019: video posts generally cost 40–50% more than photo posts"
                .to_owned()
        };
        format!(
            "Derived, an assumption: no published row prices a {} on {} by tier, so the feed post price is multiplied by {low}–{high} ({why}); {low} for the minimum, {mid} for the suggestion, {high} for the maximum.",
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

pub(crate) fn push_unique(list: &mut Vec<String>, text: String) {
    if !list.contains(&text) {
        list.push(text);
    }
}

/// Whole dollars for a sentence: "$248".
pub(crate) fn dollars_text(dollars: f64) -> String {
    usd(dollars).map_or_else(|| "n/a".to_owned(), |money| format::money(&money))
}

/// A ratio with up to two decimals: 1.4, 1.45, 0.77.
fn ratio_text(ratio: f64) -> String {
    let text = format!("{ratio:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
