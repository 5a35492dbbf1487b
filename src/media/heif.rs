//! HEIC/HEIF photos (the iPhone camera's format) decoded with `heifer`, a pure-Rust
//! decoder: the size in the file's `ispe` property is checked against the limits
//! before any pixel is allocated; grid tiles, crop, rotation (`irot`) and mirror
//! (`imir`) come out applied, so the picture is upright like a turned JPEG. The
//! colour profile goes to the same ICC conversion as a JPEG's; EXIF, XMP and GPS
//! are never read into anything stored.

use super::decode::Decoded;
use super::error::Problem;
use super::limits::ImportOptions;
use image::RgbImage;
use image::metadata::Orientation;

/// Memory one decoded pixel may cost at the peak, in bytes: the decoder's planes, the
/// 8-bit RGBA picture and a rotated copy of it.
const PEAK_BYTES_PER_PIXEL: u64 = 8;

/// Decodes the primary image of a HEIF file to 8-bit RGB, upright, with its ICC
/// profile (Display P3 on iPhones) for the caller to convert. Without a profile, the
/// `nclx` colour description is converted to sRGB here.
pub(crate) fn decode_heif(bytes: &[u8], options: &ImportOptions) -> Result<Decoded, Problem> {
    let limits = &options.limits;
    let file = heifer::heifer_isobmff::HeifFile::parse(bytes).map_err(container_problem)?;
    let primary = file.primary_id;
    let (width, height) = file
        .image_size(primary)
        .map_err(container_problem)?
        .ok_or_else(|| Problem::Damaged("the HEIF file gives no image size".to_owned()))?;
    limits.check_dimensions(width, height, PEAK_BYTES_PER_PIXEL)?;
    let icc = file
        .icc_profile(primary)
        .map_err(container_problem)?
        .map(<[u8]>::to_vec);
    let heif_options = heifer::Options {
        max_threads: 0,
        max_pixels: limits.max_pixels,
    };
    let image = if icc.is_some() {
        heifer::decode_rgba8(bytes, &heif_options)
    } else {
        // nclx primaries (P3, BT.2020) converted by the decoder; a transfer it cannot
        // convert (PQ, HLG: HDR) leaves the samples as coded.
        match heifer::decode_srgb_rgba8(bytes, &heif_options) {
            Err(heifer::Error::Unsupported(_)) => heifer::decode_rgba8(bytes, &heif_options),
            other => other,
        }
    }
    .map_err(decoder_problem)?;
    let (out_width, out_height) = (image.width, image.height);
    let rgb = if image.has_alpha {
        let rgba =
            image::RgbaImage::from_raw(out_width, out_height, image.data).ok_or_else(|| {
                Problem::Damaged("the decoder gave a picture of the wrong size".to_owned())
            })?;
        super::colour::to_rgb8(image::DynamicImage::ImageRgba8(rgba))
    } else {
        RgbImage::from_raw(out_width, out_height, image.into_rgb8()).ok_or_else(|| {
            Problem::Damaged("the decoder gave a picture of the wrong size".to_owned())
        })?
    };
    Ok(Decoded {
        pixels: rgb,
        // irot and imir are applied by the decoder (the EXIF orientation of an iPhone
        // HEIC repeats them and is ignored, as libheif does).
        orientation: Orientation::NoTransforms,
        icc,
        header_width_px: out_width,
        header_height_px: out_height,
    })
}

/// The container's error in our words.
fn container_problem(err: heifer::heifer_isobmff::Error) -> Problem {
    match err {
        heifer::heifer_isobmff::Error::UnexpectedEof => Problem::Truncated,
        heifer::heifer_isobmff::Error::Unimplemented(what) => {
            Problem::UnsupportedFeature(format!("HEIF {what}"))
        }
        other => Problem::Damaged(format!("its HEIF structure is broken ({other})")),
    }
}

/// The decoder's error in our words.
fn decoder_problem(err: heifer::Error) -> Problem {
    match err {
        heifer::Error::Container(inner) => container_problem(inner),
        heifer::Error::Unsupported(what) => Problem::UnsupportedFeature(what),
        heifer::Error::Hevc(heifer::heifer_hevc_dec::Error::UnexpectedEof) => Problem::Truncated,
        heifer::Error::Hevc(heifer::heifer_hevc_dec::Error::Unimplemented(what)) => {
            Problem::UnsupportedFeature(format!("HEVC {what}"))
        }
        heifer::Error::Hevc(inner) => {
            Problem::Damaged(format!("its HEVC picture data is broken ({inner})"))
        }
        other => Problem::Damaged(other.to_string()),
    }
}
