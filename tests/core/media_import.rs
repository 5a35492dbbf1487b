//! Importing real photos: upright, stripped of metadata, named by content, deduplicated.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use pitchkit::media::{ImportOptions, ImportStatus, import_file};
use std::fs;

fn options() -> ImportOptions {
    ImportOptions::default()
}

#[test]
fn every_orientation_fixture_comes_out_upright() {
    let dir = tempfile::tempdir().unwrap();
    for shape in ["Landscape", "Portrait"] {
        let reference = import_file(
            dir.path(),
            &fixture(&format!("orientation/{shape}_1.jpg")),
            &options(),
        )
        .unwrap();
        let upright = load(dir.path(), &reference.media.file);
        let expected_size = if shape == "Landscape" {
            (450, 300)
        } else {
            (300, 450)
        };
        assert_eq!(upright.dimensions(), expected_size);
        let turned = image::imageops::rotate180(&upright);
        let mirrored = image::imageops::flip_horizontal(&upright);
        for n in [0, 3, 6, 8] {
            let path = fixture(&format!("orientation/{shape}_{n}.jpg"));
            let imported = import_file(dir.path(), &path, &options()).unwrap();
            assert_eq!(
                (imported.media.width_px, imported.media.height_px),
                expected_size,
                "{shape}_{n}"
            );
            let master = load(dir.path(), &imported.media.file);
            assert_eq!(master.dimensions(), expected_size, "{shape}_{n}");
            // Same picture as the upright reference (only the digit in the middle
            // differs), far from the turned or mirrored one.
            let diff = mean_abs_diff(&master, &upright);
            assert!(diff < 8.0, "{shape}_{n} differs from upright by {diff}");
            assert!(
                mean_abs_diff(&master, &turned) > 4.0 * diff + 10.0,
                "{shape}_{n}"
            );
            assert!(
                mean_abs_diff(&master, &mirrored) > 4.0 * diff + 10.0,
                "{shape}_{n}"
            );
            let thumb = load(dir.path(), &imported.thumb_file);
            assert_eq!(
                thumb.dimensions(),
                expected_size,
                "small photos are not enlarged"
            );
        }
    }
}

#[test]
fn all_eight_exif_orientations_turn_upright() {
    // Upright: 60×40, quadrants red (top left), green (top right), blue (bottom
    // left), white (bottom right).
    let (w, h) = (60u32, 40u32);
    let colour = |x: u32, y: u32| match (x < w / 2, y < h / 2) {
        (true, true) => [255, 0, 0],
        (false, true) => [0, 255, 0],
        (true, false) => [0, 0, 255],
        (false, false) => [255, 255, 255],
    };
    let dir = tempfile::tempdir().unwrap();
    for orientation in 1..=8u16 {
        // Stored pixel (sx, sy) shows upright pixel (x, y), per the EXIF definition of
        // where the stored 0th row and 0th column go.
        let swaps = orientation >= 5;
        let (sw, sh) = if swaps { (h, w) } else { (w, h) };
        let stored = image::RgbImage::from_fn(sw, sh, |sx, sy| {
            let (x, y) = match orientation {
                1 => (sx, sy),
                2 => (w - 1 - sx, sy),
                3 => (w - 1 - sx, h - 1 - sy),
                4 => (sx, h - 1 - sy),
                5 => (sy, sx),
                6 => (w - 1 - sy, sx),
                7 => (w - 1 - sy, h - 1 - sx),
                _ => (sy, h - 1 - sx),
            };
            image::Rgb(colour(x, y))
        });
        let path = dir.path().join(format!("o{orientation}.jpg"));
        fs::write(&path, with_orientation(&jpeg_of(&stored, 95), orientation)).unwrap();
        let media = dir.path().join("media");
        let imported = import_file(&media, &path, &options()).unwrap();
        let master = load(&media, &imported.media.file);
        assert_eq!(master.dimensions(), (w, h), "orientation {orientation}");
        for (x0, y0) in [
            (2, 2),
            (w / 2 + 2, 2),
            (2, h / 2 + 2),
            (w / 2 + 2, h / 2 + 2),
        ] {
            let seen = mean_colour(&master, x0, y0, w / 2 - 4, h / 2 - 4);
            assert!(
                close(seen, colour(x0, y0), 40),
                "orientation {orientation} at ({x0}, {y0}): {seen:?}"
            );
        }
    }
}

#[test]
fn gps_and_exif_never_reach_the_media_folder() {
    let source = fixture("camera/DSCN0010.jpg");
    let original = fs::read(&source).unwrap();
    assert!(original.windows(4).any(|w| w == b"Exif"));
    assert!(original.windows(5).any(|w| w == b"NIKON"));
    let dir = tempfile::tempdir().unwrap();
    let imported = import_file(dir.path(), &source, &options()).unwrap();
    assert_eq!(
        (imported.media.width_px, imported.media.height_px),
        (640, 480)
    );
    let mut files: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    let mut expected = vec![imported.media.file.clone(), imported.thumb_file.clone()];
    expected.sort();
    assert_eq!(
        files, expected,
        "only the master and the thumbnail are written"
    );
    for file in &files {
        let bytes = fs::read(dir.path().join(file)).unwrap();
        for needle in [
            &b"Exif"[..],
            b"GPS",
            b"NIKON",
            b"COOLPIX",
            b"xap",
            b"Photoshop",
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{file} contains {:?}",
                String::from_utf8_lossy(needle)
            );
        }
        let markers = header_markers(&bytes);
        assert!(
            markers.iter().all(|m| !(0xE1..=0xEF).contains(m)),
            "{file} has an APPn segment besides JFIF: {markers:x?}"
        );
    }
}

