//! The three kit themes as tokens: colours (KIT-DESIGN §3), the type scale (§2) and
//! fonts per theme, and the accent derived from the settings, the photos' palette or
//! the theme's default, with OKLCH lightness solved for contrast.

use super::colour::{self, Oklch};
use super::page::FontFace;
use super::text::TextStyle;
use crate::model::{Rgb, Theme};

/// Grey for benchmarks and "other" in charts.
pub const CHART_GREY: Rgb = Rgb([0x9A, 0xA0, 0xAA]);

/// Every colour a kit page uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colours {
    /// Paper.
    pub background: Rgb,
    /// Text.
    pub text: Rgb,
    /// Secondary text (captions, footnotes, eyebrows).
    pub muted: Rgb,
    /// Rules and gridlines.
    pub hairline: Rgb,
    /// Tile background (light: the accent tint; dark: a raised surface; warm: none).
    pub surface: Option<Rgb>,
    /// Accent for text: ≥ 4.5:1 on the paper.
    pub accent_ink: Rgb,
    /// Accent for marks (bars, lines): ≥ 3:1 on the paper.
    pub accent_fill: Rgb,
    /// A very light (dark theme: very dark) wash of the accent.
    pub accent_tint: Rgb,
    /// Text on an accent fill: white, the text or the paper colour, whichever contrasts most.
    pub on_accent: Rgb,
    /// Benchmarks and "other" in charts.
    pub chart_grey: Rgb,
}

/// The faces of a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Faces {
    /// The name on the cover.
    pub display: FontFace,
    /// Section headings and chart titles.
    pub heading: FontFace,
    /// Running text.
    pub body: FontFace,
    /// Emphasis, eyebrows, labels.
    pub body_bold: FontFace,
    /// Stats and prices (lining tabular figures).
    pub numbers: FontFace,
}

/// The type scale of a theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypeScale {
    /// The name on the cover (56/56, stepping down to fit).
    pub display: TextStyle,
    /// Hero stat values.
    pub hero: TextStyle,
    /// Tile values.
    pub tile_value: TextStyle,
    /// Section headings.
    pub h1: TextStyle,
    /// Sub-headings and chart titles.
    pub h2: TextStyle,
    /// Taglines, testimonial quotes.
    pub lead: TextStyle,
    /// Running text.
    pub body: TextStyle,
    /// Bold running text.
    pub body_bold: TextStyle,
    /// Small capitals labels above things.
    pub eyebrow: TextStyle,
    /// Captions, axis and data labels.
    pub caption: TextStyle,
    /// Footnotes and the footer.
    pub footnote: TextStyle,
}

impl TypeScale {
    /// Every style set for a kit written right to left (its pages are mirrored).
    pub fn right_to_left(&mut self) {
        for style in [
            &mut self.display,
            &mut self.hero,
            &mut self.tile_value,
            &mut self.h1,
            &mut self.h2,
            &mut self.lead,
            &mut self.body,
            &mut self.body_bold,
            &mut self.eyebrow,
            &mut self.caption,
            &mut self.footnote,
        ] {
            style.rtl = true;
        }
    }
}

/// A complete theme: colours, faces, type scale, and whether the paper is dark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeTokens {
    /// Which theme.
    pub theme: Theme,
    /// Colours.
    pub colours: Colours,
    /// Faces.
    pub faces: Faces,
    /// Type scale.
    pub scale: TypeScale,
    /// Dark paper (QR codes sit on a white tile, data lines heavier).
    pub dark: bool,
    /// Extra line width for data lines on dark paper, in points.
    pub data_line_extra_pt: f32,
}

/// The theme's own accent when neither the settings nor the photos give one.
pub fn default_accent(theme: Theme) -> Rgb {
    match theme {
        Theme::CleanLight => Rgb([0x2F, 0x5B, 0xEA]),
        Theme::BoldDark => Rgb([0xFF, 0x7A, 0x45]),
        Theme::WarmEditorial => Rgb([0xB4, 0x5A, 0x32]),
    }
}

/// Picks an accent from photo palette colours (KIT-DESIGN §3): no near-black or
/// near-white, no skin tones, no greys; the most colourful of the rest.
pub fn accent_from_palette(palette: &[Rgb]) -> Option<Rgb> {
    palette
        .iter()
        .copied()
        .filter(|&rgb| {
            let (hue, saturation, lightness) = hsl(rgb);
            let skin = (10.0..=37.0).contains(&hue) && saturation <= 0.82;
            lightness > 0.05 && lightness < 0.95 && !skin && colour::to_oklch(rgb).c >= 0.04
        })
        .max_by(|a, b| colour::to_oklch(*a).c.total_cmp(&colour::to_oklch(*b).c))
}

