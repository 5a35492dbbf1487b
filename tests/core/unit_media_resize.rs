//! Downscaling: the fitted size and the Lanczos resize.

use image::RgbImage;
use pitchkit::media::resize::*;
use proptest::prelude::*;

#[test]
fn fits_long_edge() {
    assert_eq!(fit(4032, 3024, 2400), (2400, 1800));
    assert_eq!(fit(3024, 4032, 2400), (1800, 2400));
    assert_eq!(fit(1800, 1200, 2400), (1800, 1200));
    assert_eq!(fit(10_000, 10, 512), (512, 1));
}

#[test]
fn resizes_flat_colour_exactly() {
    let pixels = RgbImage::from_pixel(300, 200, image::Rgb([10, 200, 30]));
    let small = resize(&pixels, 150, 100).unwrap();
    assert_eq!(small.dimensions(), (150, 100));
    assert!(small.pixels().all(|p| p.0 == [10, 200, 30]));
}

proptest! {
    #[test]
    fn fit_never_grows_and_keeps_shape(w in 1u32..20_000, h in 1u32..20_000, edge in 16u32..4000) {
        let (fw, fh) = fit(w, h, edge);
        prop_assert!(fw <= w && fh <= h && fw >= 1 && fh >= 1);
        prop_assert!(fw.max(fh) <= edge.max(w.max(h).min(edge)));
        if w.max(h) > edge {
            prop_assert_eq!(fw.max(fh), edge);
        }
    }
}