#[test]
fn photos_with_broken_metadata_import_from_their_intact_pixels() {
    // These two come from a collection of files with malformed EXIF/XMP; their
    // picture data decodes (ImageMagick agrees). Import must neither panic nor
    // carry the broken metadata over.
    let dir = tempfile::tempdir().unwrap();
    for (name, size) in [
        ("bad/image01137.jpg", (88, 64)),
        ("bad/image01551.jpg", (61, 58)),
    ] {
        let imported = import_file(dir.path(), &fixture(name), &options()).unwrap();
        assert_eq!((imported.media.width_px, imported.media.height_px), size);
        let master = fs::read(dir.path().join(&imported.media.file)).unwrap();
        assert!(!master.windows(3).any(|w| w == b"xap"));
    }
}

#[test]
fn icc_tagged_camera_photo_keeps_its_colours() {
    // Canon_40D.jpg embeds an sRGB ICC profile: converting it must not shift colours.
    let source = fixture("camera/Canon_40D.jpg");
    let dir = tempfile::tempdir().unwrap();
    let imported = import_file(dir.path(), &source, &options()).unwrap();
    let master = load(dir.path(), &imported.media.file);
    let original = image::open(&source).unwrap().into_rgb8();
    assert_eq!(master.dimensions(), original.dimensions());
    let diff = mean_abs_diff(&master, &original);
    assert!(diff < 4.0, "colours shifted by {diff}");
}

#[test]
fn same_photo_twice_is_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = fixture("camera/DSCN0010.jpg");
    let first = import_file(dir.path(), &source, &options()).unwrap();
    // The same photo under another name and folder.
    let copy = dir.path().join("copy of it.jpeg");
    fs::copy(&source, &copy).unwrap();
    let media = dir.path().join("media");
    let a = import_file(&media, &source, &options()).unwrap();
    let b = import_file(&media, &copy, &options()).unwrap();
    assert_eq!(a.status, ImportStatus::New);
    assert_eq!(b.status, ImportStatus::Duplicate);
    assert_eq!(a.media, b.media);
    assert_eq!(
        a.media.file, first.media.file,
        "names depend only on content"
    );
    assert_eq!(
        fs::read_dir(&media).unwrap().count(),
        2,
        "one master, one thumbnail"
    );
    let name = a.media.file.strip_suffix(".jpg").unwrap();
    assert_eq!(name.len(), 32);
    assert!(name.bytes().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn master_and_thumbnail_sizes() {
    // A 3000×2000 photo with texture: master 2400×1600 under 600 KB, thumb 512×341.
    let pixels = image::RgbImage::from_fn(3000, 2000, |x, y| {
        let n = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 27;
        image::Rgb([
            u8::try_from((x / 12) % 200).unwrap() + u8::try_from(n).unwrap(),
            u8::try_from((y / 8) % 200).unwrap(),
            u8::try_from(((x + y) / 20) % 200).unwrap(),
        ])
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jpg");
    fs::write(&path, jpeg_of(&pixels, 92)).unwrap();
    let imported = import_file(&dir.path().join("media"), &path, &options()).unwrap();
    assert_eq!(
        (imported.media.width_px, imported.media.height_px),
        (2400, 1600)
    );
    assert_eq!(
        (imported.thumb_width_px, imported.thumb_height_px),
        (512, 341)
    );
    assert_eq!(
        (imported.original_width_px, imported.original_height_px),
        (3000, 2000)
    );
    let master_len = fs::metadata(dir.path().join("media").join(&imported.media.file))
        .unwrap()
        .len();
    assert_eq!(master_len, imported.master_bytes);
    assert!(master_len <= 600_000, "{master_len} bytes");
    let thumb = load(&dir.path().join("media"), &imported.thumb_file);
    assert_eq!(thumb.dimensions(), (512, 341));
}

#[test]
fn solid_red_photo_has_a_red_palette() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("red.png");
    image::RgbImage::from_pixel(800, 600, image::Rgb([255, 0, 0]))
        .save(&path)
        .unwrap();
    let imported = import_file(&dir.path().join("media"), &path, &options()).unwrap();
    let swatches = &imported.palette.swatches;
    assert_eq!(swatches.len(), 1);
    assert_eq!(swatches[0].weight_bp, 10_000);
    let [r, g, b] = swatches[0].rgb.0;
    assert!(r >= 250 && g <= 5 && b <= 5, "{:?}", swatches[0].rgb);
}
