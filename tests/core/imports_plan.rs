//! What an import changes in a project: posts added, updated or left alone (matched by
//! link, else date and title), never duplicated; snapshots, followers and audience
//! shares; a platform the project lacks; one undo step that puts everything back.

#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::actions::apply;
use pitchkit::imports::{ExportFile, FileKind, ImportedPost, plan_import};
use pitchkit::model::{
    FollowerSnapshot, Percent, Platform, PlatformKind, Post, PostKind, Project, Share, Source,
};
use proptest::prelude::*;
use time::Date;

const ON: Date = date(2026, 11, 30);

fn post(day: u8, title: &str, link: &str, likes: u64) -> Post {
    let mut post = Post::new(
        Date::from_calendar_date(2026, time::Month::October, day).unwrap(),
        PostKind::Short,
    );
    post.title = title.to_owned();
    post.link = link.to_owned();
    post.likes = Some(likes);
    post.views = Some(likes * 10);
    post
}

fn file(kind: FileKind, posts: Vec<Post>) -> ExportFile {
    ExportFile {
        name: "Content.csv".to_owned(),
        kind,
        columns: Vec::new(),
        posts: posts
            .into_iter()
            .enumerate()
            .map(|(i, post)| ImportedPost { line: i + 2, post })
            .collect(),
        snapshots: Vec::new(),
        genders: Vec::new(),
        countries: Vec::new(),
        problems: Vec::new(),
        notes: Vec::new(),
    }
}

fn project_with(kind: PlatformKind, posts: Vec<Post>) -> Project {
    let mut project = Project::default();
    let mut platform = Platform::new(kind, 5_000, date(2026, 11, 1));
    platform.posts = posts;
    project.platforms.push(platform);
    project
}

fn imported(project: &Project, files: &[ExportFile]) -> Project {
    let plan = plan_import(project, files, None, ON);
    let mut after = project.clone();
    if let Some(action) = plan.action {
        apply(&mut after, action).unwrap();
    }
    after
}

