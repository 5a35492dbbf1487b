//! Dominant colours: up to five swatches per photo, found by k-means in OKLab.

use super::oklab::{self, Lab};
use crate::model::Rgb;
use serde::{Deserialize, Serialize};

/// How many swatches a palette has at most.
pub const PALETTE_SIZE: usize = 5;

/// Samples taken from a photo for its palette (an even grid over the picture).
const MAX_SAMPLES: u64 = 20_000;

/// Centres closer than this (OKLab ΔE) are one colour.
const MERGE_DISTANCE: f32 = 0.03;

pub use crate::model::Swatch;

/// Dominant colours, largest share first; the shares add up to 10 000 basis points
/// (or the list is empty). Serialises as a plain list of swatches, so a model field
/// `Vec<Swatch>` holds the same JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Palette {
    /// Up to [`PALETTE_SIZE`] swatches, largest share first.
    pub swatches: Vec<Swatch>,
}

impl Palette {
    /// The colours alone, largest share first.
    pub fn colours(&self) -> Vec<Rgb> {
        self.swatches.iter().map(|s| s.rgb).collect()
    }

    /// The swatches in OKLab with weights summing to 1 (empty when the palette is
    /// empty or all its shares are 0).
    pub(crate) fn weighted_lab(&self) -> Vec<(Lab, f32)> {
        let total: u32 = self.swatches.iter().map(|s| s.weight_bp).sum();
        if total == 0 {
            return Vec::new();
        }
        self.swatches
            .iter()
            .map(|s| (oklab::from_srgb(s.rgb.0), s.weight_bp as f32 / total as f32))
            .collect()
    }
}

impl From<Vec<Swatch>> for Palette {
    fn from(swatches: Vec<Swatch>) -> Self {
        Self { swatches }
    }
}

/// The palette of an 8-bit RGB picture (`rgb` holds `width_px × height_px` pixels).
pub fn palette_of(width_px: u32, height_px: u32, rgb: &[u8]) -> Palette {
    let pixels = u64::from(width_px) * u64::from(height_px);
    let step = step_for(pixels);
    let mut samples = Vec::new();
    let (width, height) = (width_px as usize, height_px as usize);
    for y in (0..height).step_by(step) {
        for x in (0..width).step_by(step) {
            let i = (y * width + x) * 3;
            if let Some(&[r, g, b]) = rgb.get(i..i + 3) {
                samples.push((oklab::from_srgb([r, g, b]), 1.0));
            }
        }
    }
    from_clusters(&cluster(&samples, PALETTE_SIZE))
}

/// The grid step that keeps the samples at or under [`MAX_SAMPLES`].
fn step_for(pixels: u64) -> usize {
    let mut step = 1usize;
    while pixels / (step as u64 * step as u64) > MAX_SAMPLES {
        step += 1;
    }
    step
}

/// Turns clusters (centre, weight) into a palette with basis-point shares.
pub(crate) fn from_clusters(clusters: &[(Lab, f32)]) -> Palette {
    let weights: Vec<f32> = clusters.iter().map(|c| c.1).collect();
    let shares = basis_points(&weights);
    let swatches = clusters
        .iter()
        .zip(shares)
        .filter(|(_, share)| *share > 0)
        .map(|((lab, _), weight_bp)| Swatch {
            rgb: Rgb(oklab::to_srgb(*lab)),
            weight_bp,
        })
        .collect();
    Palette { swatches }
}

/// Shares of 10 000 by largest remainder, so they always add up exactly.
pub fn basis_points(weights: &[f32]) -> Vec<u32> {
    let total: f64 = weights.iter().map(|w| f64::from(*w)).sum();
    if total <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights
        .iter()
        .map(|w| f64::from(*w) / total * 10_000.0)
        .collect();
    // Each value is within 0..=10 000.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut shares: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let frac = |i: usize| exact[i] - exact[i].floor();
        frac(b).total_cmp(&frac(a)).then(a.cmp(&b))
    });
    let missing = 10_000 - shares.iter().sum::<u32>().min(10_000);
    for &i in order.iter().cycle().take(missing as usize) {
        shares[i] += 1;
    }
    shares
}

