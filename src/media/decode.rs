//! Decoding with limits: the header's size is checked before the picture is
//! allocated; big JPEGs are decoded at a reduced scale in the DCT domain, the rest
//! with zune-jpeg into a reused buffer.

use super::colour;
use super::error::Problem;
use super::limits::ImportOptions;
use super::scratch;
use super::sniff::{self, Readable};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageReader, RgbImage};
use std::io::Cursor;

/// A decoded picture, as stored in the file (not yet turned upright).
pub(crate) struct Decoded {
    /// 8-bit RGB, possibly at a reduced scale, in the file's colour space.
    pub pixels: RgbImage,
    /// How to turn it upright (from EXIF; none when the EXIF is missing or broken).
    pub orientation: Orientation,
    /// The embedded ICC profile, if any.
    pub icc: Option<Vec<u8>>,
    /// Width in the file's header (full scale, before orientation).
    pub header_width_px: u32,
    /// Height in the file's header (full scale, before orientation).
    pub header_height_px: u32,
}

/// Decodes the bytes of a file of a readable format. A full-size colour JPEG is
/// decoded into `spare`'s memory (taken; hand the pixels back once done with them).
pub(crate) fn decode(
    bytes: &[u8],
    format: Readable,
    options: &ImportOptions,
    spare: &mut Vec<u8>,
) -> Result<Decoded, Problem> {
    // The other decoders allocate their own pictures: the spare buffer is let go
    // first rather than held beside theirs.
    let release = |spare: &mut Vec<u8>| drop(std::mem::take(spare));
    if format == Readable::Heif {
        release(spare);
        return super::heif::decode_heif(bytes, options);
    }
    if format == Readable::Jpeg {
        sniff::check_jpeg_complete(bytes)?;
        let separate_scans = sniff::jpeg_scans_not_interleaved(bytes);
        if let Some(decoded) = decode_jpeg_scaled(bytes, options, separate_scans, spare)? {
            return Ok(decoded);
        }
        if let Some(decoded) = decode_jpeg_colour(bytes, options, spare)? {
            return Ok(decoded);
        }
    }
    release(spare);
    decode_full(bytes, format, options)
}

/// Decodes a colour (YCbCr or RGB) JPEG at full size with zune-jpeg, as the `image`
/// crate would, but into `spare`'s memory rather than freshly zeroed pages. `None`
/// leaves other kinds (greyscale, CMYK) to the full decoder.
fn decode_jpeg_colour(
    bytes: &[u8],
    options: &ImportOptions,
    spare: &mut Vec<u8>,
) -> Result<Option<Decoded>, Problem> {
    use zune_core::colorspace::ColorSpace;
    let decoder_options = zune_core::options::DecoderOptions::default()
        .set_strict_mode(false)
        .set_max_width(usize::MAX)
        .set_max_height(usize::MAX)
        .jpeg_set_out_colorspace(ColorSpace::RGB);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(
        zune_core::bytestream::ZCursor::new(bytes),
        decoder_options,
    );
    if decoder.decode_headers().is_err() {
        // The full decoder reads the header again and says what is wrong.
        return Ok(None);
    }
    if !matches!(
        decoder.input_colorspace(),
        Some(ColorSpace::YCbCr | ColorSpace::RGB)
    ) {
        return Ok(None);
    }
    let Some((width, height)) = decoder.dimensions() else {
        return Ok(None);
    };
    let (width, height) = (
        u32::try_from(width).unwrap_or(u32::MAX),
        u32::try_from(height).unwrap_or(u32::MAX),
    );
    options.limits.check_dimensions(width, height, 3)?;
    let Some(len) = decoder.output_buffer_size() else {
        return Ok(None);
    };
    let orientation = decoder
        .exif()
        .and_then(|exif| Orientation::from_exif_chunk(exif))
        .unwrap_or(Orientation::NoTransforms);
    let icc = decoder.icc_profile();
    let mut buffer = scratch::sized(std::mem::take(spare), len);
    decoder.decode_into(&mut buffer).map_err(zune_problem)?;
    let pixels = RgbImage::from_raw(width, height, buffer)
        .ok_or_else(|| Problem::Processing("the decoded picture has the wrong size".to_owned()))?;
    Ok(Some(Decoded {
        pixels,
        orientation,
        icc,
        header_width_px: width,
        header_height_px: height,
    }))
}

/// zune-jpeg's error in our words (as the `image` crate's error is, below).
fn zune_problem(err: zune_jpeg::errors::DecodeErrors) -> Problem {
    use zune_jpeg::errors::DecodeErrors;
    match err {
        DecodeErrors::Unsupported(feature) => Problem::UnsupportedFeature(format!("{feature:?}")),
        other => damaged_or_truncated(other.to_string()),
    }
}

/// A decoder's complaint: a cut-off file if it speaks of the data ending early.
fn damaged_or_truncated(text: String) -> Problem {
    let lower = text.to_lowercase();
    if lower.contains("eof") || lower.contains("end of file") || lower.contains("unexpected end") {
        Problem::Truncated
    } else {
        Problem::Damaged(text)
    }
}

