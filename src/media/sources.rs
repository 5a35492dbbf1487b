//! Finding the photos in what the creator points at: files, folders and whole
//! exported camera rolls (nested folders walked), with the videos of Live Photos set
//! aside so each is named once in the summary rather than refused one by one.

use std::fs;
use std::path::{Path, PathBuf};

/// Extensions of files that look like photos, read or not: the ones Pitchkit cannot
/// read (AVIF, RAW …) are listed too, so that import can say why it refuses them.
const PHOTO_EXTENSIONS: [&str; 20] = [
    "jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif", "heic", "heif", "avif", "tif", "tiff",
    "dng", "cr2", "cr3", "nef", "arw", "raf", "orf", "rw2",
];

/// Extensions of the videos phones save beside a Live Photo's still.
const VIDEO_EXTENSIONS: [&str; 3] = ["mov", "mp4", "m4v"];

/// How deep folders are walked (an exported library is a few levels deep).
const MAX_DEPTH: usize = 12;

/// What the given files and folders hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// The files to import, in order: given files as given, each folder's photos
    /// sorted by path.
    pub photos: Vec<PathBuf>,
    /// Videos of Live Photos (a `.MOV` beside a still of the same name): skipped, the
    /// still is imported.
    pub live_videos: Vec<PathBuf>,
    /// Other videos found in the folders: skipped.
    pub other_videos: Vec<PathBuf>,
}

impl Sources {
    /// `"12 Live Photo videos skipped (their stills are imported)"`, `"2 videos
    /// skipped"`, or nothing when no video was set aside.
    pub fn skipped_line(&self) -> Option<String> {
        let mut parts = Vec::new();
        match self.live_videos.len() {
            0 => {}
            1 => parts.push("1 Live Photo video skipped (its still is imported)".to_owned()),
            n => parts.push(format!(
                "{n} Live Photo videos skipped (their stills are imported)"
            )),
        }
        match self.other_videos.len() {
            0 => {}
            1 => parts.push("1 video skipped (Pitchkit imports photos)".to_owned()),
            n => parts.push(format!("{n} videos skipped (Pitchkit imports photos)")),
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

fn extension_in(path: &Path, list: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| list.contains(&e.to_ascii_lowercase().as_str()))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.'))
}

/// The photo files directly inside `dir` (not in sub-folders, not hidden), by
/// extension, sorted by name. The format is checked from the bytes at import.
pub fn photos_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut photos = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if !is_hidden(&path) && extension_in(&path, &PHOTO_EXTENSIONS) && path.is_file() {
            photos.push(path);
        }
    }
    photos.sort();
    Ok(photos)
}

/// Photos and videos under `dir`, walked depth first in name order. Hidden entries,
/// symbolic links to folders (no loops) and Pitchkit project bundles (their `media/`
/// holds Pitchkit's own copies) are left out.
fn walk(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<(PathBuf, fs::FileType)> = fs::read_dir(dir)?
        .map(|entry| entry.and_then(|e| Ok((e.path(), e.file_type()?))))
        .collect::<std::io::Result<_>>()?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        if is_hidden(&path) {
            continue;
        }
        if kind.is_dir() {
            let bundle = path.extension().is_some_and(|e| e == "pitchkit");
            if depth < MAX_DEPTH && !bundle {
                walk(&path, depth + 1, found)?;
            }
        } else if (extension_in(&path, &PHOTO_EXTENSIONS) || extension_in(&path, &VIDEO_EXTENSIONS))
            && path.is_file()
        {
            found.push(path);
        }
    }
    Ok(())
}

/// The photos in `paths` (files as given, folders walked), with the videos of Live
/// Photos and other videos found in folders set aside. A video given by itself stays
/// among the photos, to be refused with the reason.
pub fn collect_sources(paths: &[PathBuf]) -> std::io::Result<Sources> {
    // (path, given by itself)
    let mut found: Vec<(PathBuf, bool)> = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut walked = Vec::new();
            walk(path, 0, &mut walked)?;
            found.extend(walked.into_iter().map(|p| (p, false)));
        } else {
            found.push((path.clone(), true));
        }
    }
    let still_key = |path: &Path| {
        let stem = path.file_stem()?.to_str()?.to_lowercase();
        Some((path.parent().map(Path::to_path_buf), stem))
    };
    let stills: std::collections::BTreeSet<_> = found
        .iter()
        .filter(|(p, _)| extension_in(p, &PHOTO_EXTENSIONS))
        .filter_map(|(p, _)| still_key(p))
        .collect();
    let mut sources = Sources::default();
    for (path, given) in found {
        if !extension_in(&path, &VIDEO_EXTENSIONS) {
            sources.photos.push(path);
        } else if still_key(&path).is_some_and(|key| stills.contains(&key)) {
            sources.live_videos.push(path);
        } else if given {
            sources.photos.push(path);
        } else {
            sources.other_videos.push(path);
        }
    }
    Ok(sources)
}

/// The photos of [`collect_sources`], without what was set aside.
pub fn expand_sources(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    Ok(collect_sources(paths)?.photos)
}
