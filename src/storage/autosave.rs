//! Autosave and crash recovery: debounced snapshots of the open project in the app's
//! data folder (never over the creator's own file), and finding the snapshots a
//! crashed or killed session left behind.
//!
//! Each running editor owns one session folder `autosave/session-<time>-<pid>/`,
//! holding `lock` (locked for as long as the session lives), `meta.json` (where the
//! project lives, when the snapshot was taken) and `project.json` (the snapshot,
//! written like a saved project). A clean exit removes the folder; a save removes
//! the snapshot. A folder whose lock nobody holds and that still has a snapshot was
//! left by a session that ended without saving: [`recoverable`] finds it.

use super::atomic::{AtomicOptions, write_atomic};
use super::parse::{parse_project, to_json};
use super::{PROJECT_FILE, StorageError};
use crate::model::Project;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use thiserror::Error;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The folder of session folders inside the app's data folder.
pub const AUTOSAVE_DIR: &str = "autosave";

/// How long after the last edit a snapshot is taken, unless told otherwise.
pub const DEFAULT_DELAY: Duration = Duration::from_secs(3);

const META_FILE: &str = "meta.json";
const LOCK_FILE: &str = "lock";
const SESSION_PREFIX: &str = "session-";

/// An autosave that could not be written or cleaned up. The creator's own project
/// file is never involved.
#[derive(Debug, Error)]
pub enum AutosaveError {
    /// A file-system operation in the autosave folder failed.
    #[error(
        "{action} ({source}). Your project file is not affected; save your work with \
         Save (Ctrl+S): {}",
        path.display()
    )]
    Io {
        /// What Pitchkit was doing, e.g. "Could not write the autosave".
        action: &'static str,
        /// The operating system's error.
        source: io::Error,
        /// The file or folder involved.
        path: PathBuf,
    },
    /// The project could not be turned into JSON.
    #[error("Could not autosave: {0}")]
    Storage(#[from] StorageError),
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> AutosaveError {
    let path = path.to_path_buf();
    move |source| AutosaveError::Io {
        action,
        source,
        path,
    }
}

/// What `meta.json` records about a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Meta {
    /// The bundle the project was opened from or saved to; `None` for a new or demo
    /// project never saved.
    #[serde(default)]
    bundle: Option<PathBuf>,
    /// When the snapshot was written (RFC 3339).
    written_at: String,
    /// The creator's display name, to name the snapshot in the restore prompt.
    #[serde(default)]
    display_name: String,
}

/// The running editor's autosave folder. Dropping it without [`AutosaveSession::finish`]
/// (a crash) leaves the snapshot for the next start.
#[derive(Debug)]
pub struct AutosaveSession {
    dir: PathBuf,
    /// Held locked while the session lives, so other editors leave the folder alone.
    _lock: File,
}

impl AutosaveSession {
    /// Starts a session folder under `data_dir/autosave/`.
    pub fn start(data_dir: &Path, now: OffsetDateTime) -> Result<Self, AutosaveError> {
        let root = data_dir.join(AUTOSAVE_DIR);
        fs::create_dir_all(&root)
            .map_err(io_error("Could not create the autosave folder", &root))?;
        let stamp = now.unix_timestamp_nanos();
        let pid = std::process::id();
        let mut attempt = 0u32;
        loop {
            let dir = root.join(format!("{SESSION_PREFIX}{stamp}-{pid}-{attempt}"));
            match fs::create_dir(&dir) {
                Ok(()) => {
                    let lock_path = dir.join(LOCK_FILE);
                    let lock = OpenOptions::new()
                        .create(true)
                        .truncate(false)
                        .write(true)
                        .open(&lock_path)
                        .map_err(io_error("Could not create the autosave lock", &lock_path))?;
                    // A lock the system refuses only weakens crash detection for
                    // this session; autosave still works.
                    let _ = lock.try_lock();
                    return Ok(Self { dir, _lock: lock });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(io_error("Could not create the autosave folder", &dir)(e)),
            }
        }
    }

    /// This session's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a snapshot of `project` (opened from `bundle`, if any), replacing the
    /// previous one atomically.
    pub fn write(
        &self,
        project: &Project,
        bundle: Option<&Path>,
        now: OffsetDateTime,
    ) -> Result<(), AutosaveError> {
        let bytes = to_json(project)?;
        write_atomically(&self.dir.join(PROJECT_FILE), &bytes)?;
        let meta = Meta {
            bundle: bundle.map(Path::to_path_buf),
            written_at: now.format(&Rfc3339).unwrap_or_default(),
            display_name: project.creator.display_name.clone(),
        };
        let meta_bytes = serde_json::to_vec_pretty(&meta)
            .map_err(|e| AutosaveError::Storage(StorageError::Serialize(e)))?;
        write_atomically(&self.dir.join(META_FILE), &meta_bytes)
    }

    /// Whether a snapshot is on disk.
    pub fn has_snapshot(&self) -> bool {
        self.dir.join(PROJECT_FILE).is_file()
    }

    /// Removes the snapshot (after a save, or when changes are discarded): nothing is
    /// left to recover.
    pub fn clear(&self) -> Result<(), AutosaveError> {
        for name in [PROJECT_FILE, META_FILE] {
            let path = self.dir.join(name);
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error("Could not remove the old autosave", &path)(e)),
            }
        }
        Ok(())
    }

    /// A clean exit: removes the session folder and everything in it.
    pub fn finish(self) -> Result<(), AutosaveError> {
        let dir = self.dir.clone();
        drop(self);
        fs::remove_dir_all(&dir).map_err(io_error("Could not remove the autosave folder", &dir))
    }
}

