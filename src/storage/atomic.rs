//! Replacing a file whole: write a temporary file in the same folder, flush it to disk,
//! rename it over the target, flush the folder. A crash or kill at any moment leaves
//! the old file or the new one, never half of one.
//!
//! Every writer holds an OS lock on its temporary file from the moment it exists until
//! it is renamed into place, so [`remove_abandoned_temp_files`] can tell the leftovers
//! of a write that was killed (nobody holds their lock: the operating system released
//! it with the dead process) from the temporary file another running Pitchkit is
//! still writing (locked: left alone). Where the file system offers no locks, a
//! leftover is removed only once it is older than [`ABANDONED_AFTER`].

use std::fs::{self, File, TryLockError};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tempfile::NamedTempFile;
use thiserror::Error;

/// Where locks cannot be checked, how old a temporary file must be before it is taken
/// for the leftover of an interrupted write (no save takes anywhere near this long).
pub const ABANDONED_AFTER: Duration = Duration::from_secs(10 * 60);

/// How many times a temporary file is made again when it vanished before its writer
/// could lock it (another process tidied it away in that instant).
const CLAIM_ATTEMPTS: u32 = 16;

/// The permissions the new file gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewPermissions {
    /// Private to its owner (a temporary file's own permissions, 0600 on Unix).
    Private,
    /// Those of the file being replaced (best effort), else private.
    KeepPrevious,
    /// An ordinary file others may read: 0644 on Unix, less what the umask removes.
    Readable,
}

/// What to do when the target already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace it.
    Overwrite,
    /// Leave it and fail with [`AtomicError::AlreadyExists`].
    KeepExisting,
}

/// Whether a failure to flush the folder (to make the rename durable) is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderSync {
    /// The write fails with [`AtomicError::SyncFolder`] (the new file is in place).
    Required,
    /// Tried, and a failure ignored: the new file is in place either way.
    BestEffort,
}

/// How [`write_atomic`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtomicOptions<'a> {
    /// How the temporary file's name starts (e.g. `.project.json.tmp-`); the cleanup
    /// of leftovers looks for it.
    pub temp_prefix: &'a str,
    /// How the temporary file's name ends (often empty).
    pub temp_suffix: &'a str,
    /// The new file's permissions.
    pub permissions: NewPermissions,
    /// Replace an existing target or not.
    pub replace: Replace,
    /// Whether flushing the folder must succeed.
    pub folder_sync: FolderSync,
}

impl<'a> AtomicOptions<'a> {
    /// Temporary files named `temp_prefix…`; a private file that overwrites the
    /// target; the folder flushed on a best-effort basis.
    pub const fn new(temp_prefix: &'a str) -> Self {
        Self {
            temp_prefix,
            temp_suffix: "",
            permissions: NewPermissions::Private,
            replace: Replace::Overwrite,
            folder_sync: FolderSync::BestEffort,
        }
    }

    /// With the temporary file's name ending in `temp_suffix`.
    #[must_use]
    pub const fn temp_suffix(mut self, temp_suffix: &'a str) -> Self {
        self.temp_suffix = temp_suffix;
        self
    }

    /// With these permissions for the new file.
    #[must_use]
    pub const fn permissions(mut self, permissions: NewPermissions) -> Self {
        self.permissions = permissions;
        self
    }

    /// With this rule for an existing target.
    #[must_use]
    pub const fn replace(mut self, replace: Replace) -> Self {
        self.replace = replace;
        self
    }

    /// With this rule for flushing the folder.
    #[must_use]
    pub const fn folder_sync(mut self, folder_sync: FolderSync) -> Self {
        self.folder_sync = folder_sync;
        self
    }
}

