//! The web kit read back with an HTML5 tokenizer: structure (language, one `h1`,
//! headings in order), the same content as the PDF's, escaping, safe links, nothing
//! that reaches outside the page, the Content-Security-Policy, no metadata or local
//! paths in photos, alt text from captions, photo sizes and the size budget, and link
//! previews.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use crate::web_support::{Parsed, outside_reaches, parse, render_demo_media, render_with};
use base64::Engine as _;
use pitchkit::analytics::Benchmarks;
use pitchkit::kit::content::{CompareBody, SectionContent, kit_content};
use pitchkit::model::{AestheticSample, MediaRef, Project, Theme};
use pitchkit::pdf::{MediaSource, layout_context};
use pitchkit::web::{DEFAULT_MAX_SIZE_BYTES, WebOptions};

fn demo() -> Project {
    pitchkit::sample::demo_project().unwrap()
}

fn options(theme: Theme) -> WebOptions {
    WebOptions {
        theme,
        length: pitchkit::model::KitLength::Full,
        language: None,
        base_url: None,
        max_size_bytes: DEFAULT_MAX_SIZE_BYTES,
    }
}

fn meta<'a>(parsed: &'a Parsed, key: &str, name: &str) -> Option<&'a str> {
    parsed
        .all("meta")
        .find(|m| m.attr(key) == Some(name))
        .and_then(|m| m.attr("content"))
}

/// The heading levels in document order: 1 for `h1`…
fn heading_levels(parsed: &Parsed) -> Vec<u8> {
    parsed
        .elements
        .iter()
        .filter_map(|e| match e.name.as_str() {
            "h1" => Some(1),
            "h2" => Some(2),
            "h3" => Some(3),
            "h4" => Some(4),
            "h5" => Some(5),
            "h6" => Some(6),
            _ => None,
        })
        .collect()
}

/// Structure every page must have; `what` names it in failures.
fn check_structure(parsed: &Parsed, html: &str, what: &str) {
    assert!(parsed.errors.is_empty(), "{what}: {:?}", parsed.errors);
    assert_eq!(parsed.doctype.as_deref(), Some("html"), "{what}");
    let root = parsed.all("html").next().unwrap();
    assert_eq!(root.attr("lang"), Some("en"), "{what}");
    assert_eq!(parsed.all("h1").count(), 1, "{what}: one h1");
    let levels = heading_levels(parsed);
    assert_eq!(levels.first(), Some(&1), "{what}: the h1 comes first");
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "{what}: a heading level skipped: {levels:?}"
        );
    }
    assert!(
        parsed
            .all("h1")
            .chain(parsed.all("h2"))
            .all(|h| !h.text.trim().is_empty())
    );
    let csp = meta(parsed, "http-equiv", "Content-Security-Policy").expect("a CSP meta tag");
    assert!(csp.starts_with("default-src 'none'"), "{what}: {csp}");
    assert!(
        !csp.contains("unsafe") && !csp.contains("http"),
        "{what}: {csp}"
    );
    assert!(
        csp.contains("img-src data:") && csp.contains("font-src data:"),
        "{what}"
    );
    let position = |needle: &str| html.find(needle).unwrap();
    assert!(
        position("Content-Security-Policy") < position("<style>"),
        "{what}"
    );
    assert!(
        meta(parsed, "name", "viewport")
            .unwrap()
            .contains("width=device-width")
    );
    assert!(meta(parsed, "name", "description").is_some_and(|d| d.len() > 20));
    assert!(
        parsed
            .all("title")
            .next()
            .is_some_and(|t| t.text.to_lowercase().contains("media kit"))
    );
    assert_eq!(outside_reaches(parsed), Vec::<String>::new(), "{what}");
    for img in parsed.all("img") {
        assert!(
            img.attr("alt").is_some_and(|a| !a.trim().is_empty()),
            "{what}: {img:?}"
        );
    }
}

#[test]
fn demo_pages_are_well_formed_and_within_budget_in_every_theme() {
    for theme in Theme::ALL {
        let page = render_demo_media(&demo(), &options(theme));
        let parsed = parse(&page.html);
        check_structure(&parsed, &page.html, &format!("{theme:?}"));
        assert!(page.fits && page.html.len() as u64 <= DEFAULT_MAX_SIZE_BYTES);
        assert_eq!(parsed.all("h1").next().unwrap().text, "Maya Okafor");
        // Fonts are embedded subsets, charts inline SVG, photos data URIs.
        let style = parsed.all("style").next().unwrap().text.clone();
        assert!(style.matches("@font-face").count() >= 3, "{theme:?}");
        assert!(parsed.all("svg").count() >= 8, "{theme:?}");
        assert!(parsed.all("img").count() >= 7, "{theme:?}");
        assert!(page.warnings.is_empty(), "{theme:?}: {:?}", page.warnings);
    }
}

