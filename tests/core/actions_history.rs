//! `History`: undo/redo, the step limit, the redo stack, dirty tracking and typing coalescing.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use pitchkit::actions::{Action, CreatorField, History, ListEdit, PostText, TextField};
use pitchkit::model::{Project, Theme};
use pitchkit::sample::demo_project;

fn rename(value: &str) -> Action {
    Action::SetText {
        field: TextField::Creator(CreatorField::DisplayName),
        value: value.to_owned(),
    }
}

fn tagline(value: &str) -> Action {
    Action::SetText {
        field: TextField::Creator(CreatorField::Tagline),
        value: value.to_owned(),
    }
}

fn name(project: &Project) -> &str {
    &project.creator.display_name
}

#[test]
fn undo_and_redo_walk_the_steps() {
    let mut project = Project::new("A");
    let mut history = History::new();
    assert!(!history.can_undo() && !history.can_redo());
    assert!(!history.undo(&mut project));
    assert!(!history.redo(&mut project));
    history.apply(&mut project, rename("B")).unwrap();
    history.apply(&mut project, rename("C")).unwrap();
    assert_eq!(history.undo_label(), Some("Rename creator"));
    assert!(history.undo(&mut project));
    assert_eq!(name(&project), "B");
    assert!(history.undo(&mut project));
    assert_eq!(name(&project), "A");
    assert!(!history.can_undo());
    assert_eq!(history.redo_len(), 2);
    assert!(history.redo(&mut project));
    assert!(history.redo(&mut project));
    assert_eq!(name(&project), "C");
    assert!(!history.can_redo());
}

#[test]
fn labels_name_the_edit_not_its_inverse() {
    let mut project = demo_project().unwrap();
    let mut history = History::new();
    history
        .apply(&mut project, Action::Platforms(ListEdit::remove(0)))
        .unwrap();
    assert_eq!(history.undo_label(), Some("Remove platform"));
    history.undo(&mut project);
    assert_eq!(history.redo_label(), Some("Remove platform"));
}

#[test]
fn history_is_bounded_and_drops_the_oldest_steps() {
    let mut project = Project::new("start");
    let mut history = History::new();
    assert_eq!(history.limit(), History::DEFAULT_LIMIT);
    assert_eq!(History::DEFAULT_LIMIT, 200);
    for i in 0..250 {
        history
            .apply(&mut project, rename(&format!("name {i}")))
            .unwrap();
    }
    assert_eq!(history.undo_len(), 200);
    while history.undo(&mut project) {}
    // The 50 oldest steps are gone: undo stops at the state after step 49.
    assert_eq!(name(&project), "name 49");

    let mut small = History::with_limit(3);
    let mut project = Project::new("0");
    for i in 1..=5 {
        small.apply(&mut project, rename(&i.to_string())).unwrap();
    }
    assert_eq!(small.undo_len(), 3);
    assert_eq!(History::with_limit(0).limit(), 1);
}

#[test]
fn a_new_edit_clears_the_redo_stack() {
    let mut project = Project::new("A");
    let mut history = History::new();
    history.apply(&mut project, rename("B")).unwrap();
    history.apply(&mut project, rename("C")).unwrap();
    history.undo(&mut project);
    assert!(history.can_redo());
    history
        .apply(&mut project, Action::SetTheme(Theme::BoldDark))
        .unwrap();
    assert!(!history.can_redo());
    assert!(!history.redo(&mut project));
    assert_eq!(name(&project), "B");
    assert_eq!(project.kit.theme, Theme::BoldDark);
}

#[test]
fn a_failed_edit_changes_neither_project_nor_history() {
    let mut project = Project::new("A");
    let mut history = History::new();
    history.apply(&mut project, rename("B")).unwrap();
    history.undo(&mut project);
    let before = project.clone();
    let revision = history.revision();
    assert!(
        history
            .apply(&mut project, Action::Platforms(ListEdit::remove(0)))
            .is_err()
    );
    assert_eq!(project, before);
    assert_eq!(history.revision(), revision);
    assert!(
        history.can_redo(),
        "a failed edit must not clear the redo stack"
    );
    assert_eq!(history.undo_len(), 0);
}

#[test]
fn dirty_tracking_follows_the_saved_state() {
    let mut project = Project::new("A");
    let mut history = History::new();
    assert!(!history.is_dirty(), "a freshly opened project is clean");
    history.apply(&mut project, rename("B")).unwrap();
    assert!(history.is_dirty());
    history.mark_saved();
    assert!(!history.is_dirty());
    history.apply(&mut project, rename("C")).unwrap();
    assert!(history.is_dirty());
    history.undo(&mut project);
    assert!(!history.is_dirty(), "undo back to the saved state is clean");
    history.undo(&mut project);
    assert!(history.is_dirty(), "undo past the saved state is dirty");
    history.redo(&mut project);
    assert!(!history.is_dirty(), "redo back to the saved state is clean");
    history.redo(&mut project);
    assert!(history.is_dirty());

    // After undoing to the saved state, a different edit can never be "saved" again.
    history.undo(&mut project);
    history.apply(&mut project, rename("D")).unwrap();
    assert!(history.is_dirty());
    history.undo(&mut project);
    assert!(!history.is_dirty());
}

