//! Proptest strategies that generate any valid `Project`, every field included.

use pitchkit::model::{
    AestheticSample, AnalyticsSettings, Audience, BundleItem, CollabResults, Collaboration,
    Creator, Currency, Deliverable, Dismissal, EngagementMethod, Extra, FollowerSnapshot,
    GalleryLook, KitLength, KitSettings, Language, MediaRef, Money, PageSize, Percent, Platform,
    PlatformKind, Post, PostKind, PostWindow, Project, Provenance, RateCard, RatePackage,
    RateTerms, Rgb, Section, SectionSetting, Share, Source, Swatch, Testimonial, Theme, TierBounds,
    UsageRights,
};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use time::Date;

/// Any valid project: the current schema, short lists, every optional field sometimes set.
pub fn arb_project() -> impl Strategy<Value = Project> {
    (
        (0u32..4, arb_creator(), vec(arb_platform(), 0..4)),
        (
            vec(arb_audience(), 0..3),
            vec(arb_sample(), 0..3),
            vec(arb_collaboration(), 0..3),
        ),
        (
            arb_rate_card(),
            arb_kit(),
            arb_analytics(),
            arb_extra(),
            option::of(arb_look()),
            vec(arb_dismissal(), 0..3),
            vec(super::arb_pitch::arb_pitch(), 0..3),
        ),
    )
        .prop_map(
            |(
                (schema_minor, creator, platforms),
                (audiences, samples, collaborations),
                (rate_card, kit, analytics, extra, look, dismissed_warnings, pitches),
            )| Project {
                schema_version: pitchkit::model::SCHEMA_VERSION,
                schema_minor,
                creator,
                platforms,
                audiences,
                samples,
                collaborations,
                rate_card,
                kit,
                analytics,
                look,
                dismissed_warnings,
                pitches,
                extra,
            },
        )
}

/// A dismissed health warning: a key as the health check writes it, any reason.
pub fn arb_dismissal() -> impl Strategy<Value = Dismissal> {
    ("[a-z-]{3,20}:[a-z]{1,9}:[0-9a-z:/.-]{0,30}", arb_text())
        .prop_map(|(key, reason)| Dismissal { key, reason })
}

/// Up to five swatches (colour and share in basis points).
pub fn arb_swatches() -> impl Strategy<Value = Vec<Swatch>> {
    vec((any::<[u8; 3]>(), 0u32..=10_000), 0..5).prop_map(|swatches| {
        swatches
            .into_iter()
            .map(|(rgb, weight_bp)| Swatch {
                rgb: Rgb(rgb),
                weight_bp,
            })
            .collect()
    })
}

/// A gallery look: palette and cohesion 0–100.
pub fn arb_look() -> impl Strategy<Value = GalleryLook> {
    (arb_swatches(), 0u8..=100).prop_map(|(palette, cohesion)| GalleryLook { palette, cohesion })
}

/// Short text with the characters that stress JSON escaping: quotes, backslashes,
/// newlines, accents, dashes and emoji.
pub fn arb_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,&@#'\"\\\\\n\t/–é漢🙂]{0,16}"
}

/// A link field as the validator accepts it: empty, a bare domain or an http(s) address.
pub fn arb_link() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "(https?://)?[a-z0-9]{1,8}(\\.[a-z0-9]([a-z0-9-]{0,5}[a-z0-9])?)?\\.[a-z]{2,4}(/[a-zA-Z0-9_.é-]{0,8}){0,2}",
    ]
}

/// An email field as the validator accepts it: empty or an address.
pub fn arb_email() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9_+-]{1,8}(\\.[a-z0-9]{1,4})?@[a-z0-9]{1,8}\\.[a-z]{2,4}",
    ]
}

/// Text that is never blank (names the validator requires).
pub fn arb_name() -> impl Strategy<Value = String> {
    "[A-Za-zé漢][a-zA-Z0-9 .&'é🙂]{0,12}"
}

/// A date between 2015 and 2026.
pub fn arb_date() -> impl Strategy<Value = Date> {
    let first = Date::from_calendar_date(2015, time::Month::January, 1)
        .unwrap()
        .to_julian_day();
    (first..first + 4_300).prop_map(|day| Date::from_julian_day(day).unwrap())
}

/// Typed, imported (with a file name) or computed.
pub fn arb_source() -> impl Strategy<Value = Source> {
    prop_oneof![
        Just(Source::Typed),
        "[a-z0-9_-]{1,12}\\.(csv|json|zip)".prop_map(|file| Source::Imported { file }),
        Just(Source::Computed),
    ]
}

/// A provenance with any source and date.
pub fn arb_provenance() -> impl Strategy<Value = Provenance> {
    (arb_source(), arb_date()).prop_map(|(source, as_of)| Provenance { source, as_of })
}

/// A named platform, or `Other` with a non-blank name.
pub fn arb_platform_kind() -> impl Strategy<Value = PlatformKind> {
    prop_oneof![
        4 => select(PlatformKind::NAMED.to_vec()),
        1 => arb_name().prop_map(PlatformKind::Other),
    ]
}

