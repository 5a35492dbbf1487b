//! Each kind of analytics export recognised from its content and read with exact figures.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::imports::{ExportFile, FileKind, read_export};
use pitchkit::model::{FollowerSnapshot, PlatformKind, PostKind};
use std::path::Path;
use time::Date;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(name);
    std::fs::read(path).unwrap()
}

/// Reads a fixture under a neutral name (recognition never looks at the name).
pub fn read_one(name: &str, exported_on: Date) -> ExportFile {
    let mut files = read_export("export.csv", &fixture(name), exported_on).unwrap();
    assert_eq!(files.len(), 1);
    files.remove(0)
}

fn used(file: &ExportFile) -> Vec<(&str, Option<&str>)> {
    file.columns
        .iter()
        .map(|c| (c.header.as_str(), c.used_as))
        .collect()
}

#[test]
fn youtube_table_english() {
    let file = read_one("youtube_table_en.csv", date(2026, 11, 1));
    assert_eq!(file.kind, FileKind::YoutubeTable);
    assert_eq!(file.kind.platform(), PlatformKind::Youtube);
    assert_eq!(file.posts.len(), 2, "{:?}", file.problems);
    let brew = &file.posts[0];
    assert_eq!(brew.line, 3);
    assert_eq!(brew.post.date, date(2026, 8, 22));
    assert_eq!(brew.post.title, "Brew day at the roastery");
    assert_eq!(
        brew.post.link,
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    );
    assert_eq!(brew.post.kind, PostKind::Video);
    assert_eq!(
        (
            brew.post.views,
            brew.post.impressions,
            brew.post.likes,
            brew.post.shares,
            brew.post.comments
        ),
        (Some(10_200), Some(150_000), Some(830), Some(60), Some(101))
    );
    let morning = &file.posts[1].post;
    assert_eq!(morning.link, "https://www.youtube.com/watch?v=-abcDEF1234");
    assert_eq!(morning.comments, None, "an empty cell is not zero");
    assert_eq!(file.problems.len(), 1);
    assert_eq!(file.problems[0].line, 5);
    assert!(file.problems[0].message.contains("publish time"));
    let columns = used(&file);
    assert_eq!(columns.len(), 12);
    assert!(columns.contains(&("Subscribers", None)));
    assert!(columns.contains(&("Watch time (hours)", None)));
    assert!(columns.contains(&("Comments added", Some("Comments"))));
}

#[test]
fn youtube_table_german_and_spanish() {
    let de = read_one("youtube_table_de.csv", date(2026, 11, 1));
    assert_eq!(de.kind, FileKind::YoutubeTable);
    assert_eq!(de.posts.len(), 1, "the Gesamt row is skipped");
    let post = &de.posts[0].post;
    assert_eq!(
        (
            post.date,
            post.views,
            post.likes,
            post.shares,
            post.comments
        ),
        (date(2026, 9, 1), Some(7_400), Some(610), Some(44), Some(52))
    );
    let es = read_one("youtube_table_es.csv", date(2026, 11, 1));
    assert_eq!(es.posts.len(), 1);
    let post = &es.posts[0].post;
    assert_eq!(post.title, "Café de especialidad");
    assert_eq!(
        (
            post.date,
            post.views,
            post.likes,
            post.shares,
            post.comments
        ),
        (
            date(2026, 10, 5),
            Some(2_500),
            Some(190),
            Some(12),
            Some(30)
        )
    );
    assert_eq!(
        es.posts[0].line, 3,
        "CRLF line endings count as one line each"
    );
}

#[test]
fn youtube_chart_and_totals_are_recognised_with_a_note() {
    let chart = read_one("youtube_chart.csv", date(2026, 11, 1));
    assert_eq!(chart.kind, FileKind::YoutubeChart);
    assert!(chart.posts.is_empty());
    assert!(chart.notes[0].contains("per day"));
    let totals = read_one("youtube_totals.csv", date(2026, 11, 1));
    assert_eq!(totals.kind, FileKind::YoutubeTotals);
    assert!(totals.notes[0].contains("Subscribers"));
    assert!(
        totals.snapshots.is_empty(),
        "a daily change is not a follower count"
    );
}

