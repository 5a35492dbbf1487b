//! The generator of the demo project's `project.json`, checked against the committed file.
//!
//! The demo is written here in Rust so that the JSON is exactly what the model's
//! serialiser produces. After changing the data (or the model), rewrite the file with
//! `PITCHKIT_BLESS=1 cargo test --test core sample_generate` and review the diff.

#![allow(clippy::unwrap_used)] // test helpers unwrap too, like the tests they serve

use crate::dates::date;
use pitchkit::model::{
    AestheticSample, AnalyticsSettings, Audience, CollabResults, Collaboration, Creator, Currency,
    Extra, FollowerSnapshot, KitSettings, MediaRef, Money, Percent, Platform, PlatformKind, Post,
    PostKind, Project, Provenance, RateCard, RatePackage, Share, Testimonial,
};
use time::Date;

const AS_OF: Date = date(2026, 11, 15);
const COFFEE: &str = "def50652a6ebef55606c3f4ab3987f6179048d6a451d068697c8004bcf0b5054.png";
const ROCKET: &str = "95feec27e594e079eac88a697d335bf5721baf8af25509e04d0ca89dac3a2b87.jpg";
const HUBBLE: &str = "b417872c4dd5dd9ce9a7b541ea17fc32adf0f2e93858fcd032f188abb44aa640.jpg";
const ASTRONAUT: &str = "795aeec2fc718327787725c50a83b830cb4893a34271c7765b6334cb94c32d5a.png";
const MOON: &str = "d0207597808053d54b708c33ed566e32f63b2e4cde30dc628c1272d4557829c2.png";
const CHELSEA: &str = "bb9610abeb8250874b6f587bdf03302241e3f760169d9184a0a2e6109f46911e.png";

/// Every two weeks for six months, ending on the as-of date.
const SNAPSHOT_DATES: [Date; 14] = [
    date(2026, 5, 17),
    date(2026, 5, 31),
    date(2026, 6, 14),
    date(2026, 6, 28),
    date(2026, 7, 12),
    date(2026, 7, 26),
    date(2026, 8, 9),
    date(2026, 8, 23),
    date(2026, 9, 6),
    date(2026, 9, 20),
    date(2026, 10, 4),
    date(2026, 10, 18),
    date(2026, 11, 1),
    date(2026, 11, 15),
];

fn media(file: &str, width_px: u32, height_px: u32) -> MediaRef {
    MediaRef {
        file: file.to_owned(),
        width_px,
        height_px,
        thumb_file: String::new(),
        palette: Vec::new(),
    }
}

fn pct(value: f64) -> Percent {
    Percent::from_percent(value).unwrap()
}

fn shares(rows: &[(&str, f64)]) -> Vec<Share> {
    rows.iter()
        .map(|&(label, value)| Share::new(label, pct(value)))
        .collect()
}

fn usd(dollars: u64) -> Money {
    Money::major(dollars, Currency::usd())
}

fn snapshots(counts: [u64; 14]) -> Vec<FollowerSnapshot> {
    SNAPSHOT_DATES
        .iter()
        .zip(counts)
        .map(|(&date, followers)| FollowerSnapshot { date, followers })
        .collect()
}