fn hsl(rgb: Rgb) -> (f32, f32, f32) {
    let [r, g, b] = rgb.0.map(|c| f32::from(c) / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let lightness = (max + min) / 2.0;
    let delta = max - min;
    if delta < 1e-6 {
        return (0.0, 0.0, lightness);
    }
    let saturation = delta / (1.0 - (2.0 * lightness - 1.0).abs()).max(1e-6);
    let hue = if (max - r).abs() < 1e-6 {
        60.0 * ((g - b) / delta).rem_euclid(6.0)
    } else if (max - g).abs() < 1e-6 {
        60.0 * ((b - r) / delta + 2.0)
    } else {
        60.0 * ((r - g) / delta + 4.0)
    };
    (hue, saturation, lightness)
}

/// Builds a theme's tokens with the accent taken from `accent` (the settings), else
/// from `palette` (the photos), else the theme's default.
pub fn tokens(theme: Theme, accent: Option<Rgb>, palette: &[Rgb]) -> ThemeTokens {
    let base_rgb = accent
        .or_else(|| accent_from_palette(palette))
        .unwrap_or_else(|| default_accent(theme));
    let (background, text, muted, hairline) = match theme {
        Theme::CleanLight => (hex(0xFFFFFF), hex(0x16181D), hex(0x5B6070), hex(0xE4E6EA)),
        Theme::BoldDark => (hex(0x111318), hex(0xECEDEF), hex(0xA2A7B3), hex(0x2A2E37)),
        Theme::WarmEditorial => (hex(0xFAF6EF), hex(0x2B2420), hex(0x6E6158), hex(0xE6DDD0)),
    };
    let mut base = colour::to_oklch(base_rgb);
    base.c = base.c.min(if theme == Theme::WarmEditorial {
        0.12
    } else {
        0.16
    });
    let dark = theme == Theme::BoldDark;
    let (ink_start, fill_start, tint_l) = if dark {
        (0.72, 0.68, 0.22)
    } else {
        (0.58, 0.62, 0.965)
    };
    let accent_ink = colour::solve_lightness(base, background, 4.5, ink_start);
    let accent_fill = colour::solve_lightness(base, background, 3.0, fill_start);
    let accent_tint = colour::from_oklch(Oklch {
        l: tint_l,
        c: base.c.min(0.03),
        h_deg: base.h_deg,
    });
    let candidates = [Rgb([255, 255, 255]), text, background, hex(0x16181D)];
    let on_accent = candidates
        .into_iter()
        .max_by(|a, b| {
            colour::contrast(*a, accent_fill).total_cmp(&colour::contrast(*b, accent_fill))
        })
        .unwrap_or(text);
    let surface = match theme {
        Theme::CleanLight => Some(accent_tint),
        Theme::BoldDark => Some(hex(0x1A1D23)),
        Theme::WarmEditorial => None,
    };
    let colours = Colours {
        background,
        text,
        muted,
        hairline,
        surface,
        accent_ink,
        accent_fill,
        accent_tint,
        on_accent,
        chart_grey: CHART_GREY,
    };
    let faces = match theme {
        Theme::CleanLight => Faces {
            display: FontFace::DisplayBold,
            heading: FontFace::DisplaySemiBold,
            body: FontFace::SansRegular,
            body_bold: FontFace::SansBold,
            numbers: FontFace::SansBold,
        },
        Theme::BoldDark => Faces {
            display: FontFace::SpartanBold,
            heading: FontFace::SpartanBold,
            body: FontFace::SansRegular,
            body_bold: FontFace::SansBold,
            numbers: FontFace::SansBold,
        },
        Theme::WarmEditorial => Faces {
            display: FontFace::SerifRegular,
            heading: FontFace::SerifRegular,
            body: FontFace::LatoRegular,
            body_bold: FontFace::LatoBold,
            numbers: FontFace::LatoBold,
        },
    };
    ThemeTokens {
        theme,
        colours,
        faces,
        scale: scale(&faces, &colours, if dark { 1.0 } else { 0.0 }),
        dark,
        data_line_extra_pt: if dark { 0.5 } else { 0.0 },
    }
}

fn scale(faces: &Faces, colours: &Colours, extra_leading_pt: f32) -> TypeScale {
    let style = |face, size_pt: f32, leading_pt: f32, color| TextStyle {
        face,
        size_pt,
        leading_pt: leading_pt + extra_leading_pt,
        tracking_milli_em: 0,
        color,
        caps: false,
        rtl: false,
    };
    let mut display = style(faces.display, 56.0, 56.0, colours.text);
    display.tracking_milli_em = -20;
    let mut eyebrow = style(faces.body_bold, 8.0, 10.0, colours.muted);
    eyebrow.caps = true;
    eyebrow.tracking_milli_em = 80;
    TypeScale {
        display,
        hero: style(faces.numbers, 40.0, 40.0, colours.text),
        tile_value: style(faces.numbers, 28.0, 30.0, colours.text),
        h1: style(faces.heading, 24.0, 28.0, colours.text),
        h2: style(faces.heading, 13.0, 17.0, colours.text),
        lead: style(faces.body, 13.0, 18.0, colours.text),
        body: style(faces.body, 10.0, 14.0, colours.text),
        body_bold: style(faces.body_bold, 10.0, 14.0, colours.text),
        eyebrow,
        caption: style(faces.body, 8.0, 10.5, colours.muted),
        footnote: style(faces.body, 7.0, 9.0, colours.muted),
    }
}

const fn hex(value: u32) -> Rgb {
    Rgb([(value >> 16) as u8, (value >> 8) as u8, value as u8])
}