/// Unknown fields as a newer Pitchkit might write them (names that no known field has).
pub fn arb_extra() -> impl Strategy<Value = Extra> {
    let value = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        arb_text().prop_map(serde_json::Value::from),
        vec(any::<u32>(), 0..3).prop_map(serde_json::Value::from),
    ];
    prop_oneof![
        3 => Just(Extra::new()),
        1 => btree_map("future_[a-z]{1,8}", value, 1..3),
    ]
}

/// A media file name as the importer writes it: a content hash and an extension.
pub fn arb_media() -> impl Strategy<Value = MediaRef> {
    (
        "[0-9a-f]{16}\\.(jpg|png|webp)",
        any::<u32>(),
        any::<u32>(),
        option::of("[0-9a-f]{16}\\.thumb\\.jpg"),
        arb_swatches(),
    )
        .prop_map(|(file, width_px, height_px, thumb, palette)| MediaRef {
            file,
            width_px,
            height_px,
            thumb_file: thumb.unwrap_or_default(),
            palette,
        })
}

fn arb_creator() -> impl Strategy<Value = Creator> {
    (
        (arb_name(), arb_text(), arb_text(), arb_text(), arb_text()),
        (vec(arb_text(), 0..3), arb_email(), arb_link()),
        (option::of(arb_media()), arb_text(), vec(arb_text(), 0..4)),
        (arb_text(), arb_extra()),
    )
        .prop_map(
            |(
                (display_name, handle, tagline, bio, location),
                (languages, email, website),
                (profile_photo, niche, topics),
                (content_style, extra),
            )| Creator {
                display_name,
                handle,
                tagline,
                bio,
                location,
                languages,
                email,
                website,
                profile_photo,
                niche,
                topics,
                content_style,
                extra,
            },
        )
}

fn arb_count() -> impl Strategy<Value = Option<u64>> {
    option::of(prop_oneof![0u64..100_000, any::<u64>()])
}

fn arb_post() -> impl Strategy<Value = Post> {
    (
        (arb_date(), select(PostKind::ALL.to_vec()), arb_text()),
        (arb_count(), arb_count(), arb_count(), arb_count()),
        (arb_count(), arb_count(), arb_count(), arb_count()),
        (any::<bool>(), arb_link(), arb_extra()),
    )
        .prop_map(
            |(
                (date, kind, title),
                (likes, comments, shares, saves),
                (views, reach, impressions, replies),
                (sponsored, link, extra),
            )| Post {
                date,
                kind,
                title,
                likes,
                comments,
                shares,
                saves,
                views,
                reach,
                impressions,
                replies,
                sponsored,
                link,
                extra,
            },
        )
}

fn arb_platform() -> impl Strategy<Value = Platform> {
    let snapshot = (arb_date(), any::<u64>())
        .prop_map(|(date, followers)| FollowerSnapshot { date, followers });
    (
        (arb_platform_kind(), arb_text(), arb_link(), any::<u64>()),
        (arb_provenance(), vec(snapshot, 0..4), vec(arb_post(), 0..5)),
        (arb_provenance(), arb_extra()),
    )
        .prop_map(
            |(
                (kind, handle, profile_url, followers),
                (followers_provenance, snapshots, posts),
                (posts_provenance, extra),
            )| Platform {
                kind,
                handle,
                profile_url,
                followers,
                followers_provenance,
                snapshots,
                posts,
                posts_provenance,
                extra,
            },
        )
}

/// Shares of a group that add up to at most 100 %.
fn arb_shares() -> impl Strategy<Value = Vec<Share>> {
    vec((arb_text(), 0u32..=2_500), 0..4).prop_map(|items| {
        items
            .into_iter()
            .map(|(label, bp)| Share {
                label,
                percent: Percent(bp),
            })
            .collect()
    })
}

fn arb_audience() -> impl Strategy<Value = Audience> {
    (
        option::of(arb_platform_kind()),
        (arb_shares(), arb_shares(), arb_shares(), arb_shares()),
        arb_provenance(),
        arb_extra(),
    )
        .prop_map(
            |(platform, (ages, genders, countries, cities), provenance, extra)| Audience {
                platform,
                ages,
                genders,
                countries,
                cities,
                provenance,
                extra,
            },
        )
}

fn arb_sample() -> impl Strategy<Value = AestheticSample> {
    (
        arb_media(),
        arb_text(),
        option::of(arb_platform_kind()),
        arb_link(),
        arb_extra(),
    )
        .prop_map(|(media, caption, platform, link, extra)| AestheticSample {
            media,
            caption,
            platform,
            link,
            extra,
        })
}

fn arb_collaboration() -> impl Strategy<Value = Collaboration> {
    let results = (
        arb_count(),
        arb_count(),
        arb_count(),
        arb_count(),
        arb_count(),
    )
        .prop_map(
            |(views, reach, engagements, clicks, conversions)| CollabResults {
                views,
                reach,
                engagements,
                clicks,
                conversions,
            },
        );
    let testimonial =
        (arb_text(), arb_text(), arb_text()).prop_map(|(quote, author, role)| Testimonial {
            quote,
            author,
            role,
        });
    (
        (arb_name(), arb_text(), arb_date()),
        (vec(arb_platform_kind(), 0..3), arb_text(), results),
        (arb_provenance(), arb_link(), option::of(testimonial)),
        (any::<bool>(), any::<bool>(), arb_extra()),
    )
        .prop_map(
            |(
                (brand, category, date),
                (platforms, deliverables, results),
                (provenance, link, testimonial),
                (show_in_kit, competing, extra),
            )| Collaboration {
                brand,
                category,
                date,
                platforms,
                deliverables,
                results,
                provenance,
                link,
                testimonial,
                show_in_kit,
                competing,
                extra,
            },
        )
}

