//! The buffers one import worker reuses from photo to photo: a 12 MP photo decoded at
//! full size needs about 75 MB of pixels on its way to the master, and fresh memory of
//! that size is mapped, faulted in page by page and zeroed each time (measured: a sixth
//! of an import's time). A batch gives each worker one [`Scratch`]; it is dropped with
//! the batch.

use fast_image_resize as fr;

/// Buffers and a resizer kept between the photos one worker imports. Their contents
/// mean nothing between photos; only their memory is reused.
#[derive(Default)]
pub struct Scratch {
    /// The file's bytes.
    pub(crate) bytes: Vec<u8>,
    /// The decoded picture at full size; once resized, the master converted to sRGB
    /// or turned upright.
    pub(crate) pixels: Vec<u8>,
    /// The picture at the master's size.
    pub(crate) master: Vec<u8>,
    /// The resizer, with its intermediate buffer.
    pub(crate) resizer: fr::Resizer,
}

impl Scratch {
    /// Empty buffers (they grow to the first photo's size).
    pub fn new() -> Self {
        Self::default()
    }
}

/// `buffer` made exactly `len` bytes long, keeping its memory (only bytes beyond its
/// old length are zeroed). The contents are left over from earlier use: the caller
/// overwrites all of them.
pub(crate) fn sized(mut buffer: Vec<u8>, len: usize) -> Vec<u8> {
    if buffer.len() >= len {
        buffer.truncate(len);
    } else {
        buffer.resize(len, 0);
    }
    buffer
}
