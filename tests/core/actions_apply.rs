//! Every action kind applies, changes the project, and its inverse restores it exactly;
//! labels read well in an undo menu.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::actions::{
    Action, CollabField, CreatorField, DateField, ListEdit, OptionalCountField, OptionalDateField,
    PackageField, PitchField, PitchSetting, PlatformField, PostCount, PostText, ShareGroup,
    TextField, ToggleField, apply,
};
use pitchkit::model::{
    AestheticSample, Audience, AudienceTarget, CollabChoice, Collaboration, Currency,
    EngagementMethod, Extra, FollowerSnapshot, GalleryLook, KitLength, Language, MediaRef, Money,
    PageSize, Percent, Pitch, PitchStatus, Platform, PlatformKind, Post, PostKind, PostWindow,
    Project, Provenance, RatePackage, RateTerms, RatesShown, Rgb, Section, SectionSetting, Share,
    Swatch, Theme, TierBounds, UsageRights,
};
use pitchkit::sample::demo_project;

fn demo() -> Project {
    demo_project().unwrap()
}

/// The name of an action's variant (for field edits, with the kind of item whose field
/// it sets). No wildcard arm: a new variant fails to compile here until it gets an
/// example below.
fn kind(action: &Action) -> &'static str {
    use Action as A;
    match action {
        A::SetText { field, .. } => match field {
            TextField::Creator(_) => "SetText Creator",
            TextField::Platform { .. } => "SetText Platform",
            TextField::Post { .. } => "SetText Post",
            TextField::SampleCaption { .. } => "SetText SampleCaption",
            TextField::Collab { .. } => "SetText Collab",
            TextField::Package { .. } => "SetText Package",
            TextField::RateNotes => "SetText RateNotes",
            TextField::Pitch { .. } => "SetText Pitch",
        },
        A::SetOptionalCount { field, .. } => match field {
            OptionalCountField::Post { .. } => "SetOptionalCount Post",
        },
        A::SetDate { field, .. } => match field {
            DateField::Post { .. } => "SetDate Post",
        },
        A::SetOptionalDate { field, .. } => match field {
            OptionalDateField::PitchSent { .. } | OptionalDateField::PitchFollowUp { .. } => {
                "SetOptionalDate Pitch"
            }
        },
        A::SetToggle { field, .. } => match field {
            ToggleField::PostSponsored { .. } => "SetToggle PostSponsored",
            ToggleField::CollabShown { .. } => "SetToggle CollabShown",
            ToggleField::RatesOnRequest => "SetToggle RatesOnRequest",
            ToggleField::SectionVisible { .. } => "SetToggle SectionVisible",
            ToggleField::CollabCompeting { .. } => "SetToggle CollabCompeting",
            ToggleField::PitchShowsCompetitors { .. } => "SetToggle PitchShowsCompetitors",
            ToggleField::PitchPrintsFit { .. } => "SetToggle PitchPrintsFit",
        },
        A::SetLanguages(_) => "SetLanguages",
        A::SetTopics(_) => "SetTopics",
        A::SetProfilePhoto(_) => "SetProfilePhoto",
        A::Platforms(_) => "Platforms",
        A::SetFollowers { .. } => "SetFollowers",
        A::SetPostsProvenance { .. } => "SetPostsProvenance",
        A::Snapshots { .. } => "Snapshots",
        A::Posts { .. } => "Posts",
        A::SetPostKind { .. } => "SetPostKind",
        A::Audiences(_) => "Audiences",
        A::Shares { .. } => "Shares",
        A::Samples(_) => "Samples",
        A::Collaborations(_) => "Collaborations",
        A::Packages(_) => "Packages",
        A::SetRateTerms(_) => "SetRateTerms",
        A::SetPageSize(_) => "SetPageSize",
        A::SetTheme(_) => "SetTheme",
        A::SetKitLength(_) => "SetKitLength",
        A::SetKitLanguage(_) => "SetKitLanguage",
        A::SetAccent(_) => "SetAccent",
        A::SetSections(_) => "SetSections",
        A::Sections(_) => "Sections",
        A::SetEngagementMethod(_) => "SetEngagementMethod",
        A::SetSizeBudget { .. } => "SetSizeBudget",
        A::SetPostWindow(_) => "SetPostWindow",
        A::SetTierBounds(_) => "SetTierBounds",
        A::SetLook(_) => "SetLook",
        A::SetDismissal { .. } => "SetDismissal",
        A::Pitches(_) => "Pitches",
        A::SetPitch { .. } => "SetPitch",
        A::ReplaceProject(_) => "ReplaceProject",
        A::Batch { .. } => "Batch",
    }
}

