//! Field edits (`SetText`, `SetOptionalCount`, `SetDate`, `SetToggle`, `SetPostKind`):
//! each field keeps its menu label; applying then undoing any field edit, valid or
//! not, gives back the project exactly; different fields are different slots and
//! different coalescing keys, so typing merges only within one field.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::actions::{
    Action, CollabField, CreatorField, DateField, History, OptionalCountField, PackageField,
    PlatformField, PostCount, PostText, TextField, ToggleField, apply,
};
use pitchkit::model::{PostKind, Project};
use pitchkit::sample::demo_project;
use proptest::prelude::*;
use time::{Date, Duration};

const CREATOR: [CreatorField; 9] = [
    CreatorField::DisplayName,
    CreatorField::Handle,
    CreatorField::Tagline,
    CreatorField::Bio,
    CreatorField::Location,
    CreatorField::Email,
    CreatorField::Website,
    CreatorField::Niche,
    CreatorField::ContentStyle,
];
const PLATFORM: [PlatformField; 2] = [PlatformField::Handle, PlatformField::ProfileUrl];
const POST_TEXT: [PostText; 2] = [PostText::Title, PostText::Link];
const COLLAB: [CollabField; 4] = [
    CollabField::Brand,
    CollabField::Category,
    CollabField::Deliverables,
    CollabField::Link,
];
const PACKAGE: [PackageField; 3] = [
    PackageField::Name,
    PackageField::UsageRights,
    PackageField::Exclusivity,
];
const COUNTS: [PostCount; 8] = [
    PostCount::Likes,
    PostCount::Comments,
    PostCount::Shares,
    PostCount::Saves,
    PostCount::Views,
    PostCount::Reach,
    PostCount::Impressions,
    PostCount::Replies,
];

/// Fails to compile when a field is added, until it is listed above too.
#[allow(dead_code)]
fn every_field_is_listed(
    c: CreatorField,
    p: PlatformField,
    t: PostText,
    k: CollabField,
    r: PackageField,
    n: PostCount,
) {
    use CollabField as K;
    use CreatorField as C;
    use PackageField as R;
    use PostCount as N;
    match c {
        C::DisplayName | C::Handle | C::Tagline | C::Bio | C::Location | C::Email => {}
        C::Website | C::Niche | C::ContentStyle => {}
    }
    match p {
        PlatformField::Handle | PlatformField::ProfileUrl => {}
    }
    match t {
        PostText::Title | PostText::Link => {}
    }
    match k {
        K::Brand | K::Category | K::Deliverables | K::Link => {}
    }
    match r {
        R::Name | R::UsageRights | R::Exclusivity => {}
    }
    match n {
        N::Likes | N::Comments | N::Shares | N::Saves | N::Views | N::Reach => {}
        N::Impressions | N::Replies => {}
    }
}

fn demo() -> Project {
    demo_project().unwrap()
}

/// An index in `0..len + 2`: mostly valid, sometimes one or two past the end.
fn index(n: u64, len: usize) -> usize {
    (n % (len as u64 + 2)) as usize
}

/// A platform index and a post index for `project`, either possibly out of range.
fn post_at(project: &Project, a: u64, b: u64) -> (usize, usize) {
    let platform = index(a, project.platforms.len());
    let posts = project.platforms.get(platform).map_or(0, |p| p.posts.len());
    (platform, index(b, posts))
}

fn pick<T: Copy>(list: &[T], n: u64) -> T {
    list[(n % list.len() as u64) as usize]
}

/// A text field of `project` from random numbers; its indices may point past the end.
fn text_field(project: &Project, kind: u8, a: u64, b: u64, c: u64) -> TextField {
    match kind % 7 {
        0 => TextField::Creator(pick(&CREATOR, c)),
        1 => TextField::Platform {
            platform: index(a, project.platforms.len()),
            field: pick(&PLATFORM, c),
        },
        2 => {
            let (platform, post) = post_at(project, a, b);
            TextField::Post {
                platform,
                post,
                field: pick(&POST_TEXT, c),
            }
        }
        3 => TextField::SampleCaption {
            sample: index(a, project.samples.len()),
        },
        4 => TextField::Collab {
            collab: index(a, project.collaborations.len()),
            field: pick(&COLLAB, c),
        },
        5 => TextField::Package {
            package: index(a, project.rate_card.packages.len()),
            field: pick(&PACKAGE, c),
        },
        _ => TextField::RateNotes,
    }
}

