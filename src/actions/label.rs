//! Menu labels of actions ("Undo Rename creator") and which edits count as typing.

use super::{Action, ShareGroup, TextField};

impl Action {
    /// A short label for menus, e.g. "Rename creator" (shown as "Undo Rename creator").
    pub fn label(&self) -> String {
        use Action as A;
        match self {
            A::SetText { field, .. } => field.label().to_owned(),
            A::SetOptionalCount { field, .. } => field.label().to_owned(),
            A::SetDate { field, .. } => field.label().to_owned(),
            A::SetOptionalDate { field, .. } => field.label().to_owned(),
            A::SetToggle { field, value } => field.label(*value).to_owned(),
            A::SetLanguages(_) => "Edit languages".to_owned(),
            A::SetTopics(_) => "Edit topics".to_owned(),
            A::SetProfilePhoto(Some(_)) => "Set profile photo".to_owned(),
            A::SetProfilePhoto(None) => "Remove profile photo".to_owned(),
            A::Platforms(edit) => format!("{} platform", edit.verb()),
            A::SetFollowers { .. } => "Set followers".to_owned(),
            A::SetPostsProvenance { .. } => "Set post figures' source".to_owned(),
            A::Snapshots { edit, .. } => format!("{} follower snapshot", edit.verb()),
            A::Posts { edit, .. } => format!("{} post", edit.verb()),
            A::SetPostKind { .. } => "Change post type".to_owned(),
            A::Audiences(edit) => format!("{} audience", edit.verb()),
            A::Shares { group, edit, .. } => format!("{} {}", edit.verb(), share_noun(*group)),
            A::Samples(edit) => format!("{} photo", edit.verb()),
            A::Collaborations(edit) => format!("{} collaboration", edit.verb()),
            A::Packages(edit) => format!("{} rate package", edit.verb()),
            A::SetRateTerms(_) => "Change rate terms".to_owned(),
            A::SetPageSize(_) => "Change page size".to_owned(),
            A::SetTheme(_) => "Change theme".to_owned(),
            A::SetKitLength(_) => "Change kit length".to_owned(),
            A::SetKitLanguage(_) => "Change kit language".to_owned(),
            A::SetAccent(_) => "Change accent colour".to_owned(),
            A::SetSections(_) => "Reset sections".to_owned(),
            A::Sections(edit) => format!("{} section", edit.verb()),
            A::SetEngagementMethod(_) => "Change engagement formula".to_owned(),
            A::SetSizeBudget { .. } => "Change PDF size budget".to_owned(),
            A::SetPostWindow(_) => "Change post window".to_owned(),
            A::SetTierBounds(_) => "Change tier bounds".to_owned(),
            A::SetLook(_) => "Update gallery look".to_owned(),
            A::SetDismissal {
                reason: Some(_), ..
            } => "Dismiss health warning".to_owned(),
            A::SetDismissal { reason: None, .. } => "Bring back health warning".to_owned(),
            A::Pitches(edit) => format!("{} pitch", edit.verb()),
            A::SetPitch { value, .. } => value.label().to_owned(),
            A::ReplaceProject(_) => "Replace project".to_owned(),
            A::Batch { label, .. } => label.clone(),
        }
    }

    /// The text field this action types into, if it is a text edit: two consecutive
    /// edits with the same key may merge into one undo step
    /// (see [`super::History::apply_coalescing`]); any other edit has none.
    pub fn coalescing_key(&self) -> Option<TextField> {
        match self {
            Action::SetText { field, .. } => Some(*field),
            _ => None,
        }
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
