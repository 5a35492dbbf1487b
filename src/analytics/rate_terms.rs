//! The rate calculator's figures beyond the tier price rows, in one table: what usage
//! rights, exclusivity and rush add to a price, and the ratios that derive a deliverable
//! with no published price of its own from one that has one. Each names its source,
//! year and confidence; where no publication gives a figure, it says "Pitchkit's
//! assumption".
//!
//! These are pricing guides' rules of thumb, not measured prices: the sentences the
//! calculator writes say so. A figure with a range is used at its low end for the
//! minimum price, its middle for the suggestion and its high end for the maximum.

use super::benchmarks::Confidence;
use crate::model::{RateTerms, UsageRights};
use serde::Serialize;

/// Where a figure of the table comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TermSource {
    /// Short name, e.g. "HypeAuditor blog".
    pub citation: &'static str,
    /// What the source says, in a sentence.
    pub says: &'static str,
    /// Year; `None` when the source gives none.
    pub year: Option<i32>,
    /// Where it was read.
    pub url: &'static str,
    /// How far it was checked (here: read in a stored copy of the page, `Secondary`).
    pub confidence: Confidence,
}

impl TermSource {
    /// The source as a sentence: "CITATION (YEAR; CONFIDENCE): SAYS URL".
    pub fn sentence(&self) -> String {
        let year = self
            .year
            .map_or_else(|| "year not stated".to_owned(), |year| year.to_string());
        format!(
            "{} ({year}; {}): {} {}",
            self.citation,
            self.confidence.label(),
            self.says,
            self.url
        )
    }
}

/// A figure with a low and a high end (equal when the source gives one value).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Span {
    /// The low end.
    pub low: f64,
    /// The high end.
    pub high: f64,
}

impl Span {
    /// One value.
    pub const fn one(value: f64) -> Self {
        Self {
            low: value,
            high: value,
        }
    }

    /// The middle.
    pub fn mid(self) -> f64 {
        (self.low + self.high) / 2.0
    }

    /// The value at `end`: low, middle or high.
    pub fn at(self, end: End) -> f64 {
        match end {
            End::Low => self.low,
            End::Mid => self.mid(),
            End::High => self.high,
        }
    }
}

/// Which price a figure is used for: the minimum (low end), the suggestion (middle) or
/// the maximum (high end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum End {
    /// The minimum price.
    Low,
    /// The suggested price.
    Mid,
    /// The maximum price.
    High,
}

impl End {
    /// The three, in order.
    pub const ALL: [End; 3] = [End::Low, End::Mid, End::High];
}

/// The longest usage or exclusivity period priced, in days (ten years); longer ones are
/// priced as this.
pub const MAX_TERM_DAYS: u32 = 3_650;

/// The days a usage or exclusivity rate is quoted per.
pub const RATE_PERIOD_DAYS: u32 = 30;

/// A guide's usage and whitelisting fees (both per 30 days).
pub const USAGE_SOURCE: TermSource = TermSource {
    citation: "Top Growth Marketing whitelisting guide",
    says: "whitelisting: a reasonable rate is 25% of the base deal per month for every 30 days the brand boosts the post; licensing: a standard rate of 15% of the base deal per month.",
    year: None,
    url: "https://topgrowthmarketing.com/how-much-to-charge-for-whitelisting/",
    confidence: Confidence::Secondary,
};

/// Organic reposting by the brand, in percent of the fee per 30 days (the guide's
/// "licensing" rate).
pub const ORGANIC_PERCENT_PER_PERIOD: f64 = 15.0;

/// Paid ads and whitelisting, in percent of the fee per 30 days.
pub const PAID_PERCENT_PER_PERIOD: f64 = 25.0;

