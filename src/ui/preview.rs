//! The live preview: the kit laid out by `kit::layout` on a worker thread (only when
//! the project changed, the newest request wins, typing never waits for it), shown as
//! page thumbnails; a click opens a page large.

use super::document::DocKey;
use super::preview_paint::{PhotoDetail, paint_page};
use super::thumbnails::Thumbnails;
use crate::analytics::Benchmarks;
use crate::kit::layout::{LayoutContext, layout};
use crate::kit::page::Page;
use crate::model::{Project, Rgb};
use egui::{RichText, Sense, Ui, Vec2};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};
use time::Date;

/// What a layout was made from: the project state and the photos' palette.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewKey {
    /// The project state.
    pub doc: DocKey,
    /// The palette the accent may come from.
    pub palette: Vec<Rgb>,
    /// The pitch whose kit is shown (index and brand), or `None` for the main kit.
    pub pitch: Option<(usize, String)>,
}

struct Job {
    key: PreviewKey,
    project: Project,
    today: Date,
}

struct Done {
    key: PreviewKey,
    result: Result<(Vec<Page>, Vec<String>), String>,
    took: Duration,
}

/// The preview's state.
pub struct Preview {
    jobs: Sender<Job>,
    results: Receiver<Done>,
    requested: Option<PreviewKey>,
    shown: Option<PreviewKey>,
    pages: Arc<Vec<Page>>,
    warnings: Vec<String>,
    error: Option<String>,
    image_sizes: BTreeMap<String, (u32, u32)>,
    took: Duration,
    zoom: Option<usize>,
}