const KINDS: usize = 50;

fn post() -> Post {
    let mut post = Post::new(date(2026, 11, 14), PostKind::Reel);
    post.title = "New reel".to_owned();
    post.likes = Some(900);
    post
}

fn package() -> RatePackage {
    let mut package = demo().rate_card.packages[0].clone();
    package.name = "Story set".to_owned();
    package
}

fn collab() -> Collaboration {
    let mut collab = demo().collaborations[0].clone();
    collab.brand = "Nebula Tea".to_owned();
    collab
}

fn pitch() -> Pitch {
    let mut pitch = Pitch::for_project(&demo(), "Nebula Tea");
    pitch.category = "Tea".to_owned();
    pitch
}

fn sample() -> AestheticSample {
    AestheticSample {
        media: MediaRef {
            file: "x.png".to_owned(),
            width_px: 10,
            height_px: 20,
            thumb_file: String::new(),
            palette: Vec::new(),
        },
        caption: "Test".to_owned(),
        platform: None,
        link: String::new(),
        extra: Extra::new(),
    }
}

/// One or more examples of every action kind, each of which changes the demo project.
#[rustfmt::skip]
fn examples() -> Vec<Action> {
    use Action as A;
    let typed = Provenance::typed(date(2026, 11, 20));
    let share = Share::new("Ghana", Percent(150));
    let mut audience: Audience = demo().audiences[1].clone();
    audience.platform = Some(PlatformKind::X);
    let new_platform = |kind, followers| Platform::new(kind, followers, date(2026, 11, 15));
    let snapshot = |date, followers| FollowerSnapshot { date, followers };
    vec![
        A::SetText { field: TextField::Creator(CreatorField::DisplayName), value: "Maya O.".to_owned() },
        A::SetText { field: TextField::Creator(CreatorField::Bio), value: String::new() },
        A::SetText { field: TextField::Creator(CreatorField::ContentStyle), value: "Loud".to_owned() },
        A::SetLanguages(vec!["English".to_owned(), "Yoruba".to_owned()]),
        A::SetTopics(vec![]),
        A::SetProfilePhoto(None),
        A::Platforms(ListEdit::insert(3, new_platform(PlatformKind::Bluesky, 1_200))),
        A::Platforms(ListEdit::insert(0, new_platform(PlatformKind::Other("Mastodon".to_owned()), 300))),
        A::Platforms(ListEdit::update(1, new_platform(PlatformKind::Threads, 10))),
        A::Platforms(ListEdit::remove(0)),
        A::Platforms(ListEdit::remove(2)),
        A::Platforms(ListEdit::move_item(0, 2)),
        A::Platforms(ListEdit::move_item(2, 0)),
        A::SetText { field: TextField::Platform { platform: 1, field: PlatformField::Handle }, value: "@maya".to_owned() },
        A::SetText { field: TextField::Platform { platform: 2, field: PlatformField::ProfileUrl }, value: String::new() },
        A::SetFollowers { platform: 0, followers: 25_000, provenance: typed.clone() },
        A::SetPostsProvenance { platform: 2, provenance: typed },
        A::Snapshots { platform: 0, edit: ListEdit::insert(14, snapshot(date(2026, 11, 20), 24_900)) },
        A::Snapshots { platform: 1, edit: ListEdit::remove(0) },
        A::Snapshots { platform: 2, edit: ListEdit::update(3, snapshot(date(2026, 6, 30), 1)) },
        A::Snapshots { platform: 2, edit: ListEdit::move_item(13, 0) },
        A::Posts { platform: 0, edit: ListEdit::insert(0, post()) },
        A::Posts { platform: 1, edit: ListEdit::update(5, post()) },
        A::Posts { platform: 2, edit: ListEdit::remove(12) },
        A::Posts { platform: 1, edit: ListEdit::move_item(3, 9) },
        A::SetDate { field: DateField::Post { platform: 0, post: 2 }, value: date(2026, 1, 1) },
        A::SetPostKind { platform: 0, post: 2, kind: PostKind::Live },
        A::SetText { field: TextField::Post { platform: 1, post: 0, field: PostText::Title }, value: "Retitled".to_owned() },
        A::SetOptionalCount { field: OptionalCountField::Post { platform: 1, post: 0, count: PostCount::Likes }, value: None },
        A::SetOptionalCount { field: OptionalCountField::Post { platform: 2, post: 0, count: PostCount::Reach }, value: Some(7) },
        A::SetOptionalCount { field: OptionalCountField::Post { platform: 2, post: 1, count: PostCount::Impressions }, value: Some(7) },
        A::SetOptionalCount { field: OptionalCountField::Post { platform: 0, post: 0, count: PostCount::Replies }, value: Some(1) },
        A::SetToggle { field: ToggleField::PostSponsored { platform: 0, post: 0 }, value: true },
        A::SetText { field: TextField::Post { platform: 0, post: 0, field: PostText::Link }, value: "https://example.com/p".to_owned() },
        A::Audiences(ListEdit::insert(4, audience.clone())),
        A::Audiences(ListEdit::update(0, audience)),
        A::Audiences(ListEdit::remove(3)),
        A::Audiences(ListEdit::move_item(0, 3)),
        A::Shares { audience: 0, group: ShareGroup::Countries, edit: ListEdit::insert(5, share.clone()) },
        A::Shares { audience: 1, group: ShareGroup::Ages, edit: ListEdit::update(0, share) },
        A::Shares { audience: 2, group: ShareGroup::Genders, edit: ListEdit::remove(2) },
        A::Shares { audience: 3, group: ShareGroup::Cities, edit: ListEdit::move_item(4, 0) },
        A::Samples(ListEdit::insert(6, sample())),
        A::Samples(ListEdit::update(2, sample())),
        A::Samples(ListEdit::remove(5)),
        A::Samples(ListEdit::move_item(5, 0)),
        A::SetText { field: TextField::SampleCaption { sample: 3 }, value: "New caption".to_owned() },
        A::Collaborations(ListEdit::insert(2, collab())),
        A::Collaborations(ListEdit::update(3, collab())),
        A::Collaborations(ListEdit::remove(0)),
        A::Collaborations(ListEdit::move_item(3, 1)),
        A::SetText { field: TextField::Collab { collab: 0, field: CollabField::Brand }, value: "Halfmoon".to_owned() },
        A::SetText { field: TextField::Collab { collab: 1, field: CollabField::Link }, value: "https://example.com".to_owned() },
        A::SetToggle { field: ToggleField::CollabShown { collab: 3 }, value: true },
        A::SetToggle { field: ToggleField::RatesOnRequest, value: true },
        A::Packages(ListEdit::insert(0, package())),
        A::Packages(ListEdit::update(2, package())),
        A::Packages(ListEdit::remove(1)),
        A::Packages(ListEdit::move_item(0, 2)),
        A::SetRateTerms(RateTerms { usage: UsageRights::PaidAds, exclusivity_days: 14, ..RateTerms::default() }),
        A::SetText { field: TextField::Package { package: 1, field: PackageField::Exclusivity }, value: "None".to_owned() },
        A::SetText { field: TextField::RateNotes, value: "Rates exclude VAT".to_owned() },
        A::SetPageSize(PageSize::Letter),
        A::SetTheme(Theme::WarmEditorial),
        A::SetKitLength(KitLength::OnePage),
        A::SetKitLength(KitLength::TwoPage),
        A::SetKitLanguage(Some(Language::De)),
        A::SetAccent(Some(Rgb([0x12, 0x34, 0x56]))),
        A::SetSections(vec![SectionSetting { section: Section::Cover, visible: true }]),
        A::Sections(ListEdit::move_item(9, 0)),
        A::Sections(ListEdit::remove(4)),
        A::SetToggle { field: ToggleField::SectionVisible { index: 7 }, value: false },
        A::SetEngagementMethod(EngagementMethod::Views),
        A::SetSizeBudget { size_budget_kb: 2_048 },
        A::SetPostWindow(PostWindow::LastDays(90)),
        A::SetTierBounds(TierBounds { nano_min: 2_000, ..TierBounds::default() }),
        A::SetLook(Some(GalleryLook {
            palette: vec![Swatch { rgb: Rgb([200, 40, 40]), weight_bp: 10_000 }],
            cohesion: 87,
        })),
        A::SetDismissal { key: "follower-jump:instagram:2026-08-09:2026-08-23".to_owned(), reason: Some("a press feature".to_owned()) },
        A::Pitches(ListEdit::insert(3, pitch())),
        A::Pitches(ListEdit::update(0, pitch())),
        A::Pitches(ListEdit::remove(1)),
        A::Pitches(ListEdit::move_item(2, 0)),
        A::SetText { field: TextField::Pitch { pitch: 0, field: PitchField::Brand }, value: "Brightside".to_owned() },
        A::SetText { field: TextField::Pitch { pitch: 1, field: PitchField::ContactEmail }, value: "sam@example.com".to_owned() },
        A::SetText { field: TextField::Pitch { pitch: 2, field: PitchField::Intro }, value: "Hello!".to_owned() },
        A::SetOptionalDate { field: OptionalDateField::PitchSent { pitch: 0 }, value: None },
        A::SetOptionalDate { field: OptionalDateField::PitchFollowUp { pitch: 2 }, value: Some(date(2026, 12, 1)) },
        A::SetToggle { field: ToggleField::CollabCompeting { collab: 2 }, value: true },
        A::SetToggle { field: ToggleField::PitchShowsCompetitors { pitch: 0 }, value: true },
        A::SetToggle { field: ToggleField::PitchPrintsFit { pitch: 2 }, value: true },
        A::SetPitch { pitch: 0, value: PitchSetting::Status(PitchStatus::Won) },
        A::SetPitch { pitch: 1, value: PitchSetting::Rates(RatesShown::OnRequest) },
        A::SetPitch { pitch: 2, value: PitchSetting::Theme(Some(Theme::BoldDark)) },
        A::SetPitch { pitch: 1, value: PitchSetting::Language(Some(Language::PtBr)) },
        A::SetPitch { pitch: 0, value: PitchSetting::Accent(Some(Rgb([1, 2, 3]))) },
        A::SetPitch { pitch: 0, value: PitchSetting::Fee(Some(Money::major(900, Currency::usd()))) },
        A::SetPitch { pitch: 1, value: PitchSetting::Target(AudienceTarget::default()) },
        A::SetPitch { pitch: 2, value: PitchSetting::Sections(vec![SectionSetting { section: Section::Rates, visible: true }]) },
        A::SetPitch { pitch: 0, value: PitchSetting::Collabs(vec![CollabChoice { brand: "Lumen Optics".to_owned(), date: date(2026, 10, 6), shown: false }]) },
        A::ReplaceProject(Box::new(Project::new("Someone else"))),
        A::Batch {
            label: "Import posts".to_owned(),
            actions: vec![
                A::Posts { platform: 0, edit: ListEdit::insert(0, post()) },
                A::SetText { field: TextField::Post { platform: 0, post: 0, field: PostText::Title }, value: "First".to_owned() },
                A::Platforms(ListEdit::move_item(0, 1)),
            ],
        },
    ]
}

