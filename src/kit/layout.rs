//! The entry point: `layout(project, settings, ctx)` turns a project into pages of
//! positioned blocks, section by section in the settings' order (or, for a short kit
//! of `settings.length`, the one- or two-page composition of `sections::short`), with
//! a footer on every page and a list of warnings (left-out glyphs, dropped photos, cut
//! text).

use super::content::{section_content, short_sections};
use super::flow::{Component, Flow};
use super::grid::{FOOTER_BASELINE_FROM_BOTTOM_MM, Grid};
use super::lang::{self, Language};
use super::page::{Block, Page};
use super::sections;
use super::text::{self, Align};
use super::theme::{self, ThemeTokens};
use crate::analytics::{Benchmarks, Report, report};
use crate::model::{KitLength, KitSettings, MediaRef, Project, Rgb, Section};
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

/// What layout needs besides the project: the date, the benchmark table, image sizes
/// and the photos' palette. Layout never reads the clock, the disk or image bytes.
#[derive(Debug, Clone)]
pub struct LayoutContext<'a> {
    /// Today (used when the project has no dated figures).
    pub today: Date,
    /// The sourced benchmark table.
    pub benchmarks: &'a Benchmarks,
    /// Pixel sizes (width, height) of media files by file name; a file missing here
    /// falls back to the size recorded in its `MediaRef`.
    pub image_sizes_px: BTreeMap<String, (u32, u32)>,
    /// The photos' dominant colours (e.g. `media::gallery_look`), for the accent.
    pub photo_palette: Vec<Rgb>,
    /// The language of a kit whose settings name none (`KitSettings::language`):
    /// [`lang::default_language`] (English unless the app or CLI chose the computer's).
    pub language: Language,
}

impl<'a> LayoutContext<'a> {
    /// A context with no image sizes and no palette.
    pub fn new(today: Date, benchmarks: &'a Benchmarks) -> Self {
        Self {
            today,
            benchmarks,
            image_sizes_px: BTreeMap::new(),
            photo_palette: Vec::new(),
            language: lang::default_language(),
        }
    }

    /// The pixel size of a stored image, if known (and not zero).
    pub fn image_size(&self, media: &MediaRef) -> Option<(u32, u32)> {
        self.image_sizes_px
            .get(&media.file)
            .copied()
            .or(Some((media.width_px, media.height_px)))
            .filter(|&(w, h)| w > 0 && h > 0)
    }
}

/// A finished layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The pages in order.
    pub pages: Vec<Page>,
    /// Things the export report should tell the creator, in plain words.
    pub warnings: Vec<String>,
}

/// Why a kit cannot be laid out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    /// Every section is hidden.
    #[error("every section of the kit is hidden; show at least one section in the kit settings")]
    NothingToShow,
}

/// Everything a section builder reads: the project, settings, context, theme, grid and
/// the analytics report.
pub struct Kit<'a> {
    /// The project.
    pub project: &'a Project,
    /// The kit settings in force.
    pub settings: &'a KitSettings,
    /// Date, benchmarks, image sizes.
    pub ctx: &'a LayoutContext<'a>,
    /// Colours, faces, type scale.
    pub theme: ThemeTokens,
    /// Page geometry.
    pub grid: Grid,
    /// Every figure, from `crate::analytics`.
    pub report: Report,
    /// The date the figures are true on.
    pub as_of: Date,
    /// The language the kit is printed in (the settings', else the context's).
    pub lang: Language,
    /// Warnings collected while building (sorted, deduplicated at the end).
    pub warnings: std::cell::RefCell<Vec<String>>,
}

