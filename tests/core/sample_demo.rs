//! The embedded demo project: it parses, is complete, believable and self-consistent.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::model::{Audience, PlatformKind, Post, Project, SCHEMA_MINOR, SCHEMA_VERSION, Share};
use pitchkit::sample::{
    DEMO_AS_OF, DEMO_MEDIA_LICENSES, DEMO_PROJECT_JSON, demo_media, demo_project,
};
use time::Date;

const LATEST_ALLOWED: Date = date(2026, 11, 25);

fn demo() -> Project {
    demo_project().unwrap()
}

#[test]
fn demo_parses_in_the_current_schema_and_is_canonical_json() {
    let project = demo();
    assert_eq!(project.schema_version, SCHEMA_VERSION);
    assert_eq!(project.schema_version, 3);
    assert_eq!(project.schema_minor, SCHEMA_MINOR);
    assert_eq!(project.schema_minor, 0);
    assert!(project.extra.is_empty());
    let rewritten = serde_json::to_string_pretty(&project).unwrap() + "\n";
    assert!(
        rewritten == DEMO_PROJECT_JSON,
        "project.json is not what the model writes"
    );
}

#[test]
fn demo_creator_is_complete() {
    let c = demo().creator;
    assert_eq!(c.display_name, "Maya Okafor");
    for (field, text) in [
        ("handle", &c.handle),
        ("tagline", &c.tagline),
        ("location", &c.location),
        ("niche", &c.niche),
        ("content style", &c.content_style),
    ] {
        assert!(!text.is_empty(), "{field} is empty");
    }
    let words = c.bio.split_whitespace().count();
    assert!((70..=90).contains(&words), "bio has {words} words");
    assert!(c.email.ends_with("@example.com"));
    assert!(c.website.contains("example."));
    assert!(!c.languages.is_empty() && c.topics.len() >= 3);
    let photo = c.profile_photo.expect("profile photo");
    assert!(demo_media().iter().any(|(name, _)| *name == photo.file));
}

#[test]
fn demo_has_three_platforms_with_at_least_twelve_posts_each() {
    let project = demo();
    let kinds: Vec<_> = project.platforms.iter().map(|p| p.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            PlatformKind::Instagram,
            PlatformKind::Tiktok,
            PlatformKind::Youtube
        ]
    );
    for p in &project.platforms {
        assert!(
            p.posts.len() >= 12,
            "{} has {} posts",
            p.kind,
            p.posts.len()
        );
        assert!(!p.handle.is_empty());
        assert!(
            p.profile_url.starts_with("https://www."),
            "{}",
            p.profile_url
        );
        assert!(
            p.posts.iter().any(|post| post.sponsored),
            "{} has no sponsored post",
            p.kind
        );
        assert!(
            p.posts.iter().any(|post| post.replies.is_some()),
            "{} has no replies",
            p.kind
        );
        assert_eq!(p.followers_provenance.as_of, DEMO_AS_OF);
        assert!(
            p.posts.windows(2).all(|w| w[0].date < w[1].date),
            "{} posts out of order",
            p.kind
        );
        for post in &p.posts {
            assert!(
                post.replies.unwrap_or(0) <= post.comments.unwrap_or(0),
                "{}",
                post.title
            );
            if let (Some(reach), Some(views)) = (post.reach, post.views) {
                assert!(reach <= views, "{}: reach above views", post.title);
            }
        }
    }
    let followers: Vec<u64> = project.platforms.iter().map(|p| p.followers).collect();
    assert_eq!(followers, [24_812, 61_240, 8_930]);
}

#[test]
fn posts_span_about_three_months_before_the_as_of_date() {
    for p in &demo().platforms {
        let first = p.posts.first().unwrap().date;
        let last = p.posts.last().unwrap().date;
        assert!(
            first >= date(2026, 8, 1) && first <= date(2026, 8, 31),
            "{first}"
        );
        assert!(last < DEMO_AS_OF && last >= date(2026, 11, 1), "{last}");
    }
}

fn interactions(post: &Post) -> u64 {
    [post.likes, post.comments, post.shares, post.saves]
        .iter()
        .flatten()
        .sum()
}

