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
//! [`Project`]: crate::model::Project

mod apply;
mod error;
mod history;
mod label;
mod list;

pub use apply::apply;
pub use error::ActionError;
pub use history::History;
pub use list::ListEdit;

use crate::model::{
    AestheticSample, Audience, Collaboration, EngagementMethod, FollowerSnapshot, GalleryLook,
    MediaRef, PageSize, Platform, Post, PostKind, PostWindow, Project, Provenance, RatePackage,
    Rgb, SectionSetting, Share, Theme, TierBounds,
};
use time::Date;

/// A one-line text field of the creator's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CreatorField {
    /// `display_name`.
    DisplayName,
    /// `handle`.
    Handle,
    /// `tagline`.
    Tagline,
    /// `bio`.
    Bio,
    /// `location`.
    Location,
    /// `email`.
    Email,
    /// `website`.
    Website,
    /// `niche`.
    Niche,
    /// `content_style`.
    ContentStyle,
}

/// A text field of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlatformField {
    /// `handle`.
    Handle,
    /// `profile_url`.
    ProfileUrl,
}

/// One of a post's optional counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PostCount {
    /// `likes`.
    Likes,
    /// `comments`.
    Comments,
    /// `shares`.
    Shares,
    /// `saves`.
    Saves,
    /// `views`.
    Views,
    /// `reach`.
    Reach,
    /// `impressions`.
    Impressions,
    /// `replies`.
    Replies,
}

impl PostCount {
    /// The post's field this count names.
    pub fn slot_mut(self, post: &mut Post) -> &mut Option<u64> {
        match self {
            Self::Likes => &mut post.likes,
            Self::Comments => &mut post.comments,
            Self::Shares => &mut post.shares,
            Self::Saves => &mut post.saves,
            Self::Views => &mut post.views,
            Self::Reach => &mut post.reach,
            Self::Impressions => &mut post.impressions,
            Self::Replies => &mut post.replies,
        }
    }
}

/// A new value for one field of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostField {
    /// The publication day.
    Date(Date),
    /// Photo, reel, video…
    Kind(PostKind),
    /// The short title.
    Title(String),
    /// One count; `None` clears it.
    Count(PostCount, Option<u64>),
    /// Paid or gifted.
    Sponsored(bool),
    /// Link to the post.
    Link(String),
}

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

/// A text field of a collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CollabField {
    /// `brand`.
    Brand,
    /// `category`.
    Category,
    /// `deliverables`.
    Deliverables,
    /// `link`.
    Link,
}

/// A text field of a rate package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PackageField {
    /// `name`.
    Name,
    /// `usage_rights`.
    UsageRights,
    /// `exclusivity`.
    Exclusivity,
}

/// One edit of a [`Project`]. Indices are positions in the project's lists at the
/// moment the action is applied; an index that points at nothing is an
/// [`ActionError`] and leaves the project unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // --- creator ---
    /// Sets one text field of the creator's profile.
    SetCreatorText {
        /// Which field.
        field: CreatorField,
        /// Its new text.
        value: String,
    },
    /// Replaces the list of languages.
    SetLanguages(Vec<String>),
    /// Replaces the topic tags.
    SetTopics(Vec<String>),
    /// Sets or clears the profile photo.
    SetProfilePhoto(Option<MediaRef>),

    // --- platforms ---
    /// Adds, replaces, removes or moves a platform.
    Platforms(ListEdit<Platform>),
    /// Sets a platform's handle or profile link.
    SetPlatformText {
        /// Index in `platforms`.
        platform: usize,
        /// Which field.
        field: PlatformField,
        /// Its new text.
        value: String,
    },
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
    /// Sets one field of one post.
    SetPostField {
        /// Index in `platforms`.
        platform: usize,
        /// Index in that platform's `posts`.
        post: usize,
        /// The field and its new value.
        value: PostField,
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
    /// Sets a sample's caption.
    SetSampleCaption {
        /// Index in `samples`.
        sample: usize,
        /// The new caption.
        caption: String,
    },

    // --- collaborations ---
    /// Adds, replaces, removes or moves a collaboration.
    Collaborations(ListEdit<Collaboration>),
    /// Sets one text field of a collaboration.
    SetCollabText {
        /// Index in `collaborations`.
        collab: usize,
        /// Which field.
        field: CollabField,
        /// Its new text.
        value: String,
    },
    /// Shows a collaboration in the kit or hides it.
    SetCollabShown {
        /// Index in `collaborations`.
        collab: usize,
        /// Shown in the kit.
        shown: bool,
    },

    // --- rate card ---
    /// Prints "rates on request" instead of prices, or not.
    SetRatesOnRequest(bool),
    /// Adds, replaces, removes or moves a rate package.
    Packages(ListEdit<RatePackage>),
    /// Sets one text field of a rate package.
    SetPackageText {
        /// Index in `rate_card.packages`.
        package: usize,
        /// Which field.
        field: PackageField,
        /// Its new text.
        value: String,
    },
    /// Sets the rate card's general note.
    SetRateNotes(String),

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
    /// Shows or hides one section.
    SetSectionVisible {
        /// Index in `kit.sections`.
        index: usize,
        /// Shown in the kit.
        visible: bool,
    },
    /// Sets the engagement formula the kit leads with.
    SetEngagementMethod(EngagementMethod),
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