#[test]
fn mark_unsaved_makes_a_new_project_dirty_until_saved() {
    let mut history = History::new();
    history.mark_unsaved();
    assert!(history.is_dirty());
    history.mark_saved();
    assert!(!history.is_dirty());
}

#[test]
fn revision_changes_with_every_edit_and_returns_on_undo() {
    let mut project = Project::new("A");
    let mut history = History::new();
    let r0 = history.revision();
    history.apply(&mut project, rename("B")).unwrap();
    let r1 = history.revision();
    assert_ne!(r0, r1);
    history.undo(&mut project);
    assert_eq!(history.revision(), r0);
    history.apply(&mut project, rename("C")).unwrap();
    assert_ne!(history.revision(), r1, "a different state gets a new id");
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut project = Project::new("");
    let mut history = History::new();
    for prefix in ["M", "Ma", "May", "Maya"] {
        history
            .apply_coalescing(&mut project, rename(prefix))
            .unwrap();
    }
    assert_eq!(history.undo_len(), 1);
    assert_eq!(name(&project), "Maya");
    assert!(history.undo(&mut project));
    assert_eq!(name(&project), "");
    assert!(!history.can_undo());
    assert!(history.redo(&mut project));
    assert_eq!(name(&project), "Maya");
}

#[test]
fn coalescing_stops_at_another_field_a_seal_a_save_or_an_undo() {
    let mut project = Project::new("");
    let mut history = History::new();
    history.apply_coalescing(&mut project, rename("M")).unwrap();
    history
        .apply_coalescing(&mut project, tagline("S"))
        .unwrap();
    history
        .apply_coalescing(&mut project, rename("Ma"))
        .unwrap();
    assert_eq!(
        history.undo_len(),
        3,
        "a different field in between starts a new step"
    );

    history.seal();
    history
        .apply_coalescing(&mut project, rename("May"))
        .unwrap();
    assert_eq!(history.undo_len(), 4, "seal (focus lost) starts a new step");

    history.mark_saved();
    history
        .apply_coalescing(&mut project, rename("Maya"))
        .unwrap();
    assert_eq!(history.undo_len(), 5, "saving starts a new step");
    history.undo(&mut project);
    assert!(
        !history.is_dirty(),
        "so undo can return exactly to the saved text"
    );
    assert_eq!(name(&project), "May");

    history
        .apply_coalescing(&mut project, rename("Mayb"))
        .unwrap();
    history.apply(&mut project, rename("Maybe")).unwrap();
    history
        .apply_coalescing(&mut project, rename("Maybee"))
        .unwrap();
    assert_eq!(
        history.undo_len(),
        7,
        "plain apply never joins and is never joined"
    );
}

#[test]
fn coalescing_keys_on_the_exact_post() {
    let mut project = demo_project().unwrap();
    let mut history = History::new();
    let title = |post: usize, text: &str| Action::SetText {
        field: TextField::Post {
            platform: 0,
            post,
            field: PostText::Title,
        },
        value: text.to_owned(),
    };
    history
        .apply_coalescing(&mut project, title(0, "A"))
        .unwrap();
    history
        .apply_coalescing(&mut project, title(0, "AB"))
        .unwrap();
    history
        .apply_coalescing(&mut project, title(1, "C"))
        .unwrap();
    assert_eq!(history.undo_len(), 2);
    // Non-text edits never join.
    history
        .apply_coalescing(&mut project, Action::SetTheme(Theme::BoldDark))
        .unwrap();
    history
        .apply_coalescing(&mut project, Action::SetTheme(Theme::WarmEditorial))
        .unwrap();
    assert_eq!(history.undo_len(), 4);
}

#[test]
fn a_stale_step_fails_cleanly_and_empties_the_history() {
    let mut project = demo_project().unwrap();
    let mut history = History::new();
    history
        .apply(
            &mut project,
            Action::Posts {
                platform: 2,
                edit: ListEdit::remove(12),
            },
        )
        .unwrap();
    // The project is replaced behind the history's back.
    let mut other = Project::new("Other");
    let before = other.clone();
    assert!(!history.undo(&mut other));
    assert_eq!(other, before);
    assert!(!history.can_undo() && !history.can_redo());
}
