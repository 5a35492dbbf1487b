//! Exporting whole kits: the demo in every theme and paper size (without warnings),
//! read back with lopdf; its one- and two-page kits; atomic writes; the file name.
#![allow(clippy::unwrap_used)]

use crate::pdf_support::*;
use pitchkit::analytics::{Benchmarks, Figure, PostGroup, report};
use pitchkit::kit::layout;
use pitchkit::model::{EngagementMethod, PageSize, Project, Theme};
use pitchkit::pdf::{
    ExportError, ExportOptions, MediaSource, default_file_name, export_kit, layout_context,
};
use pitchkit::sample::demo_project;

fn options(theme: Theme, page_size: PageSize) -> ExportOptions {
    ExportOptions {
        theme,
        page_size,
        max_size_bytes: 5 * 1024 * 1024,
        length: pitchkit::model::KitLength::Full,
        created: fixed_date(),
    }
}

/// The lead engagement rate of every platform, as the kit prints it.
fn lead_rates(project: &Project) -> Vec<String> {
    let benchmarks = Benchmarks::embedded().unwrap();
    let report = report(project, &benchmarks);
    report
        .platforms
        .iter()
        .filter_map(|p| {
            p.engagement
                .iter()
                .find(|s| s.method == project.kit.engagement_method && s.group == PostGroup::All)
        })
        .filter_map(|s| match &s.average {
            Figure::Available { value } => Some(pitchkit::format::percent(value.percent())),
            Figure::NotAvailable { .. } => None,
        })
        .collect()
}

/// The demo photos' pixel sizes, read from the files.
fn demo_image_sizes() -> std::collections::BTreeMap<String, (u32, u32)> {
    pitchkit::sample::demo_media()
        .iter()
        .filter_map(|(name, bytes)| {
            let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
                .with_guessed_format()
                .ok()?;
            Some(((*name).to_owned(), reader.into_dimensions().ok()?))
        })
        .collect()
}

#[test]
fn short_demo_kits_export_on_their_pages_without_warnings() {
    use pitchkit::model::KitLength;
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (length, pages) in [(KitLength::OnePage, 1), (KitLength::TwoPage, 2)] {
        for theme in Theme::ALL {
            for page_size in [PageSize::A4, PageSize::Letter] {
                let out = dir
                    .path()
                    .join(format!("{length:?}-{theme:?}-{page_size:?}.pdf"));
                let options = ExportOptions {
                    length,
                    ..options(theme, page_size)
                };
                let report = export_kit(&project, &MediaSource::demo(), &options, &out).unwrap();
                let what = format!("{length:?} {theme:?} {page_size:?}");
                assert!(report.warnings.is_empty(), "{what}: {:?}", report.warnings);
                let doc = lopdf::Document::load(&out).unwrap();
                assert_eq!(doc.get_pages().len(), pages, "{what}");
                let text = all_text(&doc);
                assert!(
                    text.contains("Halfmoon Roasters"),
                    "{what}: no best collaboration"
                );
            }
        }
    }
}

#[test]
fn demo_kit_in_every_theme_reads_back() {
    let project = demo_project().unwrap();
    assert_eq!(project.kit.engagement_method, EngagementMethod::default());
    let rates = lead_rates(&project);
    assert!(!rates.is_empty());
    // The layout's inputs do not depend on the theme or paper: measured once.
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = layout_context(
        &project,
        &MediaSource::demo(),
        &benchmarks,
        fixed_date().date(),
    );
    assert_eq!(ctx.image_sizes_px, demo_image_sizes());
    let dir = tempfile::tempdir().unwrap();
    for theme in Theme::ALL {
        for page_size in [PageSize::A4, PageSize::Letter] {
            let out = dir.path().join(format!("{theme:?}-{page_size:?}.pdf"));
            let report = export_kit(
                &project,
                &MediaSource::demo(),
                &options(theme, page_size),
                &out,
            )
            .unwrap();
            let bytes = std::fs::read(&out).unwrap();
            if let Ok(keep) = std::env::var("PITCHKIT_TEST_PDF_DIR") {
                std::fs::write(format!("{keep}/demo-{theme:?}-{page_size:?}.pdf"), &bytes).unwrap();
            }
            assert_eq!(report.size_bytes, bytes.len() as u64);
            assert!(
                report.warnings.is_empty(),
                "{theme:?} {page_size:?}: the demo exports with warnings: {:?}",
                report.warnings
            );
            assert!(
                bytes.len() <= 3 * 1024 * 1024,
                "{theme:?}: {} bytes",
                bytes.len()
            );
            assert!(report.budget.is_none(), "the demo fits without re-encoding");

            let doc = lopdf::Document::load_mem(&bytes).unwrap();
            assert_eq!(doc.get_pages().len(), report.pages);
            let mut settings = project.kit.clone();
            settings.theme = theme;
            settings.page_size = page_size;
            let laid_out = layout(&project, &settings, &ctx).unwrap();
            assert_eq!(report.pages, laid_out.pages.len());

            let text = all_text(&doc);
            assert!(text.contains("Maya Okafor"), "{theme:?}: name missing");
            for rate in &rates {
                assert!(
                    text.contains(rate.as_str()),
                    "{theme:?}: engagement {rate} missing"
                );
            }
            assert_all_fonts_embedded(&doc, 2);
            let urls = link_urls(&doc);
            assert!(
                urls.contains(&format!("mailto:{}", project.creator.email)),
                "{urls:?}"
            );
            assert!(urls.contains(&project.creator.website), "{urls:?}");
            assert!(
                urls.iter()
                    .all(|u| u.starts_with("https:") || u.starts_with("mailto:")),
                "{urls:?}"
            );
            assert_metadata(&doc, "Maya Okafor");
            assert_no_exif_or_paths(&bytes);
            assert!(!contains(&bytes, dir.path().as_os_str().as_encoded_bytes()));
        }
    }
}

