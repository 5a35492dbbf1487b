//! QR codes as vector shapes: dark modules merged into horizontal runs, error
//! correction M, with a 4-module quiet zone inside the given square.

use super::page::{Block, Paint, RectMm, Shape};
use crate::model::Rgb;
use qrcode::{Color, EcLevel, QrCode};

/// Modules of quiet zone on each side.
pub const QUIET_MODULES: usize = 4;

/// The shapes of a QR code for `data` filling the square `rect` (quiet zone
/// included): an optional light background, then one rectangle per run of dark
/// modules. `None` when the data is too long for a QR code. `mirrored` draws it
/// mirrored, for a page that will be mirrored as a whole (a right-to-left kit), so it
/// reads right once there.
pub fn qr_shapes(
    data: &str,
    rect: RectMm,
    dark: Rgb,
    light: Option<Rgb>,
    mirrored: bool,
) -> Option<Vec<Block>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| {
            log::warn!(
                "no QR code for a link of {} bytes ({e}): {data}",
                data.len()
            );
        })
        .ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let total = width + 2 * QUIET_MODULES;
    let module = rect.width_mm.min(rect.height_mm) / total as f32;
    let mut blocks = Vec::new();
    if let Some(light) = light {
        blocks.push(Block::Shape {
            shape: Shape::Rect {
                rect,
                radius_mm: 0.0,
            },
            paint: Paint {
                fill: Some(light),
                stroke: None,
            },
        });
    }
    let paint = Paint {
        fill: Some(dark),
        stroke: None,
    };
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors.get(row * width + col) != Some(&Color::Dark) {
                col += 1;
                continue;
            }
            let start = col;
            while col < width && colors.get(row * width + col) == Some(&Color::Dark) {
                col += 1;
            }
            let mut x = rect.x_mm + (QUIET_MODULES + start) as f32 * module;
            if mirrored {
                x = rect.x_mm + (total - QUIET_MODULES - col) as f32 * module;
            }
            let y = rect.y_mm + (QUIET_MODULES + row) as f32 * module;
            // A hair of overlap hides seams between rows in some viewers.
            let r = RectMm::new(
                x,
                y,
                (col - start) as f32 * module,
                module + 0.01_f32.min(module * 0.05),
            );
            blocks.push(Block::Shape {
                shape: Shape::Rect {
                    rect: r,
                    radius_mm: 0.0,
                },
                paint,
            });
        }
    }
    Some(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_fits_its_square() {
        let rect = RectMm::new(10.0, 10.0, 25.0, 25.0);
        let blocks = qr_shapes(
            "https://www.instagram.com/orbitandoat",
            rect,
            Rgb([0, 0, 0]),
            Some(Rgb([255, 255, 255])),
            false,
        )
        .unwrap();
        assert!(blocks.len() > 20);
        for block in &blocks {
            assert!(rect.contains(&block.bounds()), "{:?}", block.bounds());
        }
        // The quiet zone: no dark module within 4 modules of the square's edge, and the
        // code's corners sit exactly there (so the zone is no wider than needed).
        let code = QrCode::with_error_correction_level(
            "https://www.instagram.com/orbitandoat".as_bytes(),
            EcLevel::M,
        )
        .unwrap();
        let module = 25.0 / (code.width() + 2 * QUIET_MODULES) as f32;
        let zone = QUIET_MODULES as f32 * module;
        let dark: Vec<RectMm> = blocks[1..].iter().map(Block::bounds).collect();
        let left = dark.iter().map(|r| r.x_mm).fold(f32::MAX, f32::min);
        let top = dark.iter().map(|r| r.y_mm).fold(f32::MAX, f32::min);
        let right = dark.iter().map(|r| r.x_mm + r.width_mm).fold(0.0, f32::max);
        let bottom = dark
            .iter()
            .map(|r| r.y_mm + r.height_mm)
            .fold(0.0, f32::max);
        assert!((left - (10.0 + zone)).abs() < 1e-3, "{left}");
        assert!((top - (10.0 + zone)).abs() < 1e-3, "{top}");
        assert!((35.0 - zone - right).abs() < 1e-3, "{right}");
        assert!(35.0 - zone - bottom > -0.02, "{bottom}");
    }
}
