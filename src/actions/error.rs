//! The one way an action can fail: an index that points at nothing.

use thiserror::Error;

/// Why an action could not be applied. The project is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ActionError {
    /// An index points past the end of a list (the view was probably stale).
    #[error(
        "there is no {what} at position {index} (the list has {len}); \
         refresh the view and try the edit again"
    )]
    OutOfRange {
        /// What the list holds, e.g. "post".
        what: &'static str,
        /// The index asked for.
        index: usize,
        /// The list's length at the time.
        len: usize,
    },
}

impl ActionError {
    /// An out-of-range error for `index` in a list of `len` items of `what`.
    pub(crate) fn out_of_range(what: &'static str, index: usize, len: usize) -> Self {
        Self::OutOfRange { what, index, len }
    }
}

/// The item at `index`, or an out-of-range error naming `what`.
pub(crate) fn item_mut<'a, T>(
    list: &'a mut [T],
    index: usize,
    what: &'static str,
) -> Result<&'a mut T, ActionError> {
    let len = list.len();
    list.get_mut(index)
        .ok_or(ActionError::out_of_range(what, index, len))
}
