//! The size budget with big noisy photos, and the `pitchkit export` command's work on a
//! real bundle on disk.
#![allow(clippy::unwrap_used)]

use crate::pdf_support::*;
use pitchkit::cli::{parse_page_size, parse_theme, run_export_command, size_limit_bytes};
use pitchkit::model::{AestheticSample, MediaRef, PageSize, Project, Theme};
use pitchkit::pdf::{ExportError, ExportOptions, MediaSource, export_kit};
use std::path::Path;

/// A bundle-like media folder with `count` noise photos of `size_px` carrying EXIF,
/// and a project that shows them (the first one also as the profile photo). Noise
/// barely compresses: 1200 × 800 is already some 800 KB as a JPEG, placed at over
/// 300 ppi, and is decoded and resized (every step of the budget) 6 times faster than
/// 3000 × 2000 in the unoptimised test build.
fn heavy_project(media: &Path, count: u32, size_px: (u32, u32)) -> Project {
    let mut project = pitchkit::sample::demo_project().unwrap();
    project.samples.clear();
    project.look = None;
    for n in 0..count {
        let name = format!("photo-{n:02}.jpg");
        let mut bytes = jpeg_with_exif(16, 16);
        // Swap the small picture for a big noisy one, keeping the EXIF segment.
        let big = noise_jpeg(size_px.0, size_px.1, n + 1, 85);
        let app1_end = 4 + usize::from(u16::from_be_bytes([bytes[4], bytes[5]]));
        bytes.truncate(app1_end);
        bytes.extend_from_slice(&big[2..]);
        std::fs::write(media.join(&name), &bytes).unwrap();
        let media_ref = MediaRef {
            file: name,
            width_px: size_px.0,
            height_px: size_px.1,
            thumb_file: String::new(),
            palette: Vec::new(),
        };
        if n == 0 {
            project.creator.profile_photo = Some(media_ref.clone());
        }
        project.samples.push(AestheticSample {
            media: media_ref,
            caption: format!("Photo {n}"),
            platform: None,
            link: String::new(),
            extra: Default::default(),
        });
    }
    project
}

#[test]
fn big_photos_are_reencoded_until_the_kit_fits() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let start = std::time::Instant::now();
    let project = heavy_project(&media, 4, (1200, 800));
    eprintln!("fixtures: {:?}", start.elapsed());
    let budget = 1024 * 1024;
    let options = ExportOptions {
        theme: Theme::CleanLight,
        page_size: PageSize::A4,
        max_size_bytes: budget,
        length: pitchkit::model::KitLength::Full,
        created: fixed_date(),
    };
    let out = dir.path().join("kit.pdf");
    let report = export_kit(&project, &MediaSource::Folder(media), &options, &out).unwrap();
    eprintln!("export: {:?} {:?}", report.elapsed, report.budget);
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.len() as u64 <= budget,
        "{} bytes over the {budget} budget",
        bytes.len()
    );
    let done = report.budget.clone().expect("the budget report");
    assert!(done.before_bytes > budget);
    assert_eq!(done.after_bytes, bytes.len() as u64);
    assert!(done.photos >= 1);
    assert!(done.max_ppi > 0 && done.quality <= 85);
    let line = done.describe();
    assert!(line.starts_with("To fit the 1.0 MB limit, "), "{line}");
    assert!(report.lines().contains(&line));
    assert_no_exif_or_paths(&bytes);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!(!dct_images(&doc).is_empty());
}

