//! How large a print master is: at most the master size, and when a JPEG can be
//! decoded at 1/2, 1/4 or 1/8 scale leaving at least the shortest master's long edge,
//! exactly that scale (no resize). A 12 MP phone photo gets a 2016 px master.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use image::RgbImage;
use pitchkit::media::{ImportOptions, import_file};
use std::fs;

/// A JPEG of `width × height`: vertical stripes (one row repeated, quick to make).
fn jpeg_sized(width: u32, height: u32) -> Vec<u8> {
    let row: Vec<u8> = (0..width)
        .flat_map(|x| [(x % 251) as u8, (x % 241) as u8, (x % 239) as u8])
        .collect();
    let pixels = RgbImage::from_raw(width, height, row.repeat(height as usize)).unwrap();
    jpeg_of(&pixels, 85)
}

#[test]
fn a_twelve_megapixel_phone_photo_gets_a_master_of_half_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("IMG_0001.jpg");
    fs::write(&path, with_orientation(&jpeg_sized(4032, 3024), 6)).unwrap();
    let imported =
        import_file(&dir.path().join("media"), &path, &ImportOptions::default()).unwrap();
    assert_eq!(
        (imported.media.width_px, imported.media.height_px),
        (1512, 2016)
    );
    assert_eq!(
        (imported.original_width_px, imported.original_height_px),
        (3024, 4032)
    );
    let master = load(&dir.path().join("media"), &imported.media.file);
    assert_eq!(master.dimensions(), (1512, 2016));
}

#[test]
fn masters_take_the_cheapest_scale_within_the_master_sizes() {
    // With masters of 500–600 px: each photo, and the master it gets.
    let options = ImportOptions {
        master_long_edge_px: 600,
        master_min_long_edge_px: 500,
        thumb_long_edge_px: 64,
        ..ImportOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    for ((width, height), master) in [
        // Half is 520 px: within 500–600, so that is the master.
        ((1040, 780), (520, 390)),
        // A quarter is 510 px: the smallest scale that still gives 500.
        ((2040, 1530), (510, 383)),
        // Half is 700 px: over 600, resized down to it.
        ((1400, 1050), (600, 450)),
        // Half would be 450 px: under 500, so a full decode resized to 600.
        ((900, 600), (600, 400)),
        // Small photos are never enlarged.
        ((480, 320), (480, 320)),
    ] {
        let path = dir.path().join(format!("{width}x{height}.jpg"));
        fs::write(&path, jpeg_sized(width, height)).unwrap();
        let imported = import_file(&dir.path().join("media"), &path, &options).unwrap();
        assert_eq!(
            (imported.media.width_px, imported.media.height_px),
            master,
            "{width}×{height}"
        );
    }
    // Off (to measure), every master is resized to the master size.
    let full = ImportOptions {
        reduced_scale_decode: false,
        ..options
    };
    let path = dir.path().join("1040x780.jpg");
    let imported = import_file(&dir.path().join("full"), &path, &full).unwrap();
    assert_eq!(
        (imported.media.width_px, imported.media.height_px),
        (600, 450)
    );
}
