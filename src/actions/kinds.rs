//! The fields of the project by kind of value — text, optional count, date, toggle —
//! each set by one action (`Action::SetText`…). A field names its item (by index in
//! its list) and the field inside it; its one mapping, `place`, gives both the slot
//! and the menu label of its edit.

use super::error::ActionError;
use super::fields::{
    CollabField, CreatorField, PackageField, PitchField, PlatformField, PostCount, PostText,
};
use super::slot::{OnOff, Place, slot, toggle};
use crate::model::Project;
use time::Date;

/// A text field of the project. Two edits of the same `TextField` (same field of the
/// same item) typed one after the other merge into one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    /// A field of the creator's profile.
    Creator(CreatorField),
    /// A text field of a platform.
    Platform {
        /// Index in `platforms`.
        platform: usize,
        /// Which field.
        field: PlatformField,
    },
    /// A text field of a post.
    Post {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
        /// Which field.
        field: PostText,
    },
    /// An aesthetic sample's caption.
    SampleCaption {
        /// Index in `samples`.
        sample: usize,
    },
    /// A text field of a collaboration.
    Collab {
        /// Index in `collaborations`.
        collab: usize,
        /// Which field.
        field: CollabField,
    },
    /// A text field of a rate package.
    Package {
        /// Index in `rate_card.packages`.
        package: usize,
        /// Which field.
        field: PackageField,
    },
    /// The rate card's general note.
    RateNotes,
    /// A text field of a pitch.
    Pitch {
        /// Index in `pitches`.
        pitch: usize,
        /// Which field.
        field: PitchField,
    },
}

impl TextField {
    fn place(self) -> Place<String> {
        match self {
            Self::Creator(field) => Place::Creator(field.slot()),
            Self::Platform { platform, field } => Place::Platform(platform, field.slot()),
            Self::Post {
                platform,
                post,
                field,
            } => Place::Post(platform, post, field.slot()),
            Self::SampleCaption { sample } => {
                Place::Sample(sample, slot("Edit photo caption", |s| &mut s.caption))
            }
            Self::Collab { collab, field } => Place::Collab(collab, field.slot()),
            Self::Package { package, field } => Place::Package(package, field.slot()),
            Self::RateNotes => Place::RateCard(slot("Edit rate notes", |r| &mut r.notes)),
            Self::Pitch { pitch, field } => Place::Pitch(pitch, field.slot()),
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub fn slot_mut(self, project: &mut Project) -> Result<&mut String, ActionError> {
        self.place().slot_mut(project)
    }

    /// The menu label of an edit of this field, e.g. "Edit tagline".
    pub fn label(self) -> &'static str {
        self.place().label()
    }
}

/// A count that may be left empty (`None`: not entered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionalCountField {
    /// One of a post's counts.
    Post {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
        /// Which count.
        count: PostCount,
    },
}

impl OptionalCountField {
    fn place(self) -> Place<Option<u64>> {
        match self {
            Self::Post {
                platform,
                post,
                count,
            } => Place::Post(platform, post, count.slot()),
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub fn slot_mut(self, project: &mut Project) -> Result<&mut Option<u64>, ActionError> {
        self.place().slot_mut(project)
    }

    /// The menu label of an edit of this field, e.g. "Edit post likes".
    pub fn label(self) -> &'static str {
        self.place().label()
    }
}

/// A date of the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateField {
    /// The day a post was published.
    Post {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
    },
}

impl DateField {
    fn place(self) -> Place<Date> {
        match self {
            Self::Post { platform, post } => {
                Place::Post(platform, post, slot("Edit post date", |p| &mut p.date))
            }
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub fn slot_mut(self, project: &mut Project) -> Result<&mut Date, ActionError> {
        self.place().slot_mut(project)
    }

    /// The menu label of an edit of this field, e.g. "Edit post date".
    pub fn label(self) -> &'static str {
        self.place().label()
    }
}

/// A date of the project that may be left empty (`None`: not set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionalDateField {
    /// The day a pitch was sent.
    PitchSent {
        /// Index in `pitches`.
        pitch: usize,
    },
    /// The day to follow a pitch up.
    PitchFollowUp {
        /// Index in `pitches`.
        pitch: usize,
    },
}

impl OptionalDateField {
    fn place(self) -> Place<Option<Date>> {
        match self {
            Self::PitchSent { pitch } => {
                Place::Pitch(pitch, slot("Edit date pitch sent", |p| &mut p.sent_on))
            }
            Self::PitchFollowUp { pitch } => {
                Place::Pitch(pitch, slot("Edit follow-up date", |p| &mut p.follow_up_on))
            }
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub fn slot_mut(self, project: &mut Project) -> Result<&mut Option<Date>, ActionError> {
        self.place().slot_mut(project)
    }

    /// The menu label of an edit of this field, e.g. "Edit follow-up date".
    pub fn label(self) -> &'static str {
        self.place().label()
    }
}

/// An on/off setting of the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToggleField {
    /// A post was paid or gifted.
    PostSponsored {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
    },
    /// A collaboration is shown in the kit.
    CollabShown {
        /// Index in `collaborations`.
        collab: usize,
    },
    /// The rate card prints "rates on request" instead of prices.
    RatesOnRequest,
    /// A kit section is shown.
    SectionVisible {
        /// Index in `kit.sections`.
        index: usize,
    },
    /// The creator marked a collaboration as competing with the brands pitched.
    CollabCompeting {
        /// Index in `collaborations`.
        collab: usize,
    },
    /// A pitch's kit shows competitors' collaborations anyway.
    PitchShowsCompetitors {
        /// Index in `pitches`.
        pitch: usize,
    },
    /// A pitch's kit prints the audience fit.
    PitchPrintsFit {
        /// Index in `pitches`.
        pitch: usize,
    },
}

impl ToggleField {
    fn place(self) -> Place<bool, OnOff> {
        match self {
            Self::PostSponsored { platform, post } => Place::Post(
                platform,
                post,
                toggle("Mark post sponsored", "Mark post organic", |p| {
                    &mut p.sponsored
                }),
            ),
            Self::CollabShown { collab } => Place::Collab(
                collab,
                toggle(
                    "Show collaboration in kit",
                    "Hide collaboration from kit",
                    |c| &mut c.show_in_kit,
                ),
            ),
            Self::RatesOnRequest => {
                Place::RateCard(toggle("Show rates on request", "Show prices", |r| {
                    &mut r.on_request
                }))
            }
            Self::SectionVisible { index } => Place::Section(
                index,
                toggle("Show section", "Hide section", |s| &mut s.visible),
            ),
            Self::CollabCompeting { collab } => Place::Collab(
                collab,
                toggle("Mark as competing", "Mark as not competing", |c| {
                    &mut c.competing
                }),
            ),
            Self::PitchShowsCompetitors { pitch } => Place::Pitch(
                pitch,
                toggle(
                    "Show competitors in pitch",
                    "Hide competitors from pitch",
                    |p| &mut p.show_competitors,
                ),
            ),
            Self::PitchPrintsFit { pitch } => Place::Pitch(
                pitch,
                toggle("Print audience fit", "Leave out audience fit", |p| {
                    &mut p.print_audience_fit
                }),
            ),
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub fn slot_mut(self, project: &mut Project) -> Result<&mut bool, ActionError> {
        self.place().slot_mut(project)
    }

    /// The menu label of setting this toggle to `value`, e.g. "Hide section".
    pub fn label(self, value: bool) -> &'static str {
        self.place().label().label(value)
    }
}
