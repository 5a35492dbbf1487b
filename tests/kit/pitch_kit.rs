//! Kits made for one brand, read back: a competitor's collaboration never appears in
//! the pitch's PDF (nor its web kit) unless the pitch's switch shows it; the cover says
//! who the kit is for and About starts with the intro; rates show as the pitch says;
//! the audience fit is printed when chosen; the main kit prints none of it.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use crate::pdf_support::{all_text, fixed_date};
use crate::web_support::{parse, render_demo_media};
use pitchkit::kit::pitch::{Tailored, tailor};
use pitchkit::model::{KitLength, Project, RatesShown, Theme};
use pitchkit::pdf::{ExportOptions, MediaSource, render_kit};
use pitchkit::sample::demo_project;
use pitchkit::web::WebOptions;

/// Words only the Halfmoon Roasters collaboration (a coffee roaster) prints: its
/// brand, its testimonial's author and its discount code.
const HALFMOON: [&str; 3] = ["Halfmoon", "Natarajan", "ORBIT15"];

fn pitch_view(project: &Project, brand: &str) -> Tailored {
    let pitch = project.pitches.iter().find(|p| p.brand == brand).unwrap();
    tailor(project, pitch, date(2026, 11, 16))
}

/// The PDF of a view, as text (its own theme unless `theme` is given).
fn pdf_text(view: &Project, theme: Option<Theme>) -> String {
    let mut options = ExportOptions::from_project(view, fixed_date());
    if let Some(theme) = theme {
        options.theme = theme;
    }
    let pdf = render_kit(view, &MediaSource::demo(), &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    // Line breaks and hyphen-free wrapping: compare words separated by single spaces.
    all_text(&doc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn web_text(view: &Project) -> String {
    let page = render_demo_media(view, &WebOptions::from_project(view));
    parse(&page.html).body_text()
}

#[test]
fn the_competitor_never_appears_in_the_pitch_pdf_in_any_theme_nor_its_web_kit() {
    let project = demo_project().unwrap();
    let view = pitch_view(&project, "Brightside Coffee Co.");
    assert_eq!(view.hidden, vec![0], "Halfmoon Roasters is collaboration 0");
    for theme in Theme::ALL {
        let text = pdf_text(&view.project, Some(theme));
        for word in HALFMOON {
            assert!(!text.contains(word), "{theme:?}: “{word}” is in the PDF");
        }
        assert!(
            text.contains("Lumen Optics"),
            "{theme:?}: other collaborations stay"
        );
    }
    let web = web_text(&view.project);
    for word in HALFMOON {
        assert!(!web.contains(word), "“{word}” is in the web kit");
    }
    // The main kit shows it: the words are really the collaboration's.
    let main = pdf_text(&project, None);
    for word in HALFMOON {
        assert!(main.contains(word), "“{word}” missing from the main kit");
    }
}

#[test]
fn the_pitch_switch_shows_competitors() {
    let mut project = demo_project().unwrap();
    project.pitches[0].show_competitors = true;
    let view = pitch_view(&project, "Brightside Coffee Co.");
    assert!(view.hidden.is_empty());
    assert_eq!(view.competitors.len(), 1);
    let text = pdf_text(&view.project, None);
    for word in HALFMOON {
        assert!(text.contains(word), "“{word}” missing with the switch on");
    }
}

#[test]
fn a_collaboration_marked_competing_is_hidden_from_every_pitch() {
    let mut project = demo_project().unwrap();
    project.collaborations[1].competing = true; // Lumen Optics, a telescope maker
    for brand in ["Kepler Kids", "Aurora Oat Drink"] {
        let view = pitch_view(&project, brand);
        let text = pdf_text(&view.project, None);
        assert!(!text.contains("Lumen"), "{brand}: Lumen Optics printed");
        assert!(
            !text.contains("Ekwueme"),
            "{brand}: its testimonial printed"
        );
        assert!(text.contains("Meridian Science Museum"), "{brand}");
    }
}

#[test]
fn the_cover_says_who_the_kit_is_for_and_about_starts_with_the_intro() {
    let project = demo_project().unwrap();
    let view = pitch_view(&project, "Brightside Coffee Co.");
    let text = pdf_text(&view.project, None);
    assert!(
        text.contains("Prepared for Brightside Coffee Co. · 16 Nov 2026"),
        "{text}"
    );
    let intro = text
        .find("Your Night Shift blend has been in my mug")
        .unwrap();
    let bio = text
        .find("I’m Maya, a former planetarium educator")
        .unwrap();
    assert!(intro < bio, "the intro comes first in About");
    let web = web_text(&view.project);
    assert!(web.contains("Prepared for Brightside Coffee Co. · 16 Nov 2026"));
    assert!(web.contains("Your Night Shift blend"));
    let main = pdf_text(&project, None);
    assert!(!main.contains("Prepared for"));
    assert!(!main.contains("Night Shift"));
}

#[test]
fn rates_show_in_full_from_or_on_request_as_the_pitch_says() {
    let mut project = demo_project().unwrap();
    let prices = ["$650", "$1,400", "$1,200"];
    let cases = [
        (RatesShown::Full, vec!["$650", "$1,400–1,800", "$1,200"]),
        (
            RatesShown::From,
            vec!["from $650", "from $1,400", "from $1,200"],
        ),
    ];
    for (rates, shown) in cases {
        project.pitches[2].rates = rates;
        let text = pdf_text(&pitch_view(&project, "Aurora Oat Drink").project, None);
        for price in shown {
            assert!(text.contains(price), "{rates:?}: {price} missing");
        }
        assert!(!text.contains("Rates on request"), "{rates:?}");
        assert_eq!(
            text.contains("–1,800"),
            rates == RatesShown::Full,
            "the top of the range"
        );
    }
    project.pitches[2].rates = RatesShown::OnRequest;
    let view = pitch_view(&project, "Aurora Oat Drink");
    let text = pdf_text(&view.project, None);
    assert!(text.contains("Rates on request"));
    for price in prices {
        assert!(!text.contains(price), "on request: {price} printed");
    }
    let web = web_text(&view.project);
    assert!(web.contains("Rates on request"));
    assert!(prices.iter().all(|p| !web.contains(p)));
}

#[test]
fn the_audience_fit_is_printed_when_chosen() {
    let mut project = demo_project().unwrap();
    // Kepler Kids: ages 25–44 58.1 %, women 56.3 %, UK + US 54.1 %; together
    // 0.581 × 0.563 × 0.541 = 17.7 %.
    let view = pitch_view(&project, "Kepler Kids");
    let text = pdf_text(&view.project, None);
    assert!(text.contains("How my audience fits Kepler Kids"), "{text}");
    for figure in ["58.1%", "56.3%", "54.1%", "17.7%"] {
        assert!(text.contains(figure), "{figure} missing");
    }
    assert!(text.contains("independent"), "the assumption is printed");
    assert!(web_text(&view.project).contains("17.7%"));
    project.pitches[1].print_audience_fit = false;
    let text = pdf_text(&pitch_view(&project, "Kepler Kids").project, None);
    assert!(!text.contains("How my audience fits"));
    assert!(!text.contains("17.7%"));
}

#[test]
fn the_pitch_theme_and_sections_apply() {
    let project = demo_project().unwrap();
    let view = pitch_view(&project, "Kepler Kids");
    assert_eq!(view.project.kit.theme, Theme::WarmEditorial);
    let text = pdf_text(&view.project, None);
    assert!(!text.contains("Followers over time"), "Growth is hidden");
    assert!(pdf_text(&project, None).contains("Followers over time"));
}

#[test]
fn a_pitch_can_have_its_own_kit_length() {
    let mut project = demo_project().unwrap();
    // Follows the main kit until the pitch sets its own.
    let view = pitch_view(&project, "Brightside Coffee Co.");
    assert_eq!(view.project.kit.length, project.kit.length);
    project.pitches[0].length = Some(KitLength::OnePage);
    let view = pitch_view(&project, "Brightside Coffee Co.");
    assert_eq!(view.project.kit.length, KitLength::OnePage);
    let options = ExportOptions::from_project(&view.project, fixed_date());
    let pdf = render_kit(&view.project, &MediaSource::demo(), &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 1);
    let text = all_text(&doc);
    assert!(
        text.contains("Prepared for Brightside Coffee Co."),
        "{text}"
    );
    for word in HALFMOON {
        assert!(!text.contains(word), "{word} in the one-page pitch kit");
    }
}

#[test]
fn the_pitch_kit_is_titled_for_the_brand_in_the_pdf_and_the_web_page() {
    let project = demo_project().unwrap();
    let view = pitch_view(&project, "Kepler Kids");
    let options = ExportOptions::from_project(&view.project, fixed_date());
    let pdf = render_kit(&view.project, &MediaSource::demo(), &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let title = doc
        .get_object(info)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"Title")
        .unwrap();
    let title = lopdf::decode_text_string(title).unwrap();
    assert_eq!(title, "Maya Okafor × Kepler Kids – media kit");
    let page = render_demo_media(&view.project, &WebOptions::from_project(&view.project));
    assert!(
        page.html
            .contains("<title>Maya Okafor × Kepler Kids – media kit</title>"),
        "the web page's title names the brand"
    );
}
