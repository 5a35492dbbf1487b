//! `apply`: performs one action on a project and returns its inverse.

use super::error::{ActionError, item_mut};
use super::slot::{pitch_mut, platform_mut};
use super::{Action, ShareGroup};
use crate::model::{Dismissal, PostKind, Project, Provenance, Share};
use std::mem::replace;

/// Applies `action` to `project` and returns the inverse action: applying the
/// inverse right afterwards gives back the project as it was.
///
/// Only structure is checked: an index that points at nothing gives
/// [`ActionError::OutOfRange`] and the project is left unchanged. Content is not
/// validated (that is `storage`'s job).
pub fn apply(project: &mut Project, action: Action) -> Result<Action, ActionError> {
    use Action as A;
    Ok(match action {
        A::SetText { field, value } => A::SetText {
            field,
            value: replace(field.slot_mut(project)?, value),
        },
        A::SetOptionalCount { field, value } => A::SetOptionalCount {
            field,
            value: replace(field.slot_mut(project)?, value),
        },
        A::SetDate { field, value } => A::SetDate {
            field,
            value: replace(field.slot_mut(project)?, value),
        },
        A::SetOptionalDate { field, value } => A::SetOptionalDate {
            field,
            value: replace(field.slot_mut(project)?, value),
        },
        A::SetToggle { field, value } => A::SetToggle {
            field,
            value: replace(field.slot_mut(project)?, value),
        },

        A::SetLanguages(value) => A::SetLanguages(replace(&mut project.creator.languages, value)),
        A::SetTopics(value) => A::SetTopics(replace(&mut project.creator.topics, value)),
        A::SetProfilePhoto(value) => {
            A::SetProfilePhoto(replace(&mut project.creator.profile_photo, value))
        }
        A::SetFollowers {
            platform,
            followers,
            provenance,
        } => set_followers(project, platform, followers, provenance)?,
        A::SetPostsProvenance {
            platform,
            provenance,
        } => A::SetPostsProvenance {
            platform,
            provenance: replace(
                &mut platform_mut(project, platform)?.posts_provenance,
                provenance,
            ),
        },
        A::SetPostKind {
            platform,
            post,
            kind,
        } => set_post_kind(project, platform, post, kind)?,

        A::Platforms(edit) => A::Platforms(edit.apply_to(&mut project.platforms, "platform")?),
        A::Snapshots { platform, edit } => A::Snapshots {
            platform,
            edit: edit.apply_to(
                &mut platform_mut(project, platform)?.snapshots,
                "follower snapshot",
            )?,
        },
        A::Posts { platform, edit } => A::Posts {
            platform,
            edit: edit.apply_to(&mut platform_mut(project, platform)?.posts, "post")?,
        },
        A::Audiences(edit) => A::Audiences(edit.apply_to(&mut project.audiences, "audience")?),
        A::Shares {
            audience,
            group,
            edit,
        } => A::Shares {
            audience,
            group,
            edit: edit.apply_to(shares_mut(project, audience, group)?, "share")?,
        },
        A::Samples(edit) => A::Samples(edit.apply_to(&mut project.samples, "aesthetic sample")?),
        A::Collaborations(edit) => {
            A::Collaborations(edit.apply_to(&mut project.collaborations, "collaboration")?)
        }
        A::Packages(edit) => {
            A::Packages(edit.apply_to(&mut project.rate_card.packages, "rate package")?)
        }
        A::SetRateTerms(value) => A::SetRateTerms(replace(&mut project.rate_card.terms, value)),
        A::Sections(edit) => A::Sections(edit.apply_to(&mut project.kit.sections, "kit section")?),
        A::Pitches(edit) => A::Pitches(edit.apply_to(&mut project.pitches, "pitch")?),
        A::SetPitch { pitch, value } => A::SetPitch {
            pitch,
            value: value.swap_into(pitch_mut(project, pitch)?),
        },

        A::SetPageSize(value) => A::SetPageSize(replace(&mut project.kit.page_size, value)),
        A::SetTheme(value) => A::SetTheme(replace(&mut project.kit.theme, value)),
        A::SetKitLength(value) => A::SetKitLength(replace(&mut project.kit.length, value)),
        A::SetKitLanguage(value) => A::SetKitLanguage(replace(&mut project.kit.language, value)),
        A::SetAccent(value) => A::SetAccent(replace(&mut project.kit.accent, value)),
        A::SetSections(value) => A::SetSections(replace(&mut project.kit.sections, value)),
        A::SetEngagementMethod(value) => {
            A::SetEngagementMethod(replace(&mut project.kit.engagement_method, value))
        }
        A::SetSizeBudget { size_budget_kb } => A::SetSizeBudget {
            size_budget_kb: replace(&mut project.kit.size_budget_kb, size_budget_kb),
        },
        A::SetPostWindow(value) => A::SetPostWindow(replace(&mut project.analytics.window, value)),
        A::SetTierBounds(value) => A::SetTierBounds(replace(&mut project.analytics.tiers, value)),
        A::SetLook(value) => A::SetLook(replace(&mut project.look, value)),
        A::SetDismissal { key, reason } => set_dismissal(project, key, reason),

        A::ReplaceProject(value) => A::ReplaceProject(Box::new(replace(project, *value))),
        A::Batch { label, actions } => apply_batch(project, label, actions)?,
    })
}

