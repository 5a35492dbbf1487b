//! Hostile and broken inputs: each refused quickly with a precise message, no panic.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use pitchkit::media::{ImportError, ImportOptions, Limits, Problem, Unsupported, import_file};
use proptest::prelude::*;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// Imports `bytes` saved as `name`; checks it is refused in well under a second,
/// that nothing was written, and that the message ends with the path.
fn refuse(name: &str, bytes: &[u8]) -> ImportError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    let media = dir.path().join("media");
    let started = Instant::now();
    let err = import_file(&media, &path, &ImportOptions::default()).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{name} took {:?}",
        started.elapsed()
    );
    assert!(!media.exists(), "nothing is written for a refused photo");
    let text = err.to_string();
    assert!(text.ends_with(&format!(": {}", path.display())), "{text}");
    assert_eq!(err.path, path);
    err
}

#[test]
fn png_bomb_claiming_huge_picture() {
    // 13 000 × 13 000 RGBA: under the side limit, but 169 megapixels.
    let err = refuse("bomb.png", &png_claiming(13_000, 13_000, 6, 8));
    assert!(
        matches!(
            err.problem,
            Problem::TooManyPixels {
                width_px: 13_000,
                height_px: 13_000,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("169 megapixels"), "{err}");
}

#[test]
fn png_needing_too_much_memory() {
    // 10 000 × 10 000 RGBA at 16 bits: 100 megapixels, but 800 MB to decode.
    let err = refuse("deep.png", &png_claiming(10_000, 10_000, 6, 16));
    assert!(
        matches!(err.problem, Problem::TooMuchMemory { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("800.0 MB"), "{err}");
}

#[test]
fn header_claiming_100000_px_square() {
    let err = refuse("huge.png", &png_claiming(100_000, 100_000, 2, 8));
    assert!(
        matches!(
            err.problem,
            Problem::TooWide {
                width_px: 100_000,
                height_px: 100_000,
                max_side_px: 16_384
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("This photo says it is 100000 × 100000 px"),
        "{err}"
    );
    let err = refuse("huge.jpg", &jpeg_claiming(65_000, 65_000));
    assert!(matches!(err.problem, Problem::TooWide { .. }), "{err}");
}

#[test]
fn truncated_files() {
    let jpeg = fs::read(fixture("camera/DSCN0010.jpg")).unwrap();
    for cut in [jpeg.len() / 2, jpeg.len() - 2, 20_000] {
        let err = refuse("cut.jpg", &jpeg[..cut]);
        assert!(
            matches!(err.problem, Problem::Truncated),
            "cut at {cut}: {err}"
        );
    }
    let err = refuse("cut-header.jpg", &jpeg[..300]);
    assert!(matches!(err.problem, Problem::Truncated), "{err}");

    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(300, 200)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let err = refuse("cut.png", &png[..png.len() / 2]);
    assert!(
        matches!(err.problem, Problem::Truncated | Problem::Damaged(_)),
        "{err}"
    );
}

#[test]
fn empty_file() {
    let err = refuse("empty.jpg", b"");
    assert!(matches!(err.problem, Problem::Empty), "{err}");
    assert!(err.to_string().starts_with("This file is empty"), "{err}");
}

#[test]
fn text_named_jpg() {
    let err = refuse("notes.jpg", b"Shopping list:\n- eggs\n- light meter\n");
    assert!(
        matches!(err.problem, Problem::Unsupported(Unsupported::Text)),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("This file holds text, not a photo"),
        "{err}"
    );
}

#[test]
fn other_formats_are_named() {
    let tiff = refuse("scan.jpg", b"II*\0\x08\0\0\0\0\0");
    assert!(
        tiff.to_string()
            .starts_with("TIFF and camera RAW files can't be read")
    );
    let avif = refuse("a.avif", b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf");
    assert!(
        avif.to_string()
            .starts_with("AVIF images can't be read yet")
    );
}

#[test]
fn file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jpg");
    // A sparse 70 MB file: refusing it must not read it.
    let file = fs::File::create(&path).unwrap();
    file.set_len(70_000_000).unwrap();
    let started = Instant::now();
    let err = import_file(dir.path(), &path, &ImportOptions::default()).unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(500));
    assert!(matches!(err.problem, Problem::FileTooBig { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("This file is 70.0 MB, more than the 64.0 MB")
    );
}

#[test]
fn tighter_limits_apply() {
    let options = ImportOptions {
        limits: Limits {
            max_side_px: 500,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let err = import_file(dir.path(), &fixture("camera/DSCN0010.jpg"), &options).unwrap_err();
    assert!(matches!(
        err.problem,
        Problem::TooWide {
            width_px: 640,
            height_px: 480,
            max_side_px: 500
        }
    ));
}

#[test]
fn missing_file() {
    let err = import_file(
        Path::new("/nonexistent/media"),
        Path::new("/nonexistent/IMG_0001.jpg"),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err.problem, Problem::Read(_)));
    assert!(err.to_string().ends_with(": /nonexistent/IMG_0001.jpg"));
}

#[test]
fn garbage_scan_data_does_not_crash() {
    // A JPEG whose entropy-coded data is overwritten with noise: decoders may
    // show noise or refuse it, but import returns.
    let mut jpeg = fs::read(fixture("camera/DSCN0010.jpg")).unwrap();
    let start = jpeg.len() / 3;
    for (i, byte) in jpeg[start..start + 4000].iter_mut().enumerate() {
        *byte = u8::try_from((i * 7919) % 251).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.jpg");
    fs::write(&path, &jpeg).unwrap();
    let _ = import_file(&dir.path().join("media"), &path, &ImportOptions::default());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Random damage to a small JPEG never crashes import and never leaves a
    /// message without the path at the end.
    #[test]
    fn damaged_jpegs_never_crash(edits in proptest::collection::vec((0usize..4000, any::<u8>()), 1..12), cut in 100usize..4000) {
        let pixels = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
        let mut jpeg = jpeg_of(&pixels, 90);
        let len = jpeg.len();
        for (at, value) in edits {
            jpeg[at % len] = value;
        }
        jpeg.truncate(cut.max(3).min(len));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.jpg");
        fs::write(&path, &jpeg).unwrap();
        if let Err(err) = import_file(&dir.path().join("media"), &path, &ImportOptions::default()) {
            let suffix = format!(": {}", path.display());
            prop_assert!(err.to_string().ends_with(&suffix), "{}", err);
        }
    }
}
