//! Dominant colours of a photo: swatches, shares and their serialisation.

use pitchkit::media::palette::*;
use pitchkit::model::Rgb;
use proptest::prelude::*;

fn solid(rgb: [u8; 3], width: u32, height: u32) -> Vec<u8> {
    rgb.iter()
        .copied()
        .cycle()
        .take((width * height * 3) as usize)
        .collect()
}

#[test]
fn solid_red_is_red() {
    let palette = palette_of(64, 48, &solid([255, 0, 0], 64, 48));
    assert_eq!(palette.swatches.len(), 1);
    assert_eq!(palette.swatches[0].weight_bp, 10_000);
    let [r, g, b] = palette.swatches[0].rgb.0;
    assert!(
        r >= 250 && g <= 5 && b <= 5,
        "{:?}",
        palette.swatches[0].rgb
    );
}

#[test]
fn two_halves_give_two_swatches_by_share() {
    // Top quarter blue, the rest white.
    let mut rgb = solid([255, 255, 255], 100, 100);
    rgb[..100 * 25 * 3]
        .chunks_mut(3)
        .for_each(|p| p.copy_from_slice(&[0, 0, 255]));
    let palette = palette_of(100, 100, &rgb);
    assert_eq!(palette.colours().len(), 2);
    assert_eq!(palette.swatches[0].rgb, Rgb([255, 255, 255]));
    assert_eq!(palette.swatches[0].weight_bp, 7500);
    assert_eq!(palette.swatches[1].rgb, Rgb([0, 0, 255]));
}

#[test]
fn serialises_as_a_list() {
    let palette = palette_of(4, 4, &solid([0, 128, 0], 4, 4));
    let json = serde_json::to_string(&palette).unwrap();
    assert_eq!(json, r##"[{"rgb":"#008000","weight_bp":10000}]"##);
    let back: Palette = serde_json::from_str(&json).unwrap();
    assert_eq!(back, palette);
}

proptest! {
    #[test]
    fn shares_add_up(weights in proptest::collection::vec(0.0f32..1000.0, 1..8)) {
        let shares = basis_points(&weights);
        let total: u32 = shares.iter().sum();
        if weights.iter().any(|w| *w > 0.0) {
            prop_assert_eq!(total, 10_000);
        }
    }

    #[test]
    fn at_most_five_sorted(seed in 0u32..1000) {
        let rgb: Vec<u8> = (0..32 * 32 * 3)
            .map(|i: u32| (i.wrapping_mul(2_654_435_761).wrapping_add(seed) >> 13) as u8)
            .collect();
        let palette = palette_of(32, 32, &rgb);
        prop_assert!(!palette.swatches.is_empty() && palette.swatches.len() <= PALETTE_SIZE);
        prop_assert!(palette.swatches.windows(2).all(|w| w[0].weight_bp >= w[1].weight_bp));
        prop_assert_eq!(palette.swatches.iter().map(|s| s.weight_bp).sum::<u32>(), 10_000);
    }
}
