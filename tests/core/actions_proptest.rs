//! Property tests: random sequences of valid actions, undone and redone through
//! `History`, give back exactly the original and the final project; random
//! (possibly invalid) actions either apply with an exact inverse or fail cleanly.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::actions::{
    Action, CreatorField, History, ListEdit, OptionalCountField, PostCount, PostText, ShareGroup,
    TextField, ToggleField, apply,
};
use pitchkit::model::{
    FollowerSnapshot, KitLength, Language, Percent, Platform, PlatformKind, Post, PostKind,
    Project, Provenance, Section, SectionSetting, Share, Theme,
};
use pitchkit::sample::demo_project;
use proptest::prelude::*;
use time::{Date, Duration};

const BASE: Date = date(2026, 1, 1);

/// Picks an index in `0..len` (or `0..=len` for inserts) from a random number.
fn pick(n: u64, len: usize) -> usize {
    (n % (len as u64).max(1)) as usize
}

fn day(n: u64) -> Date {
    BASE + Duration::days((n % 330) as i64)
}

fn list_edit<T>(len: usize, op: u64, a: u64, b: u64, item: impl FnOnce() -> T) -> ListEdit<T> {
    match (op % 4, len) {
        (_, 0) | (0, _) => ListEdit::insert(pick(a, len + 1), item()),
        (1, _) => ListEdit::update(pick(a, len), item()),
        (2, _) => ListEdit::remove(pick(a, len)),
        _ => ListEdit::move_item(pick(a, len), pick(b, len)),
    }
}

/// A title, views or sponsored edit of one post, built from random numbers.
fn post_field_edit(platform: usize, post: usize, b: u64, c: u64) -> Action {
    match c % 3 {
        0 => Action::SetText {
            field: TextField::Post {
                platform,
                post,
                field: PostText::Title,
            },
            value: format!("T{b}"),
        },
        1 => Action::SetOptionalCount {
            field: OptionalCountField::Post {
                platform,
                post,
                count: PostCount::Views,
            },
            value: b.is_multiple_of(2).then_some(b % 90_000),
        },
        _ => Action::SetToggle {
            field: ToggleField::PostSponsored { platform, post },
            value: b.is_multiple_of(2),
        },
    }
}

/// A valid action for the current project, built from random numbers. When the
/// target list of a nested edit is missing, falls back to adding a platform.
fn valid_action(project: &Project, selector: u8, a: u64, b: u64, c: u64) -> Action {
    let add_platform = || {
        Action::Platforms(ListEdit::insert(
            pick(a, project.platforms.len() + 1),
            Platform::new(PlatformKind::Other(format!("P{c}")), c % 100_000, day(b)),
        ))
    };
    let platforms = project.platforms.len();
    match selector % 12 {
        0 => Action::SetText {
            field: TextField::Creator(CreatorField::DisplayName),
            value: format!("Name {a}"),
        },
        1 => Action::SetTopics((0..a % 4).map(|i| format!("topic {i}")).collect()),
        2 => Action::Platforms(list_edit(platforms, c, a, b, || {
            Platform::new(PlatformKind::Other(format!("P{b}")), a % 1_000_000, day(c))
        })),
        3 if platforms > 0 => Action::SetFollowers {
            platform: pick(a, platforms),
            followers: b % 1_000_000,
            provenance: Provenance::typed(day(c)),
        },
        4 if platforms > 0 => {
            let platform = pick(a, platforms);
            let len = project.platforms[platform].posts.len();
            Action::Posts {
                platform,
                edit: list_edit(len, c, b, c >> 8, || {
                    let mut post = Post::new(day(b), PostKind::ALL[pick(c, 7)]);
                    post.likes = Some(c % 10_000);
                    post
                }),
            }
        }
        5 if platforms > 0 => {
            let platform = pick(a, platforms);
            let len = project.platforms[platform].posts.len();
            if len == 0 {
                return add_platform();
            }
            post_field_edit(platform, pick(b, len), b, c)
        }
        6 if platforms > 0 => {
            let platform = pick(a, platforms);
            let len = project.platforms[platform].snapshots.len();
            Action::Snapshots {
                platform,
                edit: list_edit(len, c, b, a >> 8, || FollowerSnapshot {
                    date: day(b),
                    followers: c % 100_000,
                }),
            }
        }
        7 if !project.audiences.is_empty() => {
            let audience = pick(a, project.audiences.len());
            let group = [
                ShareGroup::Ages,
                ShareGroup::Genders,
                ShareGroup::Countries,
                ShareGroup::Cities,
            ][pick(b, 4)];
            let target = &project.audiences[audience];
            let len = match group {
                ShareGroup::Ages => target.ages.len(),
                ShareGroup::Genders => target.genders.len(),
                ShareGroup::Countries => target.countries.len(),
                ShareGroup::Cities => target.cities.len(),
            };
            Action::Shares {
                audience,
                group,
                edit: list_edit(len, c, b >> 4, a >> 4, || {
                    Share::new(&format!("S{c}"), Percent((c % 10_000) as u32))
                }),
            }
        }
        8 => Action::Samples(list_edit(project.samples.len(), c, a, b, || {
            let mut sample = demo_project().unwrap().samples[0].clone();
            sample.caption = format!("C{a}");
            sample
        })),
        9 => Action::Collaborations(list_edit(project.collaborations.len(), c, a, b, || {
            let mut collab = demo_project().unwrap().collaborations[1].clone();
            collab.brand = format!("Brand {b}");
            collab
        })),
        10 => Action::Sections(list_edit(project.kit.sections.len(), c, a, b, || {
            SectionSetting {
                section: Section::ALL[pick(b, 10)],
                visible: c.is_multiple_of(2),
            }
        })),
        11 => Action::Batch {
            label: "Batch".to_owned(),
            actions: vec![
                Action::SetTheme(Theme::ALL[pick(a, 3)]),
                Action::SetKitLength(KitLength::ALL[pick(c, 3)]),
                Action::SetKitLanguage(Some(Language::ALL[pick(b, 9)])),
                Action::SetToggle {
                    field: ToggleField::RatesOnRequest,
                    value: b.is_multiple_of(2),
                },
                Action::SetSizeBudget {
                    size_budget_kb: (c % 10_000) as u32,
                },
            ],
        },
        _ => add_platform(),
    }
}

