//! Charts and QR codes as inline SVG: the kit's own marks and direct labels, drawn by
//! `kit::chart::chart_shapes` from the same `ChartSpec` the PDF and the editor use, in
//! a viewBox in millimetres. Labels stay real text in the embedded fonts; text that
//! would fall below 4.5:1 (the accent used for marks) takes the accent's ink.

use super::colours::{self, role_of};
use super::fonts;
use super::html::Html;
use crate::kit::chart::{ChartSpec, chart_shapes};
use crate::kit::fonts::MM_PER_PT;
use crate::kit::page::{Block, Paint, RectMm, Shape, TextBlock};
use crate::kit::theme::ThemeTokens;
use crate::model::Rgb;

/// Screen pixels per millimetre of a chart at its natural size: 8 pt labels show at
/// about 14 px. Charts shrink to narrower columns, never grow.
const PX_PER_MM: f32 = 5.0;

/// A chart's drawing sizes in millimetres: for wide screens and, when it differs,
/// for phones (CSS shows one of them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSize {
    /// Width and height on wide screens (and in print).
    pub wide: (f32, f32),
    /// Width and height on phones, if it differs.
    pub narrow: Option<(f32, f32)>,
}

impl ChartSize {
    /// A wide size, and a phone's 70 mm wide version `narrow_height_mm` tall.
    pub fn responsive(width_mm: f32, height_mm: f32, narrow_height_mm: f32) -> Self {
        Self {
            wide: (width_mm, height_mm),
            narrow: Some((PHONE_WIDTH_MM, narrow_height_mm)),
        }
    }
}

/// The width of a chart drawn for phones (350 px at [`PX_PER_MM`]).
pub const PHONE_WIDTH_MM: f32 = 70.0;

/// A chart as inline SVG (two when it has a phone size), labelled for screen readers
/// with `label` and the data it shows.
pub fn chart(html: &mut Html, theme: &ThemeTokens, spec: &ChartSpec, size: ChartSize, label: &str) {
    let description = describe(spec);
    let aria = if description.is_empty() {
        label.to_owned()
    } else {
        format!("{label}: {description}")
    };
    let wide_class = if size.narrow.is_some() {
        "chart wide has-narrow"
    } else {
        "chart wide"
    };
    let (w, h) = size.wide;
    let blocks = chart_shapes(spec, RectMm::new(0.0, 0.0, w, h));
    svg(html, theme, &blocks, (w, h), wide_class, &aria);
    if let Some((w, h)) = size.narrow {
        let blocks = chart_shapes(spec, RectMm::new(0.0, 0.0, w, h));
        svg(html, theme, &blocks, (w, h), "chart narrow", &aria);
    }
}

/// The chart's data in words: "18–24 31%, 25–34 44%; benchmark 1.2%–3.5%".
fn describe(spec: &ChartSpec) -> String {
    let mut parts: Vec<String> = spec
        .series
        .first()
        .map(|series| {
            series
                .points
                .iter()
                .map(|p| format!("{} {}", p.label, p.value_label))
                .collect()
        })
        .unwrap_or_default();
    if let [first, .., last] = parts.as_slice()
        && spec.kind == crate::kit::chart::ChartKind::Line
    {
        parts = vec![first.clone(), last.clone()];
    }
    let mut text = parts.join(", ");
    for band in &spec.bands {
        text.push_str("; benchmark: ");
        text.push_str(&band.label);
    }
    text
}

/// Blocks laid out from (0, 0) as an `<svg>` `size_mm` big.
pub fn svg(
    html: &mut Html,
    theme: &ThemeTokens,
    blocks: &[Block],
    (width_mm, height_mm): (f32, f32),
    class: &str,
    label: &str,
) {
    let view_box = format!("0 0 {} {}", num(width_mm), num(height_mm));
    let width_px = format!("{}", (width_mm * PX_PER_MM).round());
    let height_px = format!("{}", (height_mm * PX_PER_MM).round());
    let mut attrs = vec![
        ("class", class),
        ("viewBox", view_box.as_str()),
        ("width", width_px.as_str()),
        ("height", height_px.as_str()),
        ("xmlns", "http://www.w3.org/2000/svg"),
    ];
    if label.is_empty() {
        attrs.push(("aria-hidden", "true"));
    } else {
        attrs.push(("role", "img"));
        attrs.push(("aria-label", label));
    }
    html.open("svg", &attrs);
    for block in blocks {
        match block {
            Block::Shape { shape, paint } => shape_svg(html, theme, shape, paint),
            Block::Text(text) => text_svg(html, theme, text),
            Block::Image(_) | Block::Link { .. } => {}
        }
    }
    html.close("svg");
}

