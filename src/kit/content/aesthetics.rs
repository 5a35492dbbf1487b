//! Aesthetics' content: the sample photos that fill a whole grid of 4:5 cells (6 =
//! 3×2, 8 = 4×2, 9 = 3×3, 12 = 4×3, 16 = 4×4, 18 = 6×3, 24 = 6×4; other counts drop
//! the last photos rather than leave holes), their captions and links, and the
//! photos' palette. Also the crop every 4:5 cell uses.

use super::web_url;
use crate::kit::layout::Kit;
use crate::kit::text;
use crate::model::{MediaRef, Rgb};

/// Palette swatches shown.
const SWATCHES: usize = 6;

/// What Aesthetics says.
#[derive(Debug, Clone, PartialEq)]
pub struct AestheticsContent {
    /// The heading.
    pub title: String,
    /// The photos shown, in order (a full grid).
    pub photos: Vec<Photo>,
    /// Columns of the grid.
    pub columns: usize,
    /// Rows of the grid.
    pub rows: usize,
    /// The photos' dominant colours (up to six).
    pub palette: Vec<Rgb>,
}

/// A photo of the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// The stored image.
    pub media: MediaRef,
    /// Its caption, smartened; may be empty.
    pub caption: String,
    /// The post it links to, or empty.
    pub link: String,
}

/// Columns and rows for `count` photos, and how many are shown.
pub fn grid_shape(count: usize) -> (usize, usize, usize) {
    match count {
        0 => (0, 0, 0),
        1..=5 => (count, 1, count),
        6..=7 => (3, 2, 6),
        8 => (4, 2, 8),
        9..=11 => (3, 3, 9),
        12..=15 => (4, 3, 12),
        16..=17 => (4, 4, 16),
        18..=23 => (6, 3, 18),
        _ => (6, 4, 24),
    }
}

/// The section's content: none without photos.
pub(super) fn content(kit: &Kit) -> Option<AestheticsContent> {
    let samples = &kit.project.samples;
    let (columns, rows, shown) = grid_shape(samples.len());
    if shown == 0 {
        return None;
    }
    if shown < samples.len() {
        kit.warn(format!(
            "The photo grid shows {shown} of {} photos (grids are kept full); reorder the photos to choose which.",
            samples.len()
        ));
    }
    Some(AestheticsContent {
        title: kit.lang.tr("aesthetics.title").to_owned(),
        photos: first_photos(kit, shown),
        columns,
        rows,
        palette: palette(kit),
    })
}

/// The photos' dominant colours, up to six.
pub(super) fn palette(kit: &Kit) -> Vec<Rgb> {
    kit.ctx
        .photo_palette
        .iter()
        .take(SWATCHES)
        .copied()
        .collect()
}

/// The first `count` sample photos (or fewer), with their captions and links.
pub(super) fn first_photos(kit: &Kit, count: usize) -> Vec<Photo> {
    kit.project
        .samples
        .iter()
        .take(count)
        .map(|sample| Photo {
            media: sample.media.clone(),
            caption: text::smarten(sample.caption.trim()),
            link: web_url(&sample.link),
        })
        .collect()
}

/// The part of a `width_px × height_px` image that fills a frame of `frame_ratio`
/// (width ÷ height): centred horizontally, anchored at 40 % of the height.
pub fn crop_for(width_px: u32, height_px: u32, frame_ratio: f32) -> (u32, u32, u32, u32) {
    let (w, h) = (width_px as f32, height_px as f32);
    if w <= 0.0 || h <= 0.0 || frame_ratio <= 0.0 {
        return (0, 0, width_px, height_px);
    }
    let (crop_w, crop_h) = if w / h > frame_ratio {
        (h * frame_ratio, h)
    } else {
        (w, w / frame_ratio)
    };
    let x = (w - crop_w) / 2.0;
    let y = (h - crop_h) * 0.4;
    let round = |v: f32| v.round().max(0.0) as u32;
    let crop_w = round(crop_w).clamp(1, width_px);
    let crop_h = round(crop_h).clamp(1, height_px);
    (
        round(x).min(width_px - crop_w),
        round(y).min(height_px - crop_h),
        crop_w,
        crop_h,
    )
}