/// One post row: date, kind, title, sponsored, then
/// [likes, comments, shares, saves, views, reach, impressions, replies] (0 = not shown).
type Row = (Date, PostKind, &'static str, bool, [u64; 8]);

fn posts(rows: &[Row]) -> Vec<Post> {
    let some = |n: u64| (n > 0).then_some(n);
    rows.iter()
        .map(|&(date, kind, title, sponsored, n)| {
            let mut post = Post::new(date, kind);
            post.title = title.to_owned();
            post.sponsored = sponsored;
            post.likes = some(n[0]);
            post.comments = some(n[1]);
            post.shares = some(n[2]);
            post.saves = some(n[3]);
            post.views = some(n[4]);
            post.reach = some(n[5]);
            post.impressions = some(n[6]);
            post.replies = some(n[7]);
            post
        })
        .collect()
}

fn platform(kind: PlatformKind, handle: &str, url: &str, followers: u64) -> Platform {
    let mut platform = Platform::new(kind, followers, AS_OF);
    platform.handle = handle.to_owned();
    platform.profile_url = url.to_owned();
    platform
}

#[rustfmt::skip]
fn instagram() -> Platform {
    use PostKind::{Carousel, Photo, Reel};
    let mut p = platform(
        PlatformKind::Instagram,
        "@orbitandoat",
        "https://www.instagram.com/orbitandoat/",
        24_812,
    );
    p.snapshots = snapshots([
        21_940, 22_105, 22_298, 22_431, 22_580, 22_716, 22_902, 23_188, 23_402, 23_655, 23_911,
        24_276, 24_540, 24_812,
    ]);
    // Instagram insights show likes, comments, shares, saves, views and reach.
    p.posts = posts(&[
        (date(2026, 8, 19), Reel, "Why the Moon is drifting away, 3.8 cm a year", false, [1_142, 48, 196, 402, 41_300, 27_900, 0, 31]),
        (date(2026, 8, 24), Carousel, "Every dot is a galaxy: the Hubble Deep Field", false, [1_118, 52, 244, 688, 19_800, 14_900, 0, 40]),
        (date(2026, 8, 27), Carousel, "Late at the Meridian: planetarium night", true, [842, 39, 71, 156, 15_200, 11_400, 0, 22]),
        (date(2026, 9, 2), Photo, "Flat white, full moon: tonight's sky checklist", false, [764, 29, 22, 98, 11_900, 9_300, 0, 0]),
        (date(2026, 9, 8), Reel, "Why water boils at 70 °C on Everest (and what that does to coffee)", true, [918, 44, 133, 271, 36_700, 24_300, 0, 29]),
        (date(2026, 9, 15), Reel, "How fast is the ISS? Explained with a sugar cube", false, [1_064, 41, 312, 355, 52_400, 33_800, 0, 0]),
        (date(2026, 9, 22), Carousel, "Equinox myths: no, eggs don't only balance today", false, [887, 63, 118, 241, 14_600, 11_200, 0, 35]),
        (date(2026, 9, 29), Photo, "Launch-day nerves (and espresso)", false, [802, 34, 19, 61, 12_300, 9_700, 0, 0]),
        (date(2026, 10, 6), Reel, "What a crewed Moon flyby actually tests", false, [1_210, 66, 287, 419, 58_900, 38_600, 0, 44]),
        (date(2026, 10, 14), Carousel, "The solar system to scale, in coffee beans", false, [1_021, 47, 205, 598, 17_400, 13_600, 0, 0]),
        (date(2026, 10, 21), Reel, "Orionids tonight: where to look, what you'll see", false, [978, 52, 241, 302, 44_100, 29_500, 0, 27]),
        (date(2026, 10, 28), Photo, "Moon texture, up close", false, [846, 28, 24, 117, 12_800, 10_100, 0, 0]),
        (date(2026, 11, 3), Photo, "My observing log, page by page", true, [771, 31, 28, 144, 12_100, 9_400, 0, 18]),
        (date(2026, 11, 10), Reel, "Why astronauts' coffee tastes different", false, [1_103, 58, 266, 344, 49_700, 32_100, 0, 39]),
    ]);
    p
}

#[rustfmt::skip]
fn tiktok() -> Platform {
    use PostKind::Short;
    let mut p = platform(
        PlatformKind::Tiktok,
        "@orbitandoat",
        "https://www.tiktok.com/@orbitandoat",
        61_240,
    );
    p.snapshots = snapshots([
        48_310, 49_020, 49_870, 50_540, 51_290, 52_110, 53_760, 54_630, 55_410, 56_380, 57_020,
        58_840, 60_090, 61_240,
    ]);
    // TikTok analytics show views, likes, comments, shares, saves and reached audience.
    p.posts = posts(&[
        (date(2026, 8, 18), Short, "The Moon is leaving us (slowly)", false, [5_480, 162, 318, 411, 84_200, 71_900, 0, 58]),
        (date(2026, 8, 23), Short, "POV: you explain light-years to your barista", false, [3_390, 118, 164, 207, 52_600, 45_100, 0, 0]),
        (date(2026, 8, 29), Short, "The Hubble Deep Field in 30 seconds", false, [9_870, 241, 612, 880, 131_500, 112_800, 0, 73]),
        (date(2026, 9, 4), Short, "Is there coffee on the ISS? (Yes, in a pouch)", false, [4_410, 137, 205, 276, 67_300, 57_400, 0, 0]),
        (date(2026, 9, 10), Short, "Brewing at altitude with Halfmoon Roasters", true, [2_690, 96, 121, 168, 46_800, 40_200, 0, 41]),
        (date(2026, 9, 16), Short, "Why the sky is blue, the 20-second version", false, [2_310, 74, 98, 161, 38_900, 33_700, 0, 0]),
        (date(2026, 9, 22), Short, "The equinox explained with two mugs", false, [2_980, 109, 136, 189, 44_700, 38_300, 0, 0]),
        (date(2026, 9, 28), Short, "Rocket launch from my kitchen window? Not quite", false, [3_640, 188, 171, 142, 59_200, 50_600, 0, 52]),
        (date(2026, 10, 4), Short, "What a telescope actually magnifies", false, [2_720, 91, 110, 224, 41_300, 35_400, 0, 0]),
        (date(2026, 10, 9), Short, "First light with a 70 mm refractor", true, [3_020, 131, 142, 298, 53_100, 45_600, 0, 48]),
        (date(2026, 10, 15), Short, "Saturn's rings are disappearing (sort of)", false, [7_260, 254, 489, 566, 97_800, 83_100, 0, 0]),
        (date(2026, 10, 21), Short, "Orionids: set an alarm for 4 a.m.", false, [4_880, 176, 402, 337, 72_400, 61_800, 0, 0]),
        (date(2026, 10, 27), Short, "Astronaut ice cream is a lie", false, [4_120, 301, 243, 158, 63_500, 54_200, 0, 61]),
        (date(2026, 11, 2), Short, "How cold is space, really?", false, [3_050, 97, 144, 190, 48_200, 41_500, 0, 0]),
        (date(2026, 11, 8), Short, "Moon phases with a biscuit and an oat latte", false, [3_910, 122, 231, 308, 56_900, 48_700, 0, 0]),
        (date(2026, 11, 13), Short, "Why you can't see stars in space photos", false, [2_480, 88, 117, 176, 39_600, 34_300, 0, 0]),
    ]);
    p
}

#[rustfmt::skip]
fn youtube() -> Platform {
    use PostKind::{Short, Video};
    let mut p = platform(
        PlatformKind::Youtube,
        "@OrbitAndOat",
        "https://www.youtube.com/@OrbitAndOat",
        8_930,
    );
    p.snapshots = snapshots([
        7_612, 7_688, 7_759, 7_847, 7_931, 8_024, 8_139, 8_270, 8_361, 8_455, 8_568, 8_690, 8_804,
        8_930,
    ]);
    // YouTube Studio shows views, likes, comments, shares and (for long videos) impressions.
    p.posts = posts(&[
        (date(2026, 8, 20), Video, "The Moon is drifting away: the full story", false, [412, 58, 31, 0, 9_840, 0, 142_000, 34]),
        (date(2026, 8, 26), Short, "Moon drift in 45 seconds", false, [842, 21, 37, 0, 18_300, 0, 0, 0]),
        (date(2026, 9, 3), Video, "The Hubble Deep Field: how one photo changed cosmology", false, [538, 71, 46, 0, 12_610, 0, 176_400, 0]),
        (date(2026, 9, 9), Short, "The space coffee pouch, explained", false, [691, 18, 29, 0, 14_700, 0, 0, 0]),
        (date(2026, 9, 17), Video, "I tried brewing coffee like it's the ISS", false, [344, 49, 22, 0, 7_930, 0, 118_900, 29]),
        (date(2026, 9, 24), Short, "The equinox egg myth", false, [508, 24, 19, 0, 11_200, 0, 0, 0]),
        (date(2026, 10, 1), Short, "What 70 mm of aperture shows you", false, [452, 15, 21, 0, 9_860, 0, 0, 0]),
        (date(2026, 10, 6), Video, "Your first telescope: which specs actually matter", true, [318, 52, 27, 0, 8_420, 0, 131_200, 38]),
        (date(2026, 10, 13), Short, "Where did Saturn's rings go?", false, [1_130, 38, 64, 0, 22_400, 0, 0, 0]),
        (date(2026, 10, 20), Video, "Meteor showers explained: an Orionids guide", false, [301, 37, 24, 0, 6_880, 0, 104_500, 0]),
        (date(2026, 10, 27), Short, "Astronaut ice cream: the truth", false, [781, 44, 33, 0, 16_900, 0, 0, 0]),
        (date(2026, 11, 5), Video, "How cold is space? A physicist's answer over coffee", false, [262, 41, 18, 0, 5_970, 0, 92_800, 22]),
        (date(2026, 11, 11), Short, "Stars in space photos: where are they?", false, [574, 19, 26, 0, 12_500, 0, 0, 0]),
    ]);
    p
}

fn audience(
    platform: Option<PlatformKind>,
    ages: [f64; 6],
    genders: [f64; 3],
    countries: &[(&str, f64)],
    cities: &[(&str, f64)],
) -> Audience {
    let labels = ["13–17", "18–24", "25–34", "35–44", "45–54", "55+"];
    Audience {
        platform,
        ages: labels
            .iter()
            .zip(ages)
            .map(|(l, v)| Share::new(l, pct(v)))
            .collect(),
        genders: ["Women", "Men", "Non-binary/other"]
            .iter()
            .zip(genders)
            .map(|(l, v)| Share::new(l, pct(v)))
            .collect(),
        countries: shares(countries),
        cities: shares(cities),
        provenance: Provenance::typed(AS_OF),
        extra: Extra::new(),
    }
}

#[rustfmt::skip]
fn audiences() -> Vec<Audience> {
    use PlatformKind::{Instagram, Tiktok, Youtube};
    vec![
        audience(None, [2.6, 26.9, 39.4, 18.7, 7.8, 4.1], [56.3, 41.2, 2.5],
            &[("United Kingdom", 31.4), ("United States", 22.7), ("Nigeria", 7.9), ("Canada", 6.2), ("Australia", 4.6)],
            &[("London", 9.8), ("Leeds", 4.6), ("Manchester", 3.7), ("Lagos", 3.1), ("New York", 2.2)]),
        audience(Some(Instagram), [1.8, 24.1, 42.7, 20.3, 7.9, 3.2], [61.4, 36.9, 1.7],
            &[("United Kingdom", 36.2), ("United States", 19.8), ("Nigeria", 6.1), ("Ireland", 4.4), ("Canada", 4.3)],
            &[("London", 11.2), ("Leeds", 6.1), ("Manchester", 4.2), ("Dublin", 2.6), ("Bristol", 2.4)]),
        audience(Some(Tiktok), [5.1, 34.6, 36.2, 15.1, 6.2, 2.8], [54.9, 42.0, 3.1],
            &[("United States", 27.9), ("United Kingdom", 26.3), ("Nigeria", 9.4), ("Canada", 7.1), ("Australia", 5.3)],
            &[("London", 8.4), ("Lagos", 4.6), ("Leeds", 3.2), ("New York", 3.0), ("Toronto", 2.1)]),
        audience(Some(Youtube), [1.1, 19.4, 38.6, 24.9, 10.8, 5.2], [38.7, 59.6, 1.7],
            &[("United Kingdom", 33.5), ("United States", 24.2), ("India", 6.8), ("Canada", 6.0), ("Germany", 3.9)],
            &[("London", 10.3), ("Leeds", 3.9), ("Birmingham", 2.8), ("Manchester", 2.6), ("Lagos", 2.1)]),
    ]
}

/// The photo with the palette it measures, as an import stores it (so a kit of the
/// demo does not measure its photos at every export).
fn with_palette(mut media: MediaRef) -> MediaRef {
    let (_, bytes) = pitchkit::sample::demo_media()
        .iter()
        .find(|(name, _)| *name == media.file)
        .unwrap();
    media.palette = pitchkit::media::palette_of_bytes(bytes).unwrap().swatches;
    media
}

#[rustfmt::skip]
fn samples() -> Vec<AestheticSample> {
    use PlatformKind::{Instagram, Tiktok, Youtube};
    [
        (media(COFFEE, 600, 400), "Morning brew, morning briefing", Instagram),
        (media(ROCKET, 640, 427), "Launch-day explainer backdrop", Tiktok),
        (media(HUBBLE, 1000, 872), "Every dot is a galaxy: the Hubble Deep Field carousel", Instagram),
        (media(ASTRONAUT, 512, 512), "NASA portrait for the \"life on the ISS\" episode", Youtube),
        (media(MOON, 512, 512), "Moon texture close-up from the lunar drift series", Instagram),
        (media(CHELSEA, 451, 300), "The studio cat, head of script review", Instagram),
    ]
    .into_iter()
    .map(|(media, caption, platform)| AestheticSample {
        media: with_palette(media),
        caption: caption.to_owned(),
        platform: Some(platform),
        link: String::new(),
        extra: Extra::new(),
    })
    .collect()
}

/// A collaboration: brand, category, date, platforms, deliverables, then
/// [views, reach, engagements, clicks, code uses] (0 = not known), results as-of date.
fn collab(
    head: (&str, &str, Date),
    platforms: &[PlatformKind],
    deliverables: &str,
    n: [u64; 5],
    as_of: Date,
) -> Collaboration {
    let some = |n: u64| (n > 0).then_some(n);
    Collaboration {
        brand: head.0.to_owned(),
        category: head.1.to_owned(),
        date: head.2,
        platforms: platforms.to_vec(),
        deliverables: deliverables.to_owned(),
        results: CollabResults {
            views: some(n[0]),
            reach: some(n[1]),
            engagements: some(n[2]),
            clicks: some(n[3]),
            conversions: some(n[4]),
        },
        provenance: Provenance::typed(as_of),
        link: String::new(),
        testimonial: None,
        show_in_kit: true,
        competing: false,
        extra: Extra::new(),
    }
}

fn testimonial(quote: &str, author: &str, role: &str) -> Option<Testimonial> {
    Some(Testimonial {
        quote: quote.to_owned(),
        author: author.to_owned(),
        role: role.to_owned(),
    })
}

#[rustfmt::skip]
fn collaborations() -> Vec<Collaboration> {
    use PlatformKind::{Instagram, Tiktok, Youtube};
    let mut coffee = collab(("Halfmoon Roasters", "Coffee roaster", date(2026, 9, 8)), &[Instagram, Tiktok],
        "1 Instagram Reel + 1 TikTok + 3 Stories with a discount code",
        [90_400, 61_300, 4_750, 1_180, 214], date(2026, 10, 8));
    coffee.testimonial = testimonial(
        "Maya turned a bag of our Ethiopian single-origin into a lesson on boiling points, and her \
         ORBIT15 code outsold every other creator code that quarter. Her audience actually listens.",
        "Priya Natarajan", "Head of Marketing, Halfmoon Roasters");
    let mut telescope = collab(("Lumen Optics", "Telescope maker", date(2026, 10, 6)), &[Youtube, Tiktok],
        "90-second integrated YouTube segment + 1 TikTok",
        [61_520, 52_900, 3_990, 2_140, 87], date(2026, 11, 5));
    telescope.testimonial = testimonial(
        "Clear, honest and genuinely useful. Maya explained aperture better than our own manual \
         does, and the video still sends us beginners who know exactly what they want.",
        "Tom Ekwueme", "Community Lead, Lumen Optics");
    let museum = collab(("Meridian Science Museum", "Science museum", date(2026, 8, 27)), &[Instagram],
        "1 carousel + 4 Stories for the \"Late at the Meridian\" evening",
        [25_000, 18_600, 1_350, 620, 143], date(2026, 9, 26));
    let mut notebooks = collab(("Fieldline Notebooks", "Stationery brand", date(2026, 11, 3)), &[Instagram],
        "1 photo post + 2 Stories (gifted product)",
        [17_300, 11_800, 1_130, 310, 0], date(2026, 11, 14));
    notebooks.show_in_kit = false;
    vec![coffee, telescope, museum, notebooks]
}

/// A package: name, deliverables, price and optional top of range in dollars, usage, exclusivity.
fn package(
    name: &str,
    deliverables: &[&str],
    dollars: (u64, Option<u64>),
    terms: (&str, &str),
) -> RatePackage {
    RatePackage {
        name: name.to_owned(),
        deliverables: deliverables.iter().map(|d| (*d).to_owned()).collect(),
        price: usd(dollars.0),
        price_max_minor: dollars.1.map(|d| usd(d).amount_minor),
        usage_rights: terms.0.to_owned(),
        exclusivity: terms.1.to_owned(),
        extra: Extra::new(),
    }
}

#[rustfmt::skip]
fn rate_card() -> RateCard {
    RateCard {
        on_request: false,
        packages: vec![
            package("Single short video",
                &["1 Instagram Reel or TikTok (30–60 s)", "1 round of script feedback", "Link in bio for 7 days"],
                (650, None),
                ("Organic reposting on the brand's own channels for 30 days",
                 "No competing brand in the same category for 7 days")),
            package("Launch bundle",
                &["1 Instagram Reel", "1 TikTok", "3 Instagram Stories with a link sticker", "Results report after 14 days"],
                (1_400, Some(1_800)),
                ("Organic reposting for 60 days; paid usage (whitelisting) +30 %",
                 "No competing brand in the same category for 14 days")),
            package("YouTube deep dive",
                &["60–90 s integrated segment in a long-form YouTube video", "Pinned comment and description link",
                  "1 YouTube Short cut-down"],
                (1_200, None),
                ("Organic use for 90 days; the video stays up", "Category exclusivity on YouTube for 30 days")),
        ],
        notes: "Prices in US dollars, before VAT. Turnaround under 7 days +20 %. Gifted-only \
                collaborations considered for space and science brands I already use.".to_owned(),
        ..RateCard::default()
    }
}

fn creator() -> Creator {
    Creator {
        display_name: "Maya Okafor".to_owned(),
        handle: "@orbitandoat".to_owned(),
        tagline: "Orbit & Oat: space science, explained over morning coffee".to_owned(),
        bio: "I'm Maya, a former planetarium educator who now explains the universe one cup \
              of coffee at a time. Every week I take one big space question (why the Moon is \
              drifting away, how cold space really is, what a telescope actually magnifies) and \
              answer it in under a minute, usually with a mug, a sugar cube or a bag of beans \
              for scale. My audience is curious adults who want the real science without the \
              jargon, and who save posts to come back to them."
            .to_owned(),
        location: "Leeds, UK".to_owned(),
        languages: vec!["English".to_owned()],
        email: "maya.okafor@example.com".to_owned(),
        website: "https://orbitandoat.example.com".to_owned(),
        profile_photo: Some(media(COFFEE, 600, 400)),
        niche: "space science explained over morning coffee".to_owned(),
        topics: [
            "Space science",
            "Astronomy for beginners",
            "Skywatching",
            "Science myths",
            "Coffee",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect(),
        content_style: "Warm, unhurried explainers filmed at my kitchen table in morning light: \
                        one question, one mug, one clear answer. Calm voice-over, hand-drawn \
                        overlays, no shouting hooks."
            .to_owned(),
        extra: Extra::new(),
    }
}

/// The demo project as the generator builds it.
fn demo() -> Project {
    Project {
        creator: creator(),
        platforms: vec![instagram(), tiktok(), youtube()],
        audiences: audiences(),
        samples: samples(),
        collaborations: collaborations(),
        rate_card: rate_card(),
        kit: KitSettings::default(),
        analytics: AnalyticsSettings::default(),
        pitches: crate::sample_generate_pitches::pitches(&KitSettings::default()),
        ..Project::default()
    }
}

fn demo_json() -> String {
    let mut json = serde_json::to_string_pretty(&demo()).unwrap();
    json.push('\n');
    json
}

#[test]
fn committed_demo_json_is_what_the_generator_writes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/sample/demo.pitchkit/project.json"
    );
    let expected = demo_json();
    if std::env::var_os("PITCHKIT_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == expected,
        "assets/sample/demo.pitchkit/project.json differs from the generator in \
         tests/core/sample_generate.rs; rerun with PITCHKIT_BLESS=1 and review the diff"
    );
    assert!(
        committed == pitchkit::sample::DEMO_PROJECT_JSON,
        "the demo embedded in the build differs from the file; rebuild"
    );
}

#[test]
fn generated_demo_round_trips_through_the_model() {
    let back: Project = serde_json::from_str(&demo_json()).unwrap();
    assert_eq!(back, demo());
}
