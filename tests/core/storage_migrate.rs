//! Format versions: version-1 files are converted, newer minors keep unknown fields,
//! newer majors and unreadable versions are refused with the file untouched.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::dates::date;
use pitchkit::model::{
    Audience, CollabResults, Collaboration, Creator, Currency, FollowerSnapshot, Money, Percent,
    Platform, PlatformKind, Post, PostKind, Project, Provenance, RateCard, RatePackage, Share,
};
use pitchkit::storage::{self, StorageError};
use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/storage")
        .join(name)
}

/// A bundle in a temp folder holding `bytes` as its project.json.
fn bundle_with(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("test.pitchkit");
    fs::create_dir_all(&bundle).unwrap();
    fs::write(bundle.join("project.json"), bytes).unwrap();
    (dir, bundle)
}

fn expected_v1_project() -> Project {
    let as_of = date(2025, 11, 20);
    let typed = Provenance::typed(as_of);
    let mut creator = Creator {
        display_name: "Lena Park".into(),
        handle: "@lenabakes".into(),
        tagline: "Sourdough for small kitchens".into(),
        bio: "I bake bread in a flat with a two-ring hob and share what works.".into(),
        location: "Bristol, UK".into(),
        email: "hello@lenabakes.example".into(),
        niche: "sourdough for small kitchens".into(),
        ..Creator::default()
    };
    creator.languages = vec!["English".into(), "Korean".into()];
    creator.topics = vec!["sourdough".into(), "small-space baking".into()];

    let mut instagram = Platform::new(PlatformKind::Instagram, 18_420, as_of);
    instagram.handle = "@lenabakes".into();
    instagram.snapshots = vec![
        FollowerSnapshot {
            date: date(2025, 8, 1),
            followers: 15_100,
        },
        FollowerSnapshot {
            date: date(2025, 11, 1),
            followers: 18_020,
        },
    ];
    let mut reel = Post::new(date(2025, 11, 2), PostKind::Reel);
    reel.title = "Shaping a batard on a chopping board".into();
    (reel.likes, reel.comments, reel.saves, reel.views) =
        (Some(1204), Some(87), Some(310), Some(22_810));
    let mut carousel = Post::new(date(2025, 11, 9), PostKind::Carousel);
    carousel.title = "Five flours compared".into();
    (carousel.likes, carousel.comments, carousel.saves) = (Some(940), Some(61), Some(402));
    instagram.posts = vec![reel, carousel];

    let mut tiktok = Platform::new(PlatformKind::Tiktok, 9_350, as_of);
    tiktok.handle = "@lenabakes".into();
    let mut short = Post::new(date(2025, 11, 12), PostKind::Short);
    short.title = "Starter rescue".into();
    (short.likes, short.comments, short.shares, short.views) =
        (Some(2210), Some(140), Some(95), Some(61_200));
    tiktok.posts = vec![short];

    let audience = Audience {
        platform: None,
        ages: vec![
            Share::new("18–24", Percent(2_100)),
            Share::new("25–34", Percent(4_450)),
            Share::new("35–44", Percent(2_200)),
        ],
        genders: vec![],
        countries: vec![
            Share::new("United Kingdom", Percent(5_800)),
            Share::new("United States", Percent(1_400)),
        ],
        cities: vec![],
        provenance: typed.clone(),
        extra: Default::default(),
    };
    let collaboration = Collaboration {
        brand: "Millstone Flour Co.".into(),
        category: "Flour mill".into(),
        date: date(2025, 9, 15),
        platforms: vec![PlatformKind::Instagram],
        deliverables: "1 Reel + 3 Stories".into(),
        results: CollabResults {
            views: Some(30_400),
            clicks: Some(512),
            ..CollabResults::default()
        },
        provenance: typed,
        link: String::new(),
        testimonial: None,
        show_in_kit: true,
        competing: false,
        extra: Default::default(),
    };
    let package = RatePackage {
        name: "Reel".into(),
        deliverables: vec!["1 Reel".into(), "2 Stories".into()],
        price: Money {
            amount_minor: 45_000,
            currency: Currency::new("GBP").unwrap(),
        },
        price_max_minor: None,
        usage_rights: String::new(),
        exclusivity: String::new(),
        extra: Default::default(),
    };
    Project {
        creator,
        platforms: vec![instagram, tiktok],
        audiences: vec![audience],
        collaborations: vec![collaboration],
        rate_card: RateCard {
            packages: vec![package],
            ..RateCard::default()
        },
        ..Project::default()
    }
}

