//! The one place where the layout's millimetres from the top-left corner become PDF
//! points from the bottom-left corner.

use printpdf::{Point, Pt};

/// Points per millimetre (72 pt per inch, 25.4 mm per inch).
const PT_PER_MM: f32 = 72.0 / 25.4;

/// A length in millimetres as PDF points (no flip: lengths have no origin).
pub(crate) fn mm_to_pt(length_mm: f32) -> f32 {
    length_mm * PT_PER_MM
}

/// Converts positions on one page: knows the page height the flip needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flip {
    page_height_mm: f32,
}

impl Flip {
    /// The conversion for a page this tall.
    pub(crate) fn new(page_height_mm: f32) -> Self {
        Self { page_height_mm }
    }

    /// THE flip: a point in millimetres from the top-left corner as a PDF point in
    /// points from the bottom-left corner. Every position written into the PDF goes
    /// through here.
    pub(crate) fn point(&self, x_mm: f32, y_mm: f32) -> Point {
        Point {
            x: Pt(mm_to_pt(x_mm)),
            y: Pt(mm_to_pt(self.page_height_mm - y_mm)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_left_becomes_bottom_left() {
        let flip = Flip::new(297.0);
        let top_left = flip.point(0.0, 0.0);
        assert!((top_left.y.0 - 841.89).abs() < 0.01);
        let bottom_right = flip.point(210.0, 297.0);
        assert!((bottom_right.x.0 - 595.28).abs() < 0.01);
        assert!(bottom_right.y.0.abs() < 0.001);
        assert!((mm_to_pt(25.4) - 72.0).abs() < 0.001);
    }
}