#[test]
fn every_shape_of_kit_keeps_one_h1_and_its_headings_in_order() {
    let base = demo();
    let mut no_cover = base.clone();
    for setting in &mut no_cover.kit.sections {
        setting.visible = setting.section != pitchkit::model::Section::Cover;
    }
    let mut many = base.clone();
    let samples = many.samples.clone();
    many.samples = (0..30)
        .map(|i| samples[i % samples.len()].clone())
        .collect();
    let template = many.collaborations[0].clone();
    many.collaborations = (0..12)
        .map(|i| pitchkit::model::Collaboration {
            brand: format!("Brand {i}"),
            ..template.clone()
        })
        .collect();
    let mut on_request = base.clone();
    on_request.rate_card.on_request = true;
    on_request.creator.profile_photo = None;
    let mut empty = Project::new("");
    empty.platforms.push(pitchkit::model::Platform::new(
        pitchkit::model::PlatformKind::Instagram,
        0,
        date(2026, 11, 1),
    ));
    for (what, project) in [
        ("no cover", no_cover),
        ("30 photos, 12 campaigns", many),
        ("rates on request", on_request),
        ("nearly empty", empty),
    ] {
        let page = render_demo_media(&project, &options(Theme::BoldDark));
        let parsed = parse(&page.html);
        check_structure(&parsed, &page.html, what);
    }
}

