//! The web kit's assets: colours that reach their contrast (`web::colours`), font
//! subsets and stacks (`web::fonts`) and photos cropped and encoded (`web::images`).
#![allow(clippy::unwrap_used)]

use image::{DynamicImage, RgbImage};
use pitchkit::kit::colour::contrast;
use pitchkit::kit::page::FontFace;
use pitchkit::kit::theme::tokens;
use pitchkit::model::{Rgb, Theme};
use pitchkit::web::colours::{TEXT_CONTRAST, named, readable};
use pitchkit::web::fonts::{needs, role_faces, stack, subset_face};
use pitchkit::web::images::{Photos, STEPS};
use std::collections::BTreeSet;
use std::io::Cursor;

// web::colours

fn get(named: &[(&str, Rgb)], name: &str) -> Rgb {
    named.iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn every_text_colour_reaches_aa_on_its_surface() {
    let accents = [
        None,
        Some(Rgb([255, 230, 0])),
        Some(Rgb([10, 10, 80])),
        Some(Rgb([0, 200, 120])),
    ];
    for theme in Theme::ALL {
        for accent in accents {
            let t = tokens(theme, accent, &[]);
            let n = named(&t);
            let pairs = [
                ("text", "bg"),
                ("muted", "bg"),
                ("accent-ink", "bg"),
                ("tile-text", "tile-bg"),
                ("tile-muted", "tile-bg"),
                ("text", "feature-bg"),
                ("feature-ink", "feature-bg"),
                ("feature-muted", "feature-bg"),
            ];
            for (fg, bg) in pairs {
                let ratio = contrast(get(&n, fg), get(&n, bg));
                assert!(
                    ratio >= TEXT_CONTRAST,
                    "{theme:?} {accent:?}: {fg} on {bg} is {ratio:.2}"
                );
            }
        }
    }
}

#[test]
fn readable_keeps_colours_that_already_contrast() {
    let ink = Rgb([0x16, 0x18, 0x1d]);
    assert_eq!(readable(ink, Rgb([255, 255, 255]), 4.5), ink);
    let pale = Rgb([200, 200, 255]);
    let fixed = readable(pale, Rgb([255, 255, 255]), 4.5);
    assert!(contrast(fixed, Rgb([255, 255, 255])) >= 4.5);
}

// web::fonts

#[test]
fn subsets_are_small_and_keep_the_characters() {
    let chars: BTreeSet<char> = "Maya Okafor 24.8K".chars().collect();
    for theme in Theme::ALL {
        let t = tokens(theme, None, &[]);
        for face in role_faces(&t) {
            let (bytes, _) = subset_face(face, &chars).unwrap();
            let parsed = ttf_parser::Face::parse(&bytes, 0).unwrap();
            assert!(bytes.len() < 80_000, "{face:?}: {} bytes", bytes.len());
            assert!(parsed.glyph_index('M').is_some(), "{face:?}");
            assert!(parsed.glyph_index('Z').is_none(), "{face:?}");
        }
    }
}

#[test]
fn digits_of_words_only_faces_come_from_the_number_face() {
    let t = tokens(Theme::WarmEditorial, None, &[]);
    let chars: BTreeSet<char> = "Top 5".chars().collect();
    let needs = needs(&t, &chars);
    assert!(!needs[&FontFace::SerifRegular].contains(&'5'));
    assert!(needs[&FontFace::LatoRegular].contains(&'5'));
    assert!(stack(FontFace::SerifRegular).starts_with("pk-serif-regular, pk-lato-regular"));
}

// web::images

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(picture)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[test]
fn photos_are_cropped_to_4_by_5_and_never_enlarged() {
    let big = png(3000, 2000);
    let small = png(400, 600);
    let read = |name: &str| match name {
        "big.png" => Ok(big.clone()),
        "small.png" => Ok(small.clone()),
        _ => Err("missing".to_owned()),
    };
    let mut photos = Photos::new(&read);
    let e = photos.encoded("big.png", STEPS[0]).unwrap();
    assert_eq!((e.width_px, e.height_px), (1280, 1600));
    assert!(e.jpeg.starts_with(&[0xFF, 0xD8]));
    let e = photos.encoded("small.png", STEPS[0]).unwrap();
    assert_eq!((e.width_px, e.height_px), (400, 500));
    let e = photos.encoded("big.png", STEPS[6]).unwrap();
    assert_eq!(e.height_px, 640);
    assert!(photos.encoded("gone.png", STEPS[0]).is_err());
}