#[test]
fn a_budget_too_small_for_the_photos_or_the_text_is_refused_saying_which() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let project = heavy_project(&media, 1, (800, 533));
    let photo = media.join("photo-00.jpg");
    let photo_bytes = std::fs::read(&photo).unwrap();
    let export = |max_size_bytes: u64| {
        let options = ExportOptions {
            theme: Theme::CleanLight,
            page_size: PageSize::A4,
            max_size_bytes,
            length: pitchkit::model::KitLength::Full,
            created: fixed_date(),
        };
        let out = dir.path().join("kit.pdf");
        let result = export_kit(
            &project,
            &MediaSource::Folder(media.clone()),
            &options,
            &out,
        );
        let _ = std::fs::remove_file(&out);
        result
    };
    // The same kit with its photo missing (a box where it goes): the size of the rest.
    std::fs::remove_file(&photo).unwrap();
    let without_photo = export(u64::MAX).unwrap().size_bytes;
    std::fs::write(&photo, &photo_bytes).unwrap();

    // Room for the text but not for any version of the noisy photo.
    let err = export(without_photo + 2_000).unwrap_err();
    assert!(matches!(err, ExportError::OverBudget { .. }), "{err}");
    assert!(
        err.to_string().contains("even with every photo reduced"),
        "{err}"
    );
    // Not even room for the text: said at once, without trying smaller photos.
    let err = export(without_photo / 2).unwrap_err();
    assert!(
        matches!(err, ExportError::OverBudgetWithoutPhotos { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("even without its photos"), "{err}");
    assert!(err.to_string().contains("--max-size"), "{err}");
}

#[test]
fn thumbnails_stand_in_for_small_placements() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    // 24 print masters (2400 × 1600, all the same noisy picture) with thumbnails.
    let master = noise_jpeg(2400, 1600, 1, 85);
    let thumb = noise_jpeg(512, 341, 2, 80);
    let mut project = pitchkit::sample::demo_project().unwrap();
    project.look = None;
    project.samples.clear();
    for n in 0..24 {
        let mut media_ref = MediaRef::new(&format!("master-{n:02}.jpg"), 2400, 1600);
        media_ref.thumb_file = format!("master-{n:02}.thumb.jpg");
        std::fs::write(media.join(&media_ref.file), &master).unwrap();
        std::fs::write(media.join(&media_ref.thumb_file), &thumb).unwrap();
        if n == 0 {
            project.creator.profile_photo = Some(media_ref.clone());
        }
        project.samples.push(AestheticSample {
            media: media_ref,
            caption: String::new(),
            platform: None,
            link: String::new(),
            extra: Default::default(),
        });
    }
    let budget = 6 * 1024 * 1024;
    let options = ExportOptions {
        theme: Theme::WarmEditorial,
        page_size: PageSize::Letter,
        max_size_bytes: budget,
        length: pitchkit::model::KitLength::Full,
        created: fixed_date(),
    };
    let out = dir.path().join("kit.pdf");
    let report = export_kit(&project, &MediaSource::Folder(media), &options, &out).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.len() as u64 <= budget);
    assert!(report.budget.is_some());
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let widths: Vec<i64> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|n| n == b"Image")
        })
        .map(|s| s.dict.get(b"Width").unwrap().as_i64().unwrap())
        .collect();
    assert!(
        widths.contains(&512),
        "a thumbnail goes in as it is: {widths:?}"
    );
    assert!(
        widths.iter().all(|&w| w < 2400),
        "no photo at full size: {widths:?}"
    );
    assert_no_exif_or_paths(&bytes);
}

#[test]
fn export_command_writes_the_default_name_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("Maya.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let report = run_export_command(
        &bundle,
        Some(&out_dir),
        Some(Theme::BoldDark),
        Some(PageSize::Letter),
        None,
        Some(4.0),
    )
    .unwrap();
    assert_eq!(report.path, out_dir.join("Maya Okafor – media kit.pdf"));
    assert!(report.path.is_file());
    let doc = lopdf::Document::load_mem(&std::fs::read(&report.path).unwrap()).unwrap();
    let first = doc.get_pages()[&1];
    let media_box = doc
        .get_object(first)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap();
    let width_pt = media_box[2].as_float().unwrap();
    assert!(
        (width_pt - 612.0).abs() < 0.5,
        "Letter is 612 pt wide, got {width_pt}"
    );
}

#[test]
fn export_command_refuses_bad_input_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.pitchkit");
    let err = run_export_command(&missing, None, None, None, None, None).unwrap_err();
    assert!(matches!(err, ExportError::Project(_)), "{err}");
    let bundle = dir.path().join("Maya.pitchkit");
    pitchkit::sample::write_demo(&bundle).unwrap();
    let err = run_export_command(
        &bundle,
        Some(&dir.path().join("kit.pdf")),
        None,
        None,
        None,
        Some(0.0),
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::BadSizeLimit { .. }), "{err}");
    assert!(!dir.path().join("kit.pdf").exists());
}

#[test]
fn command_line_names() {
    assert_eq!(parse_theme("clean-light").unwrap(), Theme::CleanLight);
    assert_eq!(parse_theme("Bold_Dark").unwrap(), Theme::BoldDark);
    assert_eq!(parse_theme("warm").unwrap(), Theme::WarmEditorial);
    let err = parse_theme("neon").unwrap_err();
    assert!(
        err.to_string()
            .contains("clean-light, bold-dark, warm-editorial"),
        "{err}"
    );
    assert_eq!(parse_page_size("A4").unwrap(), PageSize::A4);
    assert_eq!(parse_page_size("letter").unwrap(), PageSize::Letter);
    assert!(parse_page_size("a5").is_err());
    assert_eq!(size_limit_bytes(5.0).unwrap(), 5 * 1024 * 1024);
    assert_eq!(size_limit_bytes(0.5).unwrap(), 512 * 1024);
    for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        assert!(size_limit_bytes(bad).is_err());
    }
}