#[test]
fn tiktok_content_years_from_ids_and_counted_back() {
    let file = read_one("tiktok_content.csv", date(2026, 3, 1));
    assert_eq!(file.kind, FileKind::TiktokContent);
    assert_eq!(file.kind.platform(), PlatformKind::Tiktok);
    let dates: Vec<Date> = file.posts.iter().map(|p| p.post.date).collect();
    // The first link's ID says 2025; the others count back from 1 March 2026.
    assert_eq!(
        dates,
        vec![date(2025, 2, 28), date(2026, 2, 20), date(2025, 12, 30)]
    );
    let latte = &file.posts[0].post;
    assert_eq!(
        (latte.likes, latte.comments, latte.shares, latte.views),
        (Some(1_240), Some(88), Some(12), Some(15_300))
    );
    assert_eq!(latte.kind, PostKind::Short);
    assert_eq!(file.posts[1].post.likes, None, "“undefined” is not zero");
    assert_eq!(file.posts[2].post.comments, None);
    assert!(
        file.notes
            .iter()
            .any(|n| n.contains("video ID") && n.contains("1 post"))
    );
    assert!(
        file.notes
            .iter()
            .any(|n| n.contains("counted back") && n.contains("2 posts"))
    );
    assert_eq!(used(&file)[0], ("Time", None));
}

#[test]
fn tiktok_business_dates_with_years() {
    let text = "\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\"\n\"x\",\"A\",\"https://www.tiktok.com/@a\",\"2026/05/10\",\"7\"\n";
    let file = read_export("c.csv", text.as_bytes(), date(2026, 6, 1))
        .unwrap()
        .remove(0);
    assert_eq!(file.posts[0].post.date, date(2026, 5, 10));
    assert!(file.notes.iter().all(|n| !n.contains("no year")));
}

#[test]
fn tiktok_follower_history_and_audience() {
    let history = read_one("tiktok_follower_history.csv", date(2026, 3, 1));
    assert_eq!(history.kind, FileKind::TiktokFollowerHistory);
    assert_eq!(
        history.snapshots,
        vec![
            FollowerSnapshot {
                date: date(2026, 2, 27),
                followers: 12_480
            },
            FollowerSnapshot {
                date: date(2026, 2, 28),
                followers: 12_502
            },
            FollowerSnapshot {
                date: date(2026, 3, 1),
                followers: 12_499
            },
        ]
    );
    let genders = read_one("tiktok_follower_gender.csv", date(2026, 3, 1));
    let shares: Vec<(&str, f64)> = genders
        .genders
        .iter()
        .map(|s| (s.label.as_str(), s.percent.as_percent()))
        .collect();
    assert_eq!(
        shares,
        vec![("Female", 59.0), ("Male", 38.0), ("Other", 3.0)]
    );
    let places = read_one("tiktok_follower_territories.csv", date(2026, 3, 1));
    assert_eq!(places.kind, FileKind::TiktokTerritories);
    let shares: Vec<(&str, f64)> = places
        .countries
        .iter()
        .map(|s| (s.label.as_str(), s.percent.as_percent()))
        .collect();
    assert_eq!(shares, vec![("US", 41.2), ("GB", 10.0)]);
}

#[test]
fn tiktok_yearless_dates_in_other_languages() {
    let text = "\"Date\",\"Followers\",\"Difference in followers from previous day\"\n\"9月13日\",\"100\",\"1\"\n\"18 января\",\"120\",\"2\"\n\"28 de febrero\",\"130\",\"3\"\n\"3. März\",\"140\",\"1\"\n";
    let file = read_export("h.csv", text.as_bytes(), date(2026, 3, 1))
        .unwrap()
        .remove(0);
    let dates: Vec<Date> = file.snapshots.iter().map(|s| s.date).collect();
    assert_eq!(
        dates,
        vec![
            date(2025, 3, 3),
            date(2025, 9, 13),
            date(2026, 1, 18),
            date(2026, 2, 28)
        ]
    );
}

