//! The rate card: packages with prices, or "rates on request".

use super::{Extra, Money};
use serde::{Deserialize, Serialize};

/// One package a brand can book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatePackage {
    /// The package's name, e.g. "Launch bundle".
    pub name: String,
    /// What is delivered, one item each.
    #[serde(default)]
    pub deliverables: Vec<String>,
    /// The price (or the lower end of a range).
    pub price: Money,
    /// The upper end of a price range, in the same currency's minor units.
    #[serde(default)]
    pub price_max_minor: Option<u64>,
    /// Usage rights included, e.g. "organic use for 30 days".
    #[serde(default)]
    pub usage_rights: String,
    /// Exclusivity terms, e.g. "no competing coffee brands for 14 days".
    #[serde(default)]
    pub exclusivity: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What the creator charges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RateCard {
    /// Print "rates on request" instead of prices.
    #[serde(default)]
    pub on_request: bool,
    /// The packages, in display order.
    #[serde(default)]
    pub packages: Vec<RatePackage>,
    /// A general note, e.g. "Rates exclude VAT".
    #[serde(default)]
    pub notes: String,
}
