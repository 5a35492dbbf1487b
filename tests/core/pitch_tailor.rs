//! `kit::pitch::tailor`: the view a pitch's kit lays out, its file name, and finding a
//! pitch by brand.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::kit::pitch::{PitchLookupError, file_name, find_pitch, tailor};
use pitchkit::model::{CollabChoice, Pitch, PitchPrint, Project, RatesShown, Rgb, Theme};
use pitchkit::sample::demo_project;

const DAY: time::Date = date(2026, 11, 16);

#[test]
fn the_view_applies_the_pitch_and_leaves_the_project_as_it_was() {
    let project = demo_project().unwrap();
    let before = project.clone();
    let view = tailor(&project, &project.pitches[0], DAY);
    assert_eq!(project, before);
    let brands: Vec<&str> = view
        .project
        .collaborations
        .iter()
        .map(|c| c.brand.as_str())
        .collect();
    assert_eq!(
        brands,
        [
            "Lumen Optics",
            "Meridian Science Museum",
            "Fieldline Notebooks"
        ],
        "the coffee roaster is left out"
    );
    assert!(
        !view.project.collaborations[2].show_in_kit,
        "still hidden as in the main kit"
    );
    assert_eq!(view.hidden, vec![0]);
    assert!(view.project.pitches.is_empty());
    assert_eq!(
        view.project.kit.pitch.as_deref(),
        Some(&PitchPrint {
            brand: "Brightside Coffee Co.".to_owned(),
            prepared_for: "Prepared for Brightside Coffee Co. · 16 Nov 2026".to_owned(),
            intro: project.pitches[0].intro.clone(),
            rates: RatesShown::From,
            audience_fit: Some(project.pitches[0].target.clone()),
        })
    );
    assert!(!view.project.rate_card.on_request);
    assert_eq!(view.project.kit.theme, project.kit.theme);
    assert_eq!(
        view.file_name,
        "Maya Okafor × Brightside Coffee Co – media kit.pdf"
    );
    // Only the kit's settings, the collaborations and the pitches differ.
    let mut same = view.project.clone();
    same.kit = project.kit.clone();
    same.collaborations = project.collaborations.clone();
    same.pitches = project.pitches.clone();
    assert_eq!(same, project);
}

#[test]
fn the_pitch_choices_win_over_the_main_kit() {
    let mut project = demo_project().unwrap();
    let notebooks = &project.collaborations[3];
    let lumen = &project.collaborations[1];
    let choices = vec![
        CollabChoice {
            brand: " fieldline  NOTEBOOKS".to_owned(),
            date: notebooks.date,
            shown: true,
        },
        CollabChoice {
            brand: lumen.brand.clone(),
            date: lumen.date,
            shown: false,
        },
        // A choice for another date names another collaboration.
        CollabChoice {
            brand: "Meridian Science Museum".to_owned(),
            date: DAY,
            shown: false,
        },
    ];
    let pitch = &mut project.pitches[2];
    pitch.collabs = choices;
    pitch.theme = Some(Theme::BoldDark);
    pitch.accent = Some(Rgb([10, 20, 30]));
    pitch.rates = RatesShown::OnRequest;
    pitch.print_audience_fit = false;
    let view = tailor(&project, &project.pitches[2], DAY);
    let shown: Vec<(&str, bool)> = view
        .project
        .collaborations
        .iter()
        .map(|c| (c.brand.as_str(), c.show_in_kit))
        .collect();
    assert_eq!(
        shown,
        [
            ("Halfmoon Roasters", true),
            ("Lumen Optics", false),
            ("Meridian Science Museum", true),
            ("Fieldline Notebooks", true),
        ]
    );
    assert_eq!(view.project.kit.theme, Theme::BoldDark);
    assert_eq!(view.project.kit.accent, Some(Rgb([10, 20, 30])));
    assert!(view.project.rate_card.on_request);
    assert_eq!(view.project.kit.pitch.as_ref().unwrap().audience_fit, None);
}

#[test]
fn a_choice_to_show_a_competitor_still_needs_the_switch() {
    let mut project = demo_project().unwrap();
    let halfmoon = project.collaborations[0].clone();
    project.pitches[0].collabs = vec![CollabChoice {
        brand: halfmoon.brand,
        date: halfmoon.date,
        shown: true,
    }];
    let view = tailor(&project, &project.pitches[0], DAY);
    assert!(
        view.project
            .collaborations
            .iter()
            .all(|c| c.brand != "Halfmoon Roasters")
    );
    project.pitches[0].show_competitors = true;
    let view = tailor(&project, &project.pitches[0], DAY);
    assert!(view.project.collaborations[0].show_in_kit);
}

#[test]
fn file_names_are_safe_for_file_systems() {
    let mut project = Project::new("Maya Okafor");
    let mut pitch = Pitch::for_project(&project, "Brightside Coffee");
    assert_eq!(
        file_name(&project, &pitch),
        "Maya Okafor × Brightside Coffee – media kit.pdf"
    );
    pitch.brand = "AC/DC: \"Tour\" <2027>?".to_owned();
    assert_eq!(
        file_name(&project, &pitch),
        "Maya Okafor × AC-DC- Tour 2027 – media kit.pdf"
    );
    pitch.brand = " ../.. ".to_owned();
    assert_eq!(
        file_name(&project, &pitch),
        "Maya Okafor × - – media kit.pdf"
    );
    pitch.brand = "  ".to_owned();
    assert_eq!(file_name(&project, &pitch), "Maya Okafor – media kit.pdf");
    project.creator.display_name = String::new();
    pitch.brand = "Zoë\nΑθηνά".to_owned();
    assert_eq!(
        file_name(&project, &pitch),
        "Untitled × Zoë Αθηνά – media kit.pdf"
    );
    pitch.brand = "x".repeat(300);
    assert!(file_name(&project, &pitch).chars().count() <= 100);
}

#[test]
fn a_pitch_is_found_by_brand_without_case_or_extra_spaces() {
    let mut project = demo_project().unwrap();
    assert_eq!(find_pitch(&project, "  kepler   KIDS "), Ok(1));
    let error = find_pitch(&project, "Nebula Tea").unwrap_err();
    assert_eq!(
        error.to_string(),
        "there is no pitch to “Nebula Tea” in this project; its pitches are to “Brightside \
         Coffee Co.”, “Kepler Kids”, “Aurora Oat Drink”"
    );
    project.pitches[2].brand = "Kepler kids".to_owned();
    assert_eq!(
        find_pitch(&project, "Kepler Kids"),
        Err(PitchLookupError::Ambiguous {
            given: "Kepler Kids".to_owned(),
            count: 2
        })
    );
    project.pitches.clear();
    assert!(
        find_pitch(&project, "x")
            .unwrap_err()
            .to_string()
            .ends_with("it has no pitches yet; add one in the editor (Pitches)")
    );
}
