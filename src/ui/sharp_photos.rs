//! Photos at the size a zoomed page shows them: decoded from the print master on a
//! worker thread, sized to the displayed pixels (rounded up to [`SHARP_STEP_PX`], never
//! above [`SHARP_EDGE_MAX_PX`] nor the photo's own size), kept only while they are
//! painted. Until one is ready the thumbnail stands in.

use crate::media::resize;
use crate::pdf::MediaSource;
use egui::{ColorImage, TextureHandle, TextureOptions};
use image::RgbImage;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

/// Longest edge of a sharp texture, in pixels (16 MB of RGBA at most per photo).
pub const SHARP_EDGE_MAX_PX: u32 = 2048;

/// Sharp textures are made in steps of this many pixels, so a small change of the
/// window's size does not decode the photo again.
pub const SHARP_STEP_PX: u32 = 256;

/// One photo at one size.
type Key = (String, u32);

enum Slot {
    Loading,
    Ready(TextureHandle),
    Failed,
}

struct Entry {
    slot: Slot,
    /// The frame that last painted it.
    used: u64,
}

struct Job {
    generation: u64,
    source: MediaSource,
    key: Key,
}

struct Loaded {
    generation: u64,
    key: Key,
    result: Result<ColorImage, String>,
}

/// The long edge, in pixels, a photo of `image_px` needs so that the part `uv` of it
/// fills `display_px` screen pixels: a multiple of [`SHARP_STEP_PX`], at most
/// [`SHARP_EDGE_MAX_PX`] and never more than the photo has.
pub fn wanted_edge_px(image_px: (u32, u32), uv_size: egui::Vec2, display_px: egui::Vec2) -> u32 {
    let (width, height) = (image_px.0 as f32, image_px.1 as f32);
    if width < 1.0 || height < 1.0 || uv_size.x <= 0.0 || uv_size.y <= 0.0 {
        return 0;
    }
    // How many texture pixels per photo pixel the display asks for, on either axis.
    let scale = (display_px.x / (uv_size.x * width)).max(display_px.y / (uv_size.y * height));
    let long = width.max(height);
    let wanted = (scale * long).ceil().clamp(0.0, SHARP_EDGE_MAX_PX as f32) as u32;
    let stepped = wanted.div_ceil(SHARP_STEP_PX) * SHARP_STEP_PX;
    stepped.min(SHARP_EDGE_MAX_PX).min(long as u32)
}

/// The sharp textures of the open document's photos.
pub struct SharpPhotos {
    generation: u64,
    source: MediaSource,
    entries: BTreeMap<Key, Entry>,
    /// What the worker should still decode: a key dropped from here is skipped.
    wanted: Arc<Mutex<BTreeSet<Key>>>,
    frame: u64,
    ctx: egui::Context,
    jobs: Option<Sender<Job>>,
    results: Receiver<Loaded>,
}

/// The decoder thread: decodes each job still wanted, newest size per photo, until the
/// editor goes away.
fn decode_loop(
    jobs: &Receiver<Job>,
    results: &Sender<Loaded>,
    wanted: &Mutex<BTreeSet<Key>>,
    waker: &egui::Context,
) {
    while let Ok(job) = jobs.recv() {
        let still_wanted = wanted
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&job.key);
        if !still_wanted {
            continue;
        }
        let (file, edge_px) = (&job.key.0, job.key.1);
        let start = std::time::Instant::now();
        let result = std::panic::catch_unwind(|| load(&job.source, file, edge_px))
            .unwrap_or_else(|_| Err(format!("the photo {file} could not be decoded")));
        log::debug!(
            "sharp photo {file} at {edge_px} px in {} ms",
            start.elapsed().as_millis()
        );
        let loaded = Loaded {
            generation: job.generation,
            key: job.key,
            result,
        };
        if results.send(loaded).is_err() {
            break;
        }
        waker.request_repaint();
    }
}

impl SharpPhotos {
    /// The sharp photos of `source`; the decoder thread starts when the first one is
    /// asked for, and wakes `ctx` whenever a photo is ready.
    pub fn new(ctx: &egui::Context, source: MediaSource, generation: u64) -> Self {
        let (_, results) = channel::<Loaded>();
        Self {
            generation,
            source,
            entries: BTreeMap::new(),
            wanted: Arc::new(Mutex::new(BTreeSet::new())),
            frame: 0,
            ctx: ctx.clone(),
            jobs: None,
            results,
        }
    }

    /// The decoder thread's queue, started on first use; `None` when no thread could
    /// be started (zoomed pages then show thumbnails).
    fn jobs(&mut self) -> Option<&Sender<Job>> {
        if self.jobs.is_none() {
            let (jobs, job_rx) = channel::<Job>();
            let (result_tx, results) = channel::<Loaded>();
            let wanted = Arc::clone(&self.wanted);
            let waker = self.ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("pitchkit-sharp-photos".into())
                .spawn(move || decode_loop(&job_rx, &result_tx, &wanted, &waker));
            match spawned {
                Ok(_) => {
                    self.jobs = Some(jobs);
                    self.results = results;
                }
                Err(e) => {
                    log::warn!("zoomed pages show thumbnails only: no photo decoder thread ({e})");
                    return None;
                }
            }
        }
        self.jobs.as_ref()
    }