#[allow(clippy::cast_precision_loss)]
fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// Engagement per post in percent, by the platform's customary method.
#[allow(clippy::cast_precision_loss)]
fn rates(project: &Project, kind: &PlatformKind, sponsored: bool) -> Vec<f64> {
    let p = project.platform(kind).unwrap();
    p.posts
        .iter()
        .filter(|post| post.sponsored == sponsored)
        .map(|post| match kind {
            PlatformKind::Instagram => {
                (post.likes.unwrap() + post.comments.unwrap()) as f64 / p.followers as f64 * 100.0
            }
            _ => interactions(post) as f64 / post.views.unwrap() as f64 * 100.0,
        })
        .collect()
}

#[test]
fn engagement_is_realistic_and_sponsored_posts_dip_a_little() {
    let project = demo();
    for (kind, low, high) in [
        (PlatformKind::Instagram, 3.0, 5.0),
        (PlatformKind::Tiktok, 6.0, 9.0),
        (PlatformKind::Youtube, 4.5, 5.5),
    ] {
        let organic = rates(&project, &kind, false);
        let sponsored = rates(&project, &kind, true);
        let all = mean(&[organic.clone(), sponsored.clone()].concat());
        assert!((low..=high).contains(&all), "{kind}: {all:.2} %");
        let (organic, sponsored) = (mean(&organic), mean(&sponsored));
        assert!(
            sponsored < organic,
            "{kind}: sponsored {sponsored:.2} ≥ organic {organic:.2}"
        );
        assert!(
            sponsored > organic * 0.75,
            "{kind}: sponsored posts flop ({sponsored:.2} %)"
        );
    }
}

#[test]
fn snapshots_cover_six_months_and_grow_to_the_current_count() {
    for p in &demo().platforms {
        let first = p.snapshots.first().unwrap();
        let last = p.snapshots.last().unwrap();
        assert!((last.date - first.date).whole_days() >= 180, "{}", p.kind);
        assert_eq!(last.date, DEMO_AS_OF);
        assert_eq!(last.followers, p.followers, "{}", p.kind);
        assert!(
            p.snapshots
                .windows(2)
                .all(|w| w[0].date < w[1].date && w[0].followers < w[1].followers)
        );
        let growth = last.followers as f64 / first.followers as f64;
        assert!(
            (1.05..1.40).contains(&growth),
            "{}: ×{growth:.2} in six months",
            p.kind
        );
    }
}

fn sum_bp(shares: &[Share]) -> u32 {
    shares.iter().map(|s| s.percent.0).sum()
}

#[test]
fn audiences_are_complete_and_every_group_sums_to_at_most_100() {
    let project = demo();
    let scopes: Vec<_> = project
        .audiences
        .iter()
        .map(|a| a.platform.clone())
        .collect();
    assert_eq!(
        scopes,
        [
            None,
            Some(PlatformKind::Instagram),
            Some(PlatformKind::Tiktok),
            Some(PlatformKind::Youtube)
        ]
    );
    for a in &project.audiences {
        let Audience {
            ages,
            genders,
            countries,
            cities,
            ..
        } = a;
        let labels: Vec<&str> = ages.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["13–17", "18–24", "25–34", "35–44", "45–54", "55+"]);
        let labels: Vec<&str> = genders.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Women", "Men", "Non-binary/other"]);
        assert_eq!(countries.len(), 5);
        assert!(cities.len() >= 3);
        for group in [ages, genders] {
            assert!(
                (9_900..=10_000).contains(&sum_bp(group)),
                "{:?}: {}",
                a.platform,
                sum_bp(group)
            );
        }
        for group in [countries, cities] {
            assert!(sum_bp(group) <= 10_000);
            assert!(
                group.windows(2).all(|w| w[0].percent >= w[1].percent),
                "top lists sorted"
            );
        }
    }
}

