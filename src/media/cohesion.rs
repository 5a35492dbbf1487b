//! The gallery's look: five dominant colours over all photos, and a cohesion score
//! 0–100 saying how consistent the feed's colours and brightness are ("calmingly
//! cohesive" near 100, "creatively chaotic" near 0).

use super::oklab::Lab;
use super::palette::{self, PALETTE_SIZE, Palette};
use serde::{Deserialize, Serialize};

/// How fast cohesion falls with the mean palette distance between two photos
/// (OKLab ΔE): a mean distance of 0.05 scores about 72, 0.1 about 51, 0.2 about 26,
/// 0.5 (red against blue) about 4.
const FALLOFF: f32 = 0.15;

impl From<GalleryLook> for crate::model::GalleryLook {
    fn from(look: GalleryLook) -> Self {
        Self {
            palette: look.palette.swatches,
            cohesion: look.cohesion,
        }
    }
}

/// The look of the whole gallery, for the kit's theme and the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryLook {
    /// Up to five dominant colours over all photos (each photo counts equally),
    /// largest share first.
    pub palette: Palette,
    /// 0 (every photo a different world) to 100 (all photos share colours and brightness).
    pub cohesion: u8,
}

/// The look of a gallery from its photos' palettes; `None` when no palette has
/// any colour (no photos yet). Empty palettes are skipped.
pub fn gallery_look(palettes: &[Palette]) -> Option<GalleryLook> {
    let photos: Vec<Vec<(Lab, f32)>> = palettes
        .iter()
        .map(Palette::weighted_lab)
        .filter(|swatches| !swatches.is_empty())
        .collect();
    if photos.is_empty() {
        return None;
    }
    let all: Vec<(Lab, f32)> = photos.iter().flatten().copied().collect();
    let palette = palette::from_clusters(&palette::cluster(&all, PALETTE_SIZE));
    Some(GalleryLook {
        palette,
        cohesion: cohesion(&photos),
    })
}

/// `100 · exp(−d / FALLOFF)` with `d` the mean distance over all pairs of photos.
fn cohesion(photos: &[Vec<(Lab, f32)>]) -> u8 {
    let mut sum = 0.0f64;
    let mut pairs = 0u64;
    for (i, a) in photos.iter().enumerate() {
        for b in photos.iter().skip(i + 1) {
            sum += f64::from(palette_distance(a, b));
            pairs += 1;
        }
    }
    if pairs == 0 {
        return 100;
    }
    // Precision loss on the pair count is irrelevant here.
    #[allow(clippy::cast_precision_loss)]
    let mean = sum / pairs as f64;
    let score = 100.0 * (-mean / f64::from(FALLOFF)).exp();
    // Within 0..=100, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let score = score.round().clamp(0.0, 100.0) as u8;
    score
}

/// How different two palettes look: each swatch's distance to the nearest swatch of
/// the other palette, weighted by its share, averaged both ways (0 for identical).
fn palette_distance(a: &[(Lab, f32)], b: &[(Lab, f32)]) -> f32 {
    let one_way = |from: &[(Lab, f32)], to: &[(Lab, f32)]| -> f32 {
        from.iter()
            .map(|(colour, weight)| {
                let nearest = to
                    .iter()
                    .map(|(other, _)| colour.distance(*other))
                    .fold(f32::INFINITY, f32::min);
                weight * nearest
            })
            .sum()
    };
    (one_way(a, b) + one_way(b, a)) / 2.0
}