#[test]
fn tiktok_overview_viewers_and_activity() {
    let overview = read_one("tiktok_overview_business.csv", date(2026, 6, 1));
    assert_eq!(overview.kind, FileKind::TiktokOverview);
    assert!(!overview.kind.keeps_nothing());
    assert_eq!(overview.columns.last().unwrap().header, "Website clicks");
    for (name, kind) in [
        ("tiktok_viewers.csv", FileKind::TiktokViewers),
        (
            "tiktok_follower_activity.csv",
            FileKind::TiktokFollowerActivity,
        ),
    ] {
        let file = read_one(name, date(2026, 3, 1));
        assert_eq!(file.kind, kind);
        assert!(kind.keeps_nothing());
        assert!(
            file.notes[0].contains("nothing is taken"),
            "{:?}",
            file.notes
        );
        assert!(file.columns.iter().all(|c| c.used_as.is_none()));
    }
}

#[test]
fn meta_content_english() {
    let file = read_one("meta_content_en.csv", date(2025, 5, 1));
    assert_eq!(file.kind, FileKind::MetaContent);
    assert_eq!(file.kind.platform(), PlatformKind::Instagram);
    assert_eq!(file.posts.len(), 3);
    let first = &file.posts[0];
    assert_eq!(first.line, 2);
    assert_eq!(first.post.title, "Brew day, part 2");
    assert_eq!(first.post.date, date(2025, 3, 25));
    assert_eq!(first.post.kind, PostKind::Carousel);
    assert_eq!(
        (
            first.post.views,
            first.post.reach,
            first.post.likes,
            first.post.shares,
            first.post.comments,
            first.post.saves
        ),
        (
            Some(15_000),
            Some(9_800),
            Some(1_204),
            Some(33),
            Some(87),
            Some(210)
        )
    );
    assert_eq!(file.posts[1].post.kind, PostKind::Reel);
    assert_eq!(
        file.posts[1].line, 4,
        "the quoted caption spanning lines is one row"
    );
    assert_eq!(file.posts[2].post.kind, PostKind::Story);
    assert_eq!(file.posts[2].post.likes, None);
    assert_eq!(file.problems.len(), 1);
    assert_eq!(file.problems[0].line, 6);
    assert!(file.problems[0].message.contains("line 4"));
    assert!(used(&file).contains(&("Date", None)));
    assert!(used(&file).contains(&("Follows", None)));
}

#[test]
fn meta_content_portuguese_spanish_german_and_old() {
    let pt = read_one("meta_content_pt.csv", date(2025, 5, 1));
    assert_eq!(pt.kind, FileKind::MetaContent);
    let p = &pt.posts[0].post;
    assert_eq!(
        (p.date, p.kind, p.views, p.reach, p.likes),
        (
            date(2025, 3, 5),
            PostKind::Photo,
            Some(2_300),
            Some(1_950),
            Some(410)
        )
    );
    assert_eq!(
        (
            pt.posts[1].post.views,
            pt.posts[1].post.likes,
            pt.posts[1].post.kind
        ),
        (Some(12_480), Some(1_002), PostKind::Reel)
    );
    assert!(pt.notes.iter().any(|n| n.contains("day/month")));
    let es = read_one("meta_content_es.csv", date(2025, 5, 1));
    let p = &es.posts[0].post;
    assert_eq!(
        (p.date, p.kind, p.views, p.saves),
        (date(2025, 3, 25), PostKind::Reel, Some(3_000), Some(40))
    );
    let de = read_one("meta_content_de.csv", date(2025, 5, 1));
    let p = &de.posts[0].post;
    assert_eq!(
        (p.date, p.kind, p.views, p.reach, p.likes),
        (
            date(2025, 4, 2),
            PostKind::Carousel,
            Some(1_500),
            Some(1_200),
            Some(95)
        )
    );
    let old = read_one("meta_content_old.csv", date(2025, 5, 1));
    let p = &old.posts[0].post;
    assert_eq!(
        (p.impressions, p.views, p.reach),
        (Some(20_000), Some(22_500), Some(15_000))
    );
}