impl Preview {
    /// Starts the layout worker; it wakes `ctx` when a layout is ready.
    pub fn new(ctx: &egui::Context, benchmarks: Arc<Benchmarks>) -> Self {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, results) = channel::<Done>();
        let waker = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("pitchkit-layout".into())
            .spawn(move || {
                while let Ok(mut job) = job_rx.recv() {
                    // Only the newest request matters.
                    while let Ok(newer) = job_rx.try_recv() {
                        job = newer;
                    }
                    let start = Instant::now();
                    let result = std::panic::catch_unwind(|| lay_out(&job, &benchmarks))
                        .unwrap_or_else(|_| {
                            Err("The preview could not be drawn (an internal error in the \
                                 layout). Your project is safe; export may show more."
                                .to_owned())
                        });
                    let done = Done {
                        key: job.key,
                        result,
                        took: start.elapsed(),
                    };
                    if done_tx.send(done).is_err() {
                        break;
                    }
                    waker.request_repaint();
                }
            });
        let error = spawned
            .err()
            .map(|e| format!("The preview cannot run ({e}); export still works."));
        Self {
            jobs,
            results,
            requested: None,
            shown: None,
            pages: Arc::new(Vec::new()),
            warnings: Vec::new(),
            error,
            image_sizes: BTreeMap::new(),
            took: Duration::ZERO,
            zoom: None,
        }
    }

    /// Whether `key` differs from the last one asked for (a new layout is needed).
    pub fn wants(&self, key: &PreviewKey) -> bool {
        self.requested.as_ref() != Some(key)
    }

    /// Asks for a new layout when `key` differs from the last one asked for.
    pub fn request(&mut self, key: PreviewKey, project: &Project, today: Date) {
        if !self.wants(&key) {
            return;
        }
        self.image_sizes = image_sizes(project);
        self.requested = Some(key.clone());
        let sent = self.jobs.send(Job {
            key,
            project: project.clone(),
            today,
        });
        if sent.is_err() {
            log::warn!("the preview's layout worker has stopped: the preview is not updated");
        }
    }

    /// Takes in a finished layout; true when one arrived.
    pub fn poll(&mut self) -> bool {
        let mut any = false;
        while let Ok(done) = self.results.try_recv() {
            any = true;
            self.took = done.took;
            self.shown = Some(done.key);
            match done.result {
                Ok((pages, warnings)) => {
                    self.pages = Arc::new(pages);
                    self.warnings = warnings;
                    self.error = None;
                }
                Err(message) => self.error = Some(message),
            }
        }
        if let Some(zoom) = self.zoom
            && zoom >= self.pages.len()
        {
            self.zoom = None;
        }
        any
    }

    /// Whether the shown layout is behind the project.
    pub fn is_stale(&self) -> bool {
        self.requested != self.shown
    }

    /// The pages shown.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// How long the last layout took.
    pub fn layout_time(&self) -> Duration {
        self.took
    }

    /// The page thumbnails (the right-hand panel).
    pub fn panel_ui(&mut self, ui: &mut Ui, thumbs: &Thumbnails) {
        ui.horizontal(|ui| {
            ui.heading("Preview");
            let pages = self.pages.len();
            let mut status = format!("{pages} page{}", if pages == 1 { "" } else { "s" });
            if let Some((_, brand)) = self.shown.as_ref().and_then(|k| k.pitch.as_ref()) {
                status.push_str(&format!(" · the kit for {brand}"));
            }
            if self.is_stale() {
                status.push_str(" · updating…");
            }
            ui.label(RichText::new(status).weak());
        });
        if let Some(error) = &self.error {
            super::widgets::error_line(ui, error);
        }
        if !self.warnings.is_empty() {
            egui::CollapsingHeader::new(format!("{} note(s) about the kit", self.warnings.len()))
                .id_salt("preview-warnings")
                .show(ui, |ui| {
                    for warning in &self.warnings {
                        super::widgets::hint_line(ui, warning);
                    }
                });
        }
        ui.add_space(4.0);
        let gap = 10.0;
        let width = ((ui.available_width() - gap) / 2.0).max(60.0);
        let pages = Arc::clone(&self.pages);
        egui::ScrollArea::vertical()
            .id_salt("preview-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                egui::Grid::new("preview-pages")
                    .spacing([gap, gap])
                    .show(ui, |ui| {
                        for (index, page) in pages.iter().enumerate() {
                            if self.page_button(ui, index, page, width, thumbs) {
                                self.zoom = Some(index);
                            }
                            if index % 2 == 1 {
                                ui.end_row();
                            }
                        }
                    });
            });
    }

    fn page_button(
        &self,
        ui: &mut Ui,
        index: usize,
        page: &Page,
        width: f32,
        thumbs: &Thumbnails,
    ) -> bool {
        let aspect = page.height_mm / page.width_mm.max(1.0);
        let size = Vec2::new(width, width * aspect);
        let (rect, response) = ui.allocate_exact_size(size, Sense::click());
        let label = format!("Page {}, open large", index + 1);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
        if ui.is_rect_visible(rect) {
            paint_page(
                ui.painter(),
                rect,
                page,
                thumbs,
                &self.image_sizes,
                PhotoDetail::Thumbnail,
            );
            let stroke = if response.hovered() {
                ui.visuals().selection.stroke
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            };
            ui.painter()
                .rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Outside);
        }
        response.on_hover_text(label).clicked()
    }

    /// The large view of one page, over the window, while a page is open.
    pub fn zoom_ui(&mut self, ctx: &egui::Context, thumbs: &Thumbnails) {
        let Some(index) = self.zoom else {
            thumbs.release_sharp();
            return;
        };
        let Some(page) = self.pages.get(index).cloned() else {
            self.zoom = None;
            thumbs.release_sharp();
            return;
        };
        let count = self.pages.len();
        let screen = ctx.content_rect();
        let height = (screen.height() - 110.0).max(200.0);
        let width = (height * page.width_mm / page.height_mm.max(1.0)).min(screen.width() - 60.0);
        let height = width * page.height_mm / page.width_mm.max(1.0);
        let mut next = Some(index);
        // Arrow keys and Page Up/Down turn pages; Home/End jump to the first/last.
        ctx.input_mut(|input| {
            let back = input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft)
                | input.consume_key(egui::Modifiers::NONE, egui::Key::PageUp);
            let forward = input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight)
                | input.consume_key(egui::Modifiers::NONE, egui::Key::PageDown);
            if back {
                next = Some(index.saturating_sub(1));
            }
            if forward {
                next = Some((index + 1).min(count.saturating_sub(1)));
            }
            if input.consume_key(egui::Modifiers::NONE, egui::Key::Home) {
                next = Some(0);
            }
            if input.consume_key(egui::Modifiers::NONE, egui::Key::End) {
                next = Some(count.saturating_sub(1));
            }
        });
        let modal = egui::Modal::new(egui::Id::unique("preview-zoom")).show(ctx, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(index > 0, egui::Button::new("‹ Previous page"))
                    .clicked()
                {
                    next = Some(index - 1);
                }
                ui.label(format!("Page {} of {count}", index + 1))
                    .on_hover_text("← → or Page Up/Down turn pages; Escape closes");
                if ui
                    .add_enabled(index + 1 < count, egui::Button::new("Next page ›"))
                    .clicked()
                {
                    next = Some(index + 1);
                }
                if ui.button("Close").clicked() {
                    next = None;
                }
            });
            let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
            paint_page(
                ui.painter(),
                rect,
                &page,
                thumbs,
                &self.image_sizes,
                PhotoDetail::Display,
            );
        });
        // Only the shown page's photos stay sharp in memory.
        thumbs.release_unused_sharp();
        if modal.should_close() {
            next = None;
        }
        if next.is_none() {
            thumbs.release_sharp();
        }
        self.zoom = next;
    }

    /// Whether a page is open large.
    pub fn is_zoomed(&self) -> bool {
        self.zoom.is_some()
    }
}

/// The pixel size of every photo the project shows, for cropping.
fn image_sizes(project: &Project) -> BTreeMap<String, (u32, u32)> {
    project
        .samples
        .iter()
        .map(|s| &s.media)
        .chain(project.creator.profile_photo.iter())
        .filter(|m| m.width_px > 0 && m.height_px > 0)
        .map(|m| (m.file.clone(), (m.width_px, m.height_px)))
        .collect()
}

fn lay_out(job: &Job, benchmarks: &Benchmarks) -> Result<(Vec<Page>, Vec<String>), String> {
    let mut ctx = LayoutContext::new(job.today, benchmarks);
    ctx.image_sizes_px = image_sizes(&job.project);
    ctx.photo_palette = job.key.palette.clone();
    layout(&job.project, &job.project.kit, &ctx)
        .map(|laid| (laid.pages, laid.warnings))
        .map_err(|e| format!("Nothing to preview: {e}"))
}