/// A number for SVG: two decimals at most, no trailing zeros.
pub fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// `fill`/`stroke` attributes and the role classes for a paint.
fn paint_attrs(theme: &ThemeTokens, paint: &Paint) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut classes = Vec::new();
    match paint.fill {
        Some(fill) => {
            attrs.push(("fill".to_owned(), colours::hex(fill)));
            classes.extend(role_of(theme, fill).map(|r| format!("f-{r}")));
        }
        None => attrs.push(("fill".to_owned(), "none".to_owned())),
    }
    if let Some((stroke, width_pt)) = paint.stroke {
        attrs.push(("stroke".to_owned(), colours::hex(stroke)));
        attrs.push(("stroke-width".to_owned(), num(width_pt * MM_PER_PT)));
        classes.extend(role_of(theme, stroke).map(|r| format!("s-{r}")));
    }
    if !classes.is_empty() {
        attrs.push(("class".to_owned(), classes.join(" ")));
    }
    attrs
}

fn shape_svg(html: &mut Html, theme: &ThemeTokens, shape: &Shape, paint: &Paint) {
    let mut attrs: Vec<(String, String)> = match shape {
        Shape::Rect { rect, radius_mm } => {
            let mut a = vec![
                ("x".to_owned(), num(rect.x_mm)),
                ("y".to_owned(), num(rect.y_mm)),
                ("width".to_owned(), num(rect.width_mm)),
                ("height".to_owned(), num(rect.height_mm)),
            ];
            if *radius_mm > 0.0 {
                a.push(("rx".to_owned(), num(*radius_mm)));
            }
            a
        }
        Shape::Circle { center, radius_mm } => vec![
            ("cx".to_owned(), num(center.x_mm)),
            ("cy".to_owned(), num(center.y_mm)),
            ("r".to_owned(), num(*radius_mm)),
        ],
        Shape::Path { points, closed } => {
            let mut d = String::new();
            for (index, p) in points.iter().enumerate() {
                d.push(if index == 0 { 'M' } else { 'L' });
                d.push_str(&num(p.x_mm));
                d.push(' ');
                d.push_str(&num(p.y_mm));
            }
            if *closed {
                d.push('Z');
            }
            vec![("d".to_owned(), d)]
        }
    };
    attrs.extend(paint_attrs(theme, paint));
    if matches!(shape, Shape::Path { .. }) {
        attrs.push(("stroke-linejoin".to_owned(), "round".to_owned()));
        attrs.push(("stroke-linecap".to_owned(), "round".to_owned()));
    }
    let tag = match shape {
        Shape::Rect { .. } => "rect",
        Shape::Circle { .. } => "circle",
        Shape::Path { .. } => "path",
    };
    let refs: Vec<(&str, &str)> = attrs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    html.open(tag, &refs);
    html.close(tag);
}

/// The colour text is set in: the block's, unless it falls short of 4.5:1 on the
/// page (the accent meant for marks), then the accent's ink.
fn text_colour(theme: &ThemeTokens, colour: Rgb) -> Rgb {
    let c = &theme.colours;
    if crate::kit::colour::contrast(colour, c.background) >= colours::TEXT_CONTRAST {
        colour
    } else {
        colours::readable(c.accent_ink, c.background, colours::TEXT_CONTRAST)
    }
}

fn text_svg(html: &mut Html, theme: &ThemeTokens, text: &TextBlock) {
    let colour = text_colour(theme, text.color);
    let fill = colours::hex(colour);
    let size = num(text.size_pt * MM_PER_PT);
    let mut attrs = vec![("font-size", size.as_str()), ("fill", fill.as_str())];
    let class = role_of(theme, colour).map(|r| format!("f-{r}"));
    if let Some(class) = &class {
        attrs.push(("class", class.as_str()));
    }
    let spacing = num(text.tracking_milli_em as f32 / 1000.0 * text.size_pt * MM_PER_PT);
    if text.tracking_milli_em != 0 {
        attrs.push(("letter-spacing", spacing.as_str()));
    }
    html.open("text", &attrs);
    for line in &text.lines {
        for run in &line.runs {
            let x = num(run.x_mm);
            let y = num(line.baseline_mm);
            let family = fonts::stack(run.font);
            html.open("tspan", &[("x", &x), ("y", &y), ("font-family", &family)]);
            html.text(&run.text);
            html.close("tspan");
        }
    }
    html.close("text");
}
