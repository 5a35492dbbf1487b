//! Writing stored images into the bundle's `media/` folder: a temporary file in
//! the same folder, flushed to disk, then renamed into place only if no file of
//! that name exists (names are content hashes, so an existing one is the same image).

use super::error::{ImportError, Problem};
use crate::storage::atomic::{AtomicError, AtomicOptions, NewPermissions, Replace, write_atomic};
use std::fs;
use std::path::Path;

/// Whether [`write_once`] created the file or found it already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    New,
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
pub(crate) fn write_once(
    media_dir: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<Written, ImportError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_write_finds_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let media = dir.path().join("media");
        assert_eq!(write_once(&media, "a.jpg", b"one").unwrap(), Written::New);
        assert_eq!(
            write_once(&media, "a.jpg", b"one").unwrap(),
            Written::AlreadyThere
        );
        assert_eq!(fs::read(media.join("a.jpg")).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(&media)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names.len(),
            1,
            "no temporary file is left behind: {names:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(media.join("a.jpg"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o044, 0o044, "readable like other files: {mode:o}");
        }
    }
}