/// Strings the kit's content says that a page must show.
fn said(content: &pitchkit::kit::content::KitContent) -> Vec<String> {
    let mut out = Vec::new();
    for section in &content.sections {
        match section {
            SectionContent::Cover(c) => {
                out.extend(
                    c.tiles
                        .iter()
                        .flat_map(|t| [t.value.clone(), t.context.clone()]),
                );
                out.extend(c.highlights.iter().cloned());
            }
            SectionContent::Audience(a) => {
                out.extend(
                    a.platforms
                        .iter()
                        .flat_map(|t| t.facts.iter().map(|f| f.1.clone())),
                );
                out.extend(a.formula_note.iter().cloned());
                let d = a.demographics.as_ref().unwrap();
                out.push(d.note.clone());
                out.extend(d.ages.iter().map(|c| c.title.clone()));
            }
            SectionContent::Compare(c) => {
                for row in &c.rows {
                    match &row.body {
                        CompareBody::Compared {
                            value,
                            versus,
                            caption,
                            ..
                        } => {
                            out.extend([value.clone(), versus.clone(), caption.clone()]);
                        }
                        CompareBody::NoBenchmark(reason) => out.push(reason.clone()),
                    }
                }
            }
            SectionContent::Growth(g) => out.extend(g.charts.iter().map(|c| c.subtitle.clone())),
            SectionContent::Rates(r) => out.extend(r.packages.iter().map(|p| p.price.clone())),
            SectionContent::Notes(n) => {
                out.extend(n.data.iter().chain(&n.formulas).cloned());
                out.extend(n.sources.iter().map(|s| s.label.clone()));
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_page_says_what_the_kit_content_says_with_formulas_sources_and_date() {
    let project = demo();
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = layout_context(
        &project,
        &MediaSource::demo(),
        &benchmarks,
        date(2026, 11, 16),
    );
    let content = kit_content(&project, &project.kit, &ctx).unwrap();
    let page = render_demo_media(&project, &options(project.kit.theme));
    let text = parse(&page.html).body_text();
    let expected = said(&content);
    assert!(expected.len() > 30, "{expected:?}");
    for line in expected {
        assert!(text.contains(&line), "the page does not say “{line}”");
    }
    assert!(text.contains("Data as of 15 Nov 2026"));
    assert!(text.contains("Figures as of 15 Nov 2026"));
}

#[test]
fn any_text_is_escaped_and_only_web_and_mail_links_are_made() {
    let mut project = demo();
    let attack = "<script>alert(1)</script>";
    project.creator.display_name = attack.to_owned();
    project.creator.tagline = "\"><img src=x onerror=alert(2)> & <b>bold</b>".to_owned();
    project.creator.website = "javascript:alert(3)".to_owned();
    project.creator.email = "mailto:x@example.com?body=<script>".to_owned();
    project.samples[0].caption = "<svg onload=alert(4)>".to_owned();
    project.samples[1].link = "data:text/html,<script>alert(5)</script>".to_owned();
    project.platforms[0].profile_url = "file:///etc/passwd".to_owned();
    project.collaborations[0].brand = "</h3><a href=javascript:alert(6)>x</a>".to_owned();
    project.collaborations[0].link = "vbscript:msgbox".to_owned();
    let page = render_demo_media(&project, &options(Theme::CleanLight));
    let parsed = parse(&page.html);
    check_structure(&parsed, &page.html, "hostile text");
    assert_eq!(parsed.all("h1").next().unwrap().text, attack);
    let tagline = pitchkit::kit::text::smarten(&project.creator.tagline);
    assert!(tagline.contains("<img src=x onerror=alert(2)> & <b>bold</b>"));
    assert!(parsed.body_text().contains(&tagline));
    assert!(
        parsed.body_text().contains("javascript:alert(3)"),
        "shown as text"
    );
    assert!(parsed.all("script").next().is_none());
    assert!(
        parsed
            .all("img")
            .any(|i| i.attr("alt") == Some("<svg onload=alert(4)>"))
    );
    for a in parsed.all("a") {
        let href = a.attr("href").unwrap();
        assert!(!href.contains('<') && !href.contains(' '), "{href}");
    }
    assert_eq!(
        parsed.all("title").next().unwrap().text,
        format!("{attack} – media kit")
    );
}

/// A bundle whose stored "master" is a camera JPEG with EXIF and GPS, as if an old or
/// hand-made bundle kept it: the page must still carry none of it.
#[test]
fn photos_carry_no_exif_gps_or_local_paths() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/images/camera/DSCN0010.jpg");
    let original = std::fs::read(&fixture).unwrap();
    assert!(
        original.windows(4).any(|w| w == b"Exif"),
        "the fixture has EXIF (with GPS)"
    );
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("Secret Place.pitchkit");
    std::fs::create_dir_all(bundle.join("media")).unwrap();
    std::fs::write(bundle.join("media/camera-original.jpg"), &original).unwrap();
    let mut project = demo();
    project.creator.profile_photo = None;
    project.samples = vec![AestheticSample {
        media: MediaRef::new("camera-original.jpg", 640, 480),
        caption: "Kitchen table".to_owned(),
        platform: None,
        link: String::new(),
        extra: Default::default(),
    }];
    let media = MediaSource::bundle(&bundle);
    let read =
        |name: &str| std::fs::read(bundle.join("media").join(name)).map_err(|e| e.to_string());
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = layout_context(&project, &media, &benchmarks, date(2026, 11, 16));
    let page = pitchkit::web::render_web(&project, &ctx, &read, &options(Theme::BoldDark)).unwrap();
    let parsed = parse(&page.html);
    check_structure(&parsed, &page.html, "camera photo");
    let images: Vec<Vec<u8>> = parsed
        .all("img")
        .map(|img| {
            let src = img.attr("src").unwrap();
            let data = src.strip_prefix("data:image/jpeg;base64,").unwrap();
            base64::engine::general_purpose::STANDARD
                .decode(data)
                .unwrap()
        })
        .collect();
    assert_eq!(images.len(), 2, "the portrait and the grid photo");
    for jpeg in images {
        assert!(
            !jpeg.windows(2).any(|w| w == [0xFF, 0xE1]),
            "an APP1 (EXIF/XMP) segment"
        );
        assert!(!jpeg.windows(4).any(|w| w == b"Exif"));
        assert!(!jpeg.windows(3).any(|w| w == b"GPS"));
        image::load_from_memory(&jpeg).unwrap();
    }
    let dir_text = dir.path().to_string_lossy().into_owned();
    for leak in [
        dir_text.as_str(),
        "Secret Place",
        "camera-original",
        "/tmp",
        "file:",
        "NIKON",
    ] {
        assert!(!page.html.contains(leak), "the page names {leak}");
    }
}

#[test]
fn alt_text_comes_from_the_captions() {
    let project = demo();
    let page = render_demo_media(&project, &options(Theme::WarmEditorial));
    let parsed = parse(&page.html);
    let alts: Vec<&str> = parsed.all("img").filter_map(|i| i.attr("alt")).collect();
    for sample in &project.samples {
        let caption = pitchkit::kit::text::smarten(sample.caption.trim());
        assert!(
            alts.contains(&caption.as_str()),
            "{caption} not in {alts:?}"
        );
    }
}

/// A noisy PNG (compresses badly), `width × height`.
fn noisy_png(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        let v = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503) ^ seed) >> 7;
        image::Rgb([v as u8, (v >> 8) as u8, (v >> 16) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[test]
fn big_photos_show_at_1600_px_and_shrink_to_fit_the_budget() {
    // Two large photos (cropped to 4:5 they are 1280 × 1600: no resampling, which is
    // slow in a debug build; `web::images` tests the 1600 px cap), each shown three
    // times (and encoded once per size).
    let photos: Vec<(String, Vec<u8>)> = (0..2)
        .map(|i| (format!("big{i}.png"), noisy_png(1280, 1700, i)))
        .collect();
    let read = |name: &str| {
        photos
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| "missing".to_owned())
    };
    let mut project = demo();
    project.creator.profile_photo = None;
    for (index, sample) in project.samples.iter_mut().enumerate() {
        sample.media = MediaRef::new(&photos[index % 2].0, 1280, 1700);
    }
    let roomy = WebOptions {
        max_size_bytes: 1_000_000_000,
        ..options(Theme::CleanLight)
    };
    let page = render_with(&project, &read, &roomy);
    assert_eq!(page.photo_step.0, 1600);
    let parsed = parse(&page.html);
    assert!(
        parsed
            .all("img")
            .all(|i| i.attr("width") == Some("1280") && i.attr("height") == Some("1600"))
    );
    // A tenth less room: the photos step down (smaller or lower quality) until it fits.
    let tight = WebOptions {
        max_size_bytes: page.html.len() as u64 * 9 / 10,
        ..options(Theme::CleanLight)
    };
    let small = render_with(&project, &read, &tight);
    assert!(small.fits, "{:?}", small.warnings);
    assert!(small.html.len() as u64 <= tight.max_size_bytes);
    assert_ne!(small.photo_step, page.photo_step);
    assert!(small.photo_step.0 <= 1600 && small.photo_step.1 < page.photo_step.1);
    check_structure(&parse(&small.html), &small.html, "small photos");
}

#[test]
fn link_previews_need_the_pages_address() {
    let plain = parse(&render_demo_media(&demo(), &options(Theme::CleanLight)).html);
    assert!(meta(&plain, "property", "og:title").is_some());
    assert!(meta(&plain, "property", "og:image").is_none());
    assert!(meta(&plain, "property", "og:url").is_none());

    let addressed = WebOptions {
        base_url: Some("https://orbitandoat.example.com/kit/".to_owned()),
        ..options(Theme::CleanLight)
    };
    let page = render_demo_media(&demo(), &addressed);
    let parsed = parse(&page.html);
    check_structure(&parsed, &page.html, "with an address");
    assert_eq!(
        meta(&parsed, "property", "og:url"),
        Some("https://orbitandoat.example.com/kit/")
    );
    let cover = page.cover.as_ref().unwrap();
    assert_eq!(
        meta(&parsed, "property", "og:image").unwrap(),
        format!("https://orbitandoat.example.com/kit/{}", cover.file_name)
    );
    assert!(image::load_from_memory(&cover.jpeg).is_ok());
    assert!(!cover.jpeg.windows(4).any(|w| w == b"Exif"));

    let benchmarks = Benchmarks::embedded().unwrap();
    let project = demo();
    let ctx = layout_context(
        &project,
        &MediaSource::demo(),
        &benchmarks,
        date(2026, 11, 16),
    );
    for bad in [
        "javascript:alert(1)",
        "orbitandoat.com",
        "ftp://x.example",
        "mailto:a@b.c",
    ] {
        let options = WebOptions {
            base_url: Some(bad.to_owned()),
            ..options(Theme::CleanLight)
        };
        let result =
            pitchkit::web::render_web(&project, &ctx, &crate::web_support::demo_read, &options);
        assert!(result.is_err(), "{bad}");
    }
}

#[test]
fn a_name_in_arabic_brings_its_whole_font_and_latin_text_brings_no_script_font() {
    let plain = render_demo_media(&demo(), &options(Theme::CleanLight));
    assert!(
        !plain.html.contains("font-family:pk-arabic"),
        "no Arabic, no Arabic font"
    );
    let mut project = demo();
    project.creator.display_name = "فاطمة الزهراء".to_owned();
    let page = render_demo_media(&project, &options(Theme::CleanLight));
    let parsed = parse(&page.html);
    assert_eq!(parsed.all("h1").next().unwrap().text, "فاطمة الزهراء");
    let style = parsed.all("style").next().unwrap().text.clone();
    // Whole (joined forms live in its layout tables), so much larger than a subset.
    let rule = style
        .split("@font-face")
        .find(|rule| rule.contains("font-family:pk-arabic-bold"))
        .unwrap();
    assert!(rule.len() > 200_000, "{}", rule.len());
    assert!(page.fits, "{:?}", page.warnings);
}