#[test]
fn a_platform_the_project_lacks_is_added_with_its_posts_snapshots_and_provenance() {
    let project = Project::default();
    let mut tiktok = file(
        FileKind::TiktokContent,
        vec![
            post(3, "Oat latte", "https://www.tiktok.com/@a/video/1", 120),
            post(1, "Granola", "https://www.tiktok.com/@a/video/2", 80),
        ],
    );
    tiktok.snapshots = vec![
        FollowerSnapshot {
            date: date(2026, 11, 1),
            followers: 9_800,
        },
        FollowerSnapshot {
            date: date(2026, 11, 29),
            followers: 10_250,
        },
    ];
    let plan = plan_import(&project, std::slice::from_ref(&tiktok), None, ON);
    assert_eq!(plan.platforms.len(), 1);
    let p = &plan.platforms[0];
    assert_eq!(p.kind, PlatformKind::Tiktok);
    assert!(p.new_platform);
    assert_eq!((p.added, p.updated, p.unchanged, p.snapshots), (2, 0, 0, 2));
    assert_eq!(p.followers, Some((0, 10_250, date(2026, 11, 29))));

    let after = imported(&project, &[tiktok]);
    let platform = &after.platforms[0];
    assert_eq!(platform.kind, PlatformKind::Tiktok);
    assert_eq!(platform.followers, 10_250);
    assert_eq!(platform.followers_provenance.as_of, date(2026, 11, 29));
    // New posts are appended oldest first.
    let titles: Vec<&str> = platform.posts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Granola", "Oat latte"]);
    assert_eq!(platform.snapshots.len(), 2);
    let Source::Imported { file } = &platform.posts_provenance.source else {
        panic!(
            "posts should say they were imported: {:?}",
            platform.posts_provenance
        );
    };
    assert!(file.starts_with("Content.csv ("), "{file}");
    assert_eq!(platform.posts_provenance.as_of, ON);
    assert!(
        platform
            .posts_provenance
            .describe()
            .contains("imported from Content.csv")
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let project = project_with(PlatformKind::Tiktok, Vec::new());
    let tiktok = file(
        FileKind::TiktokContent,
        vec![
            post(3, "A", "https://tiktok.com/@a/video/1", 10),
            post(4, "B", "", 20),
        ],
    );
    let once = imported(&project, std::slice::from_ref(&tiktok));
    let plan = plan_import(&once, std::slice::from_ref(&tiktok), None, ON);
    assert!(plan.action.is_none(), "{plan:?}");
    assert_eq!(
        (
            plan.platforms[0].added,
            plan.platforms[0].updated,
            plan.platforms[0].unchanged
        ),
        (0, 0, 2)
    );
}

#[test]
fn a_newer_export_updates_posts_matched_by_link_despite_scheme_www_slash_and_tracking() {
    let mut typed = post(
        3,
        "My caption as I typed it",
        "https://www.instagram.com/p/ABC123/",
        100,
    );
    typed.sponsored = true;
    typed.comments = Some(7);
    let project = project_with(PlatformKind::Instagram, vec![typed]);
    let mut newer = post(
        3,
        "Completely different export caption",
        "http://instagram.com/p/ABC123?igsh=xyz",
        180,
    );
    newer.comments = None; // not in this export: the typed figure stays
    let after = imported(&project, &[file(FileKind::MetaContent, vec![newer])]);
    let posts = &after.platforms[0].posts;
    assert_eq!(posts.len(), 1, "matched, not duplicated");
    assert_eq!(posts[0].likes, Some(180));
    assert_eq!(
        posts[0].comments,
        Some(7),
        "missing is not zero: the typed figure stays"
    );
    assert_eq!(posts[0].title, "My caption as I typed it");
    assert!(posts[0].sponsored, "the creator's own flag stays");
}

#[test]
fn without_links_posts_match_by_date_and_title_ignoring_case_and_spaces() {
    let project = project_with(
        PlatformKind::Youtube,
        vec![post(9, "How I  shoot flat lays", "", 50)],
    );
    let export = post(9, "how i shoot flat lays", "", 75);
    let plan = plan_import(
        &project,
        &[file(FileKind::YoutubeTable, vec![export])],
        None,
        ON,
    );
    assert_eq!((plan.platforms[0].added, plan.platforms[0].updated), (0, 1));
    let other_day = post(10, "How I shoot flat lays", "", 75);
    let plan = plan_import(
        &project,
        &[file(FileKind::YoutubeTable, vec![other_day])],
        None,
        ON,
    );
    assert_eq!((plan.platforms[0].added, plan.platforms[0].updated), (1, 0));
}

#[test]
fn duplicated_rows_in_a_file_are_added_once() {
    let project = project_with(PlatformKind::Tiktok, Vec::new());
    let row = post(5, "Same", "https://www.tiktok.com/@a/video/9", 40);
    let after = imported(
        &project,
        &[file(FileKind::TiktokContent, vec![row.clone(), row])],
    );
    assert_eq!(after.platforms[0].posts.len(), 1);
}

#[test]
fn gender_and_country_shares_become_that_platforms_audience() {
    let project = project_with(PlatformKind::Tiktok, Vec::new());
    let mut genders = file(FileKind::TiktokFollowerGender, Vec::new());
    genders.genders = vec![
        Share::new("Female", Percent::from_percent(59.0).unwrap()),
        Share::new("Male", Percent::from_percent(41.0).unwrap()),
    ];
    let plan = plan_import(&project, std::slice::from_ref(&genders), None, ON);
    assert_eq!(plan.platforms[0].genders, 2);
    let after = imported(&project, &[genders.clone()]);
    let audience = after
        .audiences
        .iter()
        .find(|a| a.platform == Some(PlatformKind::Tiktok))
        .unwrap();
    assert_eq!(audience.genders, genders.genders);
    assert!(matches!(
        audience.provenance.source,
        Source::Imported { .. }
    ));
    // Again: the same shares change nothing.
    assert!(plan_import(&after, &[genders], None, ON).action.is_none());
}

#[test]
fn the_platform_option_puts_a_file_on_another_platform() {
    let project = project_with(PlatformKind::Facebook, Vec::new());
    let meta = file(
        FileKind::MetaContent,
        vec![post(2, "Reel", "https://facebook.com/reel/1", 30)],
    );
    let plan = plan_import(&project, &[meta], Some(&PlatformKind::Facebook), ON);
    assert_eq!(plan.platforms[0].kind, PlatformKind::Facebook);
    assert!(!plan.platforms[0].new_platform);
}

#[test]
fn an_older_snapshot_does_not_lower_a_newer_follower_count() {
    let project = project_with(PlatformKind::Tiktok, Vec::new()); // 5,000 as of 1 Nov
    let mut old = file(FileKind::TiktokFollowerHistory, Vec::new());
    old.snapshots = vec![FollowerSnapshot {
        date: date(2026, 10, 1),
        followers: 4_000,
    }];
    let plan = plan_import(&project, std::slice::from_ref(&old), None, ON);
    assert_eq!(plan.platforms[0].snapshots, 1);
    assert_eq!(plan.platforms[0].followers, None);
    let after = imported(&project, &[old]);
    assert_eq!(after.platforms[0].followers, 5_000);
}

fn arb_post() -> impl Strategy<Value = Post> {
    (
        1u8..28,
        0usize..4,
        0u64..1000,
        proptest::option::of(0u64..50),
        any::<bool>(),
    )
        .prop_map(|(day, title, likes, comments, linked)| {
            let mut p = post(day, ["A", "b", "Longer title", ""][title], "", likes);
            if linked {
                p.link = format!("https://www.tiktok.com/@a/video/{day}{title}");
            }
            p.comments = comments;
            p
        })
}

proptest! {
    /// Importing a file twice is the same as importing it once, and undoing the
    /// import's one step gives the project back exactly.
    #[test]
    fn import_is_idempotent_and_one_undo_step(
        existing in proptest::collection::vec(arb_post(), 0..6),
        incoming in proptest::collection::vec(arb_post(), 0..10),
    ) {
        let project = project_with(PlatformKind::Tiktok, existing);
        let files = [file(FileKind::TiktokContent, incoming)];
        let once = imported(&project, &files);
        let twice = imported(&once, &files);
        prop_assert_eq!(&once, &twice);
        let plan = plan_import(&project, &files, None, ON);
        if let Some(action) = plan.action {
            let mut after = project.clone();
            let inverse = apply(&mut after, action).unwrap();
            apply(&mut after, inverse).unwrap();
            prop_assert_eq!(after, project);
        }
    }
}

#[test]
fn a_file_that_gives_nothing_adds_no_empty_platform() {
    let project = Project::default();
    let overview = file(FileKind::XOverview, Vec::new());
    let plan = plan_import(&project, &[overview], None, ON);
    assert!(plan.action.is_none());
    assert!(!plan.platforms[0].new_platform);
    assert!(!plan.platforms[0].changes_anything());
}

#[test]
fn a_new_platform_without_a_follower_count_says_to_type_it() {
    let project = Project::default();
    let posts = file(
        FileKind::XContent,
        vec![post(2, "Thread", "https://x.com/a/status/1", 5)],
    );
    let plan = plan_import(&project, &[posts], None, ON);
    let line = pitchkit::imports::summary::plan_line(&plan.platforms[0]);
    assert!(
        line.starts_with("X (not in the project yet: it will be added): 1 post added"),
        "{line}"
    );
    assert!(
        line.ends_with("these files do not give the number of followers: type it in Platforms"),
        "{line}"
    );
}
