//! Short kits: the one-page kit of the demo and of every stress project is exactly one
//! page in every theme and paper size, with every block inside the margins and nothing
//! cut off; the two-page kit is two pages; each says what the issue asks for; the
//! length is the settings', so a pitch can choose its own.
#![allow(clippy::unwrap_used)]

use crate::kit_layout::{all_settings, block_text, check, demo, run, stress_projects, texts};
use pitchkit::kit::Layout;
use pitchkit::kit::page::Block;
use pitchkit::model::{KitLength, KitSettings, Project, Section};

fn images(layout: &Layout) -> usize {
    layout
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|b| matches!(b, Block::Image(_)))
        .count()
}

/// Every project the length tests lay out: the demo and the stress projects.
fn projects() -> Vec<(&'static str, Project)> {
    let mut out = vec![("demo", demo())];
    out.extend(stress_projects());
    out
}

/// Lays out `project` at `length` in every theme and size, checking the layout
/// invariants, the page count and that nothing was cut.
fn check_length(length: KitLength, pages: usize) {
    for (name, project) in projects() {
        for mut settings in all_settings() {
            settings.length = length;
            let what = format!(
                "{name} {:?} {:?} {:?}",
                length, settings.theme, settings.page_size
            );
            let laid = run(&project, &settings);
            assert_eq!(laid.pages.len(), pages, "{what}: pages");
            check(&laid, &settings, &what);
            for warning in &laid.warnings {
                assert!(
                    !warning.contains("cut") && !warning.contains("short kit"),
                    "{what}: {warning}"
                );
            }
            for text in texts(&laid) {
                assert!(!text.ends_with('…'), "{what}: cut text {text:?}");
            }
        }
    }
}

#[test]
fn the_one_page_kit_is_one_page_with_nothing_cut_off() {
    check_length(KitLength::OnePage, 1);
}

#[test]
fn the_two_page_kit_is_two_pages_with_nothing_cut_off() {
    check_length(KitLength::TwoPage, 2);
}

fn one_page(project: &Project) -> Layout {
    let settings = KitSettings {
        length: KitLength::OnePage,
        ..KitSettings::default()
    };
    run(project, &settings)
}

#[test]
fn the_one_page_kit_says_what_brands_skim_for() {
    let project = demo();
    let laid = one_page(&project);
    let all = texts(&laid).join("\n");
    // Cover facts and contact.
    for wanted in [
        "Maya Okafor",
        "SPACE SCIENCE EXPLAINED OVER MORNING COFFEE",
        "maya.okafor@example.com",
        "orbitandoat.example.com",
    ] {
        assert!(all.contains(wanted), "{wanted:?} missing:\n{all}");
    }
    // Key figures with their benchmark, and the formulas and sources in small type.
    assert!(all.contains("95K"), "{all}");
    assert!(all.contains("+2.3 pts vs 1.6%"), "{all}");
    assert!(all.contains("HypeAuditor 2018"), "{all}");
    assert!(all.contains("Engagement rate"), "{all}");
    // Three photos, the best collaboration with its results, the rates.
    assert_eq!(images(&laid), 3);
    assert!(all.contains("Halfmoon Roasters"), "{all}");
    assert!(all.contains("4,750"), "{all}");
    assert!(all.contains("$650"), "{all}");
    // Not the full kit's sections.
    assert!(!all.contains("Meet Maya"), "{all}");
    assert!(!all.contains("Followers over time"), "{all}");
    // Footnotes are small: the notes' text is 7 pt.
    let small = laid.pages[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text(t) if block_text(t).contains("HypeAuditor 2018 Instagram") => {
                Some(t.size_pt)
            }
            _ => None,
        })
        .collect::<Vec<_>>();
    assert!(
        !small.is_empty() && small.iter().all(|&s| s <= 7.0),
        "{small:?}"
    );
}

#[test]
fn the_best_collaboration_is_the_one_with_most_engagements() {
    let mut project = demo();
    // Put the strongest campaign last: it is still the one shown.
    project.collaborations.rotate_left(1);
    let best = project
        .collaborations
        .iter()
        .max_by_key(|c| c.results.engagements)
        .unwrap()
        .brand
        .clone();
    assert_ne!(project.collaborations[0].brand, best);
    let all = texts(&one_page(&project)).join("\n");
    assert!(all.contains(&best), "{best} missing");
    for other in project.collaborations.iter().filter(|c| c.brand != best) {
        assert!(!all.contains(&other.brand), "{} shown", other.brand);
    }
    // A collaboration kept out of the kit is never the one shown.
    for collab in &mut project.collaborations {
        collab.show_in_kit = collab.brand != best;
    }
    let all = texts(&one_page(&project)).join("\n");
    assert!(!all.contains(&best), "{best} is hidden but shown");
}

#[test]
fn rates_on_request_and_hidden_sections_are_respected() {
    let mut project = demo();
    project.rate_card.on_request = true;
    let all = texts(&one_page(&project)).join("\n");
    assert!(all.contains("Rates on request"), "{all}");
    assert!(!all.contains("$650"), "{all}");

    let mut settings = KitSettings {
        length: KitLength::OnePage,
        ..KitSettings::default()
    };
    for s in &mut settings.sections {
        s.visible = s.section != Section::Collaborations;
    }
    let all = texts(&run(&demo(), &settings)).join("\n");
    assert!(!all.contains("Halfmoon Roasters"), "{all}");
}

#[test]
fn the_length_is_the_settings_not_the_projects() {
    // A pitch lays out with its own settings: the project's own length does not leak.
    let mut project = demo();
    project.kit.length = KitLength::OnePage;
    let full = run(&project, &KitSettings::default());
    assert!(full.pages.len() >= 4);
    let mut project = demo();
    project.kit.length = KitLength::Full;
    assert_eq!(one_page(&project).pages.len(), 1);
}
