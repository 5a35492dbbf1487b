//! `apply`: performs one action on a project and returns its inverse.

use super::error::{ActionError, item_mut};
use super::{
    Action, CollabField, CreatorField, PackageField, PlatformField, PostField, ShareGroup,
};
use crate::model::{Audience, Collaboration, Creator, Post, RatePackage, Share};
use std::mem::replace;

/// Applies `action` to `project` and returns the inverse action: applying the
/// inverse right afterwards gives back the project as it was.
///
/// Only structure is checked: an index that points at nothing gives
/// [`ActionError::OutOfRange`] and the project is left unchanged. Content is not
/// validated (that is `storage`'s job).
pub fn apply(project: &mut crate::model::Project, action: Action) -> Result<Action, ActionError> {
    use Action as A;
    Ok(match action {
        A::SetCreatorText { field, value } => {
            let old = replace(creator_text(&mut project.creator, field), value);
            A::SetCreatorText { field, value: old }
        }
        A::SetLanguages(value) => A::SetLanguages(replace(&mut project.creator.languages, value)),
        A::SetTopics(value) => A::SetTopics(replace(&mut project.creator.topics, value)),
        A::SetProfilePhoto(value) => {
            A::SetProfilePhoto(replace(&mut project.creator.profile_photo, value))
        }

        A::Platforms(edit) => A::Platforms(edit.apply_to(&mut project.platforms, "platform")?),
        A::SetPlatformText {
            platform,
            field,
            value,
        } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            let slot = match field {
                PlatformField::Handle => &mut p.handle,
                PlatformField::ProfileUrl => &mut p.profile_url,
            };
            let old = replace(slot, value);
            A::SetPlatformText {
                platform,
                field,
                value: old,
            }
        }
        A::SetFollowers {
            platform,
            followers,
            provenance,
        } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            A::SetFollowers {
                platform,
                followers: replace(&mut p.followers, followers),
                provenance: replace(&mut p.followers_provenance, provenance),
            }
        }
        A::SetPostsProvenance {
            platform,
            provenance,
        } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            A::SetPostsProvenance {
                platform,
                provenance: replace(&mut p.posts_provenance, provenance),
            }
        }
        A::Snapshots { platform, edit } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            A::Snapshots {
                platform,
                edit: edit.apply_to(&mut p.snapshots, "follower snapshot")?,
            }
        }
        A::Posts { platform, edit } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            A::Posts {
                platform,
                edit: edit.apply_to(&mut p.posts, "post")?,
            }
        }
        A::SetPostField {
            platform,
            post,
            value,
        } => {
            let p = item_mut(&mut project.platforms, platform, "platform")?;
            let target = item_mut(&mut p.posts, post, "post")?;
            A::SetPostField {
                platform,
                post,
                value: set_post_field(target, value),
            }
        }

        A::Audiences(edit) => A::Audiences(edit.apply_to(&mut project.audiences, "audience")?),
        A::Shares {
            audience,
            group,
            edit,
        } => {
            let a = item_mut(&mut project.audiences, audience, "audience")?;
            A::Shares {
                audience,
                group,
                edit: edit.apply_to(shares_mut(a, group), "share")?,
            }
        }

        A::Samples(edit) => A::Samples(edit.apply_to(&mut project.samples, "aesthetic sample")?),
        A::SetSampleCaption { sample, caption } => {
            let s = item_mut(&mut project.samples, sample, "aesthetic sample")?;
            A::SetSampleCaption {
                sample,
                caption: replace(&mut s.caption, caption),
            }
        }

        A::Collaborations(edit) => {
            A::Collaborations(edit.apply_to(&mut project.collaborations, "collaboration")?)
        }
        A::SetCollabText {
            collab,
            field,
            value,
        } => {
            let c = item_mut(&mut project.collaborations, collab, "collaboration")?;
            let old = replace(collab_text(c, field), value);
            A::SetCollabText {
                collab,
                field,
                value: old,
            }
        }
        A::SetCollabShown { collab, shown } => {
            let c = item_mut(&mut project.collaborations, collab, "collaboration")?;
            A::SetCollabShown {
                collab,
                shown: replace(&mut c.show_in_kit, shown),
            }
        }

        A::SetRatesOnRequest(value) => {
            A::SetRatesOnRequest(replace(&mut project.rate_card.on_request, value))
        }
        A::Packages(edit) => {
            A::Packages(edit.apply_to(&mut project.rate_card.packages, "rate package")?)
        }
        A::SetPackageText {
            package,
            field,
            value,
        } => {
            let p = item_mut(&mut project.rate_card.packages, package, "rate package")?;
            let old = replace(package_text(p, field), value);
            A::SetPackageText {
                package,
                field,
                value: old,
            }
        }
        A::SetRateNotes(value) => A::SetRateNotes(replace(&mut project.rate_card.notes, value)),

        A::SetPageSize(value) => A::SetPageSize(replace(&mut project.kit.page_size, value)),
        A::SetTheme(value) => A::SetTheme(replace(&mut project.kit.theme, value)),
        A::SetAccent(value) => A::SetAccent(replace(&mut project.kit.accent, value)),
        A::SetSections(value) => A::SetSections(replace(&mut project.kit.sections, value)),
        A::Sections(edit) => A::Sections(edit.apply_to(&mut project.kit.sections, "kit section")?),
        A::SetSectionVisible { index, visible } => {
            let s = item_mut(&mut project.kit.sections, index, "kit section")?;
            A::SetSectionVisible {
                index,
                visible: replace(&mut s.visible, visible),
            }
        }
        A::SetEngagementMethod(value) => {
            A::SetEngagementMethod(replace(&mut project.kit.engagement_method, value))
        }
        A::SetSizeBudget { size_budget_kb } => A::SetSizeBudget {
            size_budget_kb: replace(&mut project.kit.size_budget_kb, size_budget_kb),
        },

        A::SetPostWindow(value) => A::SetPostWindow(replace(&mut project.analytics.window, value)),
        A::SetTierBounds(value) => A::SetTierBounds(replace(&mut project.analytics.tiers, value)),

        A::SetLook(value) => A::SetLook(replace(&mut project.look, value)),
        A::ReplaceProject(value) => A::ReplaceProject(Box::new(replace(project, *value))),
        A::Batch { label, actions } => apply_batch(project, label, actions)?,
    })
}

