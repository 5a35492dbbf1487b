//! `History`: the undo and redo stacks, the dirty flag and typing coalescing.

use super::{Action, ActionError, TextField, apply};
use crate::model::Project;
use std::collections::VecDeque;

/// One undo (or redo) step: the action that moves the project across it, and the
/// ids of the project states on either side.
#[derive(Debug, Clone)]
struct Step {
    /// On the undo stack: the inverse to apply; on the redo stack: the edit to redo.
    action: Action,
    /// The label of the edit the user made, e.g. "Rename creator".
    label: String,
    /// State id before the edit.
    before: u64,
    /// State id after the edit.
    after: u64,
    /// The text field typed into, for coalescing.
    target: Option<TextField>,
}

/// Undo and redo for one open project.
///
/// * Bounded: at most [`History::DEFAULT_LIMIT`] steps (or the limit given to
///   [`History::with_limit`]); the oldest step is dropped first.
/// * A new edit clears the redo stack.
/// * Every project state has an id ([`History::revision`]); [`History::mark_saved`]
///   remembers the current one, and [`History::is_dirty`] is true whenever the
///   project is in another state — so undoing back to the saved state is clean again.
/// * Typing coalescing: [`History::apply_coalescing`] merges an edit into the previous
///   step when both type into the same text field (same [`Action::coalescing_key`]:
///   the same field of the same item) and nothing else happened in between.
///   The merged step undoes to the text as it was before the first keystroke. A run
///   ends with any other edit, an undo or redo, [`History::mark_saved`], or
///   [`History::seal`] — the UI calls `seal` when a text field loses focus, so two
///   separate visits to the same field are two undo steps.
#[derive(Debug, Clone)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    limit: usize,
    revision: u64,
    next_revision: u64,
    saved: Option<u64>,
    /// Whether the newest undo step may still absorb typing.
    open: bool,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// How many undo steps are kept unless told otherwise.
    pub const DEFAULT_LIMIT: usize = 200;

    /// An empty history for a project that has just been opened (or saved): not dirty.
    pub fn new() -> Self {
        Self::with_limit(Self::DEFAULT_LIMIT)
    }

    /// An empty history keeping at most `limit` undo steps (at least 1).
    pub fn with_limit(limit: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
            open: false,
        }
    }

    /// Applies `action` to `project` and records it as one undo step.
    /// On error nothing changes (neither the project nor the history).
    pub fn apply(&mut self, project: &mut Project, action: Action) -> Result<(), ActionError> {
        let label = action.label();
        let inverse = apply(project, action)?;
        self.push_step(inverse, label, None);
        Ok(())
    }

    /// Like [`History::apply`], but a text edit typed into the same field as the
    /// previous step (with no undo, redo, save or [`History::seal`] in between) joins
    /// that step instead of making a new one. Non-text actions behave as `apply`.
    pub fn apply_coalescing(
        &mut self,
        project: &mut Project,
        action: Action,
    ) -> Result<(), ActionError> {
        let target = action.coalescing_key();
        let joins = self.open
            && target.is_some()
            && self.undo.back().is_some_and(|step| step.target == target);
        let label = action.label();
        let inverse = apply(project, action)?;
        if joins {
            let after = self.new_revision();
            if let Some(step) = self.undo.back_mut() {
                // Keep the oldest inverse: it restores the text before the run.
                step.after = after;
            }
            self.redo.clear();
        } else {
            self.push_step(inverse, label, target);
            self.open = target.is_some();
        }
        Ok(())
    }

    /// Ends a typing run: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        self.open = false;
    }

    /// Undoes the newest step. Returns false when there is nothing to undo, or when
    /// the step no longer fits the project (it was changed behind the history's back);
    /// in that case the project is untouched and the history is emptied.
    pub fn undo(&mut self, project: &mut Project) -> bool {
        self.open = false;
        let Some(step) = self.undo.pop_back() else {
            return false;
        };
        match apply(project, step.action) {
            Ok(redo) => {
                self.revision = step.before;
                self.redo.push(Step {
                    action: redo,
                    ..step
                });
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// Redoes the newest undone step. Returns false when there is nothing to redo
    /// (or it no longer fits the project; then the history is emptied).
    pub fn redo(&mut self, project: &mut Project) -> bool {
        self.open = false;
        let Some(step) = self.redo.pop() else {
            return false;
        };
        match apply(project, step.action) {
            Ok(undo) => {
                self.revision = step.after;
                self.undo.push_back(Step {
                    action: undo,
                    ..step
                });
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The label of the step [`History::undo`] would undo, e.g. "Rename creator".
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|step| step.label.as_str())
    }

    /// The label of the step [`History::redo`] would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Number of steps that can be redone.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// The most undo steps kept.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// The id of the project's current state: it changes with every edit, undo and
    /// redo, and undoing returns to the earlier id (handy to trigger autosave or to
    /// recompute derived figures).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Remembers the current state as the one on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
        self.open = false;
    }

    /// Forgets the saved state, e.g. for a new project never written to disk: it is
    /// dirty until [`History::mark_saved`].
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// Whether the project differs from the state last marked saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// Forgets every undo and redo step; the dirty flag is kept.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open = false;
    }

    fn new_revision(&mut self) -> u64 {
        self.revision = self.next_revision;
        self.next_revision = self.next_revision.wrapping_add(1);
        self.revision
    }

    fn push_step(&mut self, inverse: Action, label: String, target: Option<TextField>) {
        let before = self.revision;
        let after = self.new_revision();
        self.redo.clear();
        self.open = false;
        self.undo.push_back(Step {
            action: inverse,
            label,
            before,
            after,
            target,
        });
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }
}
