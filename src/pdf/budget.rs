//! The size budget: when the PDF is too big to email, photos are made smaller step by
//! step (lower pixel density as placed, lower JPEG quality) until the file fits; the
//! report says what was done. Each step starts again from the stored photo (or its
//! thumbnail when that is big enough), never from an earlier reduction.

use super::error::ExportError;
use super::export::Reporter;
use super::images::{self, PdfImage};
use super::photos::{Original, Unusable};
use super::render::{DocMeta, ImageSet, Rendered, render_pdf};
use super::size_text;
use crate::kit::page::{Block, Page};
use std::collections::BTreeMap;
use std::sync::Mutex;

/// (pixel density as placed in ppi, JPEG quality), gentlest first.
const STEPS: [(f32, u8); 9] = [
    (300.0, 85),
    (250.0, 80),
    (200.0, 76),
    (170.0, 72),
    (150.0, 68),
    (120.0, 64),
    (100.0, 60),
    (80.0, 55),
    (60.0, 50),
];

/// A thumbnail stands in for the photo when it gives at least this share of the
/// step's pixel density (300 ppi wanted, 240 ppi or more accepted: still sharp).
const THUMB_ENOUGH: f32 = 0.8;

/// The quality the import writes thumbnails at: a thumbnail goes in as it is when
/// the step asks for no lower quality than this.
const THUMB_QUALITY: u8 = 80;

/// Smallest re-encoded side in pixels (a photo never becomes a smudge).
const MIN_SIDE_PX: f32 = 24.0;

/// What the budget made the export do.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetReport {
    /// The budget in bytes.
    pub budget_bytes: u64,
    /// Size of the PDF with the photos as stored (estimated from the photos' sizes
    /// when they alone are over the budget).
    pub before_bytes: u64,
    /// Size of the PDF written.
    pub after_bytes: u64,
    /// Photos made smaller.
    pub photos: usize,
    /// The highest pixel density, as placed, any reduced photo keeps.
    pub max_ppi: u32,
    /// The JPEG quality used.
    pub quality: u8,
}

impl BudgetReport {
    /// One sentence for the export report.
    pub fn describe(&self) -> String {
        format!(
            "To fit the {} limit, {} photo(s) were made smaller: up to {} ppi as printed, JPEG quality {} ({} → {}).",
            size_text(self.budget_bytes),
            self.photos,
            self.max_ppi,
            self.quality,
            size_text(self.before_bytes),
            size_text(self.after_bytes)
        )
    }
}

