//! Validation after parsing: every kind of issue, with its exact path and message.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::dates::date;
use pitchkit::model::{
    AestheticSample, Audience, Collaboration, Currency, FollowerSnapshot, MediaRef, Money, Percent,
    Platform, PlatformKind, Post, PostKind, Project, Provenance, RatePackage, Share,
};
use pitchkit::storage::{ValidationIssue, validate};
use time::Date;

const TODAY: Date = date(2026, 3, 12);

fn base() -> Project {
    Project::new("Maya Okafor")
}

fn audience(platform: Option<PlatformKind>) -> Audience {
    Audience {
        platform,
        ages: vec![],
        genders: vec![],
        countries: vec![],
        cities: vec![],
        provenance: Provenance::typed(TODAY),
        extra: Default::default(),
    }
}

fn collaboration(brand: &str, day: Date) -> Collaboration {
    Collaboration {
        brand: brand.into(),
        category: String::new(),
        date: day,
        platforms: vec![],
        deliverables: String::new(),
        results: Default::default(),
        provenance: Provenance::typed(day),
        link: String::new(),
        testimonial: None,
        show_in_kit: true,
        competing: false,
        extra: Default::default(),
    }
}

fn only_issue(project: &Project) -> ValidationIssue {
    let issues = validate(project, TODAY);
    assert_eq!(issues.len(), 1, "{issues:#?}");
    issues.into_iter().next().unwrap()
}

fn issue(path: &str, message: &str) -> ValidationIssue {
    ValidationIssue {
        path: path.into(),
        message: message.into(),
    }
}

#[test]
fn a_sound_project_has_no_issues_and_today_is_not_the_future() {
    let mut project = base();
    let mut platform = Platform::new(PlatformKind::Instagram, 12_000, TODAY);
    platform.posts.push(Post::new(TODAY, PostKind::Reel));
    project.platforms.push(platform);
    let mut overall = audience(None);
    // 100.5 % from rounding is allowed.
    overall.ages = vec![
        Share::new("18–24", Percent(5_025)),
        Share::new("25–34", Percent(5_025)),
    ];
    project.audiences.push(overall);
    project
        .collaborations
        .push(collaboration("Bean & Co", TODAY));
    assert_eq!(validate(&project, TODAY), vec![]);
}

#[test]
fn empty_display_name() {
    let project = Project::new("  ");
    assert_eq!(
        only_issue(&project),
        issue(
            "creator.display_name",
            "The creator's display name is empty. Type the name to show on the kit's cover."
        )
    );
}

#[test]
fn share_group_over_100_percent() {
    let mut project = base();
    let mut overall = audience(None);
    overall.ages = vec![
        Share::new("18–24", Percent(3_000)),
        Share::new("25–34", Percent(5_200)),
        Share::new("35–44", Percent(3_000)),
    ];
    project.audiences.push(overall);
    assert_eq!(
        only_issue(&project),
        issue(
            "audiences[0].ages",
            "Audience (overall): age shares add up to 112.0%, more than 100%. Lower one of them."
        )
    );
}

#[test]
fn every_share_group_is_checked_and_platform_audiences_are_named() {
    let mut project = base();
    project.audiences.push(audience(None));
    let mut tiktok = audience(Some(PlatformKind::Tiktok));
    tiktok.genders = vec![
        Share::new("Women", Percent(6_000)),
        Share::new("Men", Percent(4_100)),
    ];
    tiktok.countries = vec![Share::new("UK", Percent(10_060))];
    tiktok.cities = vec![
        Share::new("Leeds", Percent(5_100)),
        Share::new("York", Percent(5_000)),
    ];
    project.audiences.push(tiktok);
    let issues = validate(&project, TODAY);
    assert_eq!(
        issues,
        vec![
            issue(
                "audiences[1].genders",
                "Audience (TikTok): gender shares add up to 101.0%, more than 100%. Lower one of them."
            ),
            issue(
                "audiences[1].countries[0].percent",
                "Audience (TikTok): the country share “UK” is 100.6%, more than 100%. Lower it."
            ),
            issue(
                "audiences[1].countries",
                "Audience (TikTok): country shares add up to 100.6%, more than 100%. Lower one of them."
            ),
            issue(
                "audiences[1].cities",
                "Audience (TikTok): city shares add up to 101.0%, more than 100%. Lower one of them."
            ),
        ]
    );
}