/// A guide's exclusivity add-ons.
pub const EXCLUSIVITY_SOURCE: TermSource = TermSource {
    citation: "Creator Money Tools exclusivity guide",
    says: "category exclusivity add-on: 14 days 5–15% of the base fee, 30 days 10–25%, 90 days 25–40% or more.",
    year: None,
    url: "https://creator-money-tools.pages.dev/blog/category-exclusivity-in-influencer-marketing",
    confidence: Confidence::Secondary,
};

/// The guide's exclusivity add-ons: (days, percent of the fee, low to high).
pub const EXCLUSIVITY_STEPS: [(u32, Span); 3] = [
    (
        14,
        Span {
            low: 5.0,
            high: 15.0,
        },
    ),
    (
        30,
        Span {
            low: 10.0,
            high: 25.0,
        },
    ),
    (
        90,
        Span {
            low: 25.0,
            high: 40.0,
        },
    ),
];

/// A published rush surcharge.
pub const RUSH_SOURCE: TermSource = TermSource {
    citation: "Busy Mom Socials rush policy",
    says: "standard rush fee: an additional 25–50% on the regular rate for social-media content due within 48 hours (a social-media agency's terms, not an influencer survey).",
    year: None,
    url: "https://www.busymomsocials.com/rush-policy",
    confidence: Confidence::Secondary,
};

/// Rush delivery, in percent of the fee.
pub const RUSH_PERCENT: Span = Span {
    low: 25.0,
    high: 50.0,
};

/// What a video post costs against a photo post on Instagram.
pub const VIDEO_RATIO_SOURCE: TermSource = TermSource {
    citation: "HypeAuditor blog, How Instagram influencers set their prices",
    says: "posts with a video generally cost 40–50% more than photo posts (a copy dated 6 March 2019 is on socialmediading.com).",
    year: Some(2019),
    url: "https://hypeauditor.com/blog/how-instagram-influencers-set-their-prices/",
    confidence: Confidence::Secondary,
};

/// An Instagram Reel against a feed post.
pub const REEL_RATIO: Span = Span {
    low: 1.4,
    high: 1.5,
};

/// What a story costs against a post, by one guide.
pub const STORY_RATIO_SOURCE: TermSource = TermSource {
    citation: "Instajet blog, A look at how much influencers earn",
    says: "an influencer may charge 1.5 to 2 times less for a Story than for a regular post.",
    year: None,
    url: "https://instajet.io/blog/a-look-at-how-much-influencers-earn",
    confidence: Confidence::Secondary,
};

/// The benchmark row whose notes give the average price of a story beside that of a
/// post (boost52 2021: $906 against $1,170).
pub const STORY_AVERAGE_ROW: &str = "boost52-2021-instagram-all-avg-price-per-post";

/// boost52's average price of an Instagram story, USD (the row's notes).
pub const STORY_AVERAGE_USD: f64 = 906.0;

/// boost52's average price of an Instagram post, USD (the row's value).
pub const POST_AVERAGE_USD: f64 = 1_170.0;

/// An Instagram story against a feed post: 1/2 (Instajet's "2 times less") to
/// $906 / $1,170 (boost52 2021).
pub const STORY_RATIO: Span = Span {
    low: 0.5,
    high: STORY_AVERAGE_USD / POST_AVERAGE_USD,
};

/// Where bundles are said to be cheaper than their parts (no figure given).
pub const BUNDLE_SOURCE: TermSource = TermSource {
    citation: "Cursa course, Pricing models",
    says: "package bundles: one price for a set of deliverables, often at a slight discount versus buying each item separately (no figure given).",
    year: None,
    url: "https://cursa.app/en/page/pricing-models-compensation-and-building-a-fair-offer",
    confidence: Confidence::Secondary,
};

/// What one term adds to every price, for the creator to see beside its control.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermEffect {
    /// The term as chosen, e.g. "Paid ads / whitelisting for 30 days".
    pub label: String,
    /// What it adds, in percent of the fee (low and high end).
    pub percent: Span,
    /// How the figure is worked out, in a sentence with its source's name.
    pub sentence: String,
    /// Its source, if a publication gives one.
    pub source: Option<TermSource>,
}

