//! Colour arithmetic for themes: sRGB ↔ OKLab/OKLCH, WCAG contrast ratios, and solving
//! an accent's OKLCH lightness until it reaches a contrast target.

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

fn to_linear(channel: u8) -> f32 {
    let c = f32::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn from_linear(value: f32) -> f32 {
    if value <= 0.003_130_8 {
        value * 12.92
    } else {
        1.055 * value.powf(1.0 / 2.4) - 0.055
    }
}

/// OKLCH of an sRGB colour.
pub fn to_oklch(rgb: Rgb) -> Oklch {
    let [r, g, b] = rgb.0.map(to_linear);
    let l = (0.412_221_46 * r + 0.536_332_55 * g + 0.051_445_995 * b).cbrt();
    let m = (0.211_903_5 * r + 0.680_699_5 * g + 0.107_396_96 * b).cbrt();
    let s = (0.088_302_46 * r + 0.281_718_85 * g + 0.629_978_7 * b).cbrt();
    let lab_l = 0.210_454_26 * l + 0.793_617_8 * m - 0.004_072_047 * s;
    let lab_a = 1.977_998_5 * l - 2.428_592_2 * m + 0.450_593_7 * s;
    let lab_b = 0.025_904_037 * l + 0.782_771_77 * m - 0.808_675_77 * s;
    let c = (lab_a * lab_a + lab_b * lab_b).sqrt();
    let h = lab_b.atan2(lab_a).to_degrees().rem_euclid(360.0);
    Oklch {
        l: lab_l,
        c,
        h_deg: h,
    }
}

/// Linear sRGB of an OKLCH colour (may be out of gamut: outside 0–1).
fn oklch_to_linear(colour: Oklch) -> [f32; 3] {
    let (sin, cos) = colour.h_deg.to_radians().sin_cos();
    let (a, b) = (colour.c * cos, colour.c * sin);
    let l = (colour.l + 0.396_337_78 * a + 0.215_803_76 * b).powi(3);
    let m = (colour.l - 0.105_561_346 * a - 0.063_854_17 * b).powi(3);
    let s = (colour.l - 0.089_484_18 * a - 1.291_485_5 * b).powi(3);
    [
        4.076_741_7 * l - 3.307_711_6 * m + 0.230_969_94 * s,
        -1.268_438 * l + 2.609_757_4 * m - 0.341_319_38 * s,
        -0.004_196_086_3 * l - 0.703_418_6 * m + 1.707_614_7 * s,
    ]
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
    Rgb(linear.map(|v| {
        let srgb = from_linear(v.clamp(0.0, 1.0)).clamp(0.0, 1.0);
        (srgb * 255.0).round() as u8
    }))
}

/// WCAG relative luminance (0 black to 1 white).
pub fn luminance(rgb: Rgb) -> f32 {
    let [r, g, b] = rgb.0.map(to_linear);
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
