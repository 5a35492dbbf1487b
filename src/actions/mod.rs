//! Every edit of a project as an [`Action`], applied in one place, with undo and redo.
//!
//! Panels, the CLI and tests never mutate a [`Project`] directly: they build an
//! `Action` and hand it to [`apply()`] (or to a [`History`], which also records it).
//! Applying returns the *inverse* action, the one edit that puts the project back as
//! it was: an update carries the old value, a removal's inverse inserts the removed
//! item at its old index, a move's inverse moves it back.
//!
//! Actions check only structure (that an index points at something). They never
//! judge content — a percentage over 100 or an empty name is `storage`'s
//! validation's business, not theirs.
//!
//! A single field is set by the action of its kind of value — [`Action::SetText`],
//! [`Action::SetOptionalCount`], [`Action::SetDate`], [`Action::SetOptionalDate`],
//! [`Action::SetToggle`] — naming the field with a [`TextField`],
//! [`OptionalCountField`], [`DateField`], [`OptionalDateField`] or [`ToggleField`].
//! One mapping per field gives its place in the project and the menu label of its edit,
//! and a `TextField` is also the key that merges typing into one undo step.
//!
//! [`Project`]: crate::model::Project

mod apply;
mod error;
mod fields;
mod history;
mod kinds;
mod label;
mod list;
mod pitch;
mod slot;

pub use apply::apply;
pub use error::ActionError;
pub use fields::{
    CollabField, CreatorField, PackageField, PitchField, PlatformField, PostCount, PostText,
};
pub use history::History;
pub use kinds::{DateField, OptionalCountField, OptionalDateField, TextField, ToggleField};
pub use list::ListEdit;
pub use pitch::PitchSetting;

use crate::model::{
    AestheticSample, Audience, Collaboration, EngagementMethod, FollowerSnapshot, GalleryLook,
    KitLength, Language, MediaRef, PageSize, Pitch, Platform, Post, PostKind, PostWindow, Project,
    Provenance, RatePackage, RateTerms, Rgb, SectionSetting, Share, Theme, TierBounds,
};
use time::Date;

/// One of an audience's share lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShareGroup {
    /// Age buckets.
    Ages,
    /// Gender split.
    Genders,
    /// Top countries.
    Countries,
    /// Top cities.
    Cities,
}