#[test]
fn version_1_file_loads_as_the_expected_project_and_is_not_rewritten() {
    let original = fs::read(fixture("v1-project.json")).unwrap();
    let (_dir, bundle) = bundle_with(&original);
    let project = storage::open(&bundle).unwrap();
    assert_eq!(project, expected_v1_project());
    assert_eq!(project.schema_version, pitchkit::model::SCHEMA_VERSION);
    // Opening converts in memory only.
    assert_eq!(fs::read(bundle.join("project.json")).unwrap(), original);
    assert!(!bundle.join("backups").exists());
}

#[test]
fn version_1_file_resaves_as_the_current_version() {
    let (_dir, bundle) = bundle_with(&fs::read(fixture("v1-project.json")).unwrap());
    let project = storage::open(&bundle).unwrap();
    storage::save(&bundle, &project).unwrap();

    let saved: Value =
        serde_json::from_slice(&fs::read(bundle.join("project.json")).unwrap()).unwrap();
    assert_eq!(saved["schema_version"], json!(3));
    assert_eq!(saved["schema_minor"], json!(0));
    assert_eq!(saved["creator"]["display_name"], json!("Lena Park"));
    assert!(saved["creator"].get("name").is_none());
    assert!(saved.get("updated").is_none());
    let instagram = &saved["platforms"][0];
    assert_eq!(instagram["followers"], json!(18_420));
    assert!(instagram.get("follower_count").is_none());
    assert_eq!(
        instagram["followers_provenance"],
        json!({"source": {"kind": "typed"}, "as_of": "2025-11-20"})
    );
    assert_eq!(storage::open(&bundle).unwrap(), expected_v1_project());
    // The version-1 original is the first backup.
    let backups = storage::backups(&bundle).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        fs::read(&backups[0]).unwrap(),
        fs::read(fixture("v1-project.json")).unwrap()
    );
}

#[test]
fn version_1_without_updated_takes_the_newest_date_in_the_file() {
    let mut v1: Value =
        serde_json::from_slice(&fs::read(fixture("v1-project.json")).unwrap()).unwrap();
    v1.as_object_mut().unwrap().remove("updated");
    let project =
        storage::parse_project(v1.to_string().as_bytes(), Path::new("/x/project.json")).unwrap();
    // The newest post is the TikTok one of 12 Nov 2025.
    let newest = date(2025, 11, 12);
    assert_eq!(project.platforms[0].followers_provenance.as_of, newest);
    assert_eq!(project.audiences[0].provenance.as_of, newest);
    assert_eq!(project.collaborations[0].provenance.as_of, newest);
}

#[test]
fn version_1_without_any_date_is_refused_with_the_way_out() {
    let path = Path::new("/x/old.pitchkit/project.json");
    let text = r#"{"schema_version": 1, "creator": {"name": "Lena"},
        "platforms": [{"kind": "instagram", "follower_count": 5}]}"#;
    let message = storage::parse_project(text.as_bytes(), path)
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with(
            "project.json is in the old format 1 and could not be converted: it has no date"
        ),
        "{message}"
    );
    assert!(message.contains("\"updated\": \"YYYY-MM-DD\""), "{message}");
    assert!(
        message.ends_with(": /x/old.pitchkit/project.json"),
        "{message}"
    );
}

#[test]
fn version_1_wrong_value_is_reported_with_its_path() {
    let text = r#"{"schema_version": 1, "updated": "2025-01-01", "creator": {"name": "Lena"},
        "platforms": [{"kind": "instagram", "follower_count": -3}]}"#;
    let message = storage::parse_project(text.as_bytes(), Path::new("/x/project.json"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("at platforms[0].followers: invalid value: integer `-3`"),
        "{message}"
    );
    assert!(message.ends_with(": /x/project.json"), "{message}");
}

