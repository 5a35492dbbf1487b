//! Photo import: safe decoding with limits, orientation, metadata stripping, print masters, thumbnails, palette.
//!
//! A photo goes through [`import_file`] (or many through [`import_batch`]):
//!
//! 1. **Read with limits.** File size from its metadata, format from its first bytes
//!    (JPEG, PNG, WebP, GIF first frame, HEIC/HEIF; AVIF, RAW and the rest are refused by
//!    name with the way out), width, height, pixel count and memory from the header before any
//!    picture is allocated; a cut-off JPEG is refused. A decoder panic becomes an error.
//! 2. **Decode.** A JPEG is decoded at 1/2, 1/4 or 1/8 scale in the DCT domain, the
//!    smallest that leaves a long edge of at least 2000 px (a 12 MP phone photo: half,
//!    2016 px); everything else at full size. Alpha is laid over white, greyscale and
//!    16-bit become 8-bit RGB, an embedded RGB ICC profile is converted to sRGB.
//! 3. **Resize, turn upright.** Lanczos3 down to the print master's long edge (2400 px at
//!    most, never enlarged), then the EXIF orientation (all eight values).
//! 4. **Write.** A print master (JPEG, quality stepped down from 82 until it fits 600 KB)
//!    and a 512 px thumbnail, re-encoded from pixels so no EXIF, XMP, IPTC or GPS data
//!    survives, named by content hash, written atomically; the same photo twice is one file.
//! 5. **Palette.** Five dominant colours in OKLab per photo; [`gallery_look`] gives the
//!    gallery's palette and its cohesion score 0–100.
//!
//! A batch gives each worker a [`Scratch`]: the buffers a photo passes through (file
//! bytes, full-size pixels, master, the resizer's) are reused for the next photo.

mod accent;
mod batch;
mod cohesion;
pub mod colour;
mod decode;
mod edited;
pub mod encode;
pub mod error;
pub mod hash;
mod heif;
mod import;
mod limits;
pub mod oklab;
pub mod orient;
pub mod palette;
mod report;
pub mod resize;
mod scratch;
pub mod sniff;
mod sources;
pub mod store;
mod timing;

pub use accent::{ACCENT_PHOTOS, gallery_colours, palette_of_bytes};
pub use batch::{MAX_DECODES_IN_FLIGHT, Outcome, Progress, import_batch, import_each};
pub use cohesion::{GalleryLook, gallery_look};
pub use edited::{fold_edited_copies, fold_edited_outcomes, original_stem, same_as_original};
pub use error::{ImportError, Problem, Unsupported};
pub use hash::thumb_name;
pub use import::{ImportStatus, Imported, import_file, import_file_reusing};
pub use limits::{ImportOptions, Limits};
pub use palette::{PALETTE_SIZE, Palette, Swatch, palette_of};
pub use report::{outcome_line, summary_line};
pub use scratch::Scratch;
pub use sources::{Sources, collect_sources, expand_sources, photos_in};
pub use timing::StageTimes;
