//! Menu labels of actions ("Undo Rename creator") and which edits count as typing.

use super::{
    Action, CollabField, CreatorField, PackageField, PlatformField, PostCount, PostField,
    ShareGroup,
};

/// The text field an action types into; two consecutive actions with the same target
/// may be merged into one undo step (see [`super::History::apply_coalescing`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextTarget {
    Creator(CreatorField),
    Platform(usize, PlatformField),
    PostTitle(usize, usize),
    PostLink(usize, usize),
    SampleCaption(usize),
    Collab(usize, CollabField),
    Package(usize, PackageField),
    RateNotes,
}

impl Action {
    /// A short label for menus, e.g. "Rename creator" (shown as "Undo Rename creator").
    pub fn label(&self) -> String {
        use Action as A;
        match self {
            A::SetCreatorText { field, .. } => creator_label(*field).to_owned(),
            A::SetLanguages(_) => "Edit languages".to_owned(),
            A::SetTopics(_) => "Edit topics".to_owned(),
            A::SetProfilePhoto(Some(_)) => "Set profile photo".to_owned(),
            A::SetProfilePhoto(None) => "Remove profile photo".to_owned(),
            A::Platforms(edit) => format!("{} platform", edit.verb()),
            A::SetPlatformText { field, .. } => match field {
                PlatformField::Handle => "Edit platform handle".to_owned(),
                PlatformField::ProfileUrl => "Edit profile link".to_owned(),
            },
            A::SetFollowers { .. } => "Set followers".to_owned(),
            A::SetPostsProvenance { .. } => "Set post figures' source".to_owned(),
            A::Snapshots { edit, .. } => format!("{} follower snapshot", edit.verb()),
            A::Posts { edit, .. } => format!("{} post", edit.verb()),
            A::SetPostField { value, .. } => post_field_label(value),
            A::Audiences(edit) => format!("{} audience", edit.verb()),
            A::Shares { group, edit, .. } => format!("{} {}", edit.verb(), share_noun(*group)),
            A::Samples(edit) => format!("{} photo", edit.verb()),
            A::SetSampleCaption { .. } => "Edit photo caption".to_owned(),
            A::Collaborations(edit) => format!("{} collaboration", edit.verb()),
            A::SetCollabText { field, .. } => match field {
                CollabField::Brand => "Edit brand name".to_owned(),
                CollabField::Category => "Edit brand category".to_owned(),
                CollabField::Deliverables => "Edit deliverables".to_owned(),
                CollabField::Link => "Edit collaboration link".to_owned(),
            },
            A::SetCollabShown { shown: true, .. } => "Show collaboration in kit".to_owned(),
            A::SetCollabShown { shown: false, .. } => "Hide collaboration from kit".to_owned(),
            A::SetRatesOnRequest(true) => "Show rates on request".to_owned(),
            A::SetRatesOnRequest(false) => "Show prices".to_owned(),
            A::Packages(edit) => format!("{} rate package", edit.verb()),
            A::SetPackageText { field, .. } => match field {
                PackageField::Name => "Rename package".to_owned(),
                PackageField::UsageRights => "Edit usage rights".to_owned(),
                PackageField::Exclusivity => "Edit exclusivity".to_owned(),
            },
            A::SetRateNotes(_) => "Edit rate notes".to_owned(),
            A::SetPageSize(_) => "Change page size".to_owned(),
            A::SetTheme(_) => "Change theme".to_owned(),
            A::SetAccent(_) => "Change accent colour".to_owned(),
            A::SetSections(_) => "Reset sections".to_owned(),
            A::Sections(edit) => format!("{} section", edit.verb()),
            A::SetSectionVisible { visible: true, .. } => "Show section".to_owned(),
            A::SetSectionVisible { visible: false, .. } => "Hide section".to_owned(),
            A::SetEngagementMethod(_) => "Change engagement formula".to_owned(),
            A::SetSizeBudget { .. } => "Change PDF size budget".to_owned(),
            A::SetPostWindow(_) => "Change post window".to_owned(),
            A::SetTierBounds(_) => "Change tier bounds".to_owned(),
            A::SetLook(_) => "Update gallery look".to_owned(),
            A::ReplaceProject(_) => "Replace project".to_owned(),
            A::Batch { label, .. } => label.clone(),
        }
    }

    /// The text field this action types into, if it is a plain text edit.
    pub(crate) fn text_target(&self) -> Option<TextTarget> {
        use Action as A;
        match self {
            A::SetCreatorText { field, .. } => Some(TextTarget::Creator(*field)),
            A::SetPlatformText {
                platform, field, ..
            } => Some(TextTarget::Platform(*platform, *field)),
            A::SetPostField {
                platform,
                post,
                value: PostField::Title(_),
            } => Some(TextTarget::PostTitle(*platform, *post)),
            A::SetPostField {
                platform,
                post,
                value: PostField::Link(_),
            } => Some(TextTarget::PostLink(*platform, *post)),
            A::SetSampleCaption { sample, .. } => Some(TextTarget::SampleCaption(*sample)),
            A::SetCollabText { collab, field, .. } => Some(TextTarget::Collab(*collab, *field)),
            A::SetPackageText { package, field, .. } => Some(TextTarget::Package(*package, *field)),
            A::SetRateNotes(_) => Some(TextTarget::RateNotes),
            _ => None,
        }
    }
}

fn creator_label(field: CreatorField) -> &'static str {
    match field {
        CreatorField::DisplayName => "Rename creator",
        CreatorField::Handle => "Edit handle",
        CreatorField::Tagline => "Edit tagline",
        CreatorField::Bio => "Edit bio",
        CreatorField::Location => "Edit location",
        CreatorField::Email => "Edit email",
        CreatorField::Website => "Edit website",
        CreatorField::Niche => "Edit niche",
        CreatorField::ContentStyle => "Edit content style",
    }
}

fn share_noun(group: ShareGroup) -> &'static str {
    match group {
        ShareGroup::Ages => "age share",
        ShareGroup::Genders => "gender share",
        ShareGroup::Countries => "country share",
        ShareGroup::Cities => "city share",
    }
}

fn post_field_label(value: &PostField) -> String {
    match value {
        PostField::Date(_) => "Edit post date".to_owned(),
        PostField::Kind(_) => "Change post type".to_owned(),
        PostField::Title(_) => "Edit post title".to_owned(),
        PostField::Count(count, _) => format!("Edit post {}", count_noun(*count)),
        PostField::Sponsored(true) => "Mark post sponsored".to_owned(),
        PostField::Sponsored(false) => "Mark post organic".to_owned(),
        PostField::Link(_) => "Edit post link".to_owned(),
    }
}

fn count_noun(count: PostCount) -> &'static str {
    match count {
        PostCount::Likes => "likes",
        PostCount::Comments => "comments",
        PostCount::Shares => "shares",
        PostCount::Saves => "saves",
        PostCount::Views => "views",
        PostCount::Reach => "reach",
        PostCount::Impressions => "impressions",
        PostCount::Replies => "replies",
    }
}