#[test]
fn meta_daily_utf16_followers_and_other_metrics() {
    let followers = read_one("meta_daily_followers.csv", date(2025, 5, 1));
    assert_eq!(followers.kind, FileKind::MetaDaily);
    assert_eq!(
        followers.snapshots,
        vec![
            FollowerSnapshot {
                date: date(2025, 3, 1),
                followers: 4_810
            },
            FollowerSnapshot {
                date: date(2025, 3, 3),
                followers: 4_832
            },
        ]
    );
    let reach = read_one("meta_daily_reach.csv", date(2025, 5, 1));
    assert!(reach.snapshots.is_empty());
    assert!(reach.notes[0].contains("Instagram reach"));
}

#[test]
fn instagram_download_your_information() {
    let file = read_export(
        "posts.json",
        &fixture("instagram_posts.json"),
        date(2025, 5, 1),
    )
    .unwrap()
    .remove(0);
    assert_eq!(file.kind, FileKind::InstagramDyiPosts);
    assert_eq!(file.posts.len(), 1);
    let p = &file.posts[0].post;
    assert_eq!(p.title, "Café — latte art", "mojibake undone");
    assert_eq!(p.date, date(2025, 3, 13));
    assert_eq!(
        (
            p.impressions,
            p.reach,
            p.likes,
            p.comments,
            p.saves,
            p.shares
        ),
        (
            Some(1_234),
            Some(980),
            Some(120),
            Some(8),
            Some(15),
            Some(3)
        )
    );
    assert_eq!(file.problems.len(), 1);
    assert_eq!(file.problems[0].line, 2);
    assert!(used(&file).contains(&("Profile visits", None)));
    let de = read_export(
        "posts.json",
        &fixture("instagram_posts_de.json"),
        date(2025, 5, 1),
    )
    .unwrap()
    .remove(0);
    let p = &de.posts[0].post;
    assert_eq!(
        (p.impressions, p.reach, p.likes),
        (Some(2_345), Some(1_020), Some(1_002))
    );
}

#[test]
fn x_exports() {
    let overview = read_one("x_overview.csv", date(2025, 3, 1));
    assert_eq!(overview.kind, FileKind::XOverview);
    assert!(overview.snapshots.is_empty() && overview.posts.is_empty());
    assert!(overview.notes[0].contains("no follower counts"));
    let with_followers = "Date,Impressions,Engagements,New follows,Followers\n\"Tue, Feb 18, 2025\",1,1,1,1500\n\"Mon, Feb 17, 2025\",1,1,1,1490\n";
    let file = read_export("x.csv", with_followers.as_bytes(), date(2025, 3, 1))
        .unwrap()
        .remove(0);
    assert_eq!(
        file.snapshots.first().map(|s| (s.date, s.followers)),
        Some((date(2025, 2, 17), 1_490)),
        "oldest first"
    );
    let content = read_one("x_content.csv", date(2025, 3, 1));
    assert_eq!(content.kind, FileKind::XContent);
    let p = &content.posts[0].post;
    assert_eq!(
        (
            p.date,
            p.impressions,
            p.likes,
            p.saves,
            p.shares,
            p.comments
        ),
        (
            date(2025, 2, 18),
            Some(5_400),
            Some(120),
            Some(18),
            Some(22),
            Some(14)
        )
    );
    assert_eq!(
        content.posts[1].post.link,
        "https://x.com/i/status/1891234567890123457"
    );
    let renamed = read_one("x_content_2026.csv", date(2026, 2, 1));
    assert_eq!(
        renamed.posts[0].post.link,
        "https://x.com/orbitandoat/status/2011234567890123456"
    );
    let legacy = read_one("tweet_activity_metrics.csv", date(2026, 7, 1));
    assert_eq!(legacy.kind, FileKind::XLegacyActivity);
    let p = &legacy.posts[0].post;
    assert_eq!(
        (p.date, p.impressions, p.likes, p.shares, p.comments),
        (date(2026, 6, 20), Some(800), Some(14), Some(3), Some(2))
    );
}

#[test]
fn every_kind_has_a_label() {
    let file = read_one("youtube_table_en.csv", date(2026, 11, 1));
    assert_eq!(file.kind.label(), "YouTube Studio table data");
}
