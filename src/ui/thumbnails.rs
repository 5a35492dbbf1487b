//! Photo thumbnails as textures: decoded on a worker thread from the bundle's
//! `*.thumb.jpg` files (or the photo itself when there is none), never larger than
//! [`THUMB_EDGE_PX`], with each photo's palette computed on the way; a zoomed page
//! asks for sharper copies ([`Thumbnails::paint_sharp`], see `sharp_photos`).

use super::sharp_photos::{SharpPhotos, wanted_edge_px};
use crate::media::{self, Palette};
use crate::pdf::MediaSource;
use egui::{Color32, ColorImage, Rect, Response, Sense, TextureHandle, TextureOptions, Ui, Vec2};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Longest edge of a thumbnail texture, in pixels.
pub const THUMB_EDGE_PX: u32 = 320;

enum Slot {
    Loading,
    Ready(TextureHandle),
    Failed(String),
}

struct Job {
    generation: u64,
    source: MediaSource,
    file: String,
}

struct Loaded {
    generation: u64,
    file: String,
    result: Result<(ColorImage, Palette), String>,
}

/// The thumbnails of the open document's photos.
pub struct Thumbnails {
    generation: u64,
    source: MediaSource,
    slots: RefCell<BTreeMap<String, Slot>>,
    palettes: BTreeMap<String, Palette>,
    jobs: Sender<Job>,
    results: Receiver<Loaded>,
    sharp: RefCell<SharpPhotos>,
}

impl Thumbnails {
    /// Starts the loader thread; it wakes `ctx` whenever a thumbnail is ready.
    pub fn new(ctx: &egui::Context, source: MediaSource, generation: u64) -> Self {
        let (jobs, job_rx) = channel::<Job>();
        let (result_tx, results) = channel::<Loaded>();
        let waker = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("pitchkit-thumbnails".into())
            .spawn(move || {
                while let Ok(job) = job_rx.recv() {
                    let result = std::panic::catch_unwind(|| load(&job.source, &job.file))
                        .unwrap_or_else(|_| Err("the photo could not be decoded".to_owned()));
                    let sent = result_tx.send(Loaded {
                        generation: job.generation,
                        file: job.file,
                        result,
                    });
                    if sent.is_err() {
                        break;
                    }
                    waker.request_repaint();
                }
            });
        // Without a thread, thumbnails show as grey boxes; the editor still works.
        if let Err(e) = spawned {
            log::warn!("photos show as grey boxes: no thumbnail thread ({e})");
        }
        Self {
            sharp: RefCell::new(SharpPhotos::new(ctx, source.clone(), generation)),
            generation,
            source,
            slots: RefCell::new(BTreeMap::new()),
            palettes: BTreeMap::new(),
            jobs,
            results,
        }
    }

    /// Switches to another document's photos (forgets every texture).
    pub fn reset(&mut self, source: MediaSource, generation: u64) {
        if generation != self.generation {
            self.sharp.get_mut().reset(source.clone(), generation);
            self.generation = generation;
            self.source = source;
            self.slots.borrow_mut().clear();
            self.palettes.clear();
        }
    }

    /// Forgets one photo so it is read again (after it was imported).
    pub fn forget(&mut self, file: &str) {
        self.slots.borrow_mut().remove(file);
        self.palettes.remove(file);
        self.sharp.get_mut().forget(file);
    }

    /// Turns finished decodes into textures; true when any arrived.
    pub fn poll(&mut self, ctx: &egui::Context) -> bool {
        let mut any = self.sharp.get_mut().poll(ctx);
        while let Ok(loaded) = self.results.try_recv() {
            if loaded.generation != self.generation {
                continue;
            }
            any = true;
            let slot = match loaded.result {
                Ok((image, palette)) => {
                    self.palettes.insert(loaded.file.clone(), palette);
                    Slot::Ready(ctx.load_texture(
                        format!("thumb:{}", loaded.file),
                        image,
                        TextureOptions::LINEAR,
                    ))
                }
                Err(why) => Slot::Failed(why),
            };
            self.slots.borrow_mut().insert(loaded.file, slot);
        }
        any
    }

    /// The texture of `file`, asking for it if it was never asked for.
    pub fn texture(&self, file: &str) -> Option<TextureHandle> {
        let mut slots = self.slots.borrow_mut();
        match slots.get(file) {
            Some(Slot::Ready(texture)) => Some(texture.clone()),
            Some(_) => None,
            None => {
                slots.insert(file.to_owned(), Slot::Loading);
                let job = Job {
                    generation: self.generation,
                    source: self.source.clone(),
                    file: file.to_owned(),
                };
                if self.jobs.send(job).is_err() {
                    slots.insert(file.to_owned(), Slot::Failed("no loader".to_owned()));
                }
                None
            }
        }
    }

    /// Why `file` has no thumbnail, if it failed.
    pub fn failure(&self, file: &str) -> Option<String> {
        match self.slots.borrow().get(file) {
            Some(Slot::Failed(why)) => Some(why.clone()),
            _ => None,
        }
    }

    /// Whether any requested thumbnail is still loading.
    pub fn is_loading(&self) -> bool {
        self.slots
            .borrow()
            .values()
            .any(|s| matches!(s, Slot::Loading))
    }