#[test]
fn every_action_kind_has_an_example() {
    let mut kinds: Vec<&str> = examples().iter().map(kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), KINDS, "kinds covered: {kinds:?}");
}

#[test]
fn every_example_changes_the_project_and_its_inverse_restores_it() {
    let original = demo();
    for action in examples() {
        let label = action.label();
        let mut project = original.clone();
        let inverse = apply(&mut project, action.clone()).unwrap();
        assert_ne!(project, original, "{label} changed nothing");
        let changed = project.clone();
        let redo = apply(&mut project, inverse).unwrap();
        assert_eq!(
            project, original,
            "undoing {label} did not restore the project"
        );
        apply(&mut project, redo).unwrap();
        assert_eq!(
            project, changed,
            "redoing {label} did not give the same result"
        );
    }
}

#[test]
fn moves_follow_remove_then_insert_semantics() {
    let mut project = demo();
    let kinds = |p: &Project| {
        p.platforms
            .iter()
            .map(|x| x.kind.clone())
            .collect::<Vec<_>>()
    };
    let inverse = apply(&mut project, Action::Platforms(ListEdit::move_item(0, 2))).unwrap();
    assert_eq!(
        kinds(&project),
        [
            PlatformKind::Tiktok,
            PlatformKind::Youtube,
            PlatformKind::Instagram
        ]
    );
    assert_eq!(inverse, Action::Platforms(ListEdit::move_item(2, 0)));
}

