//! The OKLab colour space: known values and the sRGB round trip.

use pitchkit::media::oklab::*;
use proptest::prelude::*;

#[test]
fn known_values() {
    let white = from_srgb([255, 255, 255]);
    assert!((white.l - 1.0).abs() < 1e-3 && white.a.abs() < 1e-3 && white.b.abs() < 1e-3);
    let black = from_srgb([0, 0, 0]);
    assert!(black.l.abs() < 1e-6);
    let red = from_srgb([255, 0, 0]);
    assert!((red.l - 0.628).abs() < 2e-3 && (red.a - 0.225).abs() < 2e-3);
}

proptest! {
    #[test]
    fn round_trip(r in 0u8..=255, g in 0u8..=255, b in 0u8..=255) {
        let back = to_srgb(from_srgb([r, g, b]));
        for (x, y) in back.iter().zip([r, g, b]) {
            prop_assert!(x.abs_diff(y) <= 1, "{:?} -> {:?}", [r, g, b], back);
        }
    }
}