/// `days` as priced: at most [`MAX_TERM_DAYS`].
pub fn priced_days(days: u32) -> u32 {
    days.min(MAX_TERM_DAYS)
}

/// What the usage rights add, in percent of the fee (the same at every end).
pub fn usage_percent(usage: UsageRights, days: u32) -> f64 {
    let per_period = match usage {
        UsageRights::NotIncluded => return 0.0,
        UsageRights::Organic => ORGANIC_PERCENT_PER_PERIOD,
        UsageRights::PaidAds => PAID_PERCENT_PER_PERIOD,
    };
    per_period * f64::from(priced_days(days)) / f64::from(RATE_PERIOD_DAYS)
}

/// What `days` of exclusivity add, in percent of the fee: the guide's steps, a straight
/// line from 0 days to the first step and between steps, and beyond the last step the
/// slope of the last two (Pitchkit's assumption; the guide says "or more").
pub fn exclusivity_percent(days: u32) -> Span {
    let days = f64::from(priced_days(days));
    let mut previous = (0.0, Span::one(0.0));
    for (step_days, span) in EXCLUSIVITY_STEPS {
        let step_days = f64::from(step_days);
        if days <= step_days {
            return between(previous, (step_days, span), days);
        }
        previous = (step_days, span);
    }
    let [.., before, last] = EXCLUSIVITY_STEPS;
    let last = (f64::from(last.0), last.1);
    between((f64::from(before.0), before.1), last, days)
}

/// The straight line through two steps, at `days`.
fn between(from: (f64, Span), to: (f64, Span), days: f64) -> Span {
    let span_days = to.0 - from.0;
    let at = |a: f64, b: f64| a + (b - a) * (days - from.0) / span_days;
    Span {
        low: at(from.1.low, to.1.low),
        high: at(from.1.high, to.1.high),
    }
}

/// What rush delivery adds, in percent of the fee.
pub fn rush_percent(rush: bool) -> Span {
    if rush { RUSH_PERCENT } else { Span::one(0.0) }
}

/// Everything the terms add together, in percent of the fee.
pub fn total_percent(terms: &RateTerms) -> Span {
    let usage = usage_percent(terms.usage, terms.usage_days);
    let exclusivity = exclusivity_percent(terms.exclusivity_days);
    let rush = rush_percent(terms.rush);
    Span {
        low: usage + exclusivity.low + rush.low,
        high: usage + exclusivity.high + rush.high,
    }
}

/// The factor a price is multiplied by at `end`: 1 + everything the terms add.
pub fn multiplier(terms: &RateTerms, end: End) -> f64 {
    1.0 + total_percent(terms).at(end) / 100.0
}

/// The bundle discount as priced, in percent: at most 100.
pub fn bundle_discount_percent(terms: &RateTerms) -> u32 {
    terms.bundle_discount_percent.min(100)
}

/// What each term adds, in the order of the controls: usage rights, exclusivity, rush.
pub fn term_effects(terms: &RateTerms) -> Vec<TermEffect> {
    vec![
        usage_effect(terms),
        exclusivity_effect(terms),
        rush_effect(terms),
    ]
}

fn usage_effect(terms: &RateTerms) -> TermEffect {
    let days = priced_days(terms.usage_days);
    let percent = Span::one(usage_percent(terms.usage, terms.usage_days));
    let (label, sentence) = match terms.usage {
        UsageRights::NotIncluded => (
            "No usage rights".to_owned(),
            "Usage rights: none; the brand gets the creator's post only, so nothing is added."
                .to_owned(),
        ),
        usage => {
            let (rate, name) = if usage == UsageRights::PaidAds {
                (PAID_PERCENT_PER_PERIOD, "the whitelisting rate")
            } else {
                (ORGANIC_PERCENT_PER_PERIOD, "the licensing rate")
            };
            let label = format!("{} for {}", usage.label(), days_text(days));
            let sentence = format!(
                "Usage rights: {} adds {} ({}% of the fee per {RATE_PERIOD_DAYS} days, {name} of the {}, counted by the day{}).",
                label.to_lowercase(),
                percent_text(percent.low),
                number_text(rate),
                USAGE_SOURCE.citation,
                capped_text(terms.usage_days),
            );
            (label, sentence)
        }
    };
    TermEffect {
        label,
        percent,
        sentence,
        source: (terms.usage != UsageRights::NotIncluded).then_some(USAGE_SOURCE),
    }
}

