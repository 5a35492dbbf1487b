//! Layout invariants for the demo and stress projects, in every theme and both paper
//! sizes: blocks inside the live area (the footer inside the bottom margin), no two
//! text blocks overlapping, no line wider than its block, nothing below 7 pt, sections
//! in the configured order and hidden ones absent.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::Benchmarks;
use pitchkit::kit::grid::Grid;
use pitchkit::kit::page::{Block, FontFace, Page, ScriptFace, TextBlock, TextRun, Weight};
use pitchkit::kit::{Layout, LayoutContext, LayoutError, layout};
use pitchkit::model::{
    AestheticSample, Collaboration, KitSettings, PageSize, Platform, PlatformKind, Project,
    Section, SectionSetting, Testimonial, Theme,
};

const EPS: f32 = 0.05;

pub fn demo() -> Project {
    pitchkit::sample::demo_project().unwrap()
}

pub fn run(project: &Project, settings: &KitSettings) -> Layout {
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    layout(project, settings, &ctx).unwrap()
}

pub fn block_text(block: &TextBlock) -> String {
    block
        .lines
        .iter()
        .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of every text block of the kit, page by page.
pub fn texts(layout: &Layout) -> Vec<String> {
    layout
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Text(t) => Some(block_text(t)),
            _ => None,
        })
        .collect()
}

/// Every invariant of one laid-out kit; `what` names it in failures.
pub fn check(layout: &Layout, settings: &KitSettings, what: &str) {
    let grid = Grid::for_size(settings.page_size);
    let live = grid.live();
    assert!(!layout.pages.is_empty(), "{what}: no pages");
    for (index, page) in layout.pages.iter().enumerate() {
        let at = format!("{what}, page {}", index + 1);
        check_page(page, &grid, &at);
        let texts: Vec<&TextBlock> = page
            .blocks
            .iter()
            .filter_map(|b| {
                if let Block::Text(t) = b {
                    Some(t)
                } else {
                    None
                }
            })
            .collect();
        for (i, a) in texts.iter().enumerate() {
            for b in texts.iter().skip(i + 1) {
                let shrink = |r: pitchkit::kit::page::RectMm| {
                    pitchkit::kit::page::RectMm::new(
                        r.x_mm + EPS,
                        r.y_mm + EPS,
                        r.width_mm - 2.0 * EPS,
                        r.height_mm - 2.0 * EPS,
                    )
                };
                assert!(
                    !shrink(a.rect).overlaps(&shrink(b.rect)),
                    "{at}: text blocks overlap: {:?} {:?} / {:?} {:?}",
                    block_text(a),
                    a.rect,
                    block_text(b),
                    b.rect
                );
            }
        }
        let _ = live;
    }
}

fn check_page(page: &Page, grid: &Grid, at: &str) {
    let live = grid.live();
    let paper = pitchkit::kit::page::RectMm::new(0.0, 0.0, page.width_mm, page.height_mm);
    for block in &page.blocks {
        let bounds = block.bounds();
        let footer = matches!(block, Block::Text(t) if t.size_pt <= 7.0)
            && bounds.y_mm >= live.bottom_mm() - EPS
            && paper.contains(&bounds);
        let grown = pitchkit::kit::page::RectMm::new(
            live.x_mm - EPS,
            live.y_mm - EPS,
            live.width_mm + 2.0 * EPS,
            live.height_mm + 2.0 * EPS,
        );
        assert!(
            footer || grown.contains(&bounds),
            "{at}: block outside the live area: {bounds:?} {block:?}"
        );
        if let Block::Text(text) = block {
            assert!(
                text.size_pt >= 7.0 - 1e-3,
                "{at}: text below 7 pt: {:?}",
                block_text(text)
            );
            for line in &text.lines {
                assert!(
                    line.width_mm <= text.rect.width_mm + EPS,
                    "{at}: line wider than its block: {:?}",
                    block_text(text)
                );
                if let Some(first) = line.runs.first() {
                    assert!(
                        first.x_mm >= text.rect.x_mm - EPS,
                        "{at}: line starts left of its block"
                    );
                    assert!(
                        first.x_mm + line.width_mm <= text.rect.right_mm() + EPS,
                        "{at}: line ends right of its block"
                    );
                }
                assert!(
                    line.baseline_mm > text.rect.y_mm
                        && line.baseline_mm <= text.rect.bottom_mm() + EPS,
                    "{at}: baseline outside block"
                );
            }
        }
    }
}