    /// The palette of a loaded photo.
    pub fn palette(&self, file: &str) -> Option<&Palette> {
        self.palettes.get(file)
    }

    /// Paints `file` cropped to fill `size` (a grey box until it is loaded), as an image
    /// whose accessible label is `alt` (what screen readers say and tests find it by).
    pub fn show(&self, ui: &mut Ui, file: &str, size: Vec2, alt: &str) -> Response {
        let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
        self.paint(ui.painter(), rect, file, None);
        if let Some(why) = self.failure(file) {
            response.on_hover_text(format!("{alt}: {why}"))
        } else {
            response.on_hover_text(alt)
        }
    }

    /// Paints `file` like [`Self::paint`], from a texture as sharp as `rect` is large on
    /// screen when the thumbnail is too small for it (the thumbnail until that is
    /// ready). `image_px` is the photo's own size, when known.
    pub fn paint_sharp(
        &self,
        painter: &egui::Painter,
        rect: Rect,
        file: &str,
        uv: Option<Rect>,
        image_px: Option<(u32, u32)>,
    ) {
        let small = self.texture(file);
        let image_px = image_px.or_else(|| {
            small
                .as_ref()
                .map(|t| (t.size()[0] as u32, t.size()[1] as u32))
        });
        if let Some((width, height)) = image_px {
            let image_size = Vec2::new(width as f32, height as f32);
            let uv = uv.unwrap_or_else(|| cover_uv(image_size, rect.size()));
            let display_px = rect.size() * painter.pixels_per_point();
            let edge_px = wanted_edge_px((width, height), uv.size(), display_px);
            let small_edge_px = small
                .as_ref()
                .map_or(THUMB_EDGE_PX as usize, |t| t.size()[0].max(t.size()[1]));
            if edge_px > small_edge_px as u32
                && let Some(texture) = self.sharp.borrow_mut().texture(file, edge_px)
            {
                painter.image(texture.id(), rect, uv, Color32::WHITE);
                return;
            }
        }
        self.paint(painter, rect, file, uv);
    }

    /// Frees the sharp textures not painted this frame (the photos of pages no longer
    /// shown large).
    pub fn release_unused_sharp(&self) {
        self.sharp.borrow_mut().release_unused();
    }

    /// Frees every sharp texture (no page is shown large).
    pub fn release_sharp(&self) {
        self.sharp.borrow_mut().release();
    }

    /// Paints `file` into `rect`, showing the part `uv` of it (cropped to fill when
    /// `None`).
    pub fn paint(&self, painter: &egui::Painter, rect: Rect, file: &str, uv: Option<Rect>) {
        match self.texture(file) {
            Some(texture) => {
                let uv = uv.unwrap_or_else(|| cover_uv(texture.size_vec2(), rect.size()));
                painter.image(texture.id(), rect, uv, Color32::WHITE);
            }
            None => {
                painter.rect_filled(rect, 2.0, Color32::from_gray(150).gamma_multiply(0.5));
            }
        }
    }
}

/// The part of an image of `image_size` that fills a frame of `frame` without
/// distortion (centred crop), in texture coordinates.
pub fn cover_uv(image_size: Vec2, frame: Vec2) -> Rect {
    if image_size.x <= 0.0 || image_size.y <= 0.0 || frame.x <= 0.0 || frame.y <= 0.0 {
        return Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
    }
    let image_aspect = image_size.x / image_size.y;
    let frame_aspect = frame.x / frame.y;
    if image_aspect > frame_aspect {
        let w = frame_aspect / image_aspect;
        Rect::from_min_max(
            egui::pos2((1.0 - w) / 2.0, 0.0),
            egui::pos2((1.0 + w) / 2.0, 1.0),
        )
    } else {
        let h = image_aspect / frame_aspect;
        Rect::from_min_max(
            egui::pos2(0.0, (1.0 - h) / 2.0),
            egui::pos2(1.0, (1.0 + h) / 2.0),
        )
    }
}

/// Reads and shrinks one photo: the bundle's thumbnail when there is one.
pub fn load(source: &MediaSource, file: &str) -> Result<(ColorImage, Palette), String> {
    let thumb = media::thumb_name(file);
    let bytes = match source.read(&thumb) {
        Ok(bytes) if thumb != file => bytes,
        _ => source.read(file)?,
    };
    let image = image::load_from_memory(&bytes)
        .map_err(|e| format!("the photo {file} could not be decoded ({e})"))?;
    let image = if image.width().max(image.height()) > THUMB_EDGE_PX {
        image.thumbnail(THUMB_EDGE_PX, THUMB_EDGE_PX)
    } else {
        image
    };
    let rgb = image.to_rgb8();
    let (width, height) = rgb.dimensions();
    // Measured as the PDF export measures it, so the preview's accent is the PDF's.
    let palette = media::palette_of_bytes(&bytes)
        .unwrap_or_else(|| media::palette_of(width, height, rgb.as_raw()));
    let color = ColorImage::from_rgb([width as usize, height as usize], rgb.as_raw());
    Ok((color, palette))
}