#[test]
fn unknown_fields_of_a_newer_minor_survive_open_and_save() {
    let original_bytes = fs::read(fixture("newer-minor-unknown-fields.json")).unwrap();
    let (_dir, bundle) = bundle_with(&original_bytes);
    let project = storage::open(&bundle).unwrap();
    assert_eq!(project.schema_minor, 3);
    assert_eq!(project.extra["future_top"]["flag"], json!(true));
    assert_eq!(project.creator.extra["pronouns"], json!("they/them"));
    assert_eq!(project.platforms[0].extra["verified_badge"], json!(false));
    assert_eq!(
        project.platforms[0].posts[0].extra["watch_time_hours"],
        json!(412.5)
    );
    assert_eq!(project.audiences[0].extra["returning_viewers"], json!(37));
    assert_eq!(project.samples[0].extra["focal_point"], json!([0.4, 0.3]));
    assert_eq!(
        project.collaborations[0].extra["contract_id"],
        json!("LM-2025-14")
    );
    assert_eq!(
        project.rate_card.packages[0].extra["includes_raw_footage"],
        json!(true)
    );
    assert_eq!(project.kit.extra["cover_layout"], json!("split"));

    storage::save(&bundle, &project).unwrap();
    let saved: Value =
        serde_json::from_slice(&fs::read(bundle.join("project.json")).unwrap()).unwrap();
    let original: Value = serde_json::from_slice(&original_bytes).unwrap();
    for pointer in [
        "/schema_minor",
        "/future_top",
        "/creator/pronouns",
        "/platforms/0/verified_badge",
        "/platforms/0/posts/0/watch_time_hours",
        "/audiences/0/returning_viewers",
        "/samples/0/focal_point",
        "/collaborations/0/contract_id",
        "/rate_card/packages/0/includes_raw_footage",
        "/kit/cover_layout",
    ] {
        assert_eq!(
            saved.pointer(pointer),
            original.pointer(pointer),
            "{pointer}"
        );
        assert!(saved.pointer(pointer).is_some(), "{pointer}");
    }
    assert_eq!(storage::open(&bundle).unwrap(), project);
}

#[test]
fn newer_major_version_is_refused_and_left_untouched() {
    let original = fs::read(fixture("newer-major.json")).unwrap();
    let (_dir, bundle) = bundle_with(&original);
    let error = storage::open(&bundle).unwrap_err();
    assert!(matches!(
        error,
        StorageError::NewerVersion {
            found_version: 4,
            ..
        }
    ));
    let message = error.to_string();
    assert!(message.contains("made by a newer Pitchkit"), "{message}");
    assert!(message.contains("file format 4.1"), "{message}");
    assert!(
        message.contains("this Pitchkit reads formats 1 to 3"),
        "{message}"
    );
    let file = bundle.join("project.json");
    assert!(
        message.ends_with(&format!(": {}", file.display())),
        "{message}"
    );
    assert_eq!(fs::read(&file).unwrap(), original);
    assert_eq!(fs::read_dir(&bundle).unwrap().count(), 1);
}

#[test]
fn missing_or_non_integer_schema_version_gets_a_clear_message() {
    let path = Path::new("/p/project.json");
    let cases = [
        (
            r#"{"creator": {"display_name": "A"}}"#,
            "project.json has no schema_version, so Pitchkit cannot tell which format it is in. It should say \"schema_version\": 3.",
        ),
        (
            r#"{"schema_version": "two"}"#,
            "project.json has schema_version \"two\", which is not a whole number, so Pitchkit",
        ),
        (
            r#"{"schema_version": 2.5}"#,
            "project.json has schema_version 2.5, which is not a whole number",
        ),
        (
            r#"{"schema_version": -1}"#,
            "project.json has schema_version -1, which is not a whole number",
        ),
    ];
    for (text, start) in cases {
        let error = storage::parse_project(text.as_bytes(), path).unwrap_err();
        assert!(
            matches!(error, StorageError::BadSchemaVersion { .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.starts_with(start), "{message}");
        assert!(message.ends_with(": /p/project.json"), "{message}");
    }
}

#[test]
fn version_0_is_not_a_pitchkit_format() {
    let message = storage::parse_project(br#"{"schema_version": 0}"#, Path::new("/p/project.json"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("format 0 was never written by Pitchkit"),
        "{message}"
    );
    assert!(message.ends_with(": /p/project.json"), "{message}");
}

#[test]
fn current_minimal_file_fills_defaults() {
    let project = storage::parse_project(
        &fs::read(fixture("minimal-v2.json")).unwrap(),
        Path::new("/p/project.json"),
    )
    .unwrap();
    assert_eq!(project, Project::new("Sam Rivera"));
}
