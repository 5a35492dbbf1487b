//! Importing one photo: read with limits, decode (panics caught), turn upright,
//! convert to sRGB, write a print master and a thumbnail named by content hash.

use super::decode;
use super::encode;
use super::error::{ImportError, Problem};
use super::hash;
use super::limits::ImportOptions;
use super::orient;
use super::palette::{self, Palette};
use super::resize;
use super::scratch::Scratch;
use super::sniff::{self, Readable};
use super::store::{self, Written};
use super::timing::{Laps, StageTimes};
use crate::model::{AestheticSample, Extra, MediaRef};
use image::RgbImage;
use std::fs::File;
use std::io::Read as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// Whether the photo was new to the `media/` folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStatus {
    /// The print master and thumbnail were written.
    New,
    /// The folder already held this exact print master (the same photo imported
    /// before); nothing was written. Whether the project already shows it is the
    /// caller's check: compare [`MediaRef::file`].
    Duplicate,
}

/// A photo imported into the project's `media/` folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// New, or already there.
    pub status: ImportStatus,
    /// The print master: `"<hash>.jpg"` where the hash is the first 128 bits of the
    /// SHA-256 of the master's bytes (so the name vouches for the content), and its
    /// upright size in pixels (long edge at most the master size).
    pub media: MediaRef,
    /// The thumbnail's file name in `media/`: `"<hash>.thumb.jpg"`.
    pub thumb_file: String,
    /// Thumbnail width.
    pub thumb_width_px: u32,
    /// Thumbnail height.
    pub thumb_height_px: u32,
    /// Up to five dominant colours of the photo, largest share first.
    pub palette: Palette,
    /// Upright width of the original photo.
    pub original_width_px: u32,
    /// Upright height of the original photo.
    pub original_height_px: u32,
    /// Size of the print master file.
    pub master_bytes: u64,
    /// JPEG quality the print master was written with.
    pub master_quality: u8,
    /// Where the import spent its time.
    pub times: StageTimes,
}

impl Imported {
    /// A new aesthetic sample showing this photo (no caption, platform or link yet).
    pub fn to_sample(&self) -> AestheticSample {
        AestheticSample {
            media: self.media.clone(),
            caption: String::new(),
            platform: None,
            link: String::new(),
            extra: Extra::new(),
        }
    }
}

/// What processing produced, before anything is written.
struct Processed {
    master: Vec<u8>,
    master_size: (u32, u32),
    master_quality: u8,
    thumb: Vec<u8>,
    thumb_size: (u32, u32),
    palette: Palette,
    original_size: (u32, u32),
    times: StageTimes,
}

/// Imports one photo into `media_dir` (the bundle's `media/` folder; created if
/// missing). Blocks while it decodes: call it off the UI thread. A panic inside a
/// decoder comes back as an error.
pub fn import_file(
    media_dir: &Path,
    source: &Path,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    import_file_reusing(media_dir, source, options, &mut Scratch::new())
}

/// [`import_file`] with buffers kept from the photos imported before it (one
/// [`Scratch`] per worker of a batch).
pub fn import_file_reusing(
    media_dir: &Path,
    source: &Path,
    options: &ImportOptions,
    scratch: &mut Scratch,
) -> Result<Imported, ImportError> {
    let at_source = |problem| ImportError::new(source, problem);
    let mut laps = Laps::start();
    let mut bytes = std::mem::take(&mut scratch.bytes);
    let format = read_source(source, options, &mut bytes).map_err(at_source)?;
    let read = laps.lap();
    let processed = catch_unwind(AssertUnwindSafe(|| {
        process(&bytes, format, options, scratch)
    }));
    scratch.bytes = bytes;
    let mut processed = processed
        .unwrap_or_else(|_| {
            // The buffers may be half-way through a step: start afresh.
            *scratch = Scratch::new();
            Err(Problem::DecoderFailed)
        })
        .map_err(at_source)?;
    processed.times.read = read;
    laps.lap();

    let hash = hash::content_hash(&processed.master);
    let master_file = hash::master_name(&hash);
    let thumb_file = hash::thumb_name(&master_file);
    // Thumbnail first: once the master exists, the import is complete.
    store::write_once(media_dir, &thumb_file, &processed.thumb)?;
    let status = match store::write_once(media_dir, &master_file, &processed.master)? {
        Written::New => ImportStatus::New,
        Written::AlreadyThere => ImportStatus::Duplicate,
    };
    processed.times.store = laps.lap();
    Ok(Imported {
        status,
        media: MediaRef {
            file: master_file,
            width_px: processed.master_size.0,
            height_px: processed.master_size.1,
            thumb_file: thumb_file.clone(),
            palette: processed.palette.swatches.clone(),
        },
        thumb_file,
        thumb_width_px: processed.thumb_size.0,
        thumb_height_px: processed.thumb_size.1,
        palette: processed.palette,
        original_width_px: processed.original_size.0,
        original_height_px: processed.original_size.1,
        master_bytes: processed.master.len() as u64,
        master_quality: processed.master_quality,
        times: processed.times,
    })
}

