//! HEIC/HEIF photos import like JPEGs: upright (irot/imir), Display P3 converted to
//! sRGB, grid tiles assembled, 10-bit read, no metadata kept, and broken or hostile
//! files refused with a reason, never a crash.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use image::RgbImage;
use pitchkit::media::{ImportOptions, Limits, Problem, import_file};
use std::fs;
use std::path::Path;

fn options() -> ImportOptions {
    ImportOptions::default()
}

/// The imported print master's pixels.
fn master_of(media: &Path, file: &str) -> RgbImage {
    image::open(media.join(file)).unwrap().to_rgb8()
}

/// Peak signal-to-noise ratio of two pictures of one size, in dB.
fn psnr(a: &RgbImage, b: &RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let squares: f64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
        .sum();
    let mse = squares / a.as_raw().len() as f64;
    10.0 * (255.0f64.powi(2) / mse.max(1e-9)).log10()
}

/// A demo photo the fixtures were made from (CC0, see assets/sample/media/LICENSES.md).
fn demo_photo(name: &str) -> RgbImage {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/sample/media")
        .join(name);
    image::open(path).unwrap().to_rgb8()
}

const COFFEE: &str = "def50652a6ebef55606c3f4ab3987f6179048d6a451d068697c8004bcf0b5054.png";
const CAT: &str = "bb9610abeb8250874b6f587bdf03302241e3f760169d9184a0a2e6109f46911e.png";

#[test]
fn a_grid_tiled_display_p3_photo_comes_out_in_srgb() {
    let dir = tempfile::tempdir().unwrap();
    let imported = import_file(dir.path(), &fixture("heic/grid_p3.heic"), &options()).unwrap();
    assert_eq!(
        (imported.original_width_px, imported.original_height_px),
        (600, 400)
    );
    let master = master_of(dir.path(), &imported.media.file);
    let source = demo_photo(COFFEE);
    // The file holds the photo in Display P3 (2×1 grid of 512 px tiles). Converted,
    // it matches the sRGB original; passed through, it would be visibly duller.
    let converted = psnr(&master, &source);
    let bytes = fs::read(fixture("heic/grid_p3.heic")).unwrap();
    let coded = heifer::decode_rgba8(&bytes, &heifer::Options::default()).unwrap();
    let passed_through = RgbImage::from_raw(600, 400, coded.into_rgb8()).unwrap();
    let unconverted = psnr(&passed_through, &source);
    assert!(converted >= 30.0, "{converted:.1} dB");
    assert!(
        converted > unconverted + 3.0,
        "{converted:.1} vs {unconverted:.1} dB"
    );
}

#[test]
fn rotation_and_mirror_are_applied_like_exif_orientation() {
    let cat = image::imageops::resize(
        &demo_photo(CAT),
        320,
        213,
        image::imageops::FilterType::Lanczos3,
    );
    // irot 1 = a quarter turn anticlockwise; irot 3 then imir 1 (left-right mirror).
    let turned = image::imageops::rotate270(&cat);
    let turned_mirrored = image::imageops::flip_horizontal(&image::imageops::rotate90(&cat));
    for (file, expected) in [
        ("heic/rotated.heic", turned),
        ("heic/rotated_mirrored.heic", turned_mirrored),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let imported = import_file(dir.path(), &fixture(file), &options()).unwrap();
        assert_eq!(
            (imported.media.width_px, imported.media.height_px),
            (213, 320),
            "{file} is upright (portrait)"
        );
        let master = master_of(dir.path(), &imported.media.file);
        let similarity = psnr(&master, &expected);
        assert!(similarity >= 28.0, "{file}: {similarity:.1} dB");
    }
}