/// Which step of an atomic write failed. Until [`AtomicError::SyncFolder`], the target
/// is exactly as it was.
#[derive(Debug, Error)]
pub enum AtomicError {
    /// No temporary file could be made in the target's folder.
    #[error("could not make a temporary file ({source}): {}", folder.display())]
    TempFile {
        /// The operating system's error.
        source: io::Error,
        /// The target's folder.
        folder: PathBuf,
    },
    /// Writing or flushing the temporary file failed.
    #[error("could not write ({source}): {}", path.display())]
    Write {
        /// The operating system's error.
        source: io::Error,
        /// The target.
        path: PathBuf,
    },
    /// The temporary file could not be renamed over the target.
    #[error("could not put the new file in place ({source}): {}", path.display())]
    Rename {
        /// The operating system's error.
        source: io::Error,
        /// The target.
        path: PathBuf,
    },
    /// [`Replace::KeepExisting`] and the target exists; it was left alone.
    #[error("the file already exists: {}", path.display())]
    AlreadyExists {
        /// The target.
        path: PathBuf,
    },
    /// The new file is in place but the folder could not be flushed to disk.
    #[error("could not flush the folder to disk ({source}): {}", folder.display())]
    SyncFolder {
        /// The operating system's error.
        source: io::Error,
        /// The target's folder.
        folder: PathBuf,
    },
}

impl AtomicError {
    /// The operating system's error (`AlreadyExists` for [`AtomicError::AlreadyExists`]),
    /// for callers that report plain I/O errors.
    pub fn into_io(self) -> io::Error {
        match self {
            Self::TempFile { source, .. }
            | Self::Write { source, .. }
            | Self::Rename { source, .. }
            | Self::SyncFolder { source, .. } => source,
            Self::AlreadyExists { path } => io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} already exists", path.display()),
            ),
        }
    }
}

/// Writes `bytes` as `path`, whole or not at all (see the module documentation). The
/// folder must exist.
pub fn write_atomic(path: &Path, bytes: &[u8], options: &AtomicOptions) -> Result<(), AtomicError> {
    stage(path, bytes, options)?.commit()
}

/// A new version written and flushed to a temporary file beside its target, not yet in
/// place. [`StagedWrite::commit`] puts it in place; dropping it removes the temporary
/// file and leaves the target as it was.
#[derive(Debug)]
pub struct StagedWrite {
    temp: NamedTempFile,
    target: PathBuf,
    folder: PathBuf,
    replace: Replace,
    folder_sync: FolderSync,
}