fn steps() -> impl Strategy<Value = Vec<(u8, u64, u64, u64)>> {
    prop::collection::vec(
        (any::<u8>(), any::<u64>(), any::<u64>(), any::<u64>()),
        0..40,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn undo_all_gives_back_the_original_and_redo_all_the_final(steps in steps()) {
        let original = demo_project().unwrap();
        let mut project = original.clone();
        let mut history = History::with_limit(1_000);
        let mut states = vec![original.clone()];
        for (selector, a, b, c) in steps {
            let action = valid_action(&project, selector, a, b, c);
            history.apply(&mut project, action).unwrap();
            states.push(project.clone());
        }
        let last = project.clone();
        for expected in states.iter().rev().skip(1) {
            prop_assert!(history.undo(&mut project));
            prop_assert_eq!(&project, expected);
        }
        prop_assert!(!history.can_undo());
        prop_assert!(!history.is_dirty());
        prop_assert_eq!(&project, &original);
        for expected in states.iter().skip(1) {
            prop_assert!(history.redo(&mut project));
            prop_assert_eq!(&project, expected);
        }
        prop_assert!(!history.can_redo());
        prop_assert_eq!(project, last);
    }

    #[test]
    fn raw_inverses_applied_in_reverse_restore_the_original(steps in steps()) {
        let original = demo_project().unwrap();
        let mut project = original.clone();
        let mut inverses = Vec::new();
        for (selector, a, b, c) in steps {
            let action = valid_action(&project, selector, a, b, c);
            inverses.push(apply(&mut project, action).unwrap());
        }
        for inverse in inverses.into_iter().rev() {
            apply(&mut project, inverse).unwrap();
        }
        prop_assert_eq!(project, original);
    }

    #[test]
    fn arbitrary_indices_apply_exactly_or_fail_without_change(
        platform in 0usize..6, index in 0usize..20, to in 0usize..20, op in 0u64..4
    ) {
        let original = demo_project().unwrap();
        let mut project = original.clone();
        let post = || Box::new(Post::new(BASE, PostKind::Photo));
        let edit = match op {
            0 => ListEdit::Insert { index, item: post() },
            1 => ListEdit::Update { index, item: post() },
            2 => ListEdit::Remove { index },
            _ => ListEdit::Move { from: index, to },
        };
        match apply(&mut project, Action::Posts { platform, edit }) {
            Ok(inverse) => {
                apply(&mut project, inverse).unwrap();
                prop_assert_eq!(project, original);
            }
            Err(_) => prop_assert_eq!(project, original),
        }
    }
}
