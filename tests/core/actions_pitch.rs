//! Pitch edits: typing in a pitch's fields merges into one undo step per field, whole
//! settings are replaced with their inverse, list edits and dates undo exactly, and
//! random sequences of pitch edits undo back to the original.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::actions::{
    Action, ActionError, History, ListEdit, OptionalDateField, PitchField, PitchSetting, TextField,
    ToggleField, apply,
};
use pitchkit::model::{
    AudienceTarget, CollabChoice, Currency, Money, Pitch, PitchStatus, Project, RatesShown, Rgb,
    Section, SectionSetting, Theme,
};
use pitchkit::sample::demo_project;
use proptest::prelude::*;
use time::{Date, Duration};

fn demo() -> Project {
    demo_project().unwrap()
}

fn typing(pitch: usize, field: PitchField, value: &str) -> Action {
    Action::SetText {
        field: TextField::Pitch { pitch, field },
        value: value.to_owned(),
    }
}

#[test]
fn typing_an_intro_is_one_undo_step_per_field() {
    let original = demo();
    let mut project = original.clone();
    let mut history = History::new();
    for text in ["H", "He", "Hel", "Hello"] {
        history
            .apply_coalescing(&mut project, typing(1, PitchField::Intro, text))
            .unwrap();
    }
    history
        .apply_coalescing(&mut project, typing(1, PitchField::Notes, "n"))
        .unwrap();
    assert_eq!(project.pitches[1].intro, "Hello");
    assert_eq!(history.undo_len(), 2);
    assert_eq!(history.undo_label(), Some("Edit pitch notes"));
    assert!(history.undo(&mut project));
    assert_eq!(history.undo_label(), Some("Edit pitch intro"));
    assert!(history.undo(&mut project));
    assert_eq!(project, original);
}

#[test]
fn typing_the_same_field_of_two_pitches_is_two_steps() {
    let mut project = demo();
    let mut history = History::new();
    history
        .apply_coalescing(&mut project, typing(0, PitchField::Category, "Coffee"))
        .unwrap();
    history
        .apply_coalescing(&mut project, typing(1, PitchField::Category, "Toys"))
        .unwrap();
    assert_eq!(history.undo_len(), 2);
}

#[test]
fn a_new_pitch_starts_from_the_main_kit() {
    let mut project = demo();
    project.kit.sections[3].visible = false;
    project.rate_card.on_request = true;
    let pitch = Pitch::for_project(&project, "Nebula Tea");
    assert_eq!(pitch.brand, "Nebula Tea");
    assert_eq!(pitch.sections, project.kit.sections);
    assert_eq!(pitch.rates, RatesShown::OnRequest);
    assert_eq!((pitch.theme, pitch.accent), (None, None));
    assert_eq!(pitch.status, PitchStatus::Idea);
    assert!(pitch.collabs.is_empty() && !pitch.show_competitors);
    project.rate_card.on_request = false;
    assert_eq!(Pitch::for_project(&project, "x").rates, RatesShown::Full);
    assert_eq!(
        Pitch::from_kit(&project.kit, "x").sections,
        project.kit.sections
    );
}

#[test]
fn a_setting_is_replaced_whole_and_its_inverse_carries_the_old_value() {
    let mut project = demo();
    let old_target = project.pitches[1].target.clone();
    let inverse = apply(
        &mut project,
        Action::SetPitch {
            pitch: 1,
            value: PitchSetting::Target(AudienceTarget::default()),
        },
    )
    .unwrap();
    assert!(project.pitches[1].target.is_empty());
    assert_eq!(
        inverse,
        Action::SetPitch {
            pitch: 1,
            value: PitchSetting::Target(old_target.clone())
        }
    );
    apply(&mut project, inverse).unwrap();
    assert_eq!(project.pitches[1].target, old_target);
}

#[test]
fn dates_are_set_and_cleared() {
    let mut project = demo();
    let field = OptionalDateField::PitchFollowUp { pitch: 0 };
    let inverse = apply(&mut project, Action::SetOptionalDate { field, value: None }).unwrap();
    assert_eq!(project.pitches[0].follow_up_on, None);
    assert_eq!(
        inverse,
        Action::SetOptionalDate {
            field,
            value: Some(date(2026, 11, 16))
        }
    );
}

#[test]
fn labels_name_the_pitch_edit() {
    let cases = [
        (Action::Pitches(ListEdit::remove(0)), "Remove pitch"),
        (typing(0, PitchField::Brand, ""), "Rename pitched brand"),
        (
            Action::SetToggle {
                field: ToggleField::PitchShowsCompetitors { pitch: 0 },
                value: true,
            },
            "Show competitors in pitch",
        ),
        (
            Action::SetToggle {
                field: ToggleField::CollabCompeting { collab: 0 },
                value: false,
            },
            "Mark as not competing",
        ),
        (
            Action::SetOptionalDate {
                field: OptionalDateField::PitchSent { pitch: 0 },
                value: None,
            },
            "Edit date pitch sent",
        ),
        (
            Action::SetPitch {
                pitch: 0,
                value: PitchSetting::Status(PitchStatus::Won),
            },
            "Change pitch status",
        ),
        (
            Action::SetPitch {
                pitch: 0,
                value: PitchSetting::Collabs(Vec::new()),
            },
            "Choose pitch collaborations",
        ),
    ];
    for (action, label) in cases {
        assert_eq!(action.label(), label);
    }
}

