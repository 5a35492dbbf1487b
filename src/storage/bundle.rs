//! Project bundles on disk: open, create and save `NAME.pitchkit/project.json` atomically.

use super::atomic::{self, AtomicError, AtomicOptions, FolderSync, NewPermissions};
use super::backup;
use super::parse::{MAX_PROJECT_FILE_BYTES, parse_project, to_json};
use super::stamp::DiskStamp;
use super::{MEDIA_DIR, PROJECT_FILE, StorageError, TEMP_PREFIX};
use crate::model::Project;
use std::fs::{self, File};
use std::io::{self, Read};
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
/// was. Leftover temporary files of an interrupted save are removed (never those of a
/// save still running in another process: see [`remove_leftover_temp_files`]).
pub fn open(bundle: &Path) -> Result<Project, StorageError> {
    open_stamped(bundle).map(|(project, _)| project)
}

/// [`open`], with the stamp of the bytes read, for [`save_checked`] to notice a change
/// made by another program meanwhile.
pub fn open_stamped(path: &Path) -> Result<(Project, DiskStamp), StorageError> {
    let bundle = bundle_of(path);
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
    let project = parse_project(&bytes, &file_path)?;
    Ok((project, DiskStamp::of_bytes(&bytes)))
}

/// The bundle folder of `path`: `path` itself, or its folder when it is the bundle's
/// `project.json`.
fn bundle_of(path: &Path) -> &Path {
    let picked_the_file = path.is_file() && path.file_name() == Some(PROJECT_FILE.as_ref());
    match path.parent() {
        Some(parent) if picked_the_file => parent,
        _ => path,
    }
}

/// The stamp of the `project.json` in `bundle` as it is on disk now (the path of the
/// file itself is accepted too); `None` when there is none.
pub fn disk_stamp(bundle: &Path) -> Result<Option<DiskStamp>, StorageError> {
    let file_path = project_file(bundle_of(bundle));
    match DiskStamp::of_file(&file_path) {
        Ok(stamp) => Ok(Some(stamp)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StorageError::io(
            "Could not read project.json",
            file_path,
            e,
        )),
    }
}

/// Saves `project` into `bundle`, creating the folder and its `media/` if missing.
///
/// The write is atomic: the new text goes to a temporary file in the bundle, is flushed to
/// disk, then renamed over `project.json`, and the folder is flushed. A crash or kill at
/// any moment leaves either the old or the new `project.json`, whole. The previous version
/// is kept in `backups/` (see [`super::BACKUPS_KEPT`]).
pub fn save(bundle: &Path, project: &Project) -> Result<(), StorageError> {
    save_checked(bundle, project, None).map(|_| ())
}

/// [`save`], refusing to overwrite a `project.json` that another program changed: with
/// `Some(expected)` (the stamp from [`open_stamped`] or the last save), a file whose
/// content is no longer `expected` (changed, replaced or deleted) is left exactly as
/// it is and [`StorageError::ChangedOnDisk`] returned; nothing is written. With `None`
/// the file is overwritten whatever it holds. Returns the stamp of what was written.
///
/// The content is compared before anything is written and again just before the new
/// file is renamed into place; a change made in between those last instants is not
/// seen (file systems offer no compare-and-swap).
pub fn save_checked(
    bundle: &Path,
    project: &Project,
    expected: Option<&DiskStamp>,
) -> Result<DiskStamp, StorageError> {
    let bytes = to_json(project)?;
    let file_path = project_file(bundle);
    let check = || match expected {
        Some(expected) if disk_stamp(bundle)?.as_ref() != Some(expected) => {
            Err(StorageError::ChangedOnDisk {
                path: file_path.clone(),
            })
        }
        _ => Ok(()),
    };
    check()?;
    fs::create_dir_all(media_dir(bundle))
        .map_err(|e| StorageError::io("Could not create the project folder", bundle, e))?;
    remove_leftover_temp_files(bundle);

    let staged = atomic::stage(&file_path, &bytes, &SAVE_OPTIONS).map_err(|e| match e {
        AtomicError::TempFile { source, .. } => StorageError::io(NO_TEMP_FILE, bundle, source),
        other => StorageError::io(SAVE_FAILED, &file_path, other.into_io()),
    })?;
    check()?;
    backup::keep_previous(bundle, &file_path, &bytes)?;
    // Rotating here, not after the rename, bounds the backups even when saves keep
    // being interrupted: never more than one over the limit, for a moment.
    backup::rotate(bundle);

    staged.commit().map_err(|e| match e {
        AtomicError::SyncFolder { source, .. } => StorageError::io(SAVE_FAILED, bundle, source),
        other => StorageError::io(SAVE_FAILED, &file_path, other.into_io()),
    })?;
    Ok(DiskStamp::of_bytes(&bytes))
}

/// How `project.json` is written: temporary files named [`TEMP_PREFIX`]…, the
/// permissions the creator may have given the file kept (a new temporary file is
/// private to its owner), the folder flushed or the save fails.
const SAVE_OPTIONS: AtomicOptions<'static> = AtomicOptions::new(TEMP_PREFIX)
    .permissions(NewPermissions::KeepPrevious)
    .folder_sync(FolderSync::Required);

const SAVE_FAILED: &str = "Could not save; the previously saved version is unchanged";
const NO_TEMP_FILE: &str = "Could not save: no temporary file could be made in the project \
                            folder, so the previously saved version is unchanged";

/// Creates a new bundle and saves `project` in it; refuses a path that already exists.
pub fn create_new(bundle: &Path, project: &Project) -> Result<(), StorageError> {
    create_new_stamped(bundle, project).map(|_| ())
}

/// [`create_new`], returning the stamp of the `project.json` written.
pub fn create_new_stamped(bundle: &Path, project: &Project) -> Result<DiskStamp, StorageError> {
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
    save_checked(bundle, project, None)
}

/// Removes temporary files left by a save that was interrupted, in the bundle and its
/// `backups/` (best effort: a folder that cannot be listed or written is left as it is).
///
/// Runs on every open and save, so it must never take the temporary file of a save
/// that another running Pitchkit (a second window, the command line) is writing at
/// this moment: every save holds an OS lock on its temporary file until the rename,
/// and only files nobody holds are removed (see
/// [`atomic::remove_abandoned_temp_files`]). The OS releases the lock of a killed or
/// crashed process, so its leftovers go at the next open.
pub(crate) fn remove_leftover_temp_files(bundle: &Path) {
    atomic::remove_abandoned_temp_files(bundle, TEMP_PREFIX);
    atomic::remove_abandoned_temp_files(&bundle.join(super::BACKUP_DIR), TEMP_PREFIX);
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
