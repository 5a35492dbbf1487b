//! Thumbnails (`ui::thumbnails`): cover cropping, and the demo's photos loading small
//! with their palettes.

use pitchkit::pdf::MediaSource;
use pitchkit::ui::thumbnails::{THUMB_EDGE_PX, cover_uv, load};

#[test]
fn cover_crops_the_long_side() {
    let uv = cover_uv(egui::vec2(200.0, 100.0), egui::vec2(100.0, 100.0));
    assert!((uv.min.x - 0.25).abs() < 1e-6 && (uv.max.x - 0.75).abs() < 1e-6);
    assert_eq!((uv.min.y, uv.max.y), (0.0, 1.0));
    let uv = cover_uv(egui::vec2(100.0, 200.0), egui::vec2(100.0, 100.0));
    assert!((uv.min.y - 0.25).abs() < 1e-6);
}

#[test]
fn demo_photos_load_small() {
    for (file, _) in pitchkit::sample::demo_media() {
        let (image, palette) = load(&MediaSource::demo(), file).unwrap();
        assert!(image.size[0].max(image.size[1]) as u32 <= THUMB_EDGE_PX);
        assert!(!palette.swatches.is_empty());
    }
    assert!(load(&MediaSource::demo(), "missing.jpg").is_err());
}