fn settings(theme: Theme, page_size: PageSize) -> KitSettings {
    KitSettings {
        theme,
        page_size,
        ..KitSettings::default()
    }
}

pub fn all_settings() -> Vec<KitSettings> {
    Theme::ALL
        .iter()
        .flat_map(|&theme| [PageSize::A4, PageSize::Letter].map(|size| settings(theme, size)))
        .collect()
}

pub fn stress_projects() -> Vec<(&'static str, Project)> {
    let base = demo();
    let mut out = Vec::new();

    let mut p = base.clone();
    p.creator.display_name = "Maximiliana Anastasia Konstantinopoulou-Worthington de la Cruz"
        .chars()
        .take(60)
        .collect();
    assert_eq!(p.creator.display_name.chars().count(), 60);
    out.push(("60-character name", p));

    let mut p = base.clone();
    let sentence =
        "I explain one space question at a time, with a mug for scale and a calm voice. ";
    p.creator.bio = sentence
        .repeat(2000 / sentence.len() + 1)
        .chars()
        .take(2000)
        .collect();
    out.push(("2,000-character bio", p));

    let mut p = base.clone();
    for platform in &mut p.platforms {
        platform.posts.clear();
    }
    out.push(("0 posts", p));

    let mut p = base.clone();
    let template = p.collaborations[0].clone();
    p.collaborations = (0..40)
        .map(|i| Collaboration {
            brand: format!("Brand number {i} with a longer name"),
            testimonial: (i % 3 == 0).then(|| Testimonial {
                quote: "Working with her was a joy; the audience listened and bought. ".repeat(3),
                author: "A. Person".to_owned(),
                role: "Head of Partnerships".to_owned(),
            }),
            ..template.clone()
        })
        .collect();
    out.push(("40 collaborations", p));

    let mut p = base.clone();
    p.samples.truncate(1);
    out.push(("1 photo", p));

    let mut p = base.clone();
    let samples = p.samples.clone();
    p.samples = (0..60)
        .map(|i| samples[i % samples.len()].clone())
        .collect::<Vec<AestheticSample>>();
    out.push(("60 photos", p));

    let mut p = base.clone();
    let mut kinds: Vec<PlatformKind> = PlatformKind::NAMED.to_vec();
    kinds.push(PlatformKind::Other("Substack Notes".to_owned()));
    p.platforms = kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let mut platform = base.platforms[i % base.platforms.len()].clone();
            platform.kind = kind;
            platform.followers = 900 + i as u64 * 13_000;
            platform
        })
        .collect();
    out.push(("every platform kind", p));

    let mut p = Project::new("Empty Creator");
    p.platforms
        .push(Platform::new(PlatformKind::Instagram, 0, date(2026, 11, 1)));
    out.push(("nearly empty project", p));
    out
}

#[test]
fn demo_holds_every_invariant_in_every_theme_and_size() {
    let project = demo();
    for settings in all_settings() {
        let laid = run(&project, &settings);
        check(
            &laid,
            &settings,
            &format!("demo {:?} {:?}", settings.theme, settings.page_size),
        );
        assert!(
            laid.pages.len() >= 4,
            "the demo kit should have several pages"
        );
    }
}

#[test]
fn stress_projects_hold_every_invariant() {
    for (name, project) in stress_projects() {
        for settings in all_settings() {
            let laid = run(&project, &settings);
            check(
                &laid,
                &settings,
                &format!("{name} {:?} {:?}", settings.theme, settings.page_size),
            );
        }
    }
}

fn eyebrows(layout: &Layout) -> Vec<String> {
    let labels: Vec<String> = Section::ALL
        .iter()
        .map(|s| s.label().to_uppercase())
        .collect();
    layout
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| {
            if let Block::Text(t) = b {
                Some(block_text(t))
            } else {
                None
            }
        })
        .filter(|text| labels.contains(text))
        .collect()
}

