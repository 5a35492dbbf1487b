//! Every readable format and colour kind ends up as an upright 8-bit sRGB JPEG.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::media_support::*;
use image::{DynamicImage, ImageBuffer, ImageFormat, Rgb, Rgba};
use pitchkit::media::{ImportOptions, import_file};
use std::fs;
use std::path::Path;

fn centre(media: &Path, file: &str) -> [u8; 3] {
    let pixels = load(media, file);
    let (w, h) = pixels.dimensions();
    mean_colour(&pixels, w / 4, h / 4, w / 2, h / 2)
}

fn save(image: &DynamicImage, path: &Path, format: ImageFormat) {
    let mut bytes = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut bytes), format)
        .unwrap();
    fs::write(path, bytes).unwrap();
}

#[test]
fn png_webp_gif_and_sixteen_bit_with_alpha() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    let colour = [40u8, 120, 200];
    let rgb = DynamicImage::ImageRgb8(ImageBuffer::from_pixel(64, 48, Rgb(colour)));
    // Named .jpg on purpose: the format comes from the bytes.
    let cases = [
        ("png.jpg", ImageFormat::Png, rgb.clone()),
        ("webp.png", ImageFormat::WebP, rgb.clone()),
        ("gif.gif", ImageFormat::Gif, rgb.clone()),
        (
            "sixteen.png",
            ImageFormat::Png,
            DynamicImage::ImageRgba16(ImageBuffer::from_pixel(
                64,
                48,
                Rgba([40 * 257, 120 * 257, 200 * 257, 65_535]),
            )),
        ),
    ];
    for (name, format, image) in cases {
        let path = dir.path().join(name);
        save(&image, &path, format);
        let imported = import_file(&media, &path, &ImportOptions::default()).unwrap();
        assert_eq!(
            (imported.media.width_px, imported.media.height_px),
            (64, 48)
        );
        let seen = centre(&media, &imported.media.file);
        // GIF's palette quantises a little.
        assert!(close(seen, colour, 12), "{name}: {seen:?}");
    }
}

#[test]
fn transparent_png_is_laid_over_white() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("screenshot.png");
    let image = DynamicImage::ImageRgba8(ImageBuffer::from_pixel(32, 32, Rgba([0, 0, 0, 0])));
    save(&image, &path, ImageFormat::Png);
    let media = dir.path().join("media");
    let imported = import_file(&media, &path, &ImportOptions::default()).unwrap();
    assert!(close(
        centre(&media, &imported.media.file),
        [255, 255, 255],
        2
    ));
}

#[test]
fn greyscale_and_cmyk_jpegs() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    let encode = |data: &[u8], kind: jpeg_encoder::ColorType| {
        let mut out = Vec::new();
        jpeg_encoder::Encoder::new(&mut out, 95)
            .encode(data, 40, 30, kind)
            .unwrap();
        out
    };
    let grey = dir.path().join("grey.jpg");
    fs::write(
        &grey,
        encode(&[90u8; 40 * 30], jpeg_encoder::ColorType::Luma),
    )
    .unwrap();
    let imported = import_file(&media, &grey, &ImportOptions::default()).unwrap();
    assert!(close(centre(&media, &imported.media.file), [90, 90, 90], 3));

    // CMYK (0, 255, 255, 0) is red ink on paper.
    let cmyk: Vec<u8> = [0u8, 255, 255, 0].repeat(40 * 30);
    let path = dir.path().join("cmyk.jpg");
    fs::write(&path, encode(&cmyk, jpeg_encoder::ColorType::Cmyk)).unwrap();
    let imported = import_file(&media, &path, &ImportOptions::default()).unwrap();
    let [r, g, b] = centre(&media, &imported.media.file);
    assert!(r > 200 && g < 60 && b < 60, "CMYK red came out {r} {g} {b}");
}