#[test]
fn single_share_over_100_percent() {
    let mut project = base();
    let mut overall = audience(None);
    overall.ages = vec![Share::new("25–34", Percent(15_000))];
    project.audiences.push(overall);
    let issues = validate(&project, TODAY);
    assert_eq!(issues[0].path, "audiences[0].ages[0].percent");
    assert_eq!(
        issues[0].message,
        "Audience (overall): the age share “25–34” is 150.0%, more than 100%. Lower it."
    );
}

#[test]
fn future_dates_everywhere_are_found() {
    let tomorrow = date(2026, 3, 13);
    let mut project = base();
    let mut platform = Platform::new(PlatformKind::Youtube, 4_000, TODAY);
    platform.followers_provenance.as_of = tomorrow;
    platform.snapshots.push(FollowerSnapshot {
        date: tomorrow,
        followers: 4_100,
    });
    platform.posts.push(Post::new(TODAY, PostKind::Video));
    let mut titled = Post::new(date(2027, 4, 3), PostKind::Video);
    titled.title = "Morning brew".into();
    platform.posts.push(titled);
    platform.posts.push(Post::new(tomorrow, PostKind::Short));
    platform.posts_provenance.as_of = tomorrow;
    project.platforms.push(platform);
    let mut overall = audience(None);
    overall.provenance.as_of = tomorrow;
    project.audiences.push(overall);
    let mut collab = collaboration("Bean & Co", tomorrow);
    collab.provenance.as_of = TODAY;
    project.collaborations.push(collab);
    project.collaborations.push({
        let mut c = collaboration("Loop", TODAY);
        c.provenance.as_of = tomorrow;
        c
    });

    let found: Vec<(String, String)> = validate(&project, TODAY)
        .into_iter()
        .map(|i| (i.path, i.message))
        .collect();
    let after = "after today (12 Mar 2026). Correct the date.";
    let expected: Vec<(String, String)> = [
        (
            "platforms[0].followers_provenance.as_of",
            format!("YouTube: the subscriber count is marked as of 13 Mar 2026, {after}"),
        ),
        (
            "platforms[0].snapshots[0].date",
            format!("YouTube: subscriber snapshot 1 is dated 13 Mar 2026, {after}"),
        ),
        (
            "platforms[0].posts[1].date",
            format!("YouTube post “Morning brew” is dated 3 Apr 2027, {after}"),
        ),
        (
            "platforms[0].posts[2].date",
            format!("YouTube post 3 is dated 13 Mar 2026, {after}"),
        ),
        (
            "platforms[0].posts_provenance.as_of",
            format!("YouTube: the post figures are marked as of 13 Mar 2026, {after}"),
        ),
        (
            "audiences[0].provenance.as_of",
            format!("Audience (overall): the figures are marked as of 13 Mar 2026, {after}"),
        ),
        (
            "collaborations[0].date",
            format!("The collaboration with Bean & Co is dated 13 Mar 2026, {after}"),
        ),
        (
            "collaborations[1].provenance.as_of",
            format!(
                "The collaboration with Loop: the results are marked as of 13 Mar 2026, {after}"
            ),
        ),
    ]
    .into_iter()
    .map(|(p, m)| (p.to_owned(), m))
    .collect();
    assert_eq!(found, expected);
}

#[test]
fn empty_brand_name() {
    let mut project = base();
    project
        .collaborations
        .push(collaboration("Bean & Co", TODAY));
    project.collaborations.push(collaboration(" ", TODAY));
    assert_eq!(
        only_issue(&project),
        issue(
            "collaborations[1].brand",
            "Collaboration 2 has no brand name. Type the brand's name, or remove the collaboration."
        )
    );
}

