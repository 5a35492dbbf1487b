//! Page geometry: paper sizes, margins, the live area and the 12-column grid
//! (KIT-DESIGN §1): gutter 4 mm, 180 mm wide on both A4 and US Letter.

use super::fonts::MM_PER_PT;
use super::page::RectMm;
use crate::model::PageSize;

/// Columns in the grid.
pub const COLUMNS: u8 = 12;
/// Space between columns.
pub const GUTTER_MM: f32 = 4.0;
/// Width of the live area on both paper sizes.
pub const LIVE_WIDTH_MM: f32 = 180.0;
/// One column's width.
pub const COLUMN_MM: f32 = (LIVE_WIDTH_MM - GUTTER_MM * (COLUMNS as f32 - 1.0)) / COLUMNS as f32;
/// The footer's baseline sits this far above the bottom trim.
pub const FOOTER_BASELINE_FROM_BOTTOM_MM: f32 = 8.0;

/// Vertical rhythm: gaps are multiples of half the 14 pt baseline (7 pt).
pub fn rhythm(steps: f32) -> f32 {
    steps * 7.0 * MM_PER_PT
}

/// The page geometry for one paper size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// Paper width.
    pub page_width_mm: f32,
    /// Paper height.
    pub page_height_mm: f32,
    /// Top margin.
    pub margin_top_mm: f32,
    /// Bottom margin (the footer lives inside it).
    pub margin_bottom_mm: f32,
    /// Left margin.
    pub margin_left_mm: f32,
}

impl Grid {
    /// The grid of a paper size (A4: 14/16/15/15 mm; Letter: 14/16/17.95/17.95 mm).
    pub fn for_size(size: PageSize) -> Self {
        let (page_width_mm, page_height_mm) = size.size_mm();
        Self {
            page_width_mm,
            page_height_mm,
            margin_top_mm: 14.0,
            margin_bottom_mm: 16.0,
            margin_left_mm: (page_width_mm - LIVE_WIDTH_MM) / 2.0,
        }
    }

    /// The live area, where every block but the footer lies.
    pub fn live(&self) -> RectMm {
        RectMm::new(
            self.margin_left_mm,
            self.margin_top_mm,
            LIVE_WIDTH_MM,
            self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm,
        )
    }

    /// Height of the live area.
    pub fn live_height_mm(&self) -> f32 {
        self.live().height_mm
    }
}

/// Left edge (relative to the live area) and width of columns `first..=last` (1-based).
pub fn cols(first: u8, last: u8) -> (f32, f32) {
    let first = first.clamp(1, COLUMNS);
    let last = last.clamp(first, COLUMNS);
    let x = f32::from(first - 1) * (COLUMN_MM + GUTTER_MM);
    let span = f32::from(last - first + 1);
    (x, span * COLUMN_MM + (span - 1.0) * GUTTER_MM)
}
