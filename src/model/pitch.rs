//! Pitches: one brand each, with what its kit shows (sections, collaborations, rates,
//! theme, accent, audience fit) and where the pitch stands (the pitch log).
//!
//! A pitch names the collaborations it shows or hides by brand and date
//! ([`CollabChoice`]), not by position, so reordering collaborations keeps the choice;
//! a collaboration it does not name follows the main kit's `show_in_kit`.

use super::{
    Collaboration, Extra, KitLength, KitSettings, Money, Project, RateCard, Rgb, SectionSetting,
    Theme,
};
use crate::kit::lang::Language;
use serde::{Deserialize, Serialize};
use time::Date;

/// Where a pitch stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum PitchStatus {
    /// A brand worth pitching; nothing written yet.
    #[default]
    Idea,
    /// The kit and email are drafted.
    Drafted,
    /// Sent; waiting for an answer.
    Sent,
    /// The brand answered.
    Replied,
    /// Talking terms.
    Negotiating,
    /// A deal.
    Won,
    /// The brand said no.
    Lost,
    /// No answer after following up.
    NoReply,
}

impl PitchStatus {
    /// Every status, in the order a pitch moves through them.
    pub const ALL: [PitchStatus; 8] = [
        Self::Idea,
        Self::Drafted,
        Self::Sent,
        Self::Replied,
        Self::Negotiating,
        Self::Won,
        Self::Lost,
        Self::NoReply,
    ];

    /// The name shown to people ("No reply").
    pub fn label(self) -> &'static str {
        match self {
            Self::Idea => "Idea",
            Self::Drafted => "Drafted",
            Self::Sent => "Sent",
            Self::Replied => "Replied",
            Self::Negotiating => "Negotiating",
            Self::Won => "Won",
            Self::Lost => "Lost",
            Self::NoReply => "No reply",
        }
    }

    /// Whether the pitch is over (won, lost or no reply): it needs no follow-up.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Won | Self::Lost | Self::NoReply)
    }
}

/// How a pitch's kit shows the rate card's prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RatesShown {
    /// The prices as on the rate card ("$450", "$1,400–1,800").
    #[default]
    Full,
    /// Only the lower end, as a starting price ("from $450").
    From,
    /// No prices: "rates on request".
    OnRequest,
}

impl RatesShown {
    /// Every choice, in menu order.
    pub const ALL: [RatesShown; 3] = [Self::Full, Self::From, Self::OnRequest];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Full => "Full prices",
            Self::From => "“From” prices",
            Self::OnRequest => "Rates on request",
        }
    }
}

/// The audience a brand wants to reach: labels of the creator's audience shares
/// (age groups, genders, countries). An empty list means "anyone" on that dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AudienceTarget {
    /// Age groups, e.g. `["25–34", "35–44"]`.
    #[serde(default)]
    pub ages: Vec<String>,
    /// Genders, e.g. `["Women"]`.
    #[serde(default)]
    pub genders: Vec<String>,
    /// Countries, e.g. `["United Kingdom", "Ireland"]`.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AudienceTarget {
    /// Whether the brand named no target at all.
    pub fn is_empty(&self) -> bool {
        self.ages.is_empty() && self.genders.is_empty() && self.countries.is_empty()
    }
}

/// A pitch's own choice for one collaboration, named by brand and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollabChoice {
    /// The collaboration's brand (compared trimmed, without case).
    pub brand: String,
    /// The collaboration's date.
    pub date: Date,
    /// Shown in this pitch's kit (a competitor still needs the pitch's switch).
    pub shown: bool,
}

impl CollabChoice {
    /// Whether this choice names `collab`.
    pub fn names(&self, collab: &Collaboration) -> bool {
        self.date == collab.date && same_name(&self.brand, &collab.brand)
    }
}