fn write_atomically(target: &Path, bytes: &[u8]) -> Result<(), AutosaveError> {
    write_atomic(target, bytes, &AtomicOptions::new(".autosave.tmp-"))
        .map_err(|e| io_error("Could not write the autosave", target)(e.into_io()))
}

/// A snapshot left by a session that ended without saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The session folder.
    pub dir: PathBuf,
    /// Where the project lived, if it had been saved.
    pub bundle: Option<PathBuf>,
    /// When the snapshot was written, if known.
    pub written_at: Option<OffsetDateTime>,
    /// The creator's name in the snapshot.
    pub display_name: String,
}

impl Recovery {
    /// Reads the snapshot (the same checks as opening a project; nothing is changed).
    pub fn load(&self) -> Result<Project, StorageError> {
        let path = self.dir.join(PROJECT_FILE);
        let bytes = fs::read(&path).map_err(|e| StorageError::Io {
            action: "Could not read the autosaved project",
            source: e,
            path: path.clone(),
        })?;
        parse_project(&bytes, &path)
    }

    /// Deletes the snapshot and its session folder.
    pub fn discard(&self) -> Result<(), AutosaveError> {
        fs::remove_dir_all(&self.dir)
            .map_err(io_error("Could not remove the autosave folder", &self.dir))
    }
}

/// Snapshots left by sessions that are no longer running, newest first. Folders of
/// ended sessions with no snapshot are removed on the way (best effort); folders of
/// running editors are left alone.
pub fn recoverable(data_dir: &Path) -> Vec<Recovery> {
    let root = data_dir.join(AUTOSAVE_DIR);
    let Ok(entries) = fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let dir = entry.path();
        let is_session = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(SESSION_PREFIX));
        if !is_session || !dir.is_dir() || is_alive(&dir) {
            continue;
        }
        if !dir.join(PROJECT_FILE).is_file() {
            let _ = fs::remove_dir_all(&dir);
            continue;
        }
        let meta: Option<Meta> = fs::read(dir.join(META_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        let (bundle, written_at, display_name) = match meta {
            Some(meta) => (
                meta.bundle,
                OffsetDateTime::parse(&meta.written_at, &Rfc3339).ok(),
                meta.display_name,
            ),
            None => (None, None, String::new()),
        };
        found.push(Recovery {
            dir,
            bundle,
            written_at,
            display_name,
        });
    }
    found.sort_by(|a, b| b.written_at.cmp(&a.written_at).then(a.dir.cmp(&b.dir)));
    found
}

/// True when a running editor holds the session's lock.
fn is_alive(dir: &Path) -> bool {
    let Ok(file) = OpenOptions::new().write(true).open(dir.join(LOCK_FILE)) else {
        // No lock file: a session killed while starting; nobody owns it.
        return false;
    };
    match file.try_lock() {
        Ok(()) => false,
        Err(std::fs::TryLockError::WouldBlock) => true,
        // Locks unsupported here: treat as ended so work is never lost.
        Err(std::fs::TryLockError::Error(_)) => false,
    }
}

/// Waits a little after the last edit before an autosave is due, so typing is not
/// interrupted by disk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Debounce {
    delay: Duration,
    pending_since: Option<Instant>,
}

impl Debounce {
    /// A debounce firing `delay` after the last edit.
    pub fn new(delay: Duration) -> Self {
        Self {
            delay,
            pending_since: None,
        }
    }

    /// Records an edit at `now` (restarts the wait).
    pub fn note_edit(&mut self, now: Instant) {
        self.pending_since = Some(now);
    }

    /// Forgets a pending autosave (e.g. the project was just saved).
    pub fn cancel(&mut self) {
        self.pending_since = None;
    }

    /// Whether an edit is waiting to be autosaved.
    pub fn is_pending(&self) -> bool {
        self.pending_since.is_some()
    }

    /// How long until the pending autosave is due (zero when due), if one is pending.
    pub fn time_left(&self, now: Instant) -> Option<Duration> {
        self.pending_since.map(|since| {
            self.delay
                .saturating_sub(now.saturating_duration_since(since))
        })
    }

    /// True (once) when the wait since the last edit is over.
    pub fn take_due(&mut self, now: Instant) -> bool {
        if self.time_left(now) == Some(Duration::ZERO) {
            self.pending_since = None;
            true
        } else {
            false
        }
    }
}

impl Default for Debounce {
    fn default() -> Self {
        Self::new(DEFAULT_DELAY)
    }
}
