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