fn exclusivity_effect(terms: &RateTerms) -> TermEffect {
    let days = priced_days(terms.exclusivity_days);
    let percent = exclusivity_percent(terms.exclusivity_days);
    if days == 0 {
        return TermEffect {
            label: "No exclusivity".to_owned(),
            percent,
            sentence: "Exclusivity: none, so nothing is added.".to_owned(),
            source: None,
        };
    }
    let (first, last) = (EXCLUSIVITY_STEPS[0].0, EXCLUSIVITY_STEPS[2].0);
    let how = if EXCLUSIVITY_STEPS.iter().any(|(step, _)| *step == days) {
        "the guide's own figure".to_owned()
    } else if days < first {
        format!(
            "Pitchkit's assumption: a straight line from nothing at 0 days to the guide's {first}-day figure"
        )
    } else if days < last {
        "Pitchkit's assumption: a straight line between the guide's two nearest periods".to_owned()
    } else {
        format!(
            "Pitchkit's assumption: beyond {last} days the guide says only \"or more\", so the {}-to-{last}-day slope is carried on",
            EXCLUSIVITY_STEPS[1].0
        )
    };
    TermEffect {
        label: format!("Exclusivity for {}", days_text(days)),
        percent,
        sentence: format!(
            "Exclusivity: {} with no competing brand adds {} ({}; figures from the {}{}).",
            days_text(days),
            span_text(percent),
            how,
            EXCLUSIVITY_SOURCE.citation,
            capped_text(terms.exclusivity_days),
        ),
        source: Some(EXCLUSIVITY_SOURCE),
    }
}

fn rush_effect(terms: &RateTerms) -> TermEffect {
    let percent = rush_percent(terms.rush);
    if !terms.rush {
        return TermEffect {
            label: "Usual turnaround".to_owned(),
            percent,
            sentence: "Rush delivery: not asked for, so nothing is added.".to_owned(),
            source: None,
        };
    }
    TermEffect {
        label: "Rush delivery".to_owned(),
        percent,
        sentence: format!(
            "Rush delivery adds {}, the surcharge in the {} for content due within 48 hours; no influencer survey gives one.",
            span_text(percent),
            RUSH_SOURCE.citation
        ),
        source: Some(RUSH_SOURCE),
    }
}

fn capped_text(days: u32) -> String {
    if days > MAX_TERM_DAYS {
        format!(
            "; periods over {} are priced as {}",
            days_text(MAX_TERM_DAYS),
            days_text(MAX_TERM_DAYS)
        )
    } else {
        String::new()
    }
}

/// "1 day", "30 days".
pub fn days_text(days: u32) -> String {
    if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{} days", crate::format::grouped(u64::from(days)))
    }
}

/// A number without needless decimals: 25 → "25", 12.5 → "12.5", 17.083 → "17.1".
pub fn number_text(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

/// "+25%", or "+0%".
pub fn percent_text(value: f64) -> String {
    format!("+{}%", number_text(value))
}

/// "+25%" for one value, "+10–25%" for a range.
pub fn span_text(span: Span) -> String {
    if (span.high - span.low).abs() < 0.05 {
        percent_text(span.low)
    } else {
        format!("+{}–{}%", number_text(span.low), number_text(span.high))
    }
}
