//! Project bundles on disk: open, create and save `NAME.pitchkit/project.json` atomically.

use super::backup;
use super::parse::{MAX_PROJECT_FILE_BYTES, parse_project, to_json};
use super::{MEDIA_DIR, PROJECT_FILE, StorageError, TEMP_PREFIX};
use crate::model::Project;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The path of `project.json` inside a bundle.
pub fn project_file(bundle: &Path) -> PathBuf {
    bundle.join(PROJECT_FILE)
}

/// The path of the `media/` folder inside a bundle.
pub fn media_dir(bundle: &Path) -> PathBuf {
    bundle.join(MEDIA_DIR)
}

/// Opens the project in `bundle` (the `NAME.pitchkit` folder; the path of its
/// `project.json` is accepted too).
///
/// Never writes `project.json`: a file that fails to parse is left byte for byte as it
/// was. Leftover temporary files of an interrupted save are removed.
pub fn open(bundle: &Path) -> Result<Project, StorageError> {
    let picked_the_file = bundle.is_file() && bundle.file_name() == Some(PROJECT_FILE.as_ref());
    let bundle = match bundle.parent() {
        Some(parent) if picked_the_file => parent,
        _ => bundle,
    };
    if !bundle.is_dir() {
        let path = bundle.to_path_buf();
        return Err(if bundle.exists() {
            StorageError::NotAFolder { path }
        } else {
            StorageError::NotFound { path }
        });
    }
    let file_path = project_file(bundle);
    remove_leftover_temp_files(bundle);
    let bytes = read_limited(&file_path).map_err(|e| match e {
        ReadError::Io(source) if source.kind() == io::ErrorKind::NotFound => {
            StorageError::NotABundle {
                path: bundle.to_path_buf(),
            }
        }
        ReadError::Io(source) => {
            StorageError::io("Could not read project.json", &file_path, source)
        }
        ReadError::TooLarge(size_bytes) => StorageError::TooLarge {
            size_bytes,
            limit_bytes: MAX_PROJECT_FILE_BYTES,
            path: file_path.clone(),
        },
    })?;
    parse_project(&bytes, &file_path)
}

/// Saves `project` into `bundle`, creating the folder and its `media/` if missing.
///
/// The write is atomic: the new text goes to a temporary file in the bundle, is flushed to
/// disk, then renamed over `project.json`, and the folder is flushed. A crash or kill at
/// any moment leaves either the old or the new `project.json`, whole. The previous version
/// is kept in `backups/` (see [`super::BACKUPS_KEPT`]).
pub fn save(bundle: &Path, project: &Project) -> Result<(), StorageError> {
    let bytes = to_json(project)?;
    fs::create_dir_all(media_dir(bundle))
        .map_err(|e| StorageError::io("Could not create the project folder", bundle, e))?;
    remove_leftover_temp_files(bundle);
    let file_path = project_file(bundle);

    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(bundle)
        .map_err(|e| StorageError::io(NO_TEMP_FILE, bundle, e))?;
    // Keep the permissions the creator may have given project.json (a new temporary
    // file is private to its owner).
    if let Ok(previous) = fs::metadata(&file_path) {
        let _ = temp.as_file().set_permissions(previous.permissions());
    }
    temp.write_all(&bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| StorageError::io(SAVE_FAILED, &file_path, e))?;

    backup::keep_previous(bundle, &file_path, &bytes)?;
    // Rotating here, not after the rename, bounds the backups even when saves keep
    // being interrupted: never more than one over the limit, for a moment.
    backup::rotate(bundle);

    temp.persist(&file_path)
        .map_err(|e| StorageError::io(SAVE_FAILED, &file_path, e.error))?;
    sync_dir(bundle).map_err(|e| StorageError::io(SAVE_FAILED, bundle, e))
}

const SAVE_FAILED: &str = "Could not save; the previously saved version is unchanged";
const NO_TEMP_FILE: &str = "Could not save: no temporary file could be made in the project \
                            folder, so the previously saved version is unchanged";

/// Creates a new bundle and saves `project` in it; refuses a path that already exists.
pub fn create_new(bundle: &Path, project: &Project) -> Result<(), StorageError> {
    if let Some(parent) = bundle.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)
            .map_err(|e| StorageError::io("Could not create the folder", parent, e))?;
    }
    fs::create_dir(bundle).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            StorageError::AlreadyExists {
                path: bundle.to_path_buf(),
            }
        } else {
            StorageError::io("Could not create the project folder", bundle, e)
        }
    })?;
    save(bundle, project)
}

/// Removes temporary files left by a save that was interrupted (best effort: a folder
/// that cannot be listed or written is left as it is).
pub(crate) fn remove_leftover_temp_files(bundle: &Path) {
    remove_files_starting_with(bundle, TEMP_PREFIX);
    remove_files_starting_with(&bundle.join(super::BACKUP_DIR), TEMP_PREFIX);
}

fn remove_files_starting_with(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let is_temp = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(prefix));
        if is_temp && entry.file_type().is_ok_and(|t| t.is_file()) {
            // Best effort: a temp file that cannot be removed now is removed next time.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Why a file could not be read within the size limit.
pub(crate) enum ReadError {
    /// The operating system's error.
    Io(io::Error),
    /// The file is larger than [`MAX_PROJECT_FILE_BYTES`]; its size.
    TooLarge(u64),
}

/// Reads a file, refusing (without reading it) one larger than the project size limit.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > MAX_PROJECT_FILE_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow while it is read: never take more than one byte over the limit.
    file.take(MAX_PROJECT_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_PROJECT_FILE_BYTES {
        return Err(ReadError::TooLarge(read));
    }
    Ok(bytes)
}

/// Flushes a folder's entries (a rename in it) to disk.
#[cfg(unix)]
pub(crate) fn sync_dir(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

/// Flushes a folder's entries to disk (not possible on this system; renames are durable).
#[cfg(not(unix))]
pub(crate) fn sync_dir(_folder: &Path) -> io::Result<()> {
    Ok(())
}