#[test]
fn sections_follow_the_configured_order_and_hidden_ones_are_absent() {
    let project = demo();
    let mut settings = KitSettings::default();
    let order = [
        Section::Notes,
        Section::Rates,
        Section::Cover,
        Section::Growth,
        Section::About,
        Section::Contact,
        Section::Audience,
        Section::Compare,
        Section::Aesthetics,
        Section::Collaborations,
    ];
    let hidden = [Section::Growth, Section::Aesthetics];
    settings.sections = order
        .iter()
        .map(|&section| SectionSetting {
            section,
            visible: !hidden.contains(&section),
        })
        .collect();
    let laid = run(&project, &settings);
    let expected: Vec<String> = order
        .iter()
        .filter(|s| !hidden.contains(s) && **s != Section::Cover)
        .map(|s| s.label().to_uppercase())
        .collect();
    assert_eq!(eyebrows(&laid), expected);
    check(&laid, &settings, "reordered");
}

#[test]
fn every_section_hidden_is_an_error() {
    let mut settings = KitSettings::default();
    for s in &mut settings.sections {
        s.visible = false;
    }
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    assert_eq!(
        layout(&demo(), &settings, &ctx),
        Err(LayoutError::NothingToShow)
    );
}

#[test]
fn every_page_has_a_footer_with_name_date_and_page_number() {
    let laid = run(&demo(), &KitSettings::default());
    let total = laid.pages.len();
    for (index, page) in laid.pages.iter().enumerate() {
        let texts: Vec<String> = page
            .blocks
            .iter()
            .filter_map(|b| {
                if let Block::Text(t) = b {
                    Some(block_text(t))
                } else {
                    None
                }
            })
            .collect();
        assert!(
            texts.contains(&"Maya Okafor · Data as of 15 Nov 2026".to_owned()),
            "page {}",
            index + 1
        );
        assert!(texts.contains(&format!("{} / {total}", index + 1)));
    }
}

#[test]
fn layout_is_deterministic() {
    let a = run(&demo(), &KitSettings::default());
    let b = run(&demo(), &KitSettings::default());
    assert_eq!(a, b);
}

#[test]
fn demo_warnings_are_plain_sentences() {
    let laid = run(&demo(), &KitSettings::default());
    for warning in &laid.warnings {
        println!("{warning}");
        assert!(warning.ends_with('.'), "{warning}");
    }
}

fn links(layout: &Layout) -> Vec<String> {
    layout
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| {
            if let Block::Link { url, .. } = b {
                Some(url.clone())
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn links_cover_email_website_profiles_and_collaborations() {
    let mut project = demo();
    project.collaborations[0].link = "https://www.instagram.com/p/abc123".to_owned();
    let laid = run(&project, &KitSettings::default());
    let urls = links(&laid);
    assert!(
        urls.contains(&"mailto:maya.okafor@example.com".to_owned()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&"https://orbitandoat.example.com".to_owned()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&"https://www.instagram.com/p/abc123".to_owned()),
        "{urls:?}"
    );
    for platform in &project.platforms {
        assert!(
            urls.iter()
                .any(|u| u.contains(platform.handle.trim_start_matches('@'))),
            "no link for {:?}: {urls:?}",
            platform.kind
        );
    }
    for url in &urls {
        assert!(
            url.starts_with("https://") || url.starts_with("mailto:"),
            "{url}"
        );
    }
}

#[test]
fn qr_codes_are_at_least_25_mm_and_dark_theme_puts_them_on_white() {
    use pitchkit::kit::page::Shape;
    for theme in Theme::ALL {
        let laid = run(&demo(), &settings(theme, PageSize::A4));
        let contact_page = laid
            .pages
            .iter()
            .find(|p| {
                p.blocks
                    .iter()
                    .any(|b| matches!(b, Block::Text(t) if block_text(t) == "CONTACT"))
            })
            .unwrap();
        let squares: Vec<_> = contact_page
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Link { rect, .. }
                    if (rect.width_mm - rect.height_mm).abs() < 0.01 && rect.width_mm >= 25.0 =>
                {
                    Some(*rect)
                }
                _ => None,
            })
            .collect();
        assert_eq!(squares.len(), 2, "{theme:?}: two QR codes with links");
        let white_tiles = contact_page
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Shape { shape: Shape::Rect { rect, .. }, paint } if squares.contains(rect) && paint.fill == Some(pitchkit::model::Rgb([255, 255, 255]))))
            .count();
        assert_eq!(white_tiles > 0, theme == Theme::BoldDark, "{theme:?}");
    }
}

