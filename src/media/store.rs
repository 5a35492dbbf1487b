//! Writing stored images into the bundle's `media/` folder: a temporary file in
//! the same folder, flushed to disk, then renamed into place only if no file of
//! that name exists (names are content hashes, so an existing one is the same image).

use super::error::{ImportError, Problem};
use std::fs;
use std::io::Write as _;
use std::path::Path;

/// Whether [`write_once`] created the file or found it already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    New,
    AlreadyThere,
}

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
    let mut builder = tempfile::Builder::new();
    builder.prefix(".import-").suffix(".tmp");
    // Temporary files are private (0600) by default; stored images are ordinary
    // files, readable like the rest of the bundle (the umask still applies).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut temp = builder.tempfile_in(media_dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    match temp.persist_noclobber(&target) {
        Ok(_) => {
            // Make the rename itself durable; a failure here loses nothing that
            // was acknowledged, so it is not an error.
            let synced = fs::File::open(media_dir).and_then(|dir| dir.sync_all());
            if let Err(e) = synced {
                log::debug!(
                    "the folder could not be synced after a photo was stored ({e}): {}",
                    media_dir.display()
                );
            }
            Ok(Written::New)
        }
        Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Ok(Written::AlreadyThere)
        }
        Err(err) => Err(fail(err.error)),
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
