//! Where an export's photos come from (a bundle's `media/` folder or the embedded
//! demo), read once per export: bytes, pixel size from the header, a quick palette.

use super::jpeg;
use crate::media;
use crate::model::{MediaRef, Project, Rgb};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where the photos named in a project live.
#[derive(Debug, Clone)]
pub enum MediaSource {
    /// A bundle's `media/` folder.
    Folder(PathBuf),
    /// Files compiled into the binary: (file name, bytes), like the demo's.
    Embedded(&'static [(&'static str, &'static [u8])]),
}

impl MediaSource {
    /// The embedded demo project's photos.
    pub fn demo() -> Self {
        Self::Embedded(crate::sample::demo_media())
    }

    /// The photos of the bundle at `bundle` (its `media/` folder).
    pub fn bundle(bundle: &std::path::Path) -> Self {
        Self::Folder(crate::storage::media_dir(bundle))
    }

    /// The bytes of one file, or why not (in words, without the folder's path).
    pub(crate) fn read(&self, name: &str) -> Result<Cow<'static, [u8]>, String> {
        let plain = !name.is_empty()
            && !name.contains(['/', '\\'])
            && name != "."
            && name != ".."
            && !name.contains('\0');
        if !plain {
            return Err(format!(
                "“{name}” is not a plain file name in the media folder"
            ));
        }
        match self {
            Self::Folder(dir) => std::fs::read(dir.join(name))
                .map(Cow::Owned)
                .map_err(|e| format!("the photo {name} could not be read ({e})")),
            Self::Embedded(files) => files
                .iter()
                .find(|(file, _)| *file == name)
                .map(|(_, bytes)| Cow::Borrowed(*bytes))
                .ok_or_else(|| format!("the photo {name} is not among the embedded files")),
        }
    }
}

/// A photo as stored, with the pixel size the layout crops against.
#[derive(Debug, Clone)]
pub(crate) struct Original {
    /// The file's bytes.
    pub(crate) bytes: Cow<'static, [u8]>,
    /// Width and height from its header.
    pub(crate) size_px: (u32, u32),
    /// The import's thumbnail (`NAME.thumb.jpg`, 512 px), when the folder has one
    /// with the same shape: a much cheaper source for small re-encodes and colours.
    pub(crate) thumb: Option<Thumb>,
}

/// A smaller copy of a photo.
#[derive(Debug, Clone)]
pub(crate) struct Thumb {
    /// The thumbnail's bytes.
    pub(crate) bytes: Cow<'static, [u8]>,
    /// Its width and height.
    pub(crate) size_px: (u32, u32),
}

/// The photo's thumbnail if it has one of the same shape.
fn thumb_for(source: &MediaSource, media: &MediaRef, size_px: (u32, u32)) -> Option<Thumb> {
    if media.thumb_file.is_empty() || media.thumb_file == media.file {
        return None;
    }
    let bytes = source
        .read(&media.thumb_file)
        .map_err(|why| log::info!("the print master is used instead of the thumbnail: {why}"))
        .ok()?;
    let info = jpeg::header(&bytes).filter(|i| i.embeddable())?;
    let same_shape = (u64::from(info.width_px) * u64::from(size_px.1))
        .abs_diff(u64::from(info.height_px) * u64::from(size_px.0))
        <= u64::from(size_px.0.max(size_px.1)) * 2;
    let smaller = info.width_px < size_px.0;
    (same_shape && smaller).then_some(Thumb {
        bytes,
        size_px: (info.width_px, info.height_px),
    })
}

/// Photos that could not be read, by file name, with the reason in words.
pub(crate) type Unusable = BTreeMap<String, String>;

/// Every photo the project names (profile photo and samples), read and measured,
/// and the ones that could not be read (the render puts a box in their place).
pub(crate) fn read_all(
    project: &Project,
    source: &MediaSource,
) -> (BTreeMap<String, Original>, Unusable) {
    let refs = project
        .creator
        .profile_photo
        .iter()
        .chain(project.samples.iter().map(|s| &s.media));
    let mut originals = BTreeMap::new();
    let mut unusable = Unusable::new();
    for media in refs {
        let name = media.file.clone();
        if originals.contains_key(&name) {
            continue;
        }
        let original = source.read(&name).and_then(|bytes| {
            size_of(&bytes).map(|size_px| Original {
                thumb: thumb_for(source, media, size_px),
                bytes,
                size_px,
            })
        });
        match original {
            Ok(original) => {
                originals.insert(name, original);
            }
            Err(why) => {
                unusable.insert(name, why);
            }
        }
    }
    (originals, unusable)
}

/// Pixel size from the file's header, without decoding the picture.
fn size_of(bytes: &[u8]) -> Result<(u32, u32), String> {
    if let Some(info) = jpeg::header(bytes) {
        let turned = matches!(info.orientation, 5..=8);
        return Ok(if turned {
            (info.height_px, info.width_px)
        } else {
            (info.width_px, info.height_px)
        });
    }
    image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())
        .and_then(|r| r.into_dimensions().map_err(|e| e.to_string()))
        .map_err(|e| format!("a photo is not an image Pitchkit can read ({e})"))
}

/// The gallery's dominant colours, for the theme's accent (measured as the editor's
/// preview measures them: [`media::gallery_colours`] on the thumbnail, else the master).
pub(crate) fn palette(project: &Project, originals: &BTreeMap<String, Original>) -> Vec<Rgb> {
    media::gallery_colours(project.look.as_ref(), &project.samples, |sample| {
        let original = originals.get(&sample.media.file)?;
        media::palette_of_bytes(
            original
                .thumb
                .as_ref()
                .map_or(&original.bytes, |t| &t.bytes),
        )
    })
}