/// Applies every action of a batch in order; on the first error the ones already
/// applied are undone, so the batch is all or nothing.
fn apply_batch(
    project: &mut crate::model::Project,
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
                    let _ = apply(project, inverse);
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

fn creator_text(creator: &mut Creator, field: CreatorField) -> &mut String {
    match field {
        CreatorField::DisplayName => &mut creator.display_name,
        CreatorField::Handle => &mut creator.handle,
        CreatorField::Tagline => &mut creator.tagline,
        CreatorField::Bio => &mut creator.bio,
        CreatorField::Location => &mut creator.location,
        CreatorField::Email => &mut creator.email,
        CreatorField::Website => &mut creator.website,
        CreatorField::Niche => &mut creator.niche,
        CreatorField::ContentStyle => &mut creator.content_style,
    }
}

fn collab_text(collab: &mut Collaboration, field: CollabField) -> &mut String {
    match field {
        CollabField::Brand => &mut collab.brand,
        CollabField::Category => &mut collab.category,
        CollabField::Deliverables => &mut collab.deliverables,
        CollabField::Link => &mut collab.link,
    }
}

fn package_text(package: &mut RatePackage, field: PackageField) -> &mut String {
    match field {
        PackageField::Name => &mut package.name,
        PackageField::UsageRights => &mut package.usage_rights,
        PackageField::Exclusivity => &mut package.exclusivity,
    }
}

fn shares_mut(audience: &mut Audience, group: ShareGroup) -> &mut Vec<Share> {
    match group {
        ShareGroup::Ages => &mut audience.ages,
        ShareGroup::Genders => &mut audience.genders,
        ShareGroup::Countries => &mut audience.countries,
        ShareGroup::Cities => &mut audience.cities,
    }
}

/// Sets one field of `post` and returns the field with its old value.
fn set_post_field(post: &mut Post, value: PostField) -> PostField {
    match value {
        PostField::Date(v) => PostField::Date(replace(&mut post.date, v)),
        PostField::Kind(v) => PostField::Kind(replace(&mut post.kind, v)),
        PostField::Title(v) => PostField::Title(replace(&mut post.title, v)),
        PostField::Count(count, v) => PostField::Count(count, replace(count.slot_mut(post), v)),
        PostField::Sponsored(v) => PostField::Sponsored(replace(&mut post.sponsored, v)),
        PostField::Link(v) => PostField::Link(replace(&mut post.link, v)),
    }
}
