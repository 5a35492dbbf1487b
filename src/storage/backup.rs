//! The last few versions of `project.json`, kept in `backups/project-NNNNNN.json`.

use super::atomic::{AtomicError, AtomicOptions, FolderSync, sync_dir, write_atomic};
use super::bundle::{ReadError, read_limited};
use super::{BACKUP_DIR, BACKUPS_KEPT, StorageError, TEMP_PREFIX};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const NAME_PREFIX: &str = "project-";
const NAME_SUFFIX: &str = ".json";

/// The backups of a bundle, oldest first (the last one is the version saved before the
/// current `project.json`). Empty when there are none yet.
pub fn backups(bundle: &Path) -> Result<Vec<PathBuf>, StorageError> {
    let folder = bundle.join(BACKUP_DIR);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StorageError::io("Could not list the backups", &folder, e)),
    };
    let mut numbered: Vec<(u64, PathBuf)> = entries
        .flatten()
        .filter_map(|entry| {
            let number = sequence_number(entry.file_name().to_str()?)?;
            Some((number, entry.path()))
        })
        .collect();
    numbered.sort();
    Ok(numbered.into_iter().map(|(_, path)| path).collect())
}

/// The sequence number in a backup's file name, e.g. 12 for `project-000012.json`.
fn sequence_number(name: &str) -> Option<u64> {
    let digits = name.strip_prefix(NAME_PREFIX)?.strip_suffix(NAME_SUFFIX)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Before `project_file` is replaced by `new_bytes`: keeps the current file as the newest
/// backup, unless it equals the new text or the newest backup already.
pub(crate) fn keep_previous(
    bundle: &Path,
    project_file: &Path,
    new_bytes: &[u8],
) -> Result<(), StorageError> {
    let previous = match read_limited(project_file) {
        Ok(bytes) => Some(bytes),
        Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(ReadError::Io(e)) => {
            return Err(StorageError::io(
                "Could not read the previous version to back it up; nothing was saved",
                project_file,
                e,
            ));
        }
        // Too large to compare: keep it anyway, it may be all the creator has.
        Err(ReadError::TooLarge(_)) => None,
    };
    if previous.as_deref() == Some(new_bytes) {
        return Ok(());
    }
    let existing = backups(bundle)?;
    if let (Some(previous), Some(newest)) = (&previous, existing.last())
        && fs::read(newest).is_ok_and(|bytes| &bytes == previous)
    {
        return Ok(());
    }
    let next = existing
        .last()
        .and_then(|p| sequence_number(p.file_name()?.to_str()?))
        .map_or(1, |n| n.saturating_add(1));

    let folder = bundle.join(BACKUP_DIR);
    let failed = |e| {
        StorageError::io(
            "Could not keep a backup of the previous version; nothing was saved",
            &folder,
            e,
        )
    };
    fs::create_dir_all(&folder).map_err(failed)?;
    let target = folder.join(format!("{NAME_PREFIX}{next:06}{NAME_SUFFIX}"));
    // A hard link costs nothing and is atomic; where links are not supported (some
    // USB and network drives), copy through a temporary file so that a backup with a
    // final name is always whole.
    if fs::hard_link(project_file, &target).is_err() {
        copy_whole(project_file, &target).map_err(failed)?;
    }
    sync_dir(&folder).map_err(failed)
}

fn copy_whole(from: &Path, to: &Path) -> io::Result<()> {
    let bytes = fs::read(from)?;
    let options = AtomicOptions::new(TEMP_PREFIX).folder_sync(FolderSync::Required);
    write_atomic(to, &bytes, &options).map_err(AtomicError::into_io)
}

/// Removes the oldest backups beyond [`BACKUPS_KEPT`] (best effort: the save itself has
/// already succeeded, and a backup that cannot be removed now is removed next time).
pub(crate) fn rotate(bundle: &Path) {
    let existing = backups(bundle).unwrap_or_default();
    let surplus = existing.len().saturating_sub(BACKUPS_KEPT);
    for old in existing.iter().take(surplus) {
        let _ = fs::remove_file(old);
    }
}