#[test]
fn ten_bit_and_plain_heif_import() {
    for (file, size) in [
        ("heic/ten_bit.heic", (320, 214)),
        ("heic/samplefilehub.heif", (640, 426)),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let imported = import_file(dir.path(), &fixture(file), &options()).unwrap();
        assert_eq!(
            (imported.media.width_px, imported.media.height_px),
            size,
            "{file}"
        );
        let thumb = dir.path().join(&imported.thumb_file);
        assert!(thumb.is_file(), "{file}");
        // A real picture, not a flat grey: the palette has several colours.
        assert!(imported.palette.swatches.len() >= 3, "{file}");
    }
}

#[test]
fn location_and_other_metadata_stay_behind() {
    let source = fixture("heic/gps.heic");
    let metadata = heifer::read_metadata(&fs::read(&source).unwrap()).unwrap();
    assert!(
        metadata.exif_fields().is_some_and(|exif| exif.has_gps()),
        "the fixture carries GPS"
    );
    let dir = tempfile::tempdir().unwrap();
    let imported = import_file(dir.path(), &source, &options()).unwrap();
    for file in [&imported.media.file, &imported.thumb_file] {
        let bytes = fs::read(dir.path().join(file)).unwrap();
        for needle in [b"Exif".as_slice(), b"GPS", b"http://ns.adobe.com/xap"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle), "{file}");
        }
        let markers = header_markers(&bytes);
        assert!(markers.iter().all(|m| !(0xE1..=0xEF).contains(m)), "{file}");
    }
}

/// The fixture with every `ispe` (image size) property claiming `width × height`.
fn heic_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = fs::read(fixture("heic/rotated.heic")).unwrap();
    let places: Vec<usize> = (0..bytes.len() - 16)
        .filter(|&at| &bytes[at..at + 4] == b"ispe")
        .collect();
    assert!(!places.is_empty());
    for at in places {
        // Box type, then version and flags (4), then width and height.
        bytes[at + 8..at + 12].copy_from_slice(&width.to_be_bytes());
        bytes[at + 12..at + 16].copy_from_slice(&height.to_be_bytes());
    }
    bytes
}

#[test]
fn a_huge_declared_size_is_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.heic");
    fs::write(&path, heic_claiming(60_000, 60_000)).unwrap();
    let err = import_file(dir.path(), &path, &options()).unwrap_err();
    assert!(matches!(err.problem, Problem::TooWide { .. }), "{err}");

    fs::write(&path, heic_claiming(12_000, 12_000)).unwrap();
    let small_limits = ImportOptions {
        limits: Limits {
            max_pixels: 50_000_000,
            ..Limits::default()
        },
        ..options()
    };
    let err = import_file(dir.path(), &path, &small_limits).unwrap_err();
    assert!(
        matches!(err.problem, Problem::TooManyPixels { .. }),
        "{err}"
    );
}

#[test]
fn truncated_and_damaged_files_are_refused_with_a_reason() {
    let whole = fs::read(fixture("heic/grid_p3.heic")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.heic");
    let step = whole.len() / 40;
    for cut in (24..whole.len() - 1).step_by(step) {
        fs::write(&path, &whole[..cut]).unwrap();
        let err = import_file(dir.path(), &path, &options()).unwrap_err();
        assert!(
            matches!(
                err.problem,
                Problem::Truncated | Problem::Damaged(_) | Problem::UnsupportedFeature(_)
            ),
            "cut at {cut}: {err}"
        );
        assert!(err.to_string().ends_with(&path.display().to_string()));
    }
    // Bytes overwritten inside the picture data: refused or imported, never a crash.
    let mut seed = 0x2545_f491_u32;
    for round in 0..24 {
        let mut damaged = whole.clone();
        for _ in 0..8 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let at = 600 + seed as usize % (damaged.len() - 600);
            damaged[at] ^= (seed >> 8) as u8 | 1;
        }
        fs::write(&path, &damaged).unwrap();
        match import_file(dir.path(), &path, &options()) {
            Ok(imported) => assert!(imported.media.width_px > 0, "round {round}"),
            Err(err) => assert!(!err.to_string().is_empty(), "round {round}"),
        }
    }
}