fn toggle_field(project: &Project, kind: u8, a: u64, b: u64) -> ToggleField {
    match kind % 4 {
        0 => {
            let (platform, post) = post_at(project, a, b);
            ToggleField::PostSponsored { platform, post }
        }
        1 => ToggleField::CollabShown {
            collab: index(a, project.collaborations.len()),
        },
        2 => ToggleField::RatesOnRequest,
        _ => ToggleField::SectionVisible {
            index: index(a, project.kit.sections.len()),
        },
    }
}

/// Any field edit of `project`, valid or not, from random numbers.
fn field_edit(project: &Project, (kind, a, b, c): (u8, u64, u64, u64)) -> Action {
    let (platform, post) = post_at(project, a, b);
    match kind % 5 {
        0 => Action::SetText {
            field: text_field(project, kind / 5, a, b, c),
            value: format!("text {c}"),
        },
        1 => Action::SetOptionalCount {
            field: OptionalCountField::Post {
                platform,
                post,
                count: pick(&COUNTS, c),
            },
            value: c.is_multiple_of(3).then_some(c % 100_000),
        },
        2 => Action::SetDate {
            field: DateField::Post { platform, post },
            value: date(2025, 1, 1) + Duration::days((c % 400) as i64),
        },
        3 => Action::SetToggle {
            field: toggle_field(project, kind / 5, a, b),
            value: c.is_multiple_of(2),
        },
        _ => Action::SetPostKind {
            platform,
            post,
            kind: pick(&PostKind::ALL, c),
        },
    }
}

fn numbers() -> impl Strategy<Value = (u8, u64, u64, u64)> {
    (any::<u8>(), any::<u64>(), any::<u64>(), any::<u64>())
}

/// Every text field of `project`, on every item.
fn all_text_fields(project: &Project) -> Vec<TextField> {
    let mut fields: Vec<TextField> = CREATOR.into_iter().map(TextField::Creator).collect();
    for (platform, p) in project.platforms.iter().enumerate() {
        fields.extend(PLATFORM.map(|field| TextField::Platform { platform, field }));
        for post in 0..p.posts.len() {
            fields.extend(POST_TEXT.map(|field| TextField::Post {
                platform,
                post,
                field,
            }));
        }
    }
    fields.extend((0..project.samples.len()).map(|sample| TextField::SampleCaption { sample }));
    for collab in 0..project.collaborations.len() {
        fields.extend(COLLAB.map(|field| TextField::Collab { collab, field }));
    }
    for package in 0..project.rate_card.packages.len() {
        fields.extend(PACKAGE.map(|field| TextField::Package { package, field }));
    }
    fields.push(TextField::RateNotes);
    fields
}

/// Every post count of `project`, on every post.
fn all_count_fields(project: &Project) -> Vec<OptionalCountField> {
    let mut fields = Vec::new();
    for (platform, p) in project.platforms.iter().enumerate() {
        for post in 0..p.posts.len() {
            fields.extend(COUNTS.map(|count| OptionalCountField::Post {
                platform,
                post,
                count,
            }));
        }
    }
    fields
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn applying_then_undoing_any_field_edit_gives_back_the_project(raw in numbers()) {
        let original = demo();
        let mut project = original.clone();
        let edit = field_edit(&project, raw);
        match apply(&mut project, edit.clone()) {
            Ok(inverse) => {
                // The inverse names the same field, with the old value.
                prop_assert_eq!(std::mem::discriminant(&inverse), std::mem::discriminant(&edit));
                let redo = apply(&mut project, inverse).unwrap();
                prop_assert_eq!(&project, &original);
                prop_assert_eq!(redo, edit);
            }
            Err(_) => prop_assert_eq!(&project, &original),
        }
    }

    #[test]
    fn a_field_edit_through_the_history_undoes_under_its_own_label(raw in numbers()) {
        let original = demo();
        let mut project = original.clone();
        let mut history = History::new();
        let edit = field_edit(&project, raw);
        let label = edit.label();
        if history.apply_coalescing(&mut project, edit).is_ok() {
            prop_assert_eq!(history.undo_label(), Some(label.as_str()));
            prop_assert!(history.undo(&mut project));
        }
        prop_assert_eq!(&project, &original);
        prop_assert!(!history.is_dirty());
    }

    #[test]
    fn typing_merges_within_one_field_and_never_across_fields(
        first in numbers(), second in numbers()
    ) {
        let original = demo();
        let one = text_field(&original, first.0, first.1, first.2, first.3);
        let other = text_field(&original, second.0, second.1, second.2, second.3);
        let type_into = |field| Action::SetText { field, value: "typed".to_owned() };
        prop_assert_eq!(type_into(one).coalescing_key(), Some(one));
        prop_assert_eq!(
            type_into(one).coalescing_key() == type_into(other).coalescing_key(),
            one == other
        );

        let mut project = original.clone();
        let mut history = History::new();
        let applied = [one, other]
            .into_iter()
            .filter(|field| history.apply_coalescing(&mut project, type_into(*field)).is_ok())
            .count();
        let expected_steps = match applied {
            2 if one == other => 1,
            n => n,
        };
        prop_assert_eq!(history.undo_len(), expected_steps);
        while history.undo(&mut project) {}
        prop_assert_eq!(&project, &original);
    }

    #[test]
    fn only_text_edits_have_a_coalescing_key(raw in numbers()) {
        let edit = field_edit(&demo(), raw);
        let is_text = matches!(edit, Action::SetText { .. });
        prop_assert_eq!(edit.coalescing_key().is_some(), is_text);
    }
}