    /// Switches to another document's photos (forgets every texture).
    pub fn reset(&mut self, source: MediaSource, generation: u64) {
        if generation != self.generation {
            self.generation = generation;
            self.source = source;
            self.release();
        }
    }

    /// Forgets one photo so it is read again (after it was imported).
    pub fn forget(&mut self, file: &str) {
        self.entries.retain(|(f, _), _| f != file);
        self.sync_wanted();
    }

    /// Turns finished decodes into textures and starts a new frame.
    pub fn poll(&mut self, ctx: &egui::Context) -> bool {
        self.frame += 1;
        let mut any = false;
        while let Ok(loaded) = self.results.try_recv() {
            if loaded.generation != self.generation {
                continue;
            }
            let Some(entry) = self.entries.get_mut(&loaded.key) else {
                continue;
            };
            any = true;
            entry.slot = match loaded.result {
                Ok(image) => Slot::Ready(ctx.load_texture(
                    format!("sharp:{}@{}", loaded.key.0, loaded.key.1),
                    image,
                    TextureOptions::LINEAR,
                )),
                Err(why) => {
                    log::warn!("a zoomed page shows the thumbnail instead: {why}");
                    Slot::Failed
                }
            };
        }
        any
    }

    /// The texture of `file` at `edge_px`, asking for it if it was never asked for;
    /// `None` while it loads (or if it failed).
    pub fn texture(&mut self, file: &str, edge_px: u32) -> Option<TextureHandle> {
        let key = (file.to_owned(), edge_px);
        let frame = self.frame;
        if let Some(entry) = self.entries.get_mut(&key) {
            entry.used = frame;
            return match &entry.slot {
                Slot::Ready(texture) => Some(texture.clone()),
                Slot::Loading | Slot::Failed => None,
            };
        }
        // Another size of the same photo is no longer needed once this one is asked for.
        self.entries.retain(|(f, _), _| f != file);
        self.entries.insert(
            key.clone(),
            Entry {
                slot: Slot::Loading,
                used: frame,
            },
        );
        self.sync_wanted();
        let job = Job {
            generation: self.generation,
            source: self.source.clone(),
            key,
        };
        let sent = self.jobs().is_some_and(|jobs| jobs.send(job).is_ok());
        if !sent && let Some(entry) = self.entries.get_mut(&(file.to_owned(), edge_px)) {
            entry.slot = Slot::Failed;
        }
        None
    }

    /// Frees every texture not painted since the last [`Self::poll`] (the photos of
    /// pages no longer shown).
    pub fn release_unused(&mut self) {
        let frame = self.frame;
        let before = self.entries.len();
        self.entries.retain(|_, e| e.used >= frame);
        if self.entries.len() != before {
            self.sync_wanted();
        }
    }

    /// Frees every texture (the zoom closed).
    pub fn release(&mut self) {
        if !self.entries.is_empty() {
            log::debug!("{} sharp photo(s) freed", self.entries.len());
            self.entries.clear();
            self.sync_wanted();
        }
    }

    /// How many photos are held or loading.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no photo is held or loading.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn sync_wanted(&self) {
        let mut wanted = self.wanted.lock().unwrap_or_else(PoisonError::into_inner);
        wanted.clear();
        wanted.extend(
            self.entries
                .iter()
                .filter(|(_, e)| matches!(e.slot, Slot::Loading))
                .map(|(k, _)| k.clone()),
        );
    }
}

/// Reads the print master and scales it to `edge_px` on its long side (Lanczos3).
pub fn load(source: &MediaSource, file: &str, edge_px: u32) -> Result<ColorImage, String> {
    let bytes = source.read(file)?;
    let rgb = match decode_jpeg_reduced(&bytes, edge_px) {
        Some(rgb) => rgb,
        None => image::load_from_memory(&bytes)
            .map_err(|e| format!("the photo {file} could not be decoded ({e})"))?
            .into_rgb8(),
    };
    let (width, height) = resize::fit(rgb.width(), rgb.height(), edge_px);
    let rgb = resize::resize(&rgb, width, height)
        .map_err(|e| format!("the photo {file} could not be scaled ({e})"))?;
    Ok(ColorImage::from_rgb(
        [width as usize, height as usize],
        rgb.as_raw(),
    ))
}

/// An RGB JPEG decoded at 1/2, 1/4 or 1/8 scale in the DCT domain when that still
/// covers `edge_px` on the long side (much less to decode and to resize); `None` for
/// anything else, which the general decoder then reads.
pub fn decode_jpeg_reduced(bytes: &[u8], edge_px: u32) -> Option<RgbImage> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    if info.pixel_format != jpeg_decoder::PixelFormat::RGB24 {
        return None;
    }
    let (width, height) = resize::fit(u32::from(info.width), u32::from(info.height), edge_px);
    let side = |px: u32| u16::try_from(px).unwrap_or(u16::MAX);
    let (scaled_width, scaled_height) = decoder.scale(side(width), side(height)).ok()?;
    if (scaled_width, scaled_height) == (info.width, info.height) {
        return None;
    }
    let pixels = decoder.decode().ok()?;
    RgbImage::from_raw(u32::from(scaled_width), u32::from(scaled_height), pixels)
}