#[test]
fn photo_grid_keeps_full_rows_and_crops_to_4_by_5() {
    let mut project = demo();
    let samples = project.samples.clone();
    project.samples = (0..60)
        .map(|i| samples[i % samples.len()].clone())
        .collect();
    let laid = run(&project, &KitSettings::default());
    let images: Vec<_> = laid
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| {
            if let Block::Image(i) = b {
                Some(i)
            } else {
                None
            }
        })
        .collect();
    // 24 in the grid plus the cover portrait (4:5, or up to 5:8 when the cover has room).
    assert_eq!(images.len(), 25);
    for (index, image) in images.into_iter().enumerate() {
        let frame_ratio = image.rect.width_mm / image.rect.height_mm;
        let (_, _, w, h) = image.crop_px;
        let crop_ratio = w as f32 / h as f32;
        if index == 0 {
            assert!((0.62..=0.81).contains(&frame_ratio), "{frame_ratio}");
        } else {
            assert!((frame_ratio - 0.8).abs() < 0.01, "{frame_ratio}");
        }
        assert!(
            (crop_ratio - frame_ratio).abs() < 0.02,
            "{crop_ratio} vs {frame_ratio}"
        );
    }
    assert!(
        laid.warnings.iter().any(|w| w.contains("24 of 60")),
        "{:?}",
        laid.warnings
    );
}

#[test]
fn forty_collaborations_are_all_named_six_in_full_the_rest_listed() {
    let (_, project) = stress_projects()
        .into_iter()
        .find(|(name, _)| *name == "40 collaborations")
        .unwrap();
    let laid = run(&project, &KitSettings::default());
    let texts: Vec<String> = laid
        .pages
        .iter()
        .flat_map(|page| &page.blocks)
        .filter_map(|block| match block {
            // Lines joined with spaces: a long brand name may wrap.
            Block::Text(text) => Some(block_text(text).replace('\n', " ")),
            _ => None,
        })
        .collect();
    for i in 0..40 {
        let brand = format!("Brand number {i} with a longer name");
        assert!(
            texts.iter().any(|t| t.contains(&brand)),
            "{brand} is missing"
        );
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Also worked with") || t.contains("ALSO WORKED WITH"))
    );
    // The heading and the sponsored figures share a page with the first campaign.
    let heading_page = laid.pages.iter().position(|page| {
        page.blocks
            .iter()
            .any(|b| matches!(b, Block::Text(t) if block_text(t) == "COLLABORATIONS"))
    });
    let first_page = laid.pages.iter().position(|page| {
        page.blocks.iter().any(|b| {
            matches!(b, Block::Text(t)
                if block_text(t).replace('\n', " ").contains("Brand number 0 with"))
        })
    });
    assert!(heading_page.is_some());
    assert_eq!(heading_page, first_page);
}

/// The page each section's eyebrow is on, by label.
fn section_pages(layout: &Layout) -> Vec<(String, usize)> {
    let labels: Vec<String> = Section::ALL
        .iter()
        .map(|s| s.label().to_uppercase())
        .collect();
    let mut out = Vec::new();
    for (index, page) in layout.pages.iter().enumerate() {
        for block in &page.blocks {
            if let Block::Text(t) = block {
                let text = block_text(t);
                if labels.contains(&text) {
                    out.push((text, index + 1));
                }
            }
        }
    }
    out
}

