//! `PitchSetting`: the settings of a pitch that are not one text, date or toggle
//! (status, rates, theme, accent, fee, target audience, sections, collaborations),
//! each replaced whole; the inverse carries the old value.

use crate::model::{
    AudienceTarget, CollabChoice, KitLength, Language, Money, Pitch, PitchStatus, RatesShown, Rgb,
    SectionSetting, Theme,
};
use std::mem::replace;

/// A new value for one setting of a pitch (see `Action::SetPitch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PitchSetting {
    /// Where the pitch stands.
    Status(PitchStatus),
    /// How its kit shows prices.
    Rates(RatesShown),
    /// Its own theme, or `None` to follow the main kit.
    Theme(Option<Theme>),
    /// Its own accent, or `None` to follow the main kit.
    Accent(Option<Rgb>),
    /// Its own kit length, or `None` to follow the main kit.
    Length(Option<KitLength>),
    /// Its own kit language, or `None` to follow the main kit.
    Language(Option<Language>),
    /// The fee agreed, or `None`.
    Fee(Option<Money>),
    /// The brand's target audience (all three lists at once).
    Target(AudienceTarget),
    /// Its kit's sections: order and visibility.
    Sections(Vec<SectionSetting>),
    /// Its own choices of collaborations.
    Collabs(Vec<CollabChoice>),
}

impl PitchSetting {
    /// Puts this value into `pitch` and returns the old one.
    pub(crate) fn swap_into(self, pitch: &mut Pitch) -> Self {
        match self {
            Self::Status(v) => Self::Status(replace(&mut pitch.status, v)),
            Self::Rates(v) => Self::Rates(replace(&mut pitch.rates, v)),
            Self::Theme(v) => Self::Theme(replace(&mut pitch.theme, v)),
            Self::Accent(v) => Self::Accent(replace(&mut pitch.accent, v)),
            Self::Length(v) => Self::Length(replace(&mut pitch.length, v)),
            Self::Language(v) => Self::Language(replace(&mut pitch.language, v)),
            Self::Fee(v) => Self::Fee(replace(&mut pitch.fee_agreed, v)),
            Self::Target(v) => Self::Target(replace(&mut pitch.target, v)),
            Self::Sections(v) => Self::Sections(replace(&mut pitch.sections, v)),
            Self::Collabs(v) => Self::Collabs(replace(&mut pitch.collabs, v)),
        }
    }

    /// The menu label of the edit, e.g. "Change pitch status".
    pub fn label(&self) -> &'static str {
        match self {
            Self::Status(_) => "Change pitch status",
            Self::Rates(_) => "Change how the pitch shows rates",
            Self::Theme(_) => "Change pitch theme",
            Self::Accent(_) => "Change pitch accent colour",
            Self::Length(_) => "Change pitch kit length",
            Self::Language(_) => "Change pitch kit language",
            Self::Fee(_) => "Edit fee agreed",
            Self::Target(_) => "Edit brand's target audience",
            Self::Sections(_) => "Change pitch sections",
            Self::Collabs(_) => "Choose pitch collaborations",
        }
    }
}
