//! Audience demographics: age, gender, countries and cities as shares.

use super::{Extra, Percent, PlatformKind, Provenance};
use serde::{Deserialize, Serialize};

/// One labelled share of an audience, e.g. "25–34" at 41 %.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// The bucket's label (age range, gender, country or city); editable.
    pub label: String,
    /// Its share of the audience.
    pub percent: Percent,
}

impl Share {
    /// A share from a label and a number of percent.
    pub fn new(label: &str, percent: Percent) -> Self {
        Self {
            label: label.to_owned(),
            percent,
        }
    }
}

/// The audience of one platform, or of all of them (`platform: None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// The platform these figures describe; `None` for the whole audience.
    #[serde(default)]
    pub platform: Option<PlatformKind>,
    /// Age buckets in their natural order.
    #[serde(default)]
    pub ages: Vec<Share>,
    /// Gender split; labels are the creator's (not only two).
    #[serde(default)]
    pub genders: Vec<Share>,
    /// Top countries.
    #[serde(default)]
    pub countries: Vec<Share>,
    /// Top cities.
    #[serde(default)]
    pub cities: Vec<Share>,
    /// Where these figures came from and when.
    pub provenance: Provenance,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}