#[test]
fn display_p3_profile_is_converted_to_srgb() {
    // The same bytes mean a more saturated red in Display P3 than in sRGB.
    let pixels = [180u8, 60, 60].repeat(40 * 30);
    let mut jpeg = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut jpeg, 95);
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    encoder.add_icc_profile(&p3).unwrap();
    encoder
        .encode(&pixels, 40, 30, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p3.jpg");
    fs::write(&path, jpeg).unwrap();
    let media = dir.path().join("media");
    let imported = import_file(&media, &path, &ImportOptions::default()).unwrap();
    let master = fs::read(media.join(&imported.media.file)).unwrap();
    assert!(
        !master.windows(11).any(|w| w == b"ICC_PROFILE"),
        "pixels are sRGB, no profile"
    );
    let [r, g, b] = centre(&media, &imported.media.file);
    assert!(r > 190 && g < 60 && b < 60, "{r} {g} {b}");
}

#[test]
fn reduced_scale_decode_matches_full_decode() {
    // 1250×450, stored sideways (EXIF 6), with a 600 px master: the master is 216×600
    // upright, and the DCT-scaled path (1/2 scale: the photo is over twice the master)
    // gives the same picture as a full decode. (The default 2400 px master works the
    // same way on a 5000 px photo; a small one keeps the test quick.)
    let (w, h) = (1250u32, 450u32);
    let pixels = image::RgbImage::from_fn(w, h, |x, y| {
        Rgb([
            u8::try_from(x * 255 / w).unwrap(),
            u8::try_from(y * 255 / h).unwrap(),
            if x < w / 2 { 30 } else { 220 },
        ])
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jpg");
    fs::write(&path, with_orientation(&jpeg_of(&pixels, 85), 6)).unwrap();
    drop(pixels);
    let reduced_media = dir.path().join("reduced");
    let full_media = dir.path().join("full");
    let reduced_options = ImportOptions {
        master_long_edge_px: 600,
        thumb_long_edge_px: 128,
        ..ImportOptions::default()
    };
    let reduced = import_file(&reduced_media, &path, &reduced_options).unwrap();
    let full_options = ImportOptions {
        reduced_scale_decode: false,
        ..reduced_options
    };
    let full = import_file(&full_media, &path, &full_options).unwrap();
    for imported in [&reduced, &full] {
        assert_eq!(
            (imported.media.width_px, imported.media.height_px),
            (216, 600)
        );
        assert_eq!(
            (imported.original_width_px, imported.original_height_px),
            (450, 1250)
        );
    }
    let a = load(&reduced_media, &reduced.media.file);
    let b = load(&full_media, &full.media.file);
    let diff = mean_abs_diff(&a, &b);
    assert!(diff < 2.0, "reduced and full decodes differ by {diff}");
    // Upright: the stored left half (blue 30) is now the top half.
    assert!(mean_colour(&a, 0, 0, 216, 250)[2] < 60);
    assert!(mean_colour(&a, 0, 350, 216, 250)[2] > 190);
}

#[test]
fn jpegs_with_several_scans_keep_their_colours() {
    // jpeg-encoder with optimised tables writes each component in its own scan;
    // zune-jpeg 0.5 gets such 4:2:0 files wrong, so import must route around it.
    // Progressive JPEGs (many scans) must come out right too.
    let pixels = [40u8, 120, 200].repeat(64 * 48);
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    for (name, progressive) in [("separate-scans.jpg", false), ("progressive.jpg", true)] {
        let mut jpeg = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut jpeg, 90);
        encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
        encoder.set_optimized_huffman_tables(true);
        encoder.set_progressive(progressive);
        encoder
            .encode(&pixels, 64, 48, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let path = dir.path().join(name);
        fs::write(&path, jpeg).unwrap();
        let imported = import_file(&media, &path, &ImportOptions::default()).unwrap();
        let seen = centre(&media, &imported.media.file);
        assert!(close(seen, [40, 120, 200], 4), "{name}: {seen:?}");
    }
}