/// Dismisses (or brings back, with `None`) the health warning `key`; returns the edit
/// that restores the old state. The list stays sorted by key.
fn set_dismissal(project: &mut Project, key: String, reason: Option<String>) -> Action {
    let list = &mut project.dismissed_warnings;
    let old = list
        .iter()
        .position(|d| d.key == key)
        .map(|index| list.remove(index).reason);
    if let Some(reason) = reason {
        let at = list.partition_point(|d| d.key < key);
        list.insert(
            at,
            Dismissal {
                key: key.clone(),
                reason,
            },
        );
    }
    Action::SetDismissal { key, reason: old }
}

/// Sets a platform's followers and their provenance; returns the old ones.
fn set_followers(
    project: &mut Project,
    platform: usize,
    followers: u64,
    provenance: Provenance,
) -> Result<Action, ActionError> {
    let p = platform_mut(project, platform)?;
    Ok(Action::SetFollowers {
        platform,
        followers: replace(&mut p.followers, followers),
        provenance: replace(&mut p.followers_provenance, provenance),
    })
}

/// Sets a post's kind; returns the old one.
fn set_post_kind(
    project: &mut Project,
    platform: usize,
    post: usize,
    kind: PostKind,
) -> Result<Action, ActionError> {
    let posts = &mut platform_mut(project, platform)?.posts;
    Ok(Action::SetPostKind {
        platform,
        post,
        kind: replace(&mut item_mut(posts, post, "post")?.kind, kind),
    })
}

/// Applies every action of a batch in order; on the first error the ones already
/// applied are undone, so the batch is all or nothing.
fn apply_batch(
    project: &mut Project,
    label: String,
    actions: Vec<Action>,
) -> Result<Action, ActionError> {
    let mut inverses = Vec::with_capacity(actions.len());
    for action in actions {
        match apply(project, action) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                // Each inverse was made for exactly this state, so undoing cannot fail;
                // if it somehow did, the first error is still the one to report.
                for inverse in inverses.into_iter().rev() {
                    if let Err(undo) = apply(project, inverse) {
                        log::error!("rolling back a batch edit failed ({undo}) after: {error}");
                    }
                }
                return Err(error);
            }
        }
    }
    inverses.reverse();
    Ok(Action::Batch {
        label,
        actions: inverses,
    })
}

/// The share list `group` of the audience at `audience`.
fn shares_mut(
    project: &mut Project,
    audience: usize,
    group: ShareGroup,
) -> Result<&mut Vec<Share>, ActionError> {
    let audience = item_mut(&mut project.audiences, audience, "audience")?;
    Ok(match group {
        ShareGroup::Ages => &mut audience.ages,
        ShareGroup::Genders => &mut audience.genders,
        ShareGroup::Countries => &mut audience.countries,
        ShareGroup::Cities => &mut audience.cities,
    })
}