/// What to do with one photo in one step.
#[derive(Debug, Clone, Copy)]
enum Action<'a> {
    /// Embed these bytes as they are (metadata cut out).
    AsIs(&'a [u8]),
    /// Decode these bytes, scale them, encode at this quality.
    Reencode(&'a [u8], f32, u8),
}

/// One photo's job: file name, action, and whether it makes the photo smaller.
type Job<'a> = (&'a str, Action<'a>, bool);

/// The highest pixel density (ppi) each photo is placed at on the pages.
fn placed_ppi(pages: &[Page], originals: &BTreeMap<String, Original>) -> BTreeMap<String, f32> {
    let mut ppi: BTreeMap<String, f32> = BTreeMap::new();
    for block in pages.iter().flat_map(|p| &p.blocks) {
        let Block::Image(image) = block else { continue };
        let Some(original) = originals.get(&image.media_file) else {
            continue;
        };
        let (_, _, crop_w, crop_h) = image.crop_px;
        let crop_w = (crop_w as f32).min(original.size_px.0 as f32);
        let crop_h = (crop_h as f32).min(original.size_px.1 as f32);
        let density = (crop_w / (image.rect.width_mm / 25.4).max(0.01))
            .max(crop_h / (image.rect.height_mm / 25.4).max(0.01));
        let entry = ppi.entry(image.media_file.clone()).or_insert(0.0);
        *entry = entry.max(density);
    }
    ppi
}

/// The action that brings a photo placed at `density` ppi down to `target_ppi` at
/// `quality` (`None` target: keep it as stored). Uses the thumbnail when it is big
/// enough.
fn action_for(original: &Original, density: f32, target: Option<(f32, u8)>) -> (Action<'_>, bool) {
    let Some((target_ppi, quality)) = target else {
        return (Action::AsIs(&original.bytes), false);
    };
    let long = original.size_px.0.max(original.size_px.1).max(1) as f32;
    let scale = (target_ppi / density.max(1.0))
        .min(1.0)
        .max(MIN_SIDE_PX / long)
        .min(1.0);
    let target_long = long * scale;
    if let Some(thumb) = &original.thumb {
        let thumb_long = thumb.size_px.0.max(thumb.size_px.1).max(1) as f32;
        if thumb_long >= target_long * THUMB_ENOUGH {
            let thumb_scale = (target_long / thumb_long).min(1.0);
            if thumb_scale >= 0.95 && quality >= THUMB_QUALITY {
                return (Action::AsIs(&thumb.bytes), true);
            }
            return (Action::Reencode(&thumb.bytes, thumb_scale, quality), true);
        }
    }
    (Action::Reencode(&original.bytes, scale, quality), true)
}

/// Told how many jobs are finished, from any worker, one call at a time.
type OnDone<'a> = &'a (dyn Fn(usize) + Sync);

/// Runs the jobs on all cores; each result keeps its file name. `on_done` hears
/// the count of finished jobs after each one (1, 2, … in order).
fn run_jobs(jobs: &[Job<'_>], on_done: OnDone<'_>) -> Vec<(String, Result<PdfImage, String>)> {
    let finished = Mutex::new(0usize);
    let run = |(name, action, _): &Job<'_>| {
        let result = match *action {
            Action::AsIs(bytes) => images::prepare(bytes),
            Action::Reencode(bytes, scale, quality) => images::reencode(bytes, scale, quality),
        };
        let mut count = finished.lock().unwrap_or_else(|e| e.into_inner());
        *count += 1;
        on_done(*count);
        ((*name).to_owned(), result)
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    if jobs.len() < 2 || workers == 1 {
        return jobs.iter().map(run).collect();
    }
    let chunk = jobs.len().div_ceil(workers);
    let run = &run;
    std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                let handle = scope.spawn(move || part.iter().map(run).collect::<Vec<_>>());
                (part, handle)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(part, handle)| {
                handle.join().unwrap_or_else(|_| {
                    // A decoder panicked: its photos are reported, not silently left out.
                    log::error!("preparing {} photo(s) for the PDF panicked", part.len());
                    part.iter()
                        .map(|(name, _, _)| {
                            let why = "an internal error stopped its preparation".to_owned();
                            ((*name).to_owned(), Err(why))
                        })
                        .collect()
                })
            })
            .collect()
    })
}