/// Writing a different text into every text field, then reading them all back: each
/// holds its own, so no two fields share a slot.
#[test]
fn every_text_field_is_a_slot_of_its_own() {
    let mut project = demo();
    let fields = all_text_fields(&project);
    assert!(fields.len() > 60, "{}", fields.len());
    for (k, field) in fields.iter().enumerate() {
        let edit = Action::SetText {
            field: *field,
            value: format!("marker {k}"),
        };
        apply(&mut project, edit).unwrap();
    }
    for (k, field) in fields.iter().enumerate() {
        assert_eq!(
            *field.slot_mut(&mut project).unwrap(),
            format!("marker {k}"),
            "{field:?}"
        );
    }
}

/// The same for every post count.
#[test]
fn every_count_field_is_a_slot_of_its_own() {
    let mut project = demo();
    let fields = all_count_fields(&project);
    assert!(fields.len() > 80, "{}", fields.len());
    for (k, field) in fields.iter().enumerate() {
        let edit = Action::SetOptionalCount {
            field: *field,
            value: Some(k as u64 + 1_000_000),
        };
        apply(&mut project, edit).unwrap();
    }
    for (k, field) in fields.iter().enumerate() {
        assert_eq!(
            *field.slot_mut(&mut project).unwrap(),
            Some(k as u64 + 1_000_000),
            "{field:?}"
        );
    }
}

/// Every text field's menu label, as the Edit menu shows it ("Undo Edit tagline").
#[test]
fn every_text_field_keeps_its_menu_label() {
    let text = |field: TextField| {
        Action::SetText {
            field,
            value: String::new(),
        }
        .label()
    };
    let creator = [
        "Rename creator",
        "Edit handle",
        "Edit tagline",
        "Edit bio",
        "Edit location",
        "Edit email",
        "Edit website",
        "Edit niche",
        "Edit content style",
    ];
    for (field, label) in CREATOR.into_iter().zip(creator) {
        assert_eq!(text(TextField::Creator(field)), label);
    }
    for (field, label) in PLATFORM
        .into_iter()
        .zip(["Edit platform handle", "Edit profile link"])
    {
        assert_eq!(text(TextField::Platform { platform: 0, field }), label);
    }
    for (field, label) in POST_TEXT
        .into_iter()
        .zip(["Edit post title", "Edit post link"])
    {
        assert_eq!(
            text(TextField::Post {
                platform: 0,
                post: 1,
                field
            }),
            label
        );
    }
    assert_eq!(
        text(TextField::SampleCaption { sample: 2 }),
        "Edit photo caption"
    );
    let collab = [
        "Edit brand name",
        "Edit brand category",
        "Edit deliverables",
        "Edit collaboration link",
    ];
    for (field, label) in COLLAB.into_iter().zip(collab) {
        assert_eq!(text(TextField::Collab { collab: 0, field }), label);
    }
    let package = ["Rename package", "Edit usage rights", "Edit exclusivity"];
    for (field, label) in PACKAGE.into_iter().zip(package) {
        assert_eq!(text(TextField::Package { package: 0, field }), label);
    }
    assert_eq!(text(TextField::RateNotes), "Edit rate notes");
}

