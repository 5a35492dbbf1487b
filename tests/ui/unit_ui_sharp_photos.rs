//! Sharp photos of a zoomed page (`ui::sharp_photos`): the edge wanted for the display,
//! loading at that edge, the reduced-scale JPEG decode, and freeing what is not painted.

use image::RgbImage;
use pitchkit::pdf::MediaSource;
use pitchkit::ui::sharp_photos::{
    SHARP_EDGE_MAX_PX, SharpPhotos, decode_jpeg_reduced, load, wanted_edge_px,
};

#[test]
fn the_wanted_edge_follows_the_display_in_steps() {
    let whole = egui::vec2(1.0, 1.0);
    // 2400×1800 shown 600×450 px: 600 px wanted, rounded up to 768.
    assert_eq!(
        wanted_edge_px((2400, 1800), whole, egui::vec2(600.0, 450.0)),
        768
    );
    // Shown larger than the cap: the cap.
    assert_eq!(
        wanted_edge_px((2400, 1800), whole, egui::vec2(4000.0, 3000.0)),
        SHARP_EDGE_MAX_PX
    );
    // A crop of half the width shown 600 px wide needs the photo 1200 px wide.
    let half = egui::vec2(0.5, 1.0);
    assert_eq!(
        wanted_edge_px((2400, 1800), half, egui::vec2(600.0, 900.0)),
        1280
    );
    // Never more than the photo has.
    assert_eq!(
        wanted_edge_px((640, 427), whole, egui::vec2(1200.0, 800.0)),
        640
    );
    assert_eq!(wanted_edge_px((0, 10), whole, egui::vec2(10.0, 10.0)), 0);
}

#[test]
fn a_photo_loads_at_the_asked_edge() {
    let (file, _) = pitchkit::sample::demo_media()
        .iter()
        .find(|(f, _)| f.starts_with("95feec27"))
        .unwrap();
    let image = load(&MediaSource::demo(), file, 256).unwrap();
    assert_eq!(image.size, [256, 171]);
    assert!(load(&MediaSource::demo(), "missing.jpg", 256).is_err());
}

#[test]
fn a_big_jpeg_is_decoded_at_a_reduced_scale_that_still_covers_the_edge() {
    let pixels = RgbImage::from_fn(64, 40, |x, y| image::Rgb([x as u8 * 4, y as u8 * 6, 90]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&pixels)
        .unwrap();
    // 16 px wide: a quarter scale (16 × 10) is just enough.
    let reduced = decode_jpeg_reduced(&jpeg, 16).unwrap();
    assert_eq!(reduced.dimensions(), (16, 10));
    // 20 px wide needs half scale (32 × 20).
    assert_eq!(
        decode_jpeg_reduced(&jpeg, 20).unwrap().dimensions(),
        (32, 20)
    );
    // No reduction possible: left to the general decoder.
    assert!(decode_jpeg_reduced(&jpeg, 64).is_none());
    let mut png = Vec::new();
    pixels
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    assert!(decode_jpeg_reduced(&png, 16).is_none());
}

#[test]
fn textures_not_painted_in_a_frame_are_freed() {
    let ctx = egui::Context::default();
    let mut sharp = SharpPhotos::new(&ctx, MediaSource::demo(), 1);
    // The 640×427 demo photo first, then any other.
    let mut files: Vec<&str> = pitchkit::sample::demo_media()
        .iter()
        .map(|(f, _)| *f)
        .filter(|f| !f.ends_with(".md"))
        .collect();
    files.sort_by_key(|f| !f.starts_with("95feec27"));
    sharp.poll(&ctx);
    assert!(sharp.texture(files[0], 256).is_none());
    assert!(sharp.texture(files[1], 256).is_none());
    assert_eq!(sharp.len(), 2);
    // Next frame paints only the first photo (another page).
    sharp.poll(&ctx);
    sharp.texture(files[0], 256);
    sharp.release_unused();
    assert_eq!(sharp.len(), 1);
    // A new size replaces the old one.
    sharp.texture(files[0], 512);
    assert_eq!(sharp.len(), 1);
    // Eventually it is ready.
    let start = std::time::Instant::now();
    let mut texture = None;
    while texture.is_none() && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        sharp.poll(&ctx);
        texture = sharp.texture(files[0], 512);
    }
    let texture = texture.expect("the sharp photo loads");
    assert_eq!(texture.size().iter().max().copied(), Some(512));
    sharp.release();
    assert_eq!(sharp.len(), 0);
}
