//! Colour (`kit::colour`: OKLCH round trip, solved contrast), theme tokens
//! (`kit::theme`), chart axes (`kit::chart_build::look`) and the page grid (`kit::grid`).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::chart::ChartColours;
use pitchkit::kit::chart_build::ChartLook;
use pitchkit::kit::chart_build::look::{count_label, nice_axis};
use pitchkit::kit::colour::{contrast, from_oklch, solve_lightness, to_oklch};
use pitchkit::kit::grid::{Grid, cols};
use pitchkit::kit::lang::Language;
use pitchkit::kit::theme::{accent_from_palette, tokens};
use pitchkit::model::{PageSize, Rgb, Theme};

// kit::colour

#[test]
fn round_trip_is_close() {
    for rgb in [Rgb([47, 91, 234]), Rgb([200, 120, 40]), Rgb([16, 24, 29])] {
        let back = from_oklch(to_oklch(rgb));
        for (a, b) in rgb.0.iter().zip(back.0) {
            assert!(
                (i32::from(*a) - i32::from(b)).abs() <= 1,
                "{rgb:?} → {back:?}"
            );
        }
    }
}

#[test]
fn solved_ink_reaches_contrast() {
    let white = Rgb([255, 255, 255]);
    let base = to_oklch(Rgb([255, 200, 0]));
    let ink = solve_lightness(base, white, 4.5, 0.6);
    assert!(contrast(ink, white) >= 4.5);
    let dark = Rgb([17, 19, 24]);
    let ink = solve_lightness(to_oklch(Rgb([20, 40, 160])), dark, 4.5, 0.7);
    assert!(contrast(ink, dark) >= 4.5);
}

// kit::theme

#[test]
fn accents_reach_their_contrast_in_every_theme() {
    for theme in Theme::ALL {
        for accent in [None, Some(Rgb([255, 230, 0])), Some(Rgb([10, 10, 80]))] {
            let t = tokens(theme, accent, &[]);
            let c = t.colours;
            assert!(
                contrast(c.accent_ink, c.background) >= 4.5,
                "{theme:?} {accent:?}"
            );
            assert!(
                contrast(c.accent_fill, c.background) >= 3.0,
                "{theme:?} {accent:?}"
            );
            assert!(contrast(c.text, c.background) >= 7.0);
        }
    }
}

#[test]
fn palette_skips_greys_and_skin() {
    let grey = Rgb([128, 128, 128]);
    let skin = Rgb([224, 172, 140]);
    let teal = Rgb([20, 140, 140]);
    assert_eq!(accent_from_palette(&[grey, skin, teal]), Some(teal));
    assert_eq!(accent_from_palette(&[grey, skin]), None);
}

// kit::chart_build::look

#[test]
fn nice_axis_steps_round_and_covers_the_data() {
    let axis = nice_axis(21_480.0, 24_812.0, 4.0, |v| count_label(Language::En, v));
    assert_eq!(axis.min, 21_000.0);
    assert_eq!(axis.max, 25_000.0);
    let values: Vec<f64> = axis.gridlines.iter().map(|g| g.0).collect();
    assert_eq!(
        values,
        vec![21_000.0, 22_000.0, 23_000.0, 24_000.0, 25_000.0]
    );
    assert_eq!(axis.gridlines[4].1, pitchkit::format::count(25_000));
}

#[test]
fn from_zero_axis_adds_headroom() {
    let colours = ChartColours {
        accent: pitchkit::model::Rgb([1, 2, 3]),
        accent_light: pitchkit::model::Rgb([4, 5, 6]),
        benchmark: pitchkit::model::Rgb([7, 8, 9]),
        grid: pitchkit::model::Rgb([10, 11, 12]),
        background: pitchkit::model::Rgb([255, 255, 255]),
    };
    let style = pitchkit::kit::theme::tokens(pitchkit::model::Theme::CleanLight, None, &[])
        .scale
        .caption;
    let look = ChartLook::new(colours, style);
    let axis = look.axis(0.0, 200.0, count_label);
    assert!((axis.max - 230.0).abs() < 1e-9);
    assert!(axis.gridlines.is_empty());
}

// kit::grid

#[test]
fn spans_match_the_design() {
    assert!((cols(1, 3).1 - 42.0).abs() < 0.01);
    assert!((cols(1, 6).1 - 88.0).abs() < 0.01);
    assert!((cols(1, 12).1 - 180.0).abs() < 0.01);
    assert!((cols(7, 12).0 - 92.0).abs() < 0.01);
    let letter = Grid::for_size(PageSize::Letter);
    assert!((letter.margin_left_mm - 17.95).abs() < 0.01);
    assert!((letter.live_height_mm() - 249.4).abs() < 0.01);
}
