//! The export pipeline: read the photos, lay the kit out, render it, keep it under the
//! size budget, write it atomically (temporary file in the target folder, then
//! rename) and report pages, size, time and anything the creator should know.

use super::budget::{self, BudgetReport};
use super::error::ExportError;
use super::photos::{self, MediaSource, Original};
use super::render::DocMeta;
use super::size_text;
use crate::analytics::{Benchmarks, health_check};
use crate::kit::layout::{LayoutContext, layout};
use crate::model::{KitLength, PageSize, Project, Theme};
use crate::storage::atomic::{AtomicOptions, NewPermissions, write_atomic};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

pub mod progress;

pub(crate) use progress::Reporter;
use progress::{AT_LAYOUT, AT_WRITING};
pub use progress::{ExportProgress, ExportStage};

/// How to export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    /// The designed look.
    pub theme: Theme,
    /// Paper size.
    pub page_size: PageSize,
    /// Full, two-page or one-page kit.
    pub length: KitLength,
    /// The most the file may weigh, in bytes (photos are re-encoded to fit).
    pub max_size_bytes: u64,
    /// The export time: the PDF's creation date (tests pass a fixed one).
    pub created: time::OffsetDateTime,
}

impl ExportOptions {
    /// The project's own kit settings (theme, paper, length, size budget), created at
    /// `created`.
    pub fn from_project(project: &Project, created: time::OffsetDateTime) -> Self {
        Self {
            theme: project.kit.theme,
            page_size: project.kit.page_size,
            length: project.kit.length,
            max_size_bytes: u64::from(project.kit.size_budget_kb) * 1024,
            created,
        }
    }
}

/// What an export did.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportReport {
    /// Where the PDF was written.
    pub path: PathBuf,
    /// Pages in the PDF.
    pub pages: usize,
    /// Size of the file.
    pub size_bytes: u64,
    /// Wall time of the whole export.
    pub elapsed: Duration,
    /// Where the time went.
    pub timings: Timings,
    /// What the size budget made the export do, if anything.
    pub budget: Option<BudgetReport>,
    /// Things the creator should know (left-out characters, missing photos…).
    pub warnings: Vec<String>,
}

/// Wall time of each stage of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timings {
    /// Reading the photos' headers and thumbnails, and the accent palette.
    pub photos: Duration,
    /// The layout.
    pub layout: Duration,
    /// Rendering (photos prepared, fonts subset, file assembled), including any
    /// re-encoding for the size budget.
    pub render: Duration,
    /// Writing the file (temporary file, flush to disk, rename).
    pub write: Duration,
}

impl ExportReport {
    /// "Exported 6 pages, 1.4 MB, in 182 ms to /path/Maya Okafor – media kit.pdf".
    pub fn summary(&self) -> String {
        format!(
            "Exported {} page{}, {}, in {} ms to {}",
            self.pages,
            if self.pages == 1 { "" } else { "s" },
            size_text(self.size_bytes),
            self.elapsed.as_millis(),
            self.path.display()
        )
    }

    /// Everything to print: the summary, what the budget did, then each warning.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.summary()];
        lines.extend(self.budget.iter().map(BudgetReport::describe));
        lines.extend(self.warnings.iter().map(|w| format!("warning: {w}")));
        lines
    }
}

/// A PDF made in memory (what [`export_kit`] writes).
#[derive(Debug, Clone)]
pub struct ExportedPdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Pages in it.
    pub pages: usize,
    /// Where the time went (`write` stays zero here).
    pub timings: Timings,
    /// What the size budget made the export do, if anything.
    pub budget: Option<BudgetReport>,
    /// Things the creator should know.
    pub warnings: Vec<String>,
}

/// Lays out, renders and fits the kit under the size budget, in memory.
pub fn render_kit(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
) -> Result<ExportedPdf, ExportError> {
    render_kit_with_progress(project, media, options, &|_| {})
}

/// [`render_kit`], telling `progress` how far it is (from any thread; the last call
/// is [`ExportStage::Done`] at 1 when it succeeds).
pub fn render_kit_with_progress(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
    progress: &(dyn Fn(ExportProgress) + Sync),
) -> Result<ExportedPdf, ExportError> {
    let reporter = Reporter::new(progress);
    let pdf = render_in_memory(project, media, options, &reporter)?;
    reporter.report(ExportStage::Done, 1.0);
    Ok(pdf)
}