/// Any ISO-shaped currency code, the common ones more often.
pub fn arb_currency() -> impl Strategy<Value = Currency> {
    prop_oneof![
        select(vec!["USD", "EUR", "GBP", "JPY", "INR", "CHF"]).prop_map(str::to_owned),
        "[A-Z]{3}",
    ]
    .prop_map(|code| Currency::new(&code).unwrap())
}

fn arb_rate_card() -> impl Strategy<Value = RateCard> {
    let package = (
        (arb_name(), vec(arb_text(), 0..3)),
        (
            0u64..10_000_000,
            arb_currency(),
            option::of(0u64..5_000_000),
        ),
        (arb_text(), arb_text(), arb_extra()),
    )
        .prop_map(
            |((name, deliverables), (amount_minor, currency, extra_max), (usage, excl, extra))| {
                RatePackage {
                    name,
                    deliverables,
                    price_max_minor: extra_max.map(|m| amount_minor + m),
                    price: Money {
                        amount_minor,
                        currency,
                    },
                    usage_rights: usage,
                    exclusivity: excl,
                    extra,
                }
            },
        );
    (any::<bool>(), vec(package, 0..3), arb_text(), arb_terms()).prop_map(
        |(on_request, packages, notes, terms)| RateCard {
            on_request,
            packages,
            notes,
            terms,
        },
    )
}

/// Rate calculator terms: untouched half the time (then left out of the file), else any.
pub fn arb_terms() -> impl Strategy<Value = RateTerms> {
    let part = (
        arb_platform_kind(),
        select(Deliverable::ALL.to_vec()),
        1u32..20,
    )
        .prop_map(|(platform, deliverable, count)| BundleItem {
            platform,
            deliverable,
            count,
        });
    let any_terms = (
        select(UsageRights::ALL.to_vec()),
        (0u32..5_000, 0u32..5_000),
        any::<bool>(),
        vec(part, 0..4),
        0u32..150,
        arb_extra(),
    )
        .prop_map(
            |(usage, (usage_days, exclusivity_days), rush, mut bundle, discount, extra)| {
                bundle.sort();
                RateTerms {
                    usage,
                    usage_days,
                    exclusivity_days,
                    rush,
                    bundle,
                    bundle_discount_percent: discount,
                    extra,
                }
            },
        );
    prop_oneof![Just(RateTerms::default()), any_terms]
}

/// Kit sections: some of them, in any order, each shown or not.
pub fn arb_sections() -> impl Strategy<Value = Vec<SectionSetting>> {
    subsequence(Section::ALL.to_vec(), 0..=Section::ALL.len())
        .prop_shuffle()
        .prop_flat_map(|order| {
            let n = order.len();
            (Just(order), vec(any::<bool>(), n))
        })
        .prop_map(|(order, visible)| {
            order
                .into_iter()
                .zip(visible)
                .map(|(section, visible)| SectionSetting { section, visible })
                .collect::<Vec<_>>()
        })
}

fn arb_kit() -> impl Strategy<Value = KitSettings> {
    let sections = arb_sections();
    (
        (
            select(vec![PageSize::A4, PageSize::Letter]),
            select(Theme::ALL.to_vec()),
            select(KitLength::ALL.to_vec()),
        ),
        (
            option::of(any::<[u8; 3]>().prop_map(Rgb)),
            sections,
            option::of(select(Language::ALL.to_vec())),
        ),
        (
            select(EngagementMethod::ALL.to_vec()),
            any::<u32>(),
            arb_extra(),
        ),
    )
        .prop_map(
            |(
                (page_size, theme, length),
                (accent, sections, language),
                (engagement_method, size_budget_kb, extra),
            )| {
                KitSettings {
                    page_size,
                    theme,
                    accent,
                    sections,
                    engagement_method,
                    size_budget_kb,
                    length,
                    language,
                    pitch: None,
                    extra,
                }
            },
        )
}

fn arb_analytics() -> impl Strategy<Value = AnalyticsSettings> {
    let window = prop_oneof![
        any::<u32>().prop_map(PostWindow::LastPosts),
        any::<u32>().prop_map(PostWindow::LastDays),
    ];
    let tiers =
        (1u64..5_000, 1u64..50_000, 1u64..500_000, 1u64..5_000_000).prop_map(|(a, b, c, d)| {
            TierBounds {
                nano_min: a,
                micro_min: a + b,
                macro_min: a + b + c,
                mega_min: a + b + c + d,
            }
        });
    (window, tiers).prop_map(|(window, tiers)| AnalyticsSettings { window, tiers })
}
