//! Colour arithmetic for themes: sRGB ↔ OKLCH (the polar form of OKLab, whose one
//! implementation is `media::oklab`), WCAG contrast ratios, and solving an accent's
//! OKLCH lightness until it reaches a contrast target.

use crate::media::oklab::{self, Lab};
use crate::model::Rgb;

/// A colour in OKLCH: lightness 0–1, chroma (0–~0.37), hue in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Oklch {
    /// Perceptual lightness, 0 (black) to 1 (white).
    pub l: f32,
    /// Chroma (colourfulness).
    pub c: f32,
    /// Hue angle in degrees.
    pub h_deg: f32,
}

/// OKLCH of an sRGB colour.
pub fn to_oklch(rgb: Rgb) -> Oklch {
    let lab = oklab::from_srgb(rgb.0);
    let c = (lab.a * lab.a + lab.b * lab.b).sqrt();
    let h = lab.b.atan2(lab.a).to_degrees().rem_euclid(360.0);
    Oklch {
        l: lab.l,
        c,
        h_deg: h,
    }
}

/// Linear sRGB of an OKLCH colour (may be out of gamut: outside 0–1).
fn oklch_to_linear(colour: Oklch) -> [f32; 3] {
    let (sin, cos) = colour.h_deg.to_radians().sin_cos();
    oklab::to_linear_srgb(Lab {
        l: colour.l,
        a: colour.c * cos,
        b: colour.c * sin,
    })
}

/// The sRGB colour of an OKLCH colour; chroma is reduced until it is in gamut.
pub fn from_oklch(colour: Oklch) -> Rgb {
    let mut c = colour.c.max(0.0);
    let mut linear = oklch_to_linear(Oklch { c, ..colour });
    for _ in 0..24 {
        if linear.iter().all(|v| (-1e-4..=1.0 + 1e-4).contains(v)) {
            break;
        }
        c *= 0.9;
        linear = oklch_to_linear(Oklch { c, ..colour });
    }
    Rgb(linear.map(oklab::linear_to_srgb))
}

/// WCAG relative luminance (0 black to 1 white).
pub fn luminance(rgb: Rgb) -> f32 {
    let [r, g, b] = rgb.0.map(oklab::srgb_to_linear);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colour of `base`'s hue and chroma whose lightness is nearest `start_l` while
/// its contrast against `background` is at least `target` (darker on light paper,
/// lighter on dark paper).
pub fn solve_lightness(base: Oklch, background: Rgb, target: f32, start_l: f32) -> Rgb {
    let dark_paper = luminance(background) < 0.18;
    let step = if dark_paper { 0.01 } else { -0.01 };
    let mut l = start_l;
    for _ in 0..100 {
        let candidate = from_oklch(Oklch { l, ..base });
        if contrast(candidate, background) >= target {
            return candidate;
        }
        l = (l + step).clamp(0.0, 1.0);
    }
    if dark_paper {
        Rgb([255, 255, 255])
    } else {
        Rgb([0, 0, 0])
    }
}

/// Linear mix of two colours in sRGB (`t` = 0 gives `a`).
pub fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    let channel = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Rgb([
        channel(a.0[0], b.0[0]),
        channel(a.0[1], b.0[1]),
        channel(a.0[2], b.0[2]),
    ])
}
