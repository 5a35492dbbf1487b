//! The gallery's accent colours: stored palettes first, photos without one measured.

use pitchkit::media::{Palette, gallery_colours, palette_of_bytes};
use pitchkit::model::{AestheticSample, MediaRef, Rgb, Swatch};

fn sample(file: &str, palette: Vec<Swatch>) -> AestheticSample {
    let mut media = MediaRef::new(file, 100, 100);
    media.palette = palette;
    AestheticSample {
        media,
        caption: String::new(),
        platform: None,
        link: String::new(),
        extra: Default::default(),
    }
}

#[test]
fn stored_palettes_win_and_photos_without_one_are_measured() {
    let red = Swatch {
        rgb: Rgb([200, 20, 20]),
        weight_bp: 10_000,
    };
    let samples = vec![sample("a.jpg", vec![red]), sample("b.jpg", Vec::new())];
    let measured = |s: &AestheticSample| {
        (s.media.file == "b.jpg").then(|| Palette {
            swatches: vec![Swatch {
                rgb: Rgb([20, 20, 200]),
                weight_bp: 10_000,
            }],
        })
    };
    let colours = gallery_colours(None, &samples, measured);
    assert!(colours.contains(&Rgb([200, 20, 20])), "{colours:?}");
    assert!(colours.iter().any(|c| c.0[2] > c.0[0]), "{colours:?}");
    assert!(gallery_colours(None, &[], measured).is_empty());
}

#[test]
fn a_solid_png_measures_as_its_colour_and_garbage_as_nothing() {
    let mut png = Vec::new();
    image::RgbImage::from_pixel(64, 48, image::Rgb([10, 160, 40]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let palette = palette_of_bytes(&png).unwrap();
    assert_eq!(palette.colours().first(), Some(&Rgb([10, 160, 40])));
    assert!(palette_of_bytes(b"not an image").is_none());
}