#[test]
fn an_edit_of_a_missing_pitch_fails_and_changes_nothing() {
    let mut project = Project::new("Sam");
    let before = project.clone();
    for action in [
        typing(0, PitchField::Intro, "x"),
        Action::SetPitch {
            pitch: 0,
            value: PitchSetting::Rates(RatesShown::From),
        },
        Action::SetOptionalDate {
            field: OptionalDateField::PitchSent { pitch: 0 },
            value: None,
        },
        Action::SetToggle {
            field: ToggleField::PitchPrintsFit { pitch: 0 },
            value: true,
        },
        Action::Pitches(ListEdit::remove(0)),
    ] {
        let error = apply(&mut project, action).unwrap_err();
        assert!(
            matches!(
                error,
                ActionError::OutOfRange {
                    what: "pitch",
                    index: 0,
                    len: 0
                }
            ),
            "{error:?}"
        );
        assert_eq!(project, before);
    }
}

fn pick(n: u64, len: usize) -> usize {
    (n % (len as u64).max(1)) as usize
}

fn day(n: u64) -> Date {
    date(2026, 1, 1) + Duration::days((n % 330) as i64)
}

/// A valid pitch edit for `project`, from random numbers (adds a pitch when there is none).
fn pitch_action(project: &Project, selector: u8, a: u64, b: u64) -> Action {
    let len = project.pitches.len();
    if len == 0 || selector.is_multiple_of(9) {
        return Action::Pitches(ListEdit::insert(
            pick(a, len + 1),
            Pitch::for_project(project, &format!("Brand {b}")),
        ));
    }
    let pitch = pick(a, len);
    let fields = [
        PitchField::Brand,
        PitchField::Category,
        PitchField::ContactName,
        PitchField::ContactEmail,
        PitchField::Intro,
        PitchField::Notes,
    ];
    let settings = || -> PitchSetting {
        match b % 8 {
            0 => PitchSetting::Status(PitchStatus::ALL[pick(b >> 3, 8)]),
            1 => PitchSetting::Rates(RatesShown::ALL[pick(b >> 3, 3)]),
            2 => PitchSetting::Theme(b.is_multiple_of(3).then_some(Theme::BoldDark)),
            3 => PitchSetting::Accent(Some(Rgb([b as u8, 2, 3]))),
            4 => PitchSetting::Fee(Some(Money::major(b % 5_000, Currency::usd()))),
            5 => PitchSetting::Target(AudienceTarget {
                ages: vec![format!("A{b}")],
                ..AudienceTarget::default()
            }),
            6 => PitchSetting::Sections(vec![SectionSetting {
                section: Section::ALL[pick(b, 10)],
                visible: true,
            }]),
            _ => PitchSetting::Collabs(vec![CollabChoice {
                brand: format!("B{b}"),
                date: day(b),
                shown: b.is_multiple_of(2),
            }]),
        }
    };
    match selector % 9 {
        1 => typing(pitch, fields[pick(b, 6)], &format!("t{b}")),
        2 => Action::SetPitch {
            pitch,
            value: settings(),
        },
        3 => Action::SetOptionalDate {
            field: OptionalDateField::PitchSent { pitch },
            value: b.is_multiple_of(2).then(|| day(b)),
        },
        4 => Action::SetOptionalDate {
            field: OptionalDateField::PitchFollowUp { pitch },
            value: b.is_multiple_of(3).then(|| day(b)),
        },
        5 => Action::SetToggle {
            field: ToggleField::PitchShowsCompetitors { pitch },
            value: b.is_multiple_of(2),
        },
        6 => Action::SetToggle {
            field: ToggleField::PitchPrintsFit { pitch },
            value: b.is_multiple_of(2),
        },
        7 => Action::Pitches(ListEdit::remove(pitch)),
        _ => Action::Pitches(ListEdit::move_item(pitch, pick(b, len))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_pitch_edits_undo_to_the_original_and_redo_to_the_end(
        steps in prop::collection::vec((any::<u8>(), any::<u64>(), any::<u64>()), 0..30)
    ) {
        let original = demo();
        let mut project = original.clone();
        let mut history = History::with_limit(1_000);
        for (selector, a, b) in steps {
            let action = pitch_action(&project, selector, a, b);
            history.apply_coalescing(&mut project, action).unwrap();
        }
        let last = project.clone();
        while history.undo(&mut project) {}
        prop_assert_eq!(&project, &original);
        while history.redo(&mut project) {}
        prop_assert_eq!(&project, &last);
    }
}
