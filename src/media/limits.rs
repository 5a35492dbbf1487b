//! Hard limits on what import will decode, and the sizes of what it writes.

use super::error::Problem;

/// Hard limits, all checked before a decoder allocates the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes (default 64 MB).
    pub max_file_bytes: u64,
    /// Largest width or height, in pixels (default 16384).
    pub max_side_px: u32,
    /// Largest width × height (default 120 megapixels).
    pub max_pixels: u64,
    /// Most memory one decode may allocate, in bytes (default 512 MB).
    pub max_alloc_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 64_000_000,
            max_side_px: 16_384,
            max_pixels: 120_000_000,
            max_alloc_bytes: 512_000_000,
        }
    }
}

impl Limits {
    /// Refuses a file bigger than the size limit.
    pub fn check_file_size(&self, size_bytes: u64) -> Result<(), Problem> {
        if size_bytes > self.max_file_bytes {
            return Err(Problem::FileTooBig {
                size_bytes,
                max_bytes: self.max_file_bytes,
            });
        }
        Ok(())
    }

    /// Refuses declared dimensions over the limits, or whose decoded picture
    /// (`bytes_per_pixel` each) would need more memory than allowed.
    pub fn check_dimensions(
        &self,
        width_px: u32,
        height_px: u32,
        bytes_per_pixel: u64,
    ) -> Result<(), Problem> {
        if width_px == 0 || height_px == 0 {
            return Err(Problem::Damaged(format!(
                "its header says it is {width_px} × {height_px} px"
            )));
        }
        if width_px > self.max_side_px || height_px > self.max_side_px {
            return Err(Problem::TooWide {
                width_px,
                height_px,
                max_side_px: self.max_side_px,
            });
        }
        let pixels = u64::from(width_px) * u64::from(height_px);
        if pixels > self.max_pixels {
            return Err(Problem::TooManyPixels {
                width_px,
                height_px,
                max_pixels: self.max_pixels,
            });
        }
        let needed_bytes = pixels.saturating_mul(bytes_per_pixel);
        if needed_bytes > self.max_alloc_bytes {
            return Err(Problem::TooMuchMemory {
                needed_bytes,
                max_bytes: self.max_alloc_bytes,
            });
        }
        Ok(())
    }

    /// The same limits in the `image` crate's terms (its decoders check them too).
    pub(crate) fn for_image_crate(&self) -> image::Limits {
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(self.max_side_px);
        limits.max_image_height = Some(self.max_side_px);
        limits.max_alloc = Some(self.max_alloc_bytes);
        limits
    }
}

/// Everything import needs to know: limits and the sizes of the stored images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// Hard limits on the input.
    pub limits: Limits,
    /// Long edge of the print master at most (default 2400 px, about 300 dpi across
    /// 8 in). Smaller photos are never enlarged.
    pub master_long_edge_px: u32,
    /// The shortest long edge a master may have when a JPEG is decoded at 1/2, 1/4 or
    /// 1/8 scale in the DCT domain rather than resized from full size (default 2000 px,
    /// capped at `master_long_edge_px`). A 12 MP phone photo (4032 px) then gets a
    /// 2016 px master in about three quarters of the time; the kit places no photo longer
    /// than 72 mm, so it still prints at over 700 ppi.
    pub master_min_long_edge_px: u32,
    /// Long edge of the editor's thumbnail (default 512 px).
    pub thumb_long_edge_px: u32,
    /// Size the print master should stay under (default 600 KB); the JPEG quality
    /// steps down from 82 until it fits (never below 60).
    pub master_budget_bytes: u64,
    /// Decode big JPEGs at 1/2, 1/4 or 1/8 scale in the DCT domain when that still
    /// gives at least `master_min_long_edge_px` (default on; off only to measure).
    pub reduced_scale_decode: bool,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            limits: Limits::default(),
            master_long_edge_px: 2400,
            master_min_long_edge_px: 2000,
            thumb_long_edge_px: 512,
            master_budget_bytes: 600_000,
            reduced_scale_decode: true,
        }
    }
}