fn render_in_memory(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
    reporter: &Reporter<'_>,
) -> Result<ExportedPdf, ExportError> {
    reporter.report(ExportStage::ReadingPhotos, 0.0);
    let mut timings = Timings::default();
    let photos_start = Instant::now();
    let mut warnings = Vec::new();
    let (originals, unusable) = photos::read_all(project, media);
    let benchmarks = Benchmarks::embedded()?;
    let mut settings = project.kit.clone();
    settings.theme = options.theme;
    settings.page_size = options.page_size;
    settings.length = options.length;
    let ctx = context_from(project, &originals, &benchmarks, options.created.date());
    timings.photos = photos_start.elapsed();
    reporter.report(ExportStage::LayingOut, AT_LAYOUT);
    let layout_start = Instant::now();
    let laid_out = layout(project, &settings, &ctx)?;
    timings.layout = layout_start.elapsed();
    if reporter.cancelled() {
        return Err(ExportError::Cancelled);
    }
    warnings.extend(laid_out.warnings);
    let pages = laid_out.pages;

    let render_start = Instant::now();
    let meta = DocMeta {
        creator_name: project.creator.display_name.clone(),
        title: crate::kit::content::kit_title(
            &project.creator.display_name,
            &settings,
            crate::kit::lang::resolve(settings.language, ctx.language),
        ),
        created: options.created,
    };
    let (rendered, budget) = budget::fit(
        &pages,
        &originals,
        &unusable,
        &meta,
        options.max_size_bytes,
        reporter,
    )?;
    timings.render = render_start.elapsed();
    warnings.extend(rendered.warnings);
    warnings.extend(
        health_check(project, options.created.date(), &benchmarks)
            .into_iter()
            .filter(|warning| !warning.is_dismissed())
            .map(|warning| warning.message()),
    );
    let mut seen = BTreeSet::new();
    warnings.retain(|w| seen.insert(w.clone()));
    Ok(ExportedPdf {
        bytes: rendered.bytes,
        pages: pages.len(),
        timings,
        budget,
        warnings,
    })
}

/// The layout context an export uses: today's date, the photos' pixel sizes read from
/// their files, and the gallery's colours (the project's stored look, else measured
/// on the first photos). The in-app preview should lay out with the same context so
/// that it matches the PDF.
pub fn layout_context<'a>(
    project: &Project,
    media: &MediaSource,
    benchmarks: &'a Benchmarks,
    today: time::Date,
) -> LayoutContext<'a> {
    let (originals, _) = photos::read_all(project, media);
    context_from(project, &originals, benchmarks, today)
}

/// [`layout_context`] from photos already read.
fn context_from<'a>(
    project: &Project,
    originals: &BTreeMap<String, Original>,
    benchmarks: &'a Benchmarks,
    today: time::Date,
) -> LayoutContext<'a> {
    let mut ctx = LayoutContext::new(today, benchmarks);
    ctx.image_sizes_px = originals
        .iter()
        .map(|(name, o)| (name.clone(), o.size_px))
        .collect();
    ctx.photo_palette = photos::palette(project, originals);
    ctx
}

/// Exports the kit of `project` (photos from `media`) to the PDF file `out`.
///
/// The file appears complete or not at all: it is written to a temporary file in the
/// same folder and renamed into place; on any error nothing is left behind (an
/// existing file at `out` is kept as it was).
pub fn export_kit(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
    out: &Path,
) -> Result<ExportReport, ExportError> {
    export_kit_with_progress(project, media, options, out, &|_| {})
}

/// [`export_kit`], telling `progress` how far it is: called from the exporting thread
/// and the photo workers, in order, with shares that never go down; the last call is
/// [`ExportStage::Done`] at 1 when the file is written (none after an error).
pub fn export_kit_with_progress(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
    out: &Path,
    progress: &(dyn Fn(ExportProgress) + Sync),
) -> Result<ExportReport, ExportError> {
    export_kit_cancellable(
        project,
        media,
        options,
        out,
        progress,
        &AtomicBool::new(false),
    )
}

/// [`export_kit_with_progress`] that stops with [`ExportError::Cancelled`], writing
/// nothing, once `cancel` is set (checked between stages, and last just before the
/// file is written).
pub fn export_kit_cancellable(
    project: &Project,
    media: &MediaSource,
    options: &ExportOptions,
    out: &Path,
    progress: &(dyn Fn(ExportProgress) + Sync),
    cancel: &AtomicBool,
) -> Result<ExportReport, ExportError> {
    let reporter = Reporter::cancellable(progress, cancel);
    let start = Instant::now();
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoSuchFolder { path: folder });
    }
    let pdf = render_in_memory(project, media, options, &reporter)?;
    if reporter.cancelled() {
        return Err(ExportError::Cancelled);
    }
    reporter.report(ExportStage::Writing, AT_WRITING);
    let write_start = Instant::now();
    write_atomically(out, &pdf.bytes)?;
    reporter.report(ExportStage::Done, 1.0);
    let mut timings = pdf.timings;
    timings.write = write_start.elapsed();
    Ok(ExportReport {
        path: out.to_path_buf(),
        pages: pdf.pages,
        size_bytes: pdf.bytes.len() as u64,
        elapsed: start.elapsed(),
        timings,
        budget: pdf.budget,
        warnings: pdf.warnings,
    })
}

/// Writes `bytes` to a temporary file in `out`'s folder, flushes it to disk and
/// renames it to `out`: an ordinary readable file, like any other document.
fn write_atomically(out: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let options = AtomicOptions::new(".pitchkit-export-")
        .temp_suffix(".pdf.tmp")
        .permissions(NewPermissions::Readable);
    write_atomic(out, bytes, &options).map_err(|e| ExportError::Write {
        path: out.to_path_buf(),
        source: e.into_io(),
    })
}

/// The file name a kit is saved under: "NAME – media kit.pdf", with characters file
/// systems refuse replaced.
pub fn default_file_name(project: &Project) -> String {
    let name = crate::format::file_name_part(&project.creator.display_name, 100);
    if name.is_empty() {
        "Untitled – media kit.pdf".to_owned()
    } else {
        format!("{name} – media kit.pdf")
    }
}
