//! The kit in the brand's language: the demo kit laid out in each kit language prints
//! that language's headings and none of English's (read from the laid-out pages, so
//! Japanese and Arabic are checked where fonts are missing; the Latin-script kits also
//! from the PDF); numbers and dates follow the language; a pitch's language overrides
//! the kit's; the web kit says its language and direction.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use crate::kit_layout::{demo, run, texts};
use crate::pdf_support::{all_text, fixed_date};
use crate::web_support::{parse, render_demo_media};
use pitchkit::kit::Layout;
use pitchkit::kit::lang::Language;
use pitchkit::kit::pitch::tailor;
use pitchkit::kit::text::smarten;
use pitchkit::model::Project;
use pitchkit::pdf::{ExportOptions, MediaSource, render_kit};
use pitchkit::web::WebOptions;

/// The headings of the full kit's sections (their titles and eyebrows).
const HEADINGS: [&str; 13] = [
    "compare.title",
    "growth.title",
    "aesthetics.title",
    "collabs.title",
    "rates.title",
    "contact.title",
    "notes.title",
    "section.audience",
    "section.compare",
    "section.aesthetics",
    "section.growth",
    "section.rates",
    "notes.sources",
];

/// Text without any whitespace (lines break anywhere in Japanese), in capitals
/// (eyebrows are set in capitals).
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

fn layout_text(layout: &Layout) -> String {
    texts(layout).join("\n")
}

fn in_language(language: Option<Language>) -> Project {
    let mut project = demo();
    project.kit.language = language;
    project
}

fn laid_out(language: Language) -> String {
    let project = in_language(Some(language));
    squeezed(&layout_text(&run(&project, &project.kit)))
}

/// The headings English prints in the demo kit (so a section the demo lacks is not
/// asked of the others).
fn english_headings() -> Vec<&'static str> {
    let english = laid_out(Language::En);
    let shown: Vec<&str> = HEADINGS
        .into_iter()
        .filter(|key| english.contains(&squeezed(&smarten(Language::En.tr(key)))))
        .collect();
    assert!(shown.len() >= 10, "the English demo shows only {shown:?}");
    shown
}

fn check_headings(language: Language, text: &str, keys: &[&str]) {
    for key in keys {
        let own = squeezed(&smarten(language.tr(key)));
        assert!(
            text.contains(&own),
            "{language}: “{own}” ({key}) is missing"
        );
        let english_text = smarten(Language::En.tr(key));
        let english = squeezed(&english_text);
        // Single words ("Rates") also occur in sources' published titles.
        let phrase = english_text.split_whitespace().count() >= 3;
        if phrase && english != own && !own.contains(&english) {
            assert!(
                !text.contains(&english),
                "{language}: the English “{english}” ({key}) is printed"
            );
        }
    }
}

#[test]
fn each_language_lays_out_its_own_headings_and_none_of_englishs() {
    let keys = english_headings();
    for language in Language::ALL.into_iter().filter(|&l| l != Language::En) {
        check_headings(language, &laid_out(language), &keys);
    }
}

#[test]
fn the_latin_script_pdfs_read_back_in_their_language() {
    let keys = english_headings();
    for language in [
        Language::De,
        Language::Es,
        Language::PtBr,
        Language::Fr,
        Language::It,
        Language::Id,
    ] {
        let project = in_language(Some(language));
        let options = ExportOptions::from_project(&project, fixed_date());
        let pdf = render_kit(&project, &MediaSource::demo(), &options).unwrap();
        let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
        check_headings(language, &squeezed(&all_text(&doc)), &keys);
    }
}

#[test]
fn figures_and_dates_follow_the_kit_language() {
    let project = in_language(Some(Language::De));
    let text = layout_text(&run(&project, &project.kit));
    // A German percentage: decimal comma, a space before the sign.
    assert!(
        text.contains(",") && text.contains("\u{a0}%"),
        "no German percentage in:\n{text}"
    );
    assert!(
        !text.contains("Data as of"),
        "the English footer is printed"
    );
    let as_of = project.data_as_of().unwrap();
    assert!(
        squeezed(&text).contains(&squeezed(&Language::De.date(as_of))),
        "the footer's date is not German"
    );
    let ja = in_language(Some(Language::Ja));
    let text = squeezed(&layout_text(&run(&ja, &ja.kit)));
    assert!(text.contains(&squeezed(&Language::Ja.date(as_of))));
    assert!(text.contains("年") && text.contains("月"));
}

#[test]
fn no_language_set_is_english_in_tests_and_a_pitch_overrides_the_kit() {
    let english = laid_out(Language::En);
    let unset = in_language(None);
    assert_eq!(
        squeezed(&layout_text(&run(&unset, &unset.kit))),
        english,
        "a kit without a language lays out as English here"
    );
    let mut project = in_language(Some(Language::Fr));
    let mut pitch = project.pitches[0].clone();
    pitch.language = Some(Language::De);
    project.pitches[0] = pitch.clone();
    let view = tailor(&project, &pitch, date(2026, 11, 16)).project;
    assert_eq!(view.kit.language, Some(Language::De));
    let text = squeezed(&layout_text(&run(&view, &view.kit)));
    let german = squeezed(&smarten(Language::De.tr("compare.title")));
    let french = squeezed(&smarten(Language::Fr.tr("compare.title")));
    assert!(text.contains(&german) && !text.contains(&french));
    let prepared = squeezed(&Language::De.trf(
        "cover.prepared_for",
        &[
            ("brand", pitch.brand.trim()),
            ("date", &Language::De.date(date(2026, 11, 16))),
        ],
    ));
    assert!(text.contains(&prepared), "no German “Prepared for” line");
    // A pitch without its own language follows the main kit's.
    pitch.language = None;
    let view = tailor(&project, &pitch, date(2026, 11, 16)).project;
    assert_eq!(view.kit.language, Some(Language::Fr));
}

#[test]
fn the_web_kit_says_its_language_and_direction() {
    for (language, dir) in [(Language::De, "ltr"), (Language::Ar, "rtl")] {
        let project = in_language(Some(language));
        let page = render_demo_media(&project, &WebOptions::from_project(&project));
        let parsed = parse(&page.html);
        let root = parsed.all("html").next().unwrap();
        assert_eq!(root.attr("lang"), Some(language.code()));
        assert_eq!(root.attr("dir"), Some(dir));
        let body = squeezed(&parsed.body_text());
        for key in ["compare.title", "notes.title", "section.audience"] {
            let own = squeezed(&smarten(language.tr(key)));
            assert!(
                body.contains(&own),
                "{language}: “{own}” missing in the web kit"
            );
            assert!(!body.contains(&squeezed(&smarten(Language::En.tr(key)))));
        }
    }
}

#[test]
fn the_short_kits_keep_their_pages_in_every_language() {
    use pitchkit::model::KitLength;
    for language in Language::ALL {
        for (length, pages) in [(KitLength::OnePage, 1), (KitLength::TwoPage, 2)] {
            let mut project = in_language(Some(language));
            project.kit.length = length;
            let laid = run(&project, &project.kit);
            assert_eq!(laid.pages.len(), pages, "{language} {length:?}");
            assert!(
                !laid
                    .warnings
                    .iter()
                    .any(|w| w.contains("needed more than its pages")),
                "{language} {length:?}: {:?}",
                laid.warnings
            );
        }
    }
}