/// Decodes a JPEG with `jpeg-decoder` (letting a large `spare` go): at 1/2, 1/4 or 1/8 scale,
/// the smallest whose long edge is at least `master_min_long_edge_px` (when
/// `reduced_scale_decode` is on; the master is then that size if it is at most
/// `master_long_edge_px`, resized down to it otherwise), or at full
/// scale when `always` (files the other decoder gets wrong). `None` leaves the
/// file to the full decoder: no gain here, or a kind this path does not handle
/// (CMYK, 16-bit) or fails on.
fn decode_jpeg_scaled(
    bytes: &[u8],
    options: &ImportOptions,
    always: bool,
    spare: &mut Vec<u8>,
) -> Result<Option<Decoded>, Problem> {
    let limits = &options.limits;
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(
        usize::try_from(limits.max_alloc_bytes).unwrap_or(usize::MAX),
    );
    if decoder.read_info().is_err() {
        return Ok(None);
    }
    let Some(info) = decoder.info() else {
        return Ok(None);
    };
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    limits.check_dimensions(width, height, 3)?;
    let grey = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => false,
        jpeg_decoder::PixelFormat::L8 => true,
        _ => return Ok(None),
    };
    // The smallest scale whose long edge is still at least the shortest master's.
    let shortest = options
        .master_min_long_edge_px
        .min(options.master_long_edge_px)
        .max(1);
    let reduce = options.reduced_scale_decode && width.max(height).div_ceil(2) >= shortest;
    let request = if reduce {
        let side = u16::try_from(shortest).unwrap_or(u16::MAX);
        (side, side)
    } else if always {
        (info.width, info.height)
    } else {
        return Ok(None);
    };
    let Ok((scaled_width, scaled_height)) = decoder.scale(request.0, request.1) else {
        return Ok(None);
    };
    // This decoder allocates its own picture: a spare buffer larger than twice that
    // (left by a full-size decode) is let go first; a smaller one is kept, as the
    // master's next steps can use it.
    let scaled_len = usize::from(scaled_width) * usize::from(scaled_height) * 3;
    if spare.capacity() > scaled_len.saturating_mul(2) {
        drop(std::mem::take(spare));
    }
    let Ok(data) = decoder.decode() else {
        return Ok(None);
    };
    let data = if grey {
        data.iter().flat_map(|&v| [v, v, v]).collect()
    } else {
        data
    };
    let Some(pixels) = RgbImage::from_raw(u32::from(scaled_width), u32::from(scaled_height), data)
    else {
        return Ok(None);
    };
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    Ok(Some(Decoded {
        pixels,
        orientation,
        icc: decoder.icc_profile(),
        header_width_px: width,
        header_height_px: height,
    }))
}

/// Decodes at full scale with the `image` crate (zune-jpeg for JPEG).
fn decode_full(
    bytes: &[u8],
    format: Readable,
    options: &ImportOptions,
) -> Result<Decoded, Problem> {
    let limits = &options.limits;
    let image_format = format
        .image_format()
        .ok_or_else(|| Problem::UnsupportedFeature(format!("{format:?} via the image decoder")))?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format);
    // Only the memory cap while the header is read; the header's size is checked
    // by hand next, for a precise message.
    let mut header_limits = image::Limits::default();
    header_limits.max_alloc = Some(limits.max_alloc_bytes);
    reader.limits(header_limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| problem(e, limits.max_alloc_bytes))?;
    let (width, height) = decoder.dimensions();
    let bytes_per_pixel = u64::from(decoder.color_type().bytes_per_pixel());
    limits.check_dimensions(width, height, bytes_per_pixel)?;
    decoder
        .set_limits(limits.for_image_crate())
        .map_err(|e| problem(e, limits.max_alloc_bytes))?;
    // Broken EXIF or ICC data must not cost the photo: treat it as absent.
    let orientation = decoder.orientation().unwrap_or_else(|e| {
        log::info!("a photo's orientation could not be read ({e}); it is kept as stored");
        Orientation::NoTransforms
    });
    let icc = decoder.icc_profile().unwrap_or_else(|e| {
        log::info!("a photo's colour profile could not be read ({e}); it is taken as sRGB");
        None
    });
    let image =
        DynamicImage::from_decoder(decoder).map_err(|e| problem(e, limits.max_alloc_bytes))?;
    Ok(Decoded {
        pixels: colour::to_rgb8(image),
        orientation,
        icc,
        header_width_px: width,
        header_height_px: height,
    })
}

/// The `image` crate's error in our words.
fn problem(err: ImageError, max_alloc_bytes: u64) -> Problem {
    match err {
        ImageError::Limits(limit) => match limit.kind() {
            image::error::LimitErrorKind::InsufficientMemory => Problem::DecoderOverBudget {
                max_bytes: max_alloc_bytes,
            },
            _ => Problem::Damaged(limit.to_string()),
        },
        ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            Problem::Truncated
        }
        ImageError::Unsupported(unsupported) => {
            Problem::UnsupportedFeature(unsupported.to_string())
        }
        ImageError::Decoding(decoding) => damaged_or_truncated(decoding.to_string()),
        other => Problem::Damaged(other.to_string()),
    }
}