#[test]
fn collaborations_rates_and_settings() {
    let project = demo();
    assert_eq!(project.collaborations.len(), 4);
    assert!(
        project
            .collaborations
            .iter()
            .any(|c| c.testimonial.is_some())
    );
    assert_eq!(
        project
            .collaborations
            .iter()
            .filter(|c| !c.show_in_kit)
            .count(),
        1
    );
    for c in &project.collaborations {
        let r = &c.results;
        assert!(
            r.views.is_some() && r.reach.is_some() && r.engagements.is_some() && r.clicks.is_some()
        );
        assert!(!c.platforms.is_empty() && !c.deliverables.is_empty());
        assert!(c.provenance.as_of >= c.date);
        for kind in &c.platforms {
            let platform = project.platform(kind).unwrap();
            assert!(
                platform
                    .posts
                    .iter()
                    .any(|p| p.sponsored && (p.date - c.date).whole_days().abs() <= 4),
                "{} has no sponsored {kind} post near its date",
                c.brand
            );
        }
    }
    let packages = &project.rate_card.packages;
    assert_eq!(packages.len(), 3);
    assert!(!project.rate_card.on_request);
    for p in packages {
        assert_eq!(p.price.currency.code(), "USD");
        assert!(
            (300..=3_000).contains(&(p.price.amount_minor / 100)),
            "{}",
            p.name
        );
        assert!(
            !p.deliverables.is_empty() && !p.usage_rights.is_empty() && !p.exclusivity.is_empty()
        );
        assert!(
            p.price_max_minor
                .is_none_or(|max| max > p.price.amount_minor)
        );
    }
    assert_eq!(project.kit, Default::default());
    assert_eq!(project.analytics, Default::default());
}

fn all_dates(project: &Project) -> Vec<Date> {
    let mut dates = Vec::new();
    for p in &project.platforms {
        dates.extend([p.followers_provenance.as_of, p.posts_provenance.as_of]);
        dates.extend(p.snapshots.iter().map(|s| s.date));
        dates.extend(p.posts.iter().map(|post| post.date));
    }
    dates.extend(project.audiences.iter().map(|a| a.provenance.as_of));
    for c in &project.collaborations {
        dates.extend([c.date, c.provenance.as_of]);
    }
    dates
}

#[test]
fn no_date_is_in_the_future() {
    let project = demo();
    let dates = all_dates(&project);
    assert!(dates.len() > 100);
    for d in dates {
        assert!(d <= LATEST_ALLOWED, "{d} is after {LATEST_ALLOWED}");
    }
    assert_eq!(project.data_as_of(), Some(DEMO_AS_OF));
}

#[test]
fn samples_are_six_embedded_images_of_the_stated_size() {
    let project = demo();
    assert_eq!(project.samples.len(), 6);
    assert_eq!(demo_media().len(), 6);
    let mut refs: Vec<_> = project.samples.iter().map(|s| s.media.clone()).collect();
    refs.extend(project.creator.profile_photo.clone());
    for media in refs {
        let (_, bytes) = demo_media()
            .iter()
            .find(|(name, _)| *name == media.file)
            .unwrap_or_else(|| panic!("{} is not embedded", media.file));
        let image = image::load_from_memory(bytes).unwrap();
        assert_eq!(
            (image.width(), image.height()),
            (media.width_px, media.height_px),
            "{}",
            media.file
        );
    }
    for s in &project.samples {
        assert!(!s.caption.is_empty() && s.platform.is_some());
    }
}

#[test]
fn media_files_are_named_by_their_sha256_and_licensed() {
    for (name, bytes) in demo_media() {
        let (stem, ext) = name.split_once('.').unwrap();
        assert_eq!(stem, sha256_hex(bytes), "{name}");
        assert!(matches!(ext, "png" | "jpg"));
        assert!(
            DEMO_MEDIA_LICENSES.contains(name),
            "{name} missing from LICENSES.md"
        );
    }
}

#[test]
fn demo_photos_carry_no_metadata() {
    let contains = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    for (name, bytes) in demo_media() {
        for marker in [
            &b"Exif\0"[..],
            b"http://ns.adobe.com/xap",
            b"GPS",
            b"tEXt",
            b"iTXt",
            b"zTXt",
            b"eXIf",
        ] {
            assert!(
                !contains(bytes, marker),
                "{name} carries {:?}",
                String::from_utf8_lossy(marker)
            );
        }
    }
}

#[test]
fn sha256_matches_known_vectors() {
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

/// A plain SHA-256 (FIPS 180-4), enough to check the media names without a dependency.
fn sha256_hex(data: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in message.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (total, add) in h.iter_mut().zip(v) {
            *total = total.wrapping_add(add);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}