impl<'a> Kit<'a> {
    /// The builders' view of `project` with `settings`: the theme and its accent, the
    /// page grid, the analytics report (with the settings' lead method) and the date
    /// the figures are true on.
    pub fn new(
        project: &'a Project,
        settings: &'a KitSettings,
        ctx: &'a LayoutContext<'a>,
    ) -> Self {
        let mut analysed = project.clone();
        analysed.kit = settings.clone();
        let report = report(&analysed, ctx.benchmarks);
        let lang = lang::resolve(settings.language, ctx.language);
        let mut theme = theme::tokens(settings.theme, settings.accent, &ctx.photo_palette);
        if lang.is_rtl() {
            theme.scale.right_to_left();
        }
        Self {
            project,
            settings,
            ctx,
            theme,
            grid: Grid::for_size(settings.page_size),
            as_of: project.data_as_of().unwrap_or(ctx.today),
            report,
            lang,
            warnings: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Records a warning for the export report.
    pub fn warn(&self, message: String) {
        self.warnings.borrow_mut().push(message);
    }

    /// How a photo is named to the creator: its caption, "the profile photo", or its file.
    fn photo_name(&self, media_file: &str) -> String {
        let creator = &self.project.creator;
        if let Some(sample) = self
            .project
            .samples
            .iter()
            .find(|s| s.media.file == media_file && !s.caption.trim().is_empty())
        {
            return format!("“{}”", sample.caption.trim());
        }
        if creator
            .profile_photo
            .as_ref()
            .is_some_and(|p| p.file == media_file)
        {
            return "The profile photo".to_owned();
        }
        format!("Photo {media_file}")
    }
}

/// A section at most this share of the live area's height is never split across
/// pages (its tail alone on a page looks like a mistake); longer ones flow.
const KEEP_TOGETHER_SHARE: f32 = 0.4;

/// Chains a short section's components so the flow keeps them on one page.
fn keep_short_section_together(components: &mut [Component], live_height_mm: f32) {
    let total_mm: f32 = components
        .iter()
        .enumerate()
        .map(|(i, c)| c.height_mm + if i == 0 { 0.0 } else { c.gap_before_mm })
        .sum();
    if total_mm > live_height_mm * KEEP_TOGETHER_SHARE {
        return;
    }
    let last = components.len().saturating_sub(1);
    for component in components.iter_mut().take(last) {
        component.keep_with_next = true;
    }
}

/// The sections shown, in the settings' order, each once.
pub fn visible_sections(settings: &KitSettings) -> Result<Vec<Section>, LayoutError> {
    let mut seen = BTreeSet::new();
    let visible: Vec<Section> = settings
        .sections
        .iter()
        .filter(|s| s.visible && seen.insert(s.section))
        .map(|s| s.section)
        .collect();
    if visible.is_empty() {
        return Err(LayoutError::NothingToShow);
    }
    Ok(visible)
}

/// Lays out the kit: pages of positioned blocks in millimetres from the top-left.
pub fn layout(
    project: &Project,
    settings: &KitSettings,
    ctx: &LayoutContext,
) -> Result<Layout, LayoutError> {
    let visible = visible_sections(settings)?;
    let kit = Kit::new(project, settings, ctx);
    let mut flow = Flow::new(kit.grid.live());
    match settings.length {
        KitLength::Full => {
            for section in visible {
                let Some(content) = section_content(&kit, section) else {
                    continue;
                };
                let mut components = sections::build(&kit, &content);
                keep_short_section_together(&mut components, kit.grid.live_height_mm());
                flow.place_all(components);
            }
        }
        short => {
            let contents = short_sections(&kit, short, &visible);
            flow.place_all(sections::short::build(&kit, short, &contents));
        }
    }
    let (page_blocks, dropped) = flow.finish();
    let mut warnings = kit.warnings.borrow().clone();
    for (file, ppi) in low_resolution(page_blocks.iter().flatten()) {
        warnings.push(format!(
            "{} prints at about {} ppi (150 or more looks sharp in print); import a larger original.",
            kit.photo_name(&file),
            ppi.round()
        ));
    }
    let dropped: BTreeSet<char> = dropped.into_iter().collect();
    for ch in dropped {
        warnings.push(format!(
            "Left out “{ch}” (U+{:04X}): neither the bundled fonts nor the fonts of this computer have this character. Replace it in the text, or install a font that has it (for Chinese, Japanese or Korean: Noto Sans CJK).",
            u32::from(ch)
        ));
    }
    let total = page_blocks.len();
    let pages = page_blocks
        .into_iter()
        .enumerate()
        .map(|(index, blocks)| {
            let mut page = Page {
                width_mm: kit.grid.page_width_mm,
                height_mm: kit.grid.page_height_mm,
                background: kit.theme.colours.background,
                blocks,
            };
            footer(&kit, &mut page, index + 1, total);
            if kit.lang.is_rtl() {
                super::mirror::mirror_page(&mut page);
            }
            page
        })
        .collect();
    let mut unique = BTreeSet::new();
    warnings.retain(|w| unique.insert(w.clone()));
    Ok(Layout { pages, warnings })
}

/// Photos placed below 150 ppi: file name → the lowest ppi it prints at (only what
/// is on the pages counts, not the versions the flow left out).
fn low_resolution<'b>(blocks: impl Iterator<Item = &'b Block>) -> BTreeMap<String, f32> {
    let mut low = BTreeMap::new();
    for block in blocks {
        if let Block::Image(image) = block {
            let ppi = image.crop_px.2 as f32 / (image.rect.width_mm / 25.4).max(0.01);
            if ppi < sections::SHARP_PPI {
                let entry = low.entry(image.media_file.clone()).or_insert(ppi);
                *entry = f32::min(*entry, ppi);
            }
        }
    }
    low
}

/// The footer: name · "Data as of D" on the left, "n / N" on the right, 7 pt, its
/// baseline 8 mm above the trim.
fn footer(kit: &Kit, page: &mut Page, number: usize, total: usize) {
    let style = kit.theme.scale.footnote;
    let live = kit.grid.live();
    let top = kit.grid.page_height_mm - FOOTER_BASELINE_FROM_BOTTOM_MM - style.baseline_offset_mm();
    let name = text::smarten(kit.project.creator.display_name.trim());
    let as_of = kit
        .lang
        .trf("footer.as_of", &[("date", &kit.lang.date(kit.as_of))]);
    let left = format!("{name} · {as_of}");
    let right = kit.lang.trf(
        "footer.page",
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );
    let right_w = text::width_mm(&right, &style) + 0.5;
    let left_w = live.width_mm - right_w - 6.0;
    let mut left_lines = text::break_lines(&left, &style, left_w);
    text::limit_lines(&mut left_lines, &style, left_w, 1);
    let set = text::set_lines(&left_lines, &style, live.x_mm, top, left_w, Align::Left);
    page.blocks.push(Block::Text(set.block));
    let set = text::set_lines(
        &[right],
        &style,
        live.right_mm() - right_w,
        top,
        right_w,
        Align::Right,
    );
    page.blocks.push(Block::Text(set.block));
}