/// The first half of [`write_atomic`]: writes `bytes` to a locked temporary file in
/// `path`'s folder and flushes it, leaving `path` untouched, so the caller can do what
/// must happen between (keep a backup, check the target once more).
pub fn stage(
    path: &Path,
    bytes: &[u8],
    options: &AtomicOptions,
) -> Result<StagedWrite, AtomicError> {
    let folder = folder_of(path);
    let mut temp = claimed_temp_file(&folder, options)?;
    if options.permissions == NewPermissions::KeepPrevious
        && let Ok(previous) = fs::metadata(path)
    {
        // Best effort: a file that keeps the default permissions is still saved.
        let _ = temp.as_file().set_permissions(previous.permissions());
    }
    let failed = |source| AtomicError::Write {
        source,
        path: path.to_path_buf(),
    };
    temp.write_all(bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    Ok(StagedWrite {
        temp,
        target: path.to_path_buf(),
        folder,
        replace: options.replace,
        folder_sync: options.folder_sync,
    })
}

impl StagedWrite {
    /// The temporary file holding the new version.
    pub fn temp_path(&self) -> &Path {
        self.temp.path()
    }

    /// Renames the temporary file over the target and flushes the folder.
    pub fn commit(self) -> Result<(), AtomicError> {
        let Self {
            temp,
            target,
            folder,
            replace,
            folder_sync,
        } = self;
        // Windows locks keep others from reading a locked file: let go before the new
        // file takes the target's name. (On Unix the lock is kept to the end, so the
        // temporary file is never taken for a leftover.)
        #[cfg(windows)]
        let _ = temp.as_file().unlock();
        let renamed = match replace {
            Replace::Overwrite => temp.persist(&target),
            Replace::KeepExisting => temp.persist_noclobber(&target),
        };
        match renamed {
            Ok(_) => {}
            Err(e)
                if replace == Replace::KeepExisting
                    && e.error.kind() == io::ErrorKind::AlreadyExists =>
            {
                return Err(AtomicError::AlreadyExists { path: target });
            }
            Err(e) => {
                return Err(AtomicError::Rename {
                    source: e.error,
                    path: target,
                });
            }
        }
        match (sync_dir(&folder), folder_sync) {
            (Err(source), FolderSync::Required) => Err(AtomicError::SyncFolder { source, folder }),
            _ => Ok(()),
        }
    }
}

/// The folder a file lives in (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A new temporary file in `folder`, locked by this process and still in the folder
/// once locked (a cleanup removes only unlocked files, and only while holding their
/// lock, so a file still there after locking is safe from it).
fn claimed_temp_file(folder: &Path, options: &AtomicOptions) -> Result<NamedTempFile, AtomicError> {
    let failed = |source| AtomicError::TempFile {
        source,
        folder: folder.to_path_buf(),
    };
    for _ in 0..CLAIM_ATTEMPTS {
        let mut builder = tempfile::Builder::new();
        builder
            .prefix(options.temp_prefix)
            .suffix(options.temp_suffix);
        #[cfg(unix)]
        if options.permissions == NewPermissions::Readable {
            use std::os::unix::fs::PermissionsExt as _;
            builder.permissions(fs::Permissions::from_mode(0o644));
        }
        let temp = builder.tempfile_in(folder).map_err(failed)?;
        // A file system without locks: the age rule protects the file instead.
        if temp.as_file().lock().is_err() || still_in_place(&temp) {
            return Ok(temp);
        }
    }
    Err(failed(io::Error::other(
        "each temporary file vanished as soon as it was made",
    )))
}

/// Whether the temporary file's name still leads to the file this process holds.
#[cfg(unix)]
fn still_in_place(temp: &NamedTempFile) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (fs::metadata(temp.path()), temp.as_file().metadata()) {
        (Ok(named), Ok(held)) => named.dev() == held.dev() && named.ino() == held.ino(),
        _ => false,
    }
}

/// Whether the temporary file's name still leads to a file.
#[cfg(not(unix))]
fn still_in_place(temp: &NamedTempFile) -> bool {
    temp.path().is_file()
}

/// Removes the files in `folder` whose names start with `prefix` and that no running
/// writer holds: left by a write that was killed or crashed. A file another process is
/// writing right now is locked and left alone; where locks cannot be checked, only a
/// file older than [`ABANDONED_AFTER`] is removed. Best effort: a folder that cannot
/// be listed, or a file that cannot be removed, is left as it is.
pub fn remove_abandoned_temp_files(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let is_temp = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(prefix));
        if is_temp && entry.file_type().is_ok_and(|t| t.is_file()) {
            remove_if_abandoned(&entry.path());
        }
    }
}

fn remove_if_abandoned(path: &Path) {
    let file = File::open(path);
    let abandoned = match file.as_ref().map(File::try_lock) {
        Ok(Ok(())) => true,
        Ok(Err(TryLockError::WouldBlock)) => false,
        Ok(Err(TryLockError::Error(_))) | Err(_) => is_older_than(path, ABANDONED_AFTER),
    };
    if abandoned {
        // Removed while this process holds its lock: a writer that made the file an
        // instant ago and locks it after this sees it gone and makes another.
        let _ = fs::remove_file(path);
    }
    drop(file);
}

/// Whether the file at `path` was last modified more than `age` ago (`false` when its
/// time cannot be read, or lies in the future).
pub fn is_older_than(path: &Path, age: Duration) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|modified| SystemTime::now().duration_since(modified).ok())
        .is_some_and(|elapsed| elapsed > age)
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