/// One edit of a [`Project`]. Indices are positions in the project's lists at the
/// moment the action is applied; an index that points at nothing is an
/// [`ActionError`] and leaves the project unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // --- one field: one action per kind of value ---
    /// Sets one text field (the creator's name, a post's title, a package's usage
    /// rights…). Typed edits of the same field merge into one undo step.
    SetText {
        /// Which field, of which item.
        field: TextField,
        /// Its new text.
        value: String,
    },
    /// Sets or clears one count that may be left empty (a post's likes…).
    SetOptionalCount {
        /// Which count, of which item.
        field: OptionalCountField,
        /// Its new value; `None` clears it.
        value: Option<u64>,
    },
    /// Sets one date (the day of a post…).
    SetDate {
        /// Which date, of which item.
        field: DateField,
        /// The new day.
        value: Date,
    },
    /// Sets or clears one date that may be left empty (a pitch's follow-up day…).
    SetOptionalDate {
        /// Which date, of which item.
        field: OptionalDateField,
        /// The new day; `None` clears it.
        value: Option<Date>,
    },
    /// Turns one on/off setting on or off (a post sponsored, a section shown…).
    SetToggle {
        /// Which setting, of which item.
        field: ToggleField,
        /// On or off.
        value: bool,
    },

    // --- creator ---
    /// Replaces the list of languages.
    SetLanguages(Vec<String>),
    /// Replaces the topic tags.
    SetTopics(Vec<String>),
    /// Sets or clears the profile photo.
    SetProfilePhoto(Option<MediaRef>),

    // --- platforms ---
    /// Adds, replaces, removes or moves a platform.
    Platforms(ListEdit<Platform>),
    /// Sets a platform's current follower count and where it came from.
    SetFollowers {
        /// Index in `platforms`.
        platform: usize,
        /// Followers (or subscribers).
        followers: u64,
        /// Source and as-of date of the count.
        provenance: Provenance,
    },
    /// Sets where a platform's post figures came from.
    SetPostsProvenance {
        /// Index in `platforms`.
        platform: usize,
        /// Source and as-of date of the post figures.
        provenance: Provenance,
    },
    /// Adds, replaces, removes or moves a follower snapshot of a platform.
    Snapshots {
        /// Index in `platforms`.
        platform: usize,
        /// The edit of its `snapshots`.
        edit: ListEdit<FollowerSnapshot>,
    },
    /// Adds, replaces, removes or moves a post of a platform.
    Posts {
        /// Index in `platforms`.
        platform: usize,
        /// The edit of its `posts`.
        edit: ListEdit<Post>,
    },
    /// Sets what kind of post a post is (photo, reel, video…).
    SetPostKind {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
        /// The new kind.
        kind: PostKind,
    },

    // --- audiences ---
    /// Adds, replaces, removes or moves an audience.
    Audiences(ListEdit<Audience>),
    /// Adds, replaces, removes or moves a share of one of an audience's groups.
    Shares {
        /// Index in `audiences`.
        audience: usize,
        /// Which group.
        group: ShareGroup,
        /// The edit of that group's list.
        edit: ListEdit<Share>,
    },

    // --- aesthetic samples ---
    /// Adds, replaces, removes or moves an aesthetic sample.
    Samples(ListEdit<AestheticSample>),

    // --- collaborations ---
    /// Adds, replaces, removes or moves a collaboration.
    Collaborations(ListEdit<Collaboration>),

    // --- rate card ---
    /// Adds, replaces, removes or moves a rate package.
    Packages(ListEdit<RatePackage>),
    /// Sets the terms the rate calculator prices in (usage rights, exclusivity, rush,
    /// the bundle).
    SetRateTerms(RateTerms),

    // --- kit settings ---
    /// Sets the paper size.
    SetPageSize(PageSize),
    /// Sets the theme.
    SetTheme(Theme),
    /// Sets the accent colour; `None` takes it from the photos.
    SetAccent(Option<Rgb>),
    /// Replaces the whole section list (order and visibility), e.g. "reset to default".
    SetSections(Vec<SectionSetting>),
    /// Reorders (or adds or removes) kit sections.
    Sections(ListEdit<SectionSetting>),
    /// Sets the engagement formula the kit leads with.
    SetEngagementMethod(EngagementMethod),
    /// Sets the kit's length: full, two pages or one page.
    SetKitLength(KitLength),
    /// Sets the kit's language; `None` follows the computer's.
    SetKitLanguage(Option<Language>),
    /// Sets the PDF size budget.
    SetSizeBudget {
        /// Budget in kilobytes.
        size_budget_kb: u32,
    },

    // --- analytics settings ---
    /// Sets which posts the averages look at.
    SetPostWindow(PostWindow),
    /// Sets the tier boundaries.
    SetTierBounds(TierBounds),

    /// Sets the gallery's palette and cohesion (recomputed when photos change).
    SetLook(Option<GalleryLook>),

    /// Dismisses a health-check warning for its figure (with the creator's reason), or
    /// brings it back (`reason: None`).
    SetDismissal {
        /// The warning's key (`analytics::HealthWarning::key`).
        key: String,
        /// Why it is dismissed; `None` undoes the dismissal.
        reason: Option<String>,
    },

    // --- pitches ---
    /// Adds, replaces, removes or moves a pitch.
    Pitches(ListEdit<Pitch>),
    /// Replaces one setting of a pitch (status, rates, theme, target audience…).
    SetPitch {
        /// Index in `pitches`.
        pitch: usize,
        /// The setting and its new value.
        value: PitchSetting,
    },

    // --- whole project ---
    /// Replaces the whole project (e.g. after an import); its inverse restores the old one.
    ReplaceProject(Box<Project>),
    /// Several actions as one undo step, applied in order; all or nothing.
    Batch {
        /// The menu label of the whole step, e.g. "Import 14 posts".
        label: String,
        /// The actions, in order.
        actions: Vec<Action>,
    },
}
