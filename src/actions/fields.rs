//! The named fields of one kind of item (a profile's text fields, a post's counts…),
//! each mapped in one line to its slot and the menu label of its edit.
//!
//! Adding a field is one variant here and one line in its enum's `slot`.

use super::slot::{Slot, slot};
use crate::model::{Collaboration, Creator, Pitch, Platform, Post, RatePackage};

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

impl CreatorField {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Creator, String> {
        match self {
            Self::DisplayName => slot("Rename creator", |c| &mut c.display_name),
            Self::Handle => slot("Edit handle", |c| &mut c.handle),
            Self::Tagline => slot("Edit tagline", |c| &mut c.tagline),
            Self::Bio => slot("Edit bio", |c| &mut c.bio),
            Self::Location => slot("Edit location", |c| &mut c.location),
            Self::Email => slot("Edit email", |c| &mut c.email),
            Self::Website => slot("Edit website", |c| &mut c.website),
            Self::Niche => slot("Edit niche", |c| &mut c.niche),
            Self::ContentStyle => slot("Edit content style", |c| &mut c.content_style),
        }
    }
}

/// A text field of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlatformField {
    /// `handle`.
    Handle,
    /// `profile_url`.
    ProfileUrl,
}

impl PlatformField {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Platform, String> {
        match self {
            Self::Handle => slot("Edit platform handle", |p| &mut p.handle),
            Self::ProfileUrl => slot("Edit profile link", |p| &mut p.profile_url),
        }
    }
}

/// A text field of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PostText {
    /// `title`.
    Title,
    /// `link`.
    Link,
}

impl PostText {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Post, String> {
        match self {
            Self::Title => slot("Edit post title", |p| &mut p.title),
            Self::Link => slot("Edit post link", |p| &mut p.link),
        }
    }
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
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Post, Option<u64>> {
        match self {
            Self::Likes => slot("Edit post likes", |p| &mut p.likes),
            Self::Comments => slot("Edit post comments", |p| &mut p.comments),
            Self::Shares => slot("Edit post shares", |p| &mut p.shares),
            Self::Saves => slot("Edit post saves", |p| &mut p.saves),
            Self::Views => slot("Edit post views", |p| &mut p.views),
            Self::Reach => slot("Edit post reach", |p| &mut p.reach),
            Self::Impressions => slot("Edit post impressions", |p| &mut p.impressions),
            Self::Replies => slot("Edit post replies", |p| &mut p.replies),
        }
    }

    /// The post's field this count names.
    pub fn slot_mut(self, post: &mut Post) -> &mut Option<u64> {
        (self.slot().get)(post)
    }
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

impl CollabField {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Collaboration, String> {
        match self {
            Self::Brand => slot("Edit brand name", |c| &mut c.brand),
            Self::Category => slot("Edit brand category", |c| &mut c.category),
            Self::Deliverables => slot("Edit deliverables", |c| &mut c.deliverables),
            Self::Link => slot("Edit collaboration link", |c| &mut c.link),
        }
    }
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

impl PackageField {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<RatePackage, String> {
        match self {
            Self::Name => slot("Rename package", |p| &mut p.name),
            Self::UsageRights => slot("Edit usage rights", |p| &mut p.usage_rights),
            Self::Exclusivity => slot("Edit exclusivity", |p| &mut p.exclusivity),
        }
    }
}

/// A text field of a pitch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PitchField {
    /// `brand`.
    Brand,
    /// `category`.
    Category,
    /// `contact_name`.
    ContactName,
    /// `contact_email`.
    ContactEmail,
    /// `intro`.
    Intro,
    /// `notes`.
    Notes,
}

impl PitchField {
    /// The field in its item, and the label of its edit.
    pub(crate) fn slot(self) -> Slot<Pitch, String> {
        match self {
            Self::Brand => slot("Rename pitched brand", |p| &mut p.brand),
            Self::Category => slot("Edit pitched brand's category", |p| &mut p.category),
            Self::ContactName => slot("Edit pitch contact", |p| &mut p.contact_name),
            Self::ContactEmail => slot("Edit pitch contact email", |p| &mut p.contact_email),
            Self::Intro => slot("Edit pitch intro", |p| &mut p.intro),
            Self::Notes => slot("Edit pitch notes", |p| &mut p.notes),
        }
    }
}
