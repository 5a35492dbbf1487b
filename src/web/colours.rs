//! The web kit's colours: the theme's tokens as CSS custom properties, with every text
//! colour checked against each surface it sits on (made darker or lighter along its
//! own hue until it reaches 4.5:1, WCAG AA), and the roles the charts' marks take so
//! that print can recolour them.

use crate::kit::colour::{contrast, mix, solve_lightness, to_oklch};
use crate::kit::content::chart_colours;
use crate::kit::theme::ThemeTokens;
use crate::model::Rgb;

/// WCAG AA for normal text.
pub const TEXT_CONTRAST: f32 = 4.5;

/// `fg`, or the nearest colour of its hue that reaches `target` against `bg`.
pub fn readable(fg: Rgb, bg: Rgb, target: f32) -> Rgb {
    if contrast(fg, bg) >= target {
        return fg;
    }
    let base = to_oklch(fg);
    solve_lightness(base, bg, target, base.l)
}

/// Named colours of a theme (CSS custom property names without `--`), in a fixed order.
pub fn named(theme: &ThemeTokens) -> Vec<(&'static str, Rgb)> {
    let c = &theme.colours;
    let chart = chart_colours(theme);
    let tile_bg = c.surface.unwrap_or(c.background);
    let feature_bg = c.surface.unwrap_or(c.accent_tint);
    vec![
        ("bg", c.background),
        ("text", c.text),
        ("muted", readable(c.muted, c.background, TEXT_CONTRAST)),
        ("hairline", c.hairline),
        (
            "accent-ink",
            readable(c.accent_ink, c.background, TEXT_CONTRAST),
        ),
        ("accent-fill", c.accent_fill),
        ("accent-tint", c.accent_tint),
        ("tile-bg", tile_bg),
        ("tile-text", readable(c.text, tile_bg, TEXT_CONTRAST)),
        ("tile-muted", readable(c.muted, tile_bg, TEXT_CONTRAST)),
        ("feature-bg", feature_bg),
        (
            "feature-ink",
            readable(c.accent_ink, feature_bg, TEXT_CONTRAST),
        ),
        (
            "feature-muted",
            readable(c.muted, feature_bg, TEXT_CONTRAST),
        ),
        ("chart-accent", chart.accent),
        ("chart-accent-light", chart.accent_light),
        ("chart-grey", chart.benchmark),
        ("chart-grid", chart.grid),
        ("chart-band", band_fill(theme)),
    ]
}

/// The benchmark band's fill in a bullet graph (as the kit's chart drawing mixes it).
fn band_fill(theme: &ThemeTokens) -> Rgb {
    let chart = chart_colours(theme);
    mix(chart.benchmark, chart.background, 0.6)
}

/// The role a chart colour plays, for the `f-ROLE` / `s-ROLE` classes print uses.
pub fn role_of(theme: &ThemeTokens, colour: Rgb) -> Option<&'static str> {
    let c = &theme.colours;
    let chart = chart_colours(theme);
    [
        ("accent", chart.accent),
        ("accent-light", chart.accent_light),
        ("band", band_fill(theme)),
        ("grey", chart.benchmark),
        ("grid", chart.grid),
        ("text", c.text),
        ("muted", c.muted),
        ("ink", c.accent_ink),
        ("bg", c.background),
    ]
    .into_iter()
    .find(|(_, rgb)| *rgb == colour)
    .map(|(role, _)| role)
}

/// The CSS custom property that paints a role (see [`role_of`]).
pub fn role_variable(role: &str) -> &'static str {
    match role {
        "accent" => "--chart-accent",
        "accent-light" => "--chart-accent-light",
        "band" => "--chart-band",
        "grey" => "--chart-grey",
        "grid" => "--chart-grid",
        "text" => "--text",
        "muted" => "--muted",
        "ink" => "--accent-ink",
        _ => "--bg",
    }
}

/// Every role [`role_of`] can return.
pub const ROLES: [&str; 9] = [
    "accent",
    "accent-light",
    "band",
    "grey",
    "grid",
    "text",
    "muted",
    "ink",
    "bg",
];

/// The colour as CSS: `#2f5bea`.
pub fn hex(colour: Rgb) -> String {
    let [r, g, b] = colour.0;
    format!("#{r:02x}{g:02x}{b:02x}")
}