/// Weighted k-means in OKLab: up to `k` clusters (centre, total weight), heaviest
/// first. Starts from the most populated cells of a coarse grid, so the result is
/// deterministic; near-identical centres are merged.
pub(crate) fn cluster(points: &[(Lab, f32)], k: usize) -> Vec<(Lab, f32)> {
    let mut centres = initial_centres(points, k);
    let mut sums = vec![(Lab::default(), 0.0f32); centres.len()];
    for _ in 0..12 {
        sums.iter_mut().for_each(|s| *s = (Lab::default(), 0.0));
        for (point, weight) in points {
            let nearest = nearest(&centres, *point);
            let (sum, total) = &mut sums[nearest];
            sum.l += point.l * weight;
            sum.a += point.a * weight;
            sum.b += point.b * weight;
            *total += weight;
        }
        let mut moved = false;
        for (centre, (sum, total)) in centres.iter_mut().zip(&sums) {
            if *total > 0.0 {
                let next = Lab {
                    l: sum.l / total,
                    a: sum.a / total,
                    b: sum.b / total,
                };
                moved |= next.distance_sq(*centre) > 1e-10;
                *centre = next;
            }
        }
        if !moved {
            break;
        }
    }
    let mut clusters: Vec<(Lab, f32)> = centres
        .into_iter()
        .zip(sums.iter().map(|s| s.1))
        .filter(|(_, weight)| *weight > 0.0)
        .collect();
    merge_close(&mut clusters);
    clusters.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.l.total_cmp(&a.0.l)));
    clusters
}

fn nearest(centres: &[Lab], point: Lab) -> usize {
    let mut best = (0, f32::INFINITY);
    for (i, centre) in centres.iter().enumerate() {
        let d = centre.distance_sq(point);
        if d < best.1 {
            best = (i, d);
        }
    }
    best.0
}

/// The weighted means of the `k` heaviest cells of an 8×8×8 grid over OKLab.
fn initial_centres(points: &[(Lab, f32)], k: usize) -> Vec<Lab> {
    const BINS: usize = 8;
    let bin = |value: f32, low: f32, high: f32| {
        let t = ((value - low) / (high - low) * BINS as f32).floor();
        // Clamped into 0..BINS, so the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let index = t.clamp(0.0, (BINS - 1) as f32) as usize;
        index
    };
    let mut cells = vec![(Lab::default(), 0.0f32); BINS * BINS * BINS];
    for (p, w) in points {
        let index = (bin(p.l, 0.0, 1.0) * BINS + bin(p.a, -0.4, 0.4)) * BINS + bin(p.b, -0.4, 0.4);
        let (sum, total) = &mut cells[index];
        sum.l += p.l * w;
        sum.a += p.a * w;
        sum.b += p.b * w;
        *total += w;
    }
    let mut order: Vec<usize> = (0..cells.len()).filter(|&i| cells[i].1 > 0.0).collect();
    order.sort_by(|&x, &y| cells[y].1.total_cmp(&cells[x].1).then(x.cmp(&y)));
    order
        .into_iter()
        .take(k)
        .map(|i| {
            let (sum, total) = cells[i];
            Lab {
                l: sum.l / total,
                a: sum.a / total,
                b: sum.b / total,
            }
        })
        .collect()
}

/// Merges clusters whose centres look the same, keeping their total weight.
fn merge_close(clusters: &mut Vec<(Lab, f32)>) {
    let mut i = 0;
    while i < clusters.len() {
        let mut j = i + 1;
        while j < clusters.len() {
            if clusters[i].0.distance(clusters[j].0) < MERGE_DISTANCE {
                let (b, wb) = clusters.remove(j);
                let (a, wa) = clusters[i];
                let w = wa + wb;
                clusters[i] = (
                    Lab {
                        l: (a.l * wa + b.l * wb) / w,
                        a: (a.a * wa + b.a * wb) / w,
                        b: (a.b * wa + b.b * wb) / w,
                    },
                    w,
                );
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}