/// Names compared trimmed, with runs of spaces as one, without case.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// One brand pitched: who, what its kit shows, and where the pitch stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pitch {
    /// The brand's name, e.g. "Brightside Coffee".
    pub brand: String,
    /// The brand's category, e.g. "Coffee roasters" (finds competitors).
    #[serde(default)]
    pub category: String,
    /// The person to write to.
    #[serde(default)]
    pub contact_name: String,
    /// Their email address.
    #[serde(default)]
    pub contact_email: String,
    /// The audience the brand wants to reach.
    #[serde(default)]
    pub target: AudienceTarget,
    /// A personal paragraph for this brand; the kit prints it first in About.
    #[serde(default)]
    pub intro: String,
    /// Sections in this kit's order with their visibility (from the main kit at first).
    #[serde(default = "super::kit::default_sections")]
    pub sections: Vec<SectionSetting>,
    /// This pitch's own choices of collaborations; the others follow the main kit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collabs: Vec<CollabChoice>,
    /// Show competitors' collaborations anyway (hidden by default).
    #[serde(default)]
    pub show_competitors: bool,
    /// How prices show.
    #[serde(default)]
    pub rates: RatesShown,
    /// This kit's theme; `None` follows the main kit.
    #[serde(default)]
    pub theme: Option<Theme>,
    /// This kit's accent; `None` follows the main kit.
    #[serde(default)]
    pub accent: Option<Rgb>,
    /// This kit's length (full, two pages, one page); `None` follows the main kit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<KitLength>,
    /// This kit's language; `None` follows the main kit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::kit::lang::deserialize_lenient"
    )]
    pub language: Option<Language>,
    /// Print the audience fit in the kit (the editor always shows it).
    #[serde(default)]
    pub print_audience_fit: bool,
    /// Where the pitch stands.
    #[serde(default)]
    pub status: PitchStatus,
    /// The day it was sent.
    #[serde(default)]
    pub sent_on: Option<Date>,
    /// The day to follow up.
    #[serde(default)]
    pub follow_up_on: Option<Date>,
    /// The fee agreed, once there is one.
    #[serde(default)]
    pub fee_agreed: Option<Money>,
    /// The creator's notes.
    #[serde(default)]
    pub notes: String,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Pitch {
    /// A new pitch to `brand` starting from the main kit's settings: its sections
    /// (copied: the pitch changes its own), and its theme and accent (followed until
    /// the pitch sets its own); full prices, every collaboration as in the main kit.
    pub fn from_kit(kit: &KitSettings, brand: &str) -> Self {
        Self {
            brand: brand.to_owned(),
            category: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            target: AudienceTarget::default(),
            intro: String::new(),
            sections: kit.sections.clone(),
            collabs: Vec::new(),
            show_competitors: false,
            rates: RatesShown::Full,
            theme: None,
            accent: None,
            length: None,
            language: None,
            print_audience_fit: false,
            status: PitchStatus::Idea,
            sent_on: None,
            follow_up_on: None,
            fee_agreed: None,
            notes: String::new(),
            extra: Extra::new(),
        }
    }

    /// A new pitch to `brand` as the project's main kit stands: [`Pitch::from_kit`],
    /// with "rates on request" when the rate card says so.
    pub fn for_project(project: &Project, brand: &str) -> Self {
        let mut pitch = Self::from_kit(&project.kit, brand);
        pitch.rates = rates_of(&project.rate_card);
        pitch
    }

    /// This pitch's own choice for `collab`, if it made one.
    pub fn collab_choice(&self, collab: &Collaboration) -> Option<bool> {
        self.collabs
            .iter()
            .find(|choice| choice.names(collab))
            .map(|choice| choice.shown)
    }

    /// Whether this pitch shows `collab`, before competitors are taken out: its own
    /// choice, else the main kit's.
    pub fn chooses(&self, collab: &Collaboration) -> bool {
        self.collab_choice(collab).unwrap_or(collab.show_in_kit)
    }
}

fn rates_of(card: &RateCard) -> RatesShown {
    if card.on_request {
        RatesShown::OnRequest
    } else {
        RatesShown::Full
    }
}

/// What a kit made for one brand prints besides the project's own content. Set on a
/// tailored view's kit settings by `kit::pitch::tailor`; never saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PitchPrint {
    /// The brand's name, trimmed.
    pub brand: String,
    /// "Prepared for BRAND · DATE", on the cover (empty without a brand name).
    pub prepared_for: String,
    /// The pitch's intro paragraph, printed first in About (may be empty).
    pub intro: String,
    /// How prices show.
    pub rates: RatesShown,
    /// The brand's target audience, when the creator chose to print the audience fit.
    pub audience_fit: Option<AudienceTarget>,
}
