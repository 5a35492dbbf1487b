//! Where a field lives: a [`Slot`] (one field of an item, with the menu label of its
//! edit) inside a [`Place`] (which item of the project holds it).

use super::error::{ActionError, item_mut};
use crate::model::{
    AestheticSample, Collaboration, Creator, Pitch, Platform, Post, Project, RateCard, RatePackage,
    SectionSetting,
};

/// One field of an item of type `I` holding a `V`: the label of its edit (`L`, a
/// plain menu label or, for toggles, an [`OnOff`] pair) and the way to the field.
pub(crate) struct Slot<I, V, L = &'static str> {
    /// The menu label of an edit of this field.
    pub(crate) label: L,
    /// The field inside its item.
    pub(crate) get: fn(&mut I) -> &mut V,
}

/// The field `get` of an `I`, whose edit is labelled `label` (e.g. "Edit tagline").
pub(crate) fn slot<I, V>(label: &'static str, get: fn(&mut I) -> &mut V) -> Slot<I, V> {
    Slot { label, get }
}

/// The on/off field `get` of an `I`; turning it on is labelled `on`, off `off`.
pub(crate) fn toggle<I>(
    on: &'static str,
    off: &'static str,
    get: fn(&mut I) -> &mut bool,
) -> Slot<I, bool, OnOff> {
    Slot {
        label: OnOff { on, off },
        get,
    }
}

/// The two labels of a toggle, e.g. "Show section" and "Hide section".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OnOff {
    on: &'static str,
    off: &'static str,
}

impl OnOff {
    /// The label of setting the toggle to `value`.
    pub(crate) fn label(self, value: bool) -> &'static str {
        if value { self.on } else { self.off }
    }
}

/// A field of the project: the item that holds it (by index where the item is in a
/// list) and the [`Slot`] inside that item.
pub(crate) enum Place<V, L = &'static str> {
    /// A field of the creator's profile.
    Creator(Slot<Creator, V, L>),
    /// A field of the platform at this index.
    Platform(usize, Slot<Platform, V, L>),
    /// A field of a post: platform index, post index.
    Post(usize, usize, Slot<Post, V, L>),
    /// A field of the aesthetic sample at this index.
    Sample(usize, Slot<AestheticSample, V, L>),
    /// A field of the collaboration at this index.
    Collab(usize, Slot<Collaboration, V, L>),
    /// A field of the rate package at this index.
    Package(usize, Slot<RatePackage, V, L>),
    /// A field of the rate card itself.
    RateCard(Slot<RateCard, V, L>),
    /// A field of the kit section at this index.
    Section(usize, Slot<SectionSetting, V, L>),
    /// A field of the pitch at this index.
    Pitch(usize, Slot<Pitch, V, L>),
}

impl<V, L: Copy> Place<V, L> {
    /// The label of the field's slot.
    pub(crate) fn label(&self) -> L {
        match self {
            Self::Creator(slot) => slot.label,
            Self::Platform(_, slot) => slot.label,
            Self::Post(_, _, slot) => slot.label,
            Self::Sample(_, slot) => slot.label,
            Self::Collab(_, slot) => slot.label,
            Self::Package(_, slot) => slot.label,
            Self::RateCard(slot) => slot.label,
            Self::Section(_, slot) => slot.label,
            Self::Pitch(_, slot) => slot.label,
        }
    }

    /// The field in `project`, or an out-of-range error when an index points at nothing.
    pub(crate) fn slot_mut(self, project: &mut Project) -> Result<&mut V, ActionError> {
        Ok(match self {
            Self::Creator(slot) => (slot.get)(&mut project.creator),
            Self::Platform(platform, slot) => (slot.get)(platform_mut(project, platform)?),
            Self::Post(platform, post, slot) => {
                let posts = &mut platform_mut(project, platform)?.posts;
                (slot.get)(item_mut(posts, post, "post")?)
            }
            Self::Sample(sample, slot) => {
                (slot.get)(item_mut(&mut project.samples, sample, "aesthetic sample")?)
            }
            Self::Collab(collab, slot) => (slot.get)(item_mut(
                &mut project.collaborations,
                collab,
                "collaboration",
            )?),
            Self::Package(package, slot) => {
                let packages = &mut project.rate_card.packages;
                (slot.get)(item_mut(packages, package, "rate package")?)
            }
            Self::RateCard(slot) => (slot.get)(&mut project.rate_card),
            Self::Section(index, slot) => {
                (slot.get)(item_mut(&mut project.kit.sections, index, "kit section")?)
            }
            Self::Pitch(pitch, slot) => (slot.get)(pitch_mut(project, pitch)?),
        })
    }
}

/// The platform at `index`, or an out-of-range error.
pub(crate) fn platform_mut(
    project: &mut Project,
    index: usize,
) -> Result<&mut Platform, ActionError> {
    item_mut(&mut project.platforms, index, "platform")
}

/// The pitch at `index`, or an out-of-range error.
pub(crate) fn pitch_mut(project: &mut Project, index: usize) -> Result<&mut Pitch, ActionError> {
    item_mut(&mut project.pitches, index, "pitch")
}
