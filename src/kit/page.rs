//! The finished layout: pages of positioned blocks in millimetres from the top-left
//! corner. The PDF renderer and the in-app preview only translate these blocks.

use crate::model::Rgb;

/// A font face the kit uses; each maps to one bundled font file, except `System`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontFace {
    /// Noto Sans Regular: body text, numbers (lining tabular figures).
    SansRegular,
    /// Noto Sans SemiBold.
    SansSemiBold,
    /// Noto Sans Bold: stats and numbers set large.
    SansBold,
    /// Inter Display SemiBold: headings in the clean light theme (words only).
    DisplaySemiBold,
    /// Inter Display Bold: the name on the cover in the clean light theme.
    DisplayBold,
    /// League Spartan Bold: headings in the bold dark theme (words only).
    SpartanBold,
    /// EB Garamond Regular: headings in the warm editorial theme (words only).
    SerifRegular,
    /// EB Garamond SemiBold.
    SerifSemiBold,
    /// Lato Regular: body text in the warm editorial theme.
    LatoRegular,
    /// Lato Bold.
    LatoBold,
    /// DejaVu Sans: fallback for symbols and scripts the others lack.
    FallbackSans,
    /// A script face of its own (Arabic, Hebrew, Indic, Thai) in regular or bold.
    Script(ScriptFace, Weight),
    /// Noto Emoji: monochrome emoji drawn as outlines.
    Emoji,
    /// A font of the system for scripts no bundled face covers (CJK, Arabic…): its
    /// slot in [`crate::kit::system_fonts`].
    System(u8),
}

/// The scripts Pitchkit bundles a face for beside Noto Sans (systems often lack them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScriptFace {
    /// Noto Sans Arabic (Arabic, Persian, Urdu).
    Arabic,
    /// Noto Sans Hebrew.
    Hebrew,
    /// Noto Sans Devanagari (Hindi, Marathi, Nepali).
    Devanagari,
    /// Noto Sans Bengali.
    Bengali,
    /// Noto Sans Tamil.
    Tamil,
    /// Noto Sans Thai.
    Thai,
    /// Noto Sans CJK JP, cut down to the Japanese kit's own words, the kana and CJK
    /// punctuation (other kanji come from the system's fonts).
    Japanese,
}

/// Regular or bold, for the script faces that come in two weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// Text weight.
    Regular,
    /// Headings, names and figures.
    Bold,
}

/// A run of text in one font and one direction, shaped and positioned on its line.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// The characters in reading order (only clusters this font has).
    pub text: String,
    /// Which font.
    pub font: FontFace,
    /// Left edge of the run, from the page's left edge.
    pub x_mm: f32,
    /// True when the run reads right to left (its glyphs are still listed left to right).
    pub rtl: bool,
    /// The shaped glyphs from left to right, as the PDF draws them.
    pub glyphs: Vec<Glyph>,
    /// The run's width (advances and tracking).
    pub width_mm: f32,
}

/// One shaped glyph of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The glyph id in the run's font.
    pub id: u16,
    /// Where the glyph is drawn, from the run's left edge.
    pub x_mm: f32,
    /// How far the glyph is raised above the baseline (marks placed by the font).
    pub rise_mm: f32,
    /// The text the glyph stands for when copied: the whole cluster for the first
    /// glyph of a cluster (a ligature, a conjunct, an emoji sequence), empty for the
    /// others.
    pub text: String,
}

/// One line of text, already broken and measured.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Runs from left to right.
    pub runs: Vec<TextRun>,
    /// The baseline, from the page's top edge.
    pub baseline_mm: f32,
    /// The measured width of the whole line.
    pub width_mm: f32,
}

/// A block of text: one style, lines already broken with the real font metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    /// The box the text was laid out in (top-left origin).
    pub rect: RectMm,
    /// Type size in points.
    pub size_pt: f32,
    /// Extra spacing between letters, in thousandths of an em (tracking).
    pub tracking_milli_em: i32,
    /// Colour.
    pub color: Rgb,
    /// The lines.
    pub lines: Vec<TextLine>,
}

/// A rectangle in millimetres, top-left origin.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RectMm {
    /// Left edge.
    pub x_mm: f32,
    /// Top edge.
    pub y_mm: f32,
    /// Width.
    pub width_mm: f32,
    /// Height.
    pub height_mm: f32,
}

impl RectMm {
    /// A rectangle from its top-left corner and size.
    pub fn new(x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32) -> Self {
        Self {
            x_mm,
            y_mm,
            width_mm,
            height_mm,
        }
    }

    /// Right edge.
    pub fn right_mm(&self) -> f32 {
        self.x_mm + self.width_mm
    }

    /// Bottom edge.
    pub fn bottom_mm(&self) -> f32 {
        self.y_mm + self.height_mm
    }

    /// True when the two rectangles share any area.
    pub fn overlaps(&self, other: &RectMm) -> bool {
        self.x_mm < other.right_mm()
            && other.x_mm < self.right_mm()
            && self.y_mm < other.bottom_mm()
            && other.y_mm < self.bottom_mm()
    }

