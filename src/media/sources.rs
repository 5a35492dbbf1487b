//! Finding the photos in a folder the creator points at.

use std::fs;
use std::path::{Path, PathBuf};

/// Extensions of files that look like photos, read or not: the ones Pitchkit cannot
/// read (HEIC, RAW …) are listed too, so that import can say why it refuses them.
const PHOTO_EXTENSIONS: [&str; 20] = [
    "jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif", "heic", "heif", "avif", "tif", "tiff",
    "dng", "cr2", "cr3", "nef", "arw", "raf", "orf", "rw2",
];

/// The photo files directly inside `dir` (not in sub-folders, not hidden), by
/// extension, sorted by name. The format is checked from the bytes at import.
pub fn photos_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut photos = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.'));
        let photo_like = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| PHOTO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        if !hidden && photo_like && path.is_file() {
            photos.push(path);
        }
    }
    photos.sort();
    Ok(photos)
}

/// Files as given and, for each folder, the photos in it ([`photos_in`]), in order.
pub fn expand_sources(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut sources = Vec::new();
    for path in paths {
        if path.is_dir() {
            sources.extend(photos_in(path)?);
        } else {
            sources.push(path.clone());
        }
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_photos_sorted() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.JPG", "a.heic", ".hidden.jpg", "notes.txt", "c.png"] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        fs::create_dir(dir.path().join("sub.jpg")).unwrap();
        let names: Vec<String> = photos_in(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.heic", "b.JPG", "c.png"]);
        let single = dir.path().join("notes.txt");
        let expanded = expand_sources(&[single.clone(), dir.path().to_owned()]).unwrap();
        assert_eq!(expanded.len(), 4);
        assert_eq!(expanded[0], single);
    }
}
