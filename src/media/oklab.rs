//! The OKLab perceptual colour space (Björn Ottosson, 2020): distances in it follow
//! how different two colours look, which is what palettes and cohesion need. The one
//! implementation of it in Pitchkit: the kit's theme colours (OKLCH, in
//! `kit::colour`) are built on it.

use std::sync::OnceLock;

/// A colour in OKLab: `l` lightness 0–1, `a` green–red, `b` blue–yellow.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Lab {
    /// Lightness, 0 (black) to 1 (white).
    pub l: f32,
    /// Green (negative) to red (positive).
    pub a: f32,
    /// Blue (negative) to yellow (positive).
    pub b: f32,
}

impl Lab {
    /// Euclidean distance (ΔE in OKLab; about 0.02 is just noticeable).
    pub(crate) fn distance(self, other: Self) -> f32 {
        self.distance_sq(other).sqrt()
    }

    /// Squared distance, for comparisons.
    pub(crate) fn distance_sq(self, other: Self) -> f32 {
        let (dl, da, db) = (self.l - other.l, self.a - other.a, self.b - other.b);
        dl * dl + da * da + db * db
    }
}

/// sRGB byte → linear light, for all 256 values.
fn linear_table() -> &'static [f32; 256] {
    static TABLE: OnceLock<[f32; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0.0; 256];
        for (value, slot) in (0u8..=255).zip(table.iter_mut()) {
            let c = f32::from(value) / 255.0;
            *slot = if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
        }
        table
    })
}

/// An sRGB channel byte as linear light (0–1).
pub(crate) fn srgb_to_linear(value: u8) -> f32 {
    linear_table()[usize::from(value)]
}

/// An sRGB colour in OKLab.
pub fn from_srgb([r, g, b]: [u8; 3]) -> Lab {
    let [r, g, b] = [r, g, b].map(srgb_to_linear);
    let l = (0.412_221_46 * r + 0.536_332_55 * g + 0.051_445_995 * b).cbrt();
    let m = (0.211_903_5 * r + 0.680_699_5 * g + 0.107_396_96 * b).cbrt();
    let s = (0.088_302_46 * r + 0.281_718_85 * g + 0.629_978_7 * b).cbrt();
    Lab {
        l: 0.210_454_26 * l + 0.793_617_8 * m - 0.004_072_047 * s,
        a: 1.977_998_5 * l - 2.428_592_2 * m + 0.450_593_7 * s,
        b: 0.025_904_037 * l + 0.782_771_77 * m - 0.808_675_77 * s,
    }
}

/// The nearest sRGB colour (out-of-gamut values are clipped).
pub fn to_srgb(lab: Lab) -> [u8; 3] {
    to_linear_srgb(lab).map(linear_to_srgb)
}

/// Linear-light sRGB of an OKLab colour; out of gamut when a channel is outside 0–1.
pub(crate) fn to_linear_srgb(lab: Lab) -> [f32; 3] {
    let l = lab.l + 0.396_337_78 * lab.a + 0.215_803_76 * lab.b;
    let m = lab.l - 0.105_561_346 * lab.a - 0.063_854_17 * lab.b;
    let s = lab.l - 0.089_484_18 * lab.a - 1.291_485_5 * lab.b;
    let (l, m, s) = (l * l * l, m * m * m, s * s * s);
    [
        4.076_741_7 * l - 3.307_711_6 * m + 0.230_969_94 * s,
        -1.268_438 * l + 2.609_757_4 * m - 0.341_319_38 * s,
        -0.004_196_086_3 * l - 0.703_418_6 * m + 1.707_614_7 * s,
    ]
}

/// Linear light → sRGB byte (clipped to 0–1 first).
pub(crate) fn linear_to_srgb(linear: f32) -> u8 {
    let c = linear.clamp(0.0, 1.0);
    let v = if c <= 0.003_130_8 {
        12.92 * c
    } else {
        1.055 * c.powf(1.0 / 2.4) - 0.055
    };
    // `v` is within 0..=1, so the rounded value fits a byte.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let byte = (v * 255.0).round().clamp(0.0, 255.0) as u8;
    byte
}