#[test]
fn growth_and_demographics_go_compact_rather_than_leave_pages_half_empty() {
    let laid = run(&demo(), &KitSettings::default());
    let pages = section_pages(&laid);
    let page_of = |label: &str| {
        pages
            .iter()
            .find(|(text, _)| text == &label.to_uppercase())
            .map(|(_, page)| *page)
            .unwrap()
    };
    // On A4 the demographics fit under the platform tiles (shorter charts)…
    let demographics_page = laid
        .pages
        .iter()
        .position(|page| {
            page.blocks.iter().any(
                |b| matches!(b, Block::Text(t) if block_text(t).starts_with("Most of my audience")),
            )
        })
        .unwrap()
        + 1;
    assert_eq!(demographics_page, page_of(Section::Audience.label()));
    // …and the growth charts below the comparison.
    assert_eq!(
        page_of(Section::Growth.label()),
        page_of(Section::Compare.label())
    );
    // …and the section is never split: its charts are on the heading's page.
    let growth_page = &laid.pages[page_of(Section::Growth.label()) - 1];
    let charts_on_page = growth_page
        .blocks
        .iter()
        .filter(|b| {
            matches!(b, Block::Text(t)
                if block_text(t).ends_with(" in 90 days") && !block_text(t).contains('·'))
        })
        .count();
    assert_eq!(charts_on_page, 3, "{pages:?}");
    // The notes' sources never stand alone: they share a page with the notes heading.
    let last = laid.pages.last().unwrap();
    assert!(
        last.blocks
            .iter()
            .any(|b| matches!(b, Block::Text(t) if block_text(t) == "NOTES")),
        "{pages:?}"
    );
}

#[test]
fn arabic_text_is_shaped_right_to_left_in_its_own_face_without_a_warning() {
    let mut project = demo();
    project.creator.bio = "مرحبا بالعالم، أنا مايا".to_owned();
    let laid = run(&project, &KitSettings::default());
    let arabic = FontFace::Script(ScriptFace::Arabic, Weight::Regular);
    let runs: Vec<&TextRun> = laid
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Text(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.lines)
        .flat_map(|l| &l.runs)
        .filter(|r| r.text.contains("مرحبا"))
        .collect();
    assert_eq!(runs.len(), 1, "{runs:?}");
    let run = runs[0];
    assert!(run.rtl && run.font == arabic, "{run:?}");
    // The first letter is drawn at the right end, and joined (not its isolated form).
    let first = run.glyphs.iter().rposition(|g| !g.text.is_empty()).unwrap();
    assert!(run.glyphs[first].text.starts_with('م'));
    assert_ne!(
        Some(run.glyphs[first].id),
        pitchkit::kit::fonts::glyph_id(arabic, 'م')
    );
    assert!(
        !laid
            .warnings
            .iter()
            .any(|w| w.contains("Arabic") || w.contains("Left out")),
        "{:?}",
        laid.warnings
    );
}

#[test]
fn an_arabic_kit_is_laid_out_right_to_left() {
    let project = demo();
    let english = run(&project, &KitSettings::default());
    let settings = KitSettings {
        language: Some(pitchkit::kit::lang::Language::Ar),
        ..KitSettings::default()
    };
    let arabic = run(&project, &settings);
    let width = arabic.pages[0].width_mm;
    let photo_x = |laid: &Layout| {
        laid.pages[0]
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Image(image) => Some(image.rect.x_mm + image.rect.width_mm / 2.0),
                _ => None,
            })
            .unwrap()
    };
    // The cover photo changes sides.
    assert!(photo_x(&english) < width / 2.0);
    assert!(photo_x(&arabic) > width / 2.0);
    // Every line of a block that reads right to left ends at its box's right edge,
    // unless centred.
    let mut flush_right = 0;
    for page in &arabic.pages {
        for block in &page.blocks {
            let Block::Text(text) = block else { continue };
            let runs = || text.lines.iter().flat_map(|l| &l.runs);
            if runs().next().is_none() || !runs().all(|r| r.rtl) {
                continue;
            }
            for line in text.lines.iter().filter(|l| !l.runs.is_empty()) {
                let start = line.runs.iter().map(|r| r.x_mm).fold(f32::MAX, f32::min);
                let right_gap = text.rect.x_mm + text.rect.width_mm - (start + line.width_mm);
                let left_gap = start - text.rect.x_mm;
                if right_gap.abs() < 0.05 {
                    flush_right += 1;
                } else {
                    assert!(
                        (right_gap - left_gap).abs() < 0.1,
                        "{:?} is neither flush right nor centred",
                        line.runs
                            .iter()
                            .map(|r| r.text.as_str())
                            .collect::<String>()
                    );
                }
            }
        }
    }
    assert!(flush_right > 20, "{flush_right}");
}