#[test]
fn other_platform_without_a_name_wherever_it_appears() {
    let blank = || PlatformKind::Other(String::new());
    let mut project = base();
    project
        .platforms
        .push(Platform::new(PlatformKind::Instagram, 1, TODAY));
    project.platforms.push(Platform::new(blank(), 1, TODAY));
    project.audiences.push(audience(Some(blank())));
    project.samples.push(AestheticSample {
        media: MediaRef {
            file: "ab12.jpg".into(),
            width_px: 10,
            height_px: 10,
            thumb_file: String::new(),
            palette: Vec::new(),
        },
        caption: String::new(),
        platform: Some(blank()),
        link: String::new(),
        extra: Default::default(),
    });
    let mut collab = collaboration("Loop", TODAY);
    collab.platforms = vec![PlatformKind::Tiktok, blank()];
    project.collaborations.push(collab);
    let type_it = "an “Other” platform without a name. Type the platform's name.";
    assert_eq!(
        validate(&project, TODAY),
        vec![
            issue("platforms[1].kind", &format!("Platform 2 is {type_it}")),
            issue(
                "audiences[0].platform",
                &format!("Audience 1 is for {type_it}")
            ),
            issue(
                "samples[0].platform",
                &format!("Aesthetic photo 1 is from {type_it}")
            ),
            issue(
                "collaborations[0].platforms[1]",
                &format!("The collaboration with Loop lists {type_it}")
            ),
        ]
    );
}

#[test]
fn unsafe_media_file_names() {
    let mut project = base();
    project.creator.profile_photo = Some(MediaRef {
        file: "../../etc/passwd".into(),
        width_px: 1,
        height_px: 1,
        thumb_file: String::new(),
        palette: Vec::new(),
    });
    for file in ["ok1234.jpg", "sub/a.jpg", "a\\b.jpg", "", "..jpg"] {
        project.samples.push(AestheticSample {
            media: MediaRef {
                file: file.into(),
                width_px: 1,
                height_px: 1,
                thumb_file: String::new(),
                palette: Vec::new(),
            },
            caption: String::new(),
            platform: None,
            link: String::new(),
            extra: Default::default(),
        });
    }
    let outside = "which points outside the project's media folder. Import the photo again.";
    assert_eq!(
        validate(&project, TODAY),
        vec![
            issue(
                "creator.profile_photo.file",
                &format!("The profile photo has the file name “../../etc/passwd”, {outside}")
            ),
            issue(
                "samples[1].media.file",
                &format!("Aesthetic photo 2 has the file name “sub/a.jpg”, {outside}")
            ),
            issue(
                "samples[2].media.file",
                &format!("Aesthetic photo 3 has the file name “a\\b.jpg”, {outside}")
            ),
            issue(
                "samples[3].media.file",
                "Aesthetic photo 4 has no file name. Import the photo again."
            ),
            issue(
                "samples[4].media.file",
                &format!("Aesthetic photo 5 has the file name “..jpg”, {outside}")
            ),
        ]
    );
}

#[test]
fn rate_package_without_name_or_with_a_range_upside_down() {
    let mut project = base();
    let package = |name: &str, max: Option<u64>| RatePackage {
        name: name.into(),
        deliverables: vec![],
        price: Money {
            amount_minor: 45_000,
            currency: Currency::new("GBP").unwrap(),
        },
        price_max_minor: max,
        usage_rights: String::new(),
        exclusivity: String::new(),
        extra: Default::default(),
    };
    project
        .rate_card
        .packages
        .push(package("Launch bundle", Some(30_000)));
    project.rate_card.packages.push(package("", Some(45_000)));
    assert_eq!(
        validate(&project, TODAY),
        vec![
            issue(
                "rate_card.packages[0].price_max_minor",
                "Rate package “Launch bundle”: the top of its price range (£300) is below its starting price (£450). Correct one of them."
            ),
            issue(
                "rate_card.packages[1].name",
                "Rate package 2 has no name. Type one, e.g. “Launch bundle”."
            ),
        ]
    );
}

#[test]
fn tiers_must_rise() {
    let mut project = base();
    project.analytics.tiers.macro_min = 5_000;
    assert_eq!(
        only_issue(&project),
        issue(
            "analytics.tiers",
            "The follower tiers must rise from nano to mega, but they start at 1,000 (nano), 10,000 (micro), 5,000 (macro) and 1,000,000 (mega). Correct the tier boundaries."
        )
    );
}

#[test]
fn issue_displays_as_its_message() {
    let shown = issue("creator.display_name", "The name is empty.").to_string();
    assert_eq!(shown, "The name is empty.");
}
