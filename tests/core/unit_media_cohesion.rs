//! The gallery's look: palette and cohesion score.

use pitchkit::media::{GalleryLook, Palette, Swatch, gallery_look};
use pitchkit::model::Rgb;

fn single(rgb: [u8; 3]) -> Palette {
    Palette::from(vec![Swatch {
        rgb: Rgb(rgb),
        weight_bp: 10_000,
    }])
}

fn mixed() -> Palette {
    Palette::from(vec![
        Swatch {
            rgb: Rgb([200, 180, 150]),
            weight_bp: 6000,
        },
        Swatch {
            rgb: Rgb([60, 70, 50]),
            weight_bp: 4000,
        },
    ])
}

fn look(palettes: &[Palette]) -> Option<GalleryLook> {
    gallery_look(palettes)
}

#[test]
fn identical_photos_are_fully_cohesive() {
    let same = look(&[mixed(), mixed(), mixed()]).unwrap();
    assert_eq!(same.cohesion, 100);
    assert_eq!(same.palette.swatches.len(), 2);
    assert_eq!(same.palette.swatches[0].rgb, Rgb([200, 180, 150]));
    assert_eq!(same.palette.swatches[0].weight_bp, 6000);
}

#[test]
fn clashing_photos_are_not() {
    let clash = look(&[
        single([255, 0, 0]),
        single([0, 0, 255]),
        single([0, 255, 0]),
        single([0, 0, 0]),
        single([255, 255, 255]),
    ])
    .unwrap();
    assert!(clash.cohesion < 10, "{}", clash.cohesion);
    assert_eq!(clash.palette.swatches.len(), 5);
}

#[test]
fn similar_beats_different() {
    let warm = look(&[single([200, 150, 120]), single([210, 160, 125])]).unwrap();
    let apart = look(&[single([200, 150, 120]), single([40, 90, 160])]).unwrap();
    assert!(warm.cohesion > 80, "{}", warm.cohesion);
    assert!(apart.cohesion < 30, "{}", apart.cohesion);
}

#[test]
fn no_photos_no_look() {
    assert!(look(&[]).is_none());
    assert!(look(&[Palette::default()]).is_none());
    assert_eq!(look(&[single([1, 2, 3])]).unwrap().cohesion, 100);
}