#[test]
fn remove_inverse_reinserts_the_removed_item_at_its_index() {
    let mut project = demo();
    let removed = project.collaborations[1].clone();
    let inverse = apply(&mut project, Action::Collaborations(ListEdit::remove(1))).unwrap();
    assert_eq!(
        inverse,
        Action::Collaborations(ListEdit::insert(1, removed))
    );
    assert_eq!(project.collaborations.len(), 3);
}

#[test]
fn labels_read_well_in_an_undo_menu() {
    use Action as A;
    assert_eq!(
        A::SetText {
            field: TextField::Creator(CreatorField::DisplayName),
            value: String::new()
        }
        .label(),
        "Rename creator"
    );
    assert_eq!(A::Platforms(ListEdit::remove(0)).label(), "Remove platform");
    assert_eq!(
        A::Posts {
            platform: 0,
            edit: ListEdit::insert(0, post())
        }
        .label(),
        "Add post"
    );
    assert_eq!(
        A::SetOptionalCount {
            field: OptionalCountField::Post {
                platform: 0,
                post: 0,
                count: PostCount::Saves
            },
            value: None
        }
        .label(),
        "Edit post saves"
    );
    assert_eq!(
        A::Shares {
            audience: 0,
            group: ShareGroup::Cities,
            edit: ListEdit::move_item(0, 1)
        }
        .label(),
        "Move city share"
    );
    assert_eq!(
        A::SetToggle {
            field: ToggleField::CollabShown { collab: 0 },
            value: false
        }
        .label(),
        "Hide collaboration from kit"
    );
    assert_eq!(
        A::Batch {
            label: "Import 14 posts".to_owned(),
            actions: vec![]
        }
        .label(),
        "Import 14 posts"
    );
    for action in examples() {
        let label = action.label();
        assert!(!label.is_empty() && label.len() < 40, "{label:?}");
        assert!(label.starts_with(|c: char| c.is_uppercase()), "{label:?}");
    }
}
