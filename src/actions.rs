//! Every edit of a project as an `Action`, applied in one place, with undo and redo.