#[test]
fn same_kit_same_bytes() {
    let project = demo_project().unwrap();
    let render = || {
        pitchkit::pdf::render_kit(
            &project,
            &MediaSource::demo(),
            &options(Theme::WarmEditorial, PageSize::A4),
        )
        .unwrap()
        .bytes
    };
    assert!(render() == render());
}

#[test]
fn report_says_pages_size_and_path() {
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.pdf");
    let report = export_kit(
        &project,
        &MediaSource::demo(),
        &options(Theme::CleanLight, PageSize::A4),
        &out,
    )
    .unwrap();
    let summary = report.summary();
    assert!(
        summary.starts_with(&format!("Exported {} pages, ", report.pages)),
        "{summary}"
    );
    assert!(summary.contains(" ms to "), "{summary}");
    assert!(summary.ends_with(&out.display().to_string()), "{summary}");
    assert_eq!(report.lines()[0], summary);
}

#[test]
fn a_failing_export_leaves_nothing_behind() {
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.pdf");
    let mut tiny = options(Theme::CleanLight, PageSize::A4);
    tiny.max_size_bytes = 2_000;
    let err = export_kit(&project, &MediaSource::demo(), &tiny, &out).unwrap_err();
    assert!(
        matches!(err, ExportError::OverBudgetWithoutPhotos { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("--max-size"), "{err}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a file was left behind"
    );

    // An existing file survives a failed export untouched.
    std::fs::write(&out, b"previous kit").unwrap();
    assert!(export_kit(&project, &MediaSource::demo(), &tiny, &out).is_err());
    assert_eq!(std::fs::read(&out).unwrap(), b"previous kit");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let nowhere = dir.path().join("missing-folder").join("kit.pdf");
    let err = export_kit(
        &project,
        &MediaSource::demo(),
        &options(Theme::CleanLight, PageSize::A4),
        &nowhere,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::NoSuchFolder { .. }), "{err}");
    assert!(
        err.to_string()
            .ends_with(&dir.path().join("missing-folder").display().to_string())
    );
}

#[test]
fn a_missing_photo_is_a_warning_not_a_crash() {
    let project = demo_project().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    // Every demo photo but the first sample.
    let missing = &project.samples[0].media.file;
    for (name, bytes) in pitchkit::sample::demo_media() {
        if *name != missing.as_str() {
            std::fs::write(media.join(name), bytes).unwrap();
        }
    }
    let out = dir.path().join("kit.pdf");
    let report = export_kit(
        &project,
        &MediaSource::Folder(media),
        &options(Theme::BoldDark, PageSize::A4),
        &out,
    )
    .unwrap();
    assert!(
        report.warnings.iter().any(|w| w.contains(missing.as_str())),
        "{:?}",
        report.warnings
    );
    assert!(out.is_file());
    let bytes = std::fs::read(&out).unwrap();
    assert_no_exif_or_paths(&bytes);
}

#[test]
fn default_file_name_is_safe() {
    let mut project = Project::new("Maya Okafor");
    assert_eq!(default_file_name(&project), "Maya Okafor – media kit.pdf");
    project.creator.display_name = "  AC/DC: \"Live\" <at> the *Moon*?  ".to_owned();
    assert_eq!(
        default_file_name(&project),
        "AC-DC- Live at the Moon – media kit.pdf"
    );
    project.creator.display_name = "../..".to_owned();
    assert_eq!(default_file_name(&project), "- – media kit.pdf");
    project.creator.display_name = "Zoë\nΑθηνά".to_owned();
    assert_eq!(default_file_name(&project), "Zoë Αθηνά – media kit.pdf");
    project.creator.display_name = " ".to_owned();
    assert_eq!(default_file_name(&project), "Untitled – media kit.pdf");
    project.creator.display_name = "x".repeat(300);
    assert!(default_file_name(&project).chars().count() <= 120);
}

#[test]
fn health_warnings_are_listed_among_the_export_warnings_unless_dismissed() {
    let mut project = demo_project().unwrap();
    let followers = project.platforms[0].followers;
    project.platforms[0].posts[0].likes = Some(followers + 1_000);
    let render = |project: &Project| {
        pitchkit::pdf::render_kit(
            project,
            &MediaSource::demo(),
            &options(Theme::CleanLight, PageSize::A4),
        )
        .unwrap()
        .warnings
    };
    let warnings = render(&project);
    let health: Vec<&String> = warnings
        .iter()
        .filter(|w| w.contains("Its engagement by followers is"))
        .collect();
    assert_eq!(health.len(), 1, "{warnings:#?}");
    assert!(
        health[0].starts_with("Instagram · post of "),
        "{}",
        health[0]
    );

    let benchmarks = Benchmarks::embedded().unwrap();
    let key = pitchkit::analytics::health_check(&project, fixed_date().date(), &benchmarks)
        .remove(0)
        .key;
    pitchkit::actions::apply(
        &mut project,
        pitchkit::actions::Action::SetDismissal {
            key,
            reason: Some("went viral".to_owned()),
        },
    )
    .unwrap();
    let warnings = render(&project);
    assert!(
        !warnings
            .iter()
            .any(|w| w.contains("Its engagement by followers is")),
        "{warnings:#?}"
    );
}
