//! Writing stored images into the bundle's `media/` folder: a temporary file in
//! the same folder, flushed to disk, then renamed into place only if no file of
//! that name exists (names are content hashes, so an existing one is the same image).

use super::error::{ImportError, Problem};
use crate::storage::atomic::{AtomicError, AtomicOptions, NewPermissions, Replace, write_atomic};
use std::fs;
use std::path::Path;

/// Whether [`write_once`] created the file or found it already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The file was written.
    New,
    /// A file of that name was there already (the same image): nothing was written.
    AlreadyThere,
}

/// How stored images are written: temporary files `.import-….tmp`; ordinary files,
/// readable like the rest of the bundle (temporary files are private by default; the
/// umask still applies); never over an existing file; the rename made durable on a
/// best-effort basis (a failure there loses nothing that was acknowledged).
const STORE_OPTIONS: AtomicOptions<'static> = AtomicOptions::new(".import-")
    .temp_suffix(".tmp")
    .permissions(NewPermissions::Readable)
    .replace(Replace::KeepExisting);

/// Writes `bytes` as `media_dir/name`, atomically, unless that file exists.
pub fn write_once(media_dir: &Path, name: &str, bytes: &[u8]) -> Result<Written, ImportError> {
    let target = media_dir.join(name);
    let fail = |err: std::io::Error| ImportError::new(&target, Problem::Save(err));
    if target.is_file() {
        return Ok(Written::AlreadyThere);
    }
    fs::create_dir_all(media_dir).map_err(fail)?;
    match write_atomic(&target, bytes, &STORE_OPTIONS) {
        Ok(()) => Ok(Written::New),
        Err(AtomicError::AlreadyExists { .. }) => Ok(Written::AlreadyThere),
        Err(err) => Err(fail(err.into_io())),
    }
}
