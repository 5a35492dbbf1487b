//! `ListEdit`: insert, replace, remove or move one item of a list, and its inverse.

use super::error::{ActionError, item_mut};

/// One structural edit of a list. Every list of the project (platforms, posts,
/// snapshots, shares, samples, collaborations, packages, sections, pitches) is edited
/// this way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListEdit<T> {
    /// Inserts `item` before position `index` (`index == len` appends).
    Insert {
        /// Where it goes: `0..=len`.
        index: usize,
        /// The new item.
        item: Box<T>,
    },
    /// Replaces the item at `index` with `item`.
    Update {
        /// Which item: `0..len`.
        index: usize,
        /// Its new value.
        item: Box<T>,
    },
    /// Removes the item at `index`.
    Remove {
        /// Which item: `0..len`.
        index: usize,
    },
    /// Takes the item at `from` out and puts it back so that it ends at `to`.
    Move {
        /// Its position now: `0..len`.
        from: usize,
        /// Its position afterwards: `0..len`.
        to: usize,
    },
}

impl<T> ListEdit<T> {
    /// Inserts `item` at `index` (`index == len` appends).
    pub fn insert(index: usize, item: T) -> Self {
        Self::Insert {
            index,
            item: Box::new(item),
        }
    }

    /// Replaces the item at `index`.
    pub fn update(index: usize, item: T) -> Self {
        Self::Update {
            index,
            item: Box::new(item),
        }
    }

    /// Removes the item at `index`.
    pub fn remove(index: usize) -> Self {
        Self::Remove { index }
    }

    /// Moves the item at `from` so that it ends at `to`.
    pub fn move_item(from: usize, to: usize) -> Self {
        Self::Move { from, to }
    }

    /// The verb for menu labels: "Add", "Edit", "Remove" or "Move".
    pub fn verb(&self) -> &'static str {
        match self {
            Self::Insert { .. } => "Add",
            Self::Update { .. } => "Edit",
            Self::Remove { .. } => "Remove",
            Self::Move { .. } => "Move",
        }
    }

    /// Applies the edit to `list` and returns its inverse. `what` names the items in
    /// the error message. On error the list is unchanged.
    pub(crate) fn apply_to(
        self,
        list: &mut Vec<T>,
        what: &'static str,
    ) -> Result<Self, ActionError> {
        let len = list.len();
        match self {
            Self::Insert { index, item } => {
                if index > len {
                    return Err(ActionError::out_of_range(what, index, len));
                }
                list.insert(index, *item);
                Ok(Self::Remove { index })
            }
            Self::Update { index, item } => {
                let slot = item_mut(list, index, what)?;
                let old = std::mem::replace(slot, *item);
                Ok(Self::Update {
                    index,
                    item: Box::new(old),
                })
            }
            Self::Remove { index } => {
                if index >= len {
                    return Err(ActionError::out_of_range(what, index, len));
                }
                let old = list.remove(index);
                Ok(Self::Insert {
                    index,
                    item: Box::new(old),
                })
            }
            Self::Move { from, to } => {
                if from >= len {
                    return Err(ActionError::out_of_range(what, from, len));
                }
                if to >= len {
                    return Err(ActionError::out_of_range(what, to, len));
                }
                let item = list.remove(from);
                list.insert(to, item);
                Ok(Self::Move { from: to, to: from })
            }
        }
    }
}
