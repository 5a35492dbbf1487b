//! A batch worker reuses its buffers from photo to photo: what it writes must not
//! depend on the photos it imported before, and the JPEG decoder it calls directly
//! must see the pixels the `image` crate's decoder sees.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use image::{ImageBuffer, Rgb, RgbImage};
use pitchkit::media::{ImportOptions, Imported, Scratch, encode, import_file, import_file_reusing};
use std::fs;
use std::path::{Path, PathBuf};

/// A smooth, detailed picture (so resizing and encoding have something to do).
fn picture(width: u32, height: u32, seed: u32) -> RgbImage {
    ImageBuffer::from_fn(width, height, |x, y| {
        let v =
            |k: u32| ((x * (3 + k + seed) + y * (5 + 2 * k) + (x * y) / (7 + seed)) % 256) as u8;
        Rgb([v(0), v(1), v(2)])
    })
}

/// Photos of every kind a worker may meet in turn: big and small, sideways and upright,
/// with and without a colour profile, HEIC and PNG, and a big one again at the end.
fn mixed_photos(dir: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        paths.push(path);
    };
    add("big_p3.jpg", phone_jpeg(&picture(600, 400, 1), true));
    add(
        "big_sideways.jpg",
        with_orientation(&phone_jpeg(&picture(560, 420, 2), false), 6),
    );
    add("small.jpg", phone_jpeg(&picture(200, 150, 3), false));
    let mut png = Vec::new();
    picture(300, 200, 4)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    add("flat.png", png);
    add(
        "small_turned_p3.jpg",
        with_orientation(&phone_jpeg(&picture(160, 120, 5), true), 8),
    );
    add(
        "grid_p3.heic",
        fs::read(fixture("heic/grid_p3.heic")).unwrap(),
    );
    add(
        "camera.jpg",
        fs::read(fixture("camera/DSCN0010.jpg")).unwrap(),
    );
    add("big_again.jpg", phone_jpeg(&picture(500, 500, 6), false));
    paths
}

/// What an import produced, without its timings.
fn summary(imported: &Imported) -> String {
    format!(
        "{:?} {} {}×{} {} {}×{} {:?} {}×{} {} q{}",
        imported.status,
        imported.media.file,
        imported.media.width_px,
        imported.media.height_px,
        imported.thumb_file,
        imported.thumb_width_px,
        imported.thumb_height_px,
        imported.palette.swatches,
        imported.original_width_px,
        imported.original_height_px,
        imported.master_bytes,
        imported.master_quality
    )
}

#[test]
fn a_workers_reused_buffers_write_what_fresh_ones_write() {
    let dir = tempfile::tempdir().unwrap();
    let sources = mixed_photos(dir.path());
    // Small masters, so every step (resize, turn, profile) runs on small photos.
    let options = ImportOptions {
        master_long_edge_px: 240,
        thumb_long_edge_px: 64,
        ..ImportOptions::default()
    };
    let fresh_dir = dir.path().join("fresh");
    let reused_dir = dir.path().join("reused");
    let mut scratch = Scratch::new();
    for source in &sources {
        let fresh = import_file(&fresh_dir, source, &options).unwrap();
        let reused = import_file_reusing(&reused_dir, source, &options, &mut scratch).unwrap();
        assert_eq!(summary(&fresh), summary(&reused), "{}", source.display());
        for file in [&fresh.media.file, &fresh.thumb_file] {
            assert_eq!(
                fs::read(fresh_dir.join(file)).unwrap(),
                fs::read(reused_dir.join(file)).unwrap(),
                "{file} of {}",
                source.display()
            );
        }
    }
    // A refused file in between leaves the buffers fit for the next photo.
    let broken = dir.path().join("cut.jpg");
    let whole = fs::read(&sources[0]).unwrap();
    fs::write(&broken, &whole[..whole.len() / 2]).unwrap();
    assert!(import_file_reusing(&reused_dir, &broken, &options, &mut scratch).is_err());
    let after = import_file_reusing(&reused_dir, &sources[2], &options, &mut scratch).unwrap();
    let before = import_file(&fresh_dir, &sources[2], &options).unwrap();
    assert_eq!(after.media.file, before.media.file);
}

#[test]
fn the_direct_jpeg_decode_sees_the_image_crates_pixels() {
    // Small enough to need no resizing and upright: the master is the decoded pixels
    // encoded, so the image crate's decode, encoded the same way, gives the same file.
    let dir = tempfile::tempdir().unwrap();
    let options = ImportOptions::default();
    for (name, bytes) in [
        ("ycbcr_420.jpg", phone_jpeg(&picture(600, 400, 7), false)),
        ("ycbcr_444.jpg", jpeg_of(&picture(320, 320, 8), 85)),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, &bytes).unwrap();
        let imported = import_file(&dir.path().join("media"), &path, &options).unwrap();
        let reference = image::load_from_memory(&bytes).unwrap().to_rgb8();
        let (expected, quality) =
            encode::master_jpeg(&reference, options.master_budget_bytes).unwrap();
        assert_eq!(imported.master_quality, quality, "{name}");
        assert_eq!(
            fs::read(dir.path().join("media").join(&imported.media.file)).unwrap(),
            expected,
            "{name}"
        );
    }
}

/// Leftovers of an earlier picture: memory the next step must overwrite entirely.
fn dirty(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + 0xA5) as u8).collect()
}

#[test]
fn every_step_overwrites_the_leftovers_in_a_reused_buffer() {
    use image::metadata::Orientation;
    use pitchkit::media::{colour, orient, resize};
    let pixels = picture(97, 61, 9);
    let len = pixels.as_raw().len();
    // Leftovers larger and smaller than the picture.
    for leftover in [len * 2 + 5, len / 3] {
        for orientation in [
            Orientation::NoTransforms,
            Orientation::FlipHorizontal,
            Orientation::Rotate180,
            Orientation::FlipVertical,
            Orientation::Rotate90FlipH,
            Orientation::Rotate90,
            Orientation::Rotate270FlipH,
            Orientation::Rotate270,
        ] {
            let mut spare = dirty(leftover);
            let turned = orient::upright_reusing(pixels.clone(), orientation, &mut spare);
            assert_eq!(
                turned,
                orient::upright(pixels.clone(), orientation),
                "{orientation:?}"
            );
        }
        let mut resizer = fast_image_resize::Resizer::new();
        for (w, h) in [(40, 25), (97, 61)] {
            let reused = resize::resize_into(&pixels, w, h, &mut resizer, dirty(leftover)).unwrap();
            assert_eq!(reused, resize::resize(&pixels, w, h).unwrap(), "{w}×{h}");
        }
        let profile = moxcms::ColorProfile::new_display_p3().encode().unwrap();
        let (mut fresh, mut reused) = (pixels.clone(), pixels.clone());
        colour::icc_to_srgb(&mut fresh, &profile);
        colour::icc_to_srgb_reusing(&mut reused, &profile, &mut dirty(leftover));
        assert_eq!(reused, fresh);
        assert_ne!(fresh, pixels, "the P3 picture changed on its way to sRGB");
    }
}