/// The photos after running `jobs`; the ones that fail (and the `unusable` ones) are
/// marked with the reason, which the render reports where it draws a box instead.
fn image_set(
    jobs: &[Job<'_>],
    originals: &BTreeMap<String, Original>,
    unusable: &Unusable,
    on_done: OnDone<'_>,
) -> ImageSet {
    let mut set = ImageSet::new();
    for (name, why) in unusable {
        set.mark_unusable(name, why);
    }
    for (name, result) in run_jobs(jobs, on_done) {
        match (result, originals.get(&name)) {
            (Ok(image), Some(original)) => set.insert(&name, image, original.size_px),
            (Err(why), _) => set.mark_unusable(
                &name,
                &format!("the photo {name} could not be used ({why})"),
            ),
            (Ok(_), None) => {}
        }
    }
    set
}

/// The PDF of `pages` within `budget_bytes`: the photos as stored when that fits,
/// else made smaller step by step; with what was done to them, if anything.
/// `progress` hears of each photo prepared and each step tried.
pub(crate) fn fit(
    pages: &[Page],
    originals: &BTreeMap<String, Original>,
    unusable: &Unusable,
    meta: &DocMeta,
    budget_bytes: u64,
    progress: &Reporter<'_>,
) -> Result<(Rendered, Option<BudgetReport>), ExportError> {
    let ppi = placed_ppi(pages, originals);
    let stored: u64 = ppi
        .keys()
        .filter_map(|name| originals.get(name))
        .map(|o| o.bytes.len() as u64)
        .sum();
    // When the stored photos alone are over the budget, do not prepare and render
    // them all just to learn that: measure the rest of the file instead.
    let (before_bytes, overhead) = if stored <= budget_bytes {
        let jobs: Vec<Job<'_>> = ppi
            .iter()
            .filter_map(|(name, &d)| {
                originals
                    .get(name)
                    .map(|o| (name.as_str(), action_for(o, d, None)))
            })
            .map(|(name, (action, reduced))| (name, action, reduced))
            .collect();
        let total = jobs.len();
        progress.embedding(0, total);
        let images = image_set(&jobs, originals, unusable, &|done| {
            progress.embedding(done, total);
        });
        if progress.cancelled() {
            return Err(ExportError::Cancelled);
        }
        progress.assembling();
        let first = render_pdf(pages, &images, meta)?;
        let before_bytes = first.bytes.len() as u64;
        if before_bytes <= budget_bytes {
            return Ok((first, None));
        }
        (before_bytes, before_bytes.saturating_sub(first.image_bytes))
    } else {
        progress.assembling();
        let without_photos = render_pdf(pages, &ImageSet::new(), meta)?;
        let overhead = without_photos.bytes.len() as u64;
        (overhead + stored, overhead)
    };
    // The text, fonts and drawings alone are over the budget: no photo size can help.
    if overhead > budget_bytes {
        return Err(ExportError::OverBudgetWithoutPhotos {
            without_photos: size_text(overhead),
            budget: size_text(budget_bytes),
        });
    }
    let mut smallest = before_bytes;
    for (step, &(target_ppi, quality)) in STEPS.iter().enumerate() {
        let jobs: Vec<Job<'_>> = ppi
            .iter()
            .filter_map(|(name, &density)| {
                let original = originals.get(name)?;
                // The gentlest step leaves photos placed at up to 300 ppi alone.
                let keep = step == 0 && density <= target_ppi / 0.95;
                let target = (!keep).then_some((target_ppi, quality));
                let (action, reduced) = action_for(original, density, target);
                Some((name.as_str(), action, reduced))
            })
            .collect();
        let total = jobs.len();
        if progress.cancelled() {
            return Err(ExportError::Cancelled);
        }
        progress.fitting(step, STEPS.len(), 0, total);
        let trial = image_set(&jobs, originals, unusable, &|done| {
            progress.fitting(step, STEPS.len(), done, total);
        });
        let estimate = overhead + trial.total_bytes();
        smallest = smallest.min(estimate);
        if estimate > budget_bytes {
            continue;
        }
        let rendered = render_pdf(pages, &trial, meta)?;
        let after_bytes = rendered.bytes.len() as u64;
        smallest = smallest.min(after_bytes);
        if after_bytes > budget_bytes {
            continue;
        }
        let reduced: Vec<&str> = jobs.iter().filter(|j| j.2).map(|j| j.0).collect();
        let max_ppi = reduced
            .iter()
            .filter_map(|name| {
                let original = originals.get(*name)?;
                let (image, _) = trial.get(name)?;
                let kept = image.size_px().0 as f32 / original.size_px.0.max(1) as f32;
                ppi.get(*name).map(|d| d * kept)
            })
            .fold(0.0f32, f32::max)
            .round() as u32;
        let report = BudgetReport {
            budget_bytes,
            before_bytes,
            after_bytes,
            photos: reduced.len(),
            max_ppi,
            quality,
        };
        return Ok((rendered, Some(report)));
    }
    Err(ExportError::OverBudget {
        smallest: size_text(smallest),
        budget: size_text(budget_bytes),
    })
}
