//! Actions fail only on structure: an index that points at nothing gives an
//! `ActionError` and leaves the project exactly as it was; content is never judged.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::actions::{
    Action, ActionError, CollabField, CreatorField, ListEdit, PackageField, PlatformField,
    ShareGroup, TextField, ToggleField, apply,
};
use pitchkit::model::{
    Collaboration, Percent, Platform, PlatformKind, Post, PostKind, Project, Provenance, Share,
};
use pitchkit::sample::demo_project;

fn demo() -> Project {
    demo_project().unwrap()
}

fn post() -> Post {
    Post::new(date(2026, 11, 14), PostKind::Reel)
}

fn collab() -> Collaboration {
    let mut collab = demo().collaborations[0].clone();
    collab.brand = "Nebula Tea".to_owned();
    collab
}

#[test]
fn out_of_range_indices_fail_and_leave_the_project_unchanged() {
    let original = demo();
    for action in bad_actions() {
        let label = action.label();
        let mut project = original.clone();
        let error = apply(&mut project, action).unwrap_err();
        assert!(
            matches!(error, ActionError::OutOfRange { .. }),
            "{label}: {error:?}"
        );
        assert_eq!(
            project, original,
            "{label} changed the project although it failed"
        );
    }
}

/// Actions whose index points past the end of the demo project's lists.
fn bad_actions() -> Vec<Action> {
    use Action as A;
    vec![
        A::Platforms(ListEdit::insert(
            4,
            Platform::new(PlatformKind::X, 1, date(2026, 11, 15)),
        )),
        A::Platforms(ListEdit::update(
            3,
            Platform::new(PlatformKind::X, 1, date(2026, 11, 15)),
        )),
        A::Platforms(ListEdit::remove(3)),
        A::Platforms(ListEdit::move_item(0, 3)),
        A::Platforms(ListEdit::move_item(usize::MAX, 0)),
        A::SetText {
            field: TextField::Platform {
                platform: 9,
                field: PlatformField::Handle,
            },
            value: "@x".to_owned(),
        },
        A::SetFollowers {
            platform: 3,
            followers: 1,
            provenance: Provenance::typed(date(2026, 11, 15)),
        },
        A::SetPostsProvenance {
            platform: 3,
            provenance: Provenance::typed(date(2026, 11, 15)),
        },
        A::Snapshots {
            platform: 0,
            edit: ListEdit::remove(14),
        },
        A::Snapshots {
            platform: 5,
            edit: ListEdit::remove(0),
        },
        A::Posts {
            platform: 0,
            edit: ListEdit::insert(15, post()),
        },
        A::Posts {
            platform: 3,
            edit: ListEdit::insert(0, post()),
        },
        A::SetToggle {
            field: ToggleField::PostSponsored {
                platform: 0,
                post: 14,
            },
            value: true,
        },
        A::Audiences(ListEdit::remove(4)),
        A::Shares {
            audience: 4,
            group: ShareGroup::Ages,
            edit: ListEdit::remove(0),
        },
        A::Shares {
            audience: 0,
            group: ShareGroup::Ages,
            edit: ListEdit::remove(6),
        },
        A::Samples(ListEdit::move_item(6, 0)),
        A::SetText {
            field: TextField::SampleCaption { sample: 6 },
            value: String::new(),
        },
        A::Collaborations(ListEdit::update(4, collab())),
        A::SetText {
            field: TextField::Collab {
                collab: 4,
                field: CollabField::Brand,
            },
            value: String::new(),
        },
        A::SetToggle {
            field: ToggleField::CollabShown { collab: 4 },
            value: true,
        },
        A::Packages(ListEdit::remove(3)),
        A::SetText {
            field: TextField::Package {
                package: 3,
                field: PackageField::Name,
            },
            value: String::new(),
        },
        A::Sections(ListEdit::remove(10)),
        A::SetToggle {
            field: ToggleField::SectionVisible { index: 10 },
            value: false,
        },
        // A batch whose last step fails is undone as a whole.
        A::Batch {
            label: "Broken".to_owned(),
            actions: vec![
                A::SetText {
                    field: TextField::Creator(CreatorField::DisplayName),
                    value: "X".to_owned(),
                },
                A::Platforms(ListEdit::remove(0)),
                A::Posts {
                    platform: 2,
                    edit: ListEdit::remove(0),
                },
            ],
        },
    ]
}

#[test]
fn out_of_range_message_names_the_list_and_its_length() {
    let mut project = demo();
    let error = apply(
        &mut project,
        Action::Posts {
            platform: 1,
            edit: ListEdit::remove(40),
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        ActionError::OutOfRange {
            what: "post",
            index: 40,
            len: 16
        }
    );
    let message = error.to_string();
    assert!(message.contains("no post at position 40"), "{message}");
    assert!(message.contains("has 16"), "{message}");
}

#[test]
fn actions_do_not_validate_content() {
    let mut project = demo();
    let over = Share::new("25–34", Percent(25_000));
    let edit = ListEdit::update(2, over.clone());
    apply(
        &mut project,
        Action::Shares {
            audience: 0,
            group: ShareGroup::Ages,
            edit,
        },
    )
    .unwrap();
    assert_eq!(project.audiences[0].ages[2], over);
    apply(
        &mut project,
        Action::SetText {
            field: TextField::Creator(CreatorField::Email),
            value: "not an email".to_owned(),
        },
    )
    .unwrap();
    assert_eq!(project.creator.email, "not an email");
}