/// Reads the file: size checked from its metadata first, format from its first
/// bytes before the rest is read.
fn read_source(
    source: &Path,
    options: &ImportOptions,
    bytes: &mut Vec<u8>,
) -> Result<Readable, Problem> {
    let limits = &options.limits;
    let mut file = File::open(source).map_err(Problem::Read)?;
    let size = file.metadata().map_err(Problem::Read)?.len();
    limits.check_file_size(size)?;
    bytes.clear();
    bytes.reserve(usize::try_from(size).unwrap_or(0));
    (&mut file)
        .take(sniff::HEAD_BYTES as u64)
        .read_to_end(bytes)
        .map_err(Problem::Read)?;
    let format = sniff::sniff(bytes)?;
    // One byte over the limit is enough to know the file grew past it.
    file.take(limits.max_file_bytes.saturating_add(1) - bytes.len() as u64)
        .read_to_end(bytes)
        .map_err(Problem::Read)?;
    limits.check_file_size(bytes.len() as u64)?;
    Ok(format)
}

/// Decodes, resizes, turns upright, converts to sRGB, encodes, in `scratch`'s
/// buffers where it can.
fn process(
    bytes: &[u8],
    format: Readable,
    options: &ImportOptions,
    scratch: &mut Scratch,
) -> Result<Processed, Problem> {
    let mut times = StageTimes::default();
    let mut laps = Laps::start();
    let decoded = decode::decode(bytes, format, options, &mut scratch.pixels)?;
    times.decode = laps.lap();
    let swaps = orient::swaps_axes(decoded.orientation);
    let upright_size = |(w, h): (u32, u32)| if swaps { (h, w) } else { (w, h) };
    let original_size = upright_size((decoded.header_width_px, decoded.header_height_px));
    let (stored_width, stored_height) = decoded.pixels.dimensions();

    // Resize before turning upright: rotating the small picture is cheaper.
    let (resize_width, resize_height) =
        resize::fit(stored_width, stored_height, options.master_long_edge_px);
    let (width, height) = upright_size((resize_width, resize_height));
    let mut master = if (resize_width, resize_height) == (stored_width, stored_height) {
        decoded.pixels
    } else {
        let resized = resize::resize_into(
            &decoded.pixels,
            resize_width,
            resize_height,
            &mut scratch.resizer,
            std::mem::take(&mut scratch.master),
        )?;
        scratch.pixels = decoded.pixels.into_raw();
        resized
    };
    times.resize = laps.lap();
    // The full-size picture's memory, idle until the next photo, takes the master
    // converted or turned (rather than a third buffer the size of a master).
    let mut free = std::mem::take(&mut scratch.pixels);
    if let Some(icc) = &decoded.icc {
        super::colour::icc_to_srgb_reusing(&mut master, icc, &mut free);
    }
    times.colour = laps.lap();
    let master: RgbImage = orient::upright_reusing(master, decoded.orientation, &mut free);
    times.orient = laps.lap();

    let (thumb_width, thumb_height) = resize::fit(width, height, options.thumb_long_edge_px);
    let thumb = resize::resize_into(
        &master,
        thumb_width,
        thumb_height,
        &mut scratch.resizer,
        Vec::new(),
    )?;
    times.resize += laps.lap();
    let palette = palette::palette_of(thumb_width, thumb_height, thumb.as_raw());
    times.palette = laps.lap();
    let (master_jpeg, master_quality) = encode::master_jpeg(&master, options.master_budget_bytes)?;
    let thumb_jpeg = encode::jpeg(&thumb, encode::THUMB_QUALITY)?;
    times.encode = laps.lap();
    let master_size = master.dimensions();
    // The larger buffer decodes the next photo.
    let (larger, smaller) = if free.capacity() >= master.as_raw().capacity() {
        (free, master.into_raw())
    } else {
        (master.into_raw(), free)
    };
    scratch.pixels = larger;
    scratch.master = smaller;
    Ok(Processed {
        master: master_jpeg,
        master_size,
        master_quality,
        thumb: thumb_jpeg,
        thumb_size: (thumb_width, thumb_height),
        palette,
        original_size,
        times,
    })
}