    /// True when `other` lies inside this rectangle (with a small tolerance).
    pub fn contains(&self, other: &RectMm) -> bool {
        const EPS: f32 = 0.01;
        other.x_mm >= self.x_mm - EPS
            && other.y_mm >= self.y_mm - EPS
            && other.right_mm() <= self.right_mm() + EPS
            && other.bottom_mm() <= self.bottom_mm() + EPS
    }
}

/// A point in millimetres, top-left origin.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PointMm {
    /// From the left edge.
    pub x_mm: f32,
    /// From the top edge.
    pub y_mm: f32,
}

/// How a shape is painted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    /// Fill colour, if filled.
    pub fill: Option<Rgb>,
    /// Stroke colour and width in points, if stroked.
    pub stroke: Option<(Rgb, f32)>,
}

/// A vector shape: rectangles, lines and polylines (charts are made of these).
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A rectangle with an optional corner radius.
    Rect {
        /// Where.
        rect: RectMm,
        /// Corner radius (0 for square corners).
        radius_mm: f32,
    },
    /// An open polyline (a line chart, a rule) or a closed polygon.
    Path {
        /// Vertices in order.
        points: Vec<PointMm>,
        /// Close the path back to the first point.
        closed: bool,
    },
    /// A circle (chart end dots).
    Circle {
        /// Centre.
        center: PointMm,
        /// Radius.
        radius_mm: f32,
    },
}

/// An image placed on the page, cropped to fill its frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageBlock {
    /// The frame on the page.
    pub rect: RectMm,
    /// The stored image: a file name in the project's `media/` folder.
    pub media_file: String,
    /// The part of the source image shown, in source pixels: (x, y, width, height).
    pub crop_px: (u32, u32, u32, u32),
}

/// One positioned thing on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Text.
    Text(TextBlock),
    /// A vector shape.
    Shape {
        /// Geometry.
        shape: Shape,
        /// Fill and stroke.
        paint: Paint,
    },
    /// A photo.
    Image(ImageBlock),
    /// A clickable area opening a URL (`https:`, `mailto:`).
    Link {
        /// The clickable area.
        rect: RectMm,
        /// The URL.
        url: String,
    },
}

/// One page of the kit.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page width.
    pub width_mm: f32,
    /// Page height.
    pub height_mm: f32,
    /// Paper colour.
    pub background: Rgb,
    /// Blocks in painting order.
    pub blocks: Vec<Block>,
}

impl RectMm {
    /// The same rectangle moved by (`dx_mm`, `dy_mm`).
    pub fn translated(&self, dx_mm: f32, dy_mm: f32) -> Self {
        Self::new(
            self.x_mm + dx_mm,
            self.y_mm + dy_mm,
            self.width_mm,
            self.height_mm,
        )
    }
}

impl Shape {
    /// The smallest rectangle holding the shape (stroke width not included).
    pub fn bounds(&self) -> RectMm {
        match self {
            Self::Rect { rect, .. } => *rect,
            Self::Circle { center, radius_mm } => RectMm::new(
                center.x_mm - radius_mm,
                center.y_mm - radius_mm,
                2.0 * radius_mm,
                2.0 * radius_mm,
            ),
            Self::Path { points, .. } => {
                let xs = points.iter().map(|p| p.x_mm);
                let ys = points.iter().map(|p| p.y_mm);
                let (min_x, max_x) =
                    xs.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
                let (min_y, max_y) =
                    ys.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
                if points.is_empty() {
                    RectMm::default()
                } else {
                    RectMm::new(min_x, min_y, max_x - min_x, max_y - min_y)
                }
            }
        }
    }

    fn translate(&mut self, dx_mm: f32, dy_mm: f32) {
        match self {
            Self::Rect { rect, .. } => *rect = rect.translated(dx_mm, dy_mm),
            Self::Circle { center, .. } => {
                center.x_mm += dx_mm;
                center.y_mm += dy_mm;
            }
            Self::Path { points, .. } => {
                for point in points {
                    point.x_mm += dx_mm;
                    point.y_mm += dy_mm;
                }
            }
        }
    }
}

impl Block {
    /// The area the block covers on the page.
    pub fn bounds(&self) -> RectMm {
        match self {
            Self::Text(text) => text.rect,
            Self::Shape { shape, .. } => shape.bounds(),
            Self::Image(image) => image.rect,
            Self::Link { rect, .. } => *rect,
        }
    }

    /// Moves the block (and everything in it) by (`dx_mm`, `dy_mm`).
    pub fn translate(&mut self, dx_mm: f32, dy_mm: f32) {
        match self {
            Self::Text(text) => {
                text.rect = text.rect.translated(dx_mm, dy_mm);
                for line in &mut text.lines {
                    line.baseline_mm += dy_mm;
                    for run in &mut line.runs {
                        run.x_mm += dx_mm;
                    }
                }
            }
            Self::Shape { shape, .. } => shape.translate(dx_mm, dy_mm),
            Self::Image(image) => image.rect = image.rect.translated(dx_mm, dy_mm),
            Self::Link { rect, .. } => *rect = rect.translated(dx_mm, dy_mm),
        }
    }
}
