//! Renders the demo kit in every theme and paper size through the PDF renderer; with
//! `KIT_LOOK_DIR` set, writes the PDFs there to look at (`pdf-look.sh`).
#![allow(clippy::unwrap_used)]

use crate::dates::datetime;
use pitchkit::model::{PageSize, PlatformKind, Theme};
use pitchkit::pdf::{ExportOptions, MediaSource, render_kit};

#[test]
fn demo_kit_renders_in_every_theme_and_size() {
    let project = pitchkit::sample::demo_project().unwrap();
    let out_dir = std::env::var_os("KIT_LOOK_DIR");
    for theme in Theme::ALL {
        for page_size in [PageSize::A4, PageSize::Letter] {
            let mut options =
                ExportOptions::from_project(&project, datetime("2026-11-16T09:00:00Z"));
            options.theme = theme;
            options.page_size = page_size;
            let pdf = render_kit(&project, &MediaSource::demo(), &options).unwrap();
            assert!(
                pdf.pages >= 3,
                "{theme:?} {page_size:?}: {} pages",
                pdf.pages
            );
            assert!(pdf.bytes.starts_with(b"%PDF"));
            if let Some(dir) = &out_dir {
                let name = format!("{theme:?}-{page_size:?}.pdf").to_lowercase();
                std::fs::write(std::path::Path::new(dir).join(name), &pdf.bytes).unwrap();
            }
        }
    }
}

#[test]
fn a_stress_kit_renders() {
    let mut project = pitchkit::sample::demo_project().unwrap();
    project.creator.display_name = "Maximiliana Anastasia Konstantinopoulou-Worthington de la Cruz"
        .chars()
        .take(60)
        .collect();
    let sentence =
        "I explain one space question at a time, with a mug for scale and a calm voice. ";
    project.creator.bio = sentence.repeat(26).chars().take(2000).collect();
    let collab = project.collaborations[0].clone();
    project.collaborations = (0..40)
        .map(|i| {
            let mut c = collab.clone();
            c.brand = format!("Brand {i}");
            c
        })
        .collect();
    let samples = project.samples.clone();
    project.samples = (0..60)
        .map(|i| samples[i % samples.len()].clone())
        .collect();
    let mut kinds: Vec<PlatformKind> = PlatformKind::NAMED.to_vec();
    kinds.push(PlatformKind::Other("Substack Notes".to_owned()));
    let base = project.platforms.clone();
    project.platforms = kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let mut p = base[i % base.len()].clone();
            p.kind = kind;
            p
        })
        .collect();
    let options = ExportOptions::from_project(&project, datetime("2026-11-16T09:00:00Z"));
    let pdf = render_kit(&project, &MediaSource::demo(), &options).unwrap();
    assert!(pdf.pages >= 8, "{} pages", pdf.pages);
    assert!(pdf.warnings.iter().any(|w| w.contains("24 of 60")));
    if let Some(dir) = std::env::var_os("KIT_LOOK_DIR") {
        std::fs::write(std::path::Path::new(&dir).join("stress.pdf"), &pdf.bytes).unwrap();
    }
}
