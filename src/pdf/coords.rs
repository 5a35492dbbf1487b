//! The one place where the layout's millimetres from the top-left corner become PDF
//! points from the bottom-left corner.

use printpdf::{Point, Pt};

/// Points per millimetre (72 pt per inch, 25.4 mm per inch).
const PT_PER_MM: f32 = 72.0 / 25.4;

/// A length in millimetres as PDF points (no flip: lengths have no origin).
pub fn mm_to_pt(length_mm: f32) -> f32 {
    length_mm * PT_PER_MM
}

/// Converts positions on one page: knows the page height the flip needs.
#[derive(Debug, Clone, Copy)]
pub struct Flip {
    page_height_mm: f32,
}

impl Flip {
    /// The conversion for a page this tall.
    pub fn new(page_height_mm: f32) -> Self {
        Self { page_height_mm }
    }

    /// THE flip: a point in millimetres from the top-left corner as a PDF point in
    /// points from the bottom-left corner. Every position written into the PDF goes
    /// through here.
    pub fn point(&self, x_mm: f32, y_mm: f32) -> Point {
        Point {
            x: Pt(mm_to_pt(x_mm)),
            y: Pt(mm_to_pt(self.page_height_mm - y_mm)),
        }
    }
}