/// The labels of counts, dates, a post's kind and toggles (on and off).
#[test]
fn every_other_field_keeps_its_menu_label() {
    let nouns = [
        "likes",
        "comments",
        "shares",
        "saves",
        "views",
        "reach",
        "impressions",
        "replies",
    ];
    for (count, noun) in COUNTS.into_iter().zip(nouns) {
        let edit = Action::SetOptionalCount {
            field: OptionalCountField::Post {
                platform: 0,
                post: 0,
                count,
            },
            value: None,
        };
        assert_eq!(edit.label(), format!("Edit post {noun}"));
    }
    let day = Action::SetDate {
        field: DateField::Post {
            platform: 0,
            post: 0,
        },
        value: Date::MIN,
    };
    assert_eq!(day.label(), "Edit post date");
    let kind = Action::SetPostKind {
        platform: 0,
        post: 0,
        kind: PostKind::Reel,
    };
    assert_eq!(kind.label(), "Change post type");

    let toggles = [
        (
            ToggleField::PostSponsored {
                platform: 0,
                post: 0,
            },
            "Mark post sponsored",
            "Mark post organic",
        ),
        (
            ToggleField::CollabShown { collab: 0 },
            "Show collaboration in kit",
            "Hide collaboration from kit",
        ),
        (
            ToggleField::RatesOnRequest,
            "Show rates on request",
            "Show prices",
        ),
        (
            ToggleField::SectionVisible { index: 0 },
            "Show section",
            "Hide section",
        ),
    ];
    for (field, on, off) in toggles {
        assert_eq!(Action::SetToggle { field, value: true }.label(), on);
        assert_eq!(
            Action::SetToggle {
                field,
                value: false
            }
            .label(),
            off
        );
    }
}

/// Each field edit writes the model field its name says (one per kind of item).
#[test]
fn field_edits_reach_the_named_model_fields() {
    let mut project = demo();
    let edits = [
        Action::SetText {
            field: TextField::Creator(CreatorField::Website),
            value: "w.example".into(),
        },
        Action::SetText {
            field: TextField::Platform {
                platform: 1,
                field: PlatformField::ProfileUrl,
            },
            value: "u".into(),
        },
        Action::SetText {
            field: TextField::Post {
                platform: 0,
                post: 1,
                field: PostText::Link,
            },
            value: "l".into(),
        },
        Action::SetText {
            field: TextField::SampleCaption { sample: 1 },
            value: "c".into(),
        },
        Action::SetText {
            field: TextField::Collab {
                collab: 1,
                field: CollabField::Category,
            },
            value: "k".into(),
        },
        Action::SetText {
            field: TextField::Package {
                package: 1,
                field: PackageField::UsageRights,
            },
            value: "r".into(),
        },
        Action::SetText {
            field: TextField::RateNotes,
            value: "n".into(),
        },
        Action::SetOptionalCount {
            field: OptionalCountField::Post {
                platform: 0,
                post: 1,
                count: PostCount::Impressions,
            },
            value: Some(77),
        },
        Action::SetDate {
            field: DateField::Post {
                platform: 0,
                post: 1,
            },
            value: date(2025, 3, 4),
        },
        Action::SetToggle {
            field: ToggleField::PostSponsored {
                platform: 0,
                post: 1,
            },
            value: true,
        },
        Action::SetToggle {
            field: ToggleField::CollabShown { collab: 1 },
            value: false,
        },
        Action::SetToggle {
            field: ToggleField::RatesOnRequest,
            value: true,
        },
        Action::SetToggle {
            field: ToggleField::SectionVisible { index: 2 },
            value: false,
        },
    ];
    for edit in edits {
        apply(&mut project, edit).unwrap();
    }
    assert_eq!(project.creator.website, "w.example");
    assert_eq!(project.platforms[1].profile_url, "u");
    let post = &project.platforms[0].posts[1];
    assert_eq!(post.link, "l");
    assert_eq!(post.impressions, Some(77));
    assert_eq!(post.date, date(2025, 3, 4));
    assert!(post.sponsored);
    assert_eq!(project.samples[1].caption, "c");
    assert_eq!(project.collaborations[1].category, "k");
    assert!(!project.collaborations[1].show_in_kit);
    assert_eq!(project.rate_card.packages[1].usage_rights, "r");
    assert_eq!(project.rate_card.notes, "n");
    assert!(project.rate_card.on_request);
    assert!(!project.kit.sections[2].visible);
}
