//! One editor per bundle: a window holds a [`BundleLock`] while it edits a project, and a
//! second window (of this or another Pitchkit process) asking for the same bundle is
//! told who has it.
//!
//! The lock is the file [`LOCK_FILE`] in the bundle, held with an OS file lock
//! ([`File::try_lock`]) and holding the holder's process, computer and start time as
//! JSON. The OS lock is what counts: the operating system releases it when a process
//! ends in any way, so a lock file left by a crash (its OS lock free, its JSON naming
//! the dead process) is stale and taken over ([`BundleLock::took_over`] says whose it
//! was). A process id in the file is never checked for being alive: ids are reused,
//! and a live process with that id that held the lock would hold the OS lock too.
//!
//! The lock belongs to the open file, not the process: a second `acquire` in the same
//! process is refused like one from another process. Where the file system offers no
//! locks at all (some network drives), the lock cannot be enforced and `acquire`
//! succeeds. On Windows a locked file cannot be read by others, so the holder there is
//! reported as unknown.
//!
//! The lock file is not part of the project: it never enters `project.json`, backups
//! or `media/`, and it is removed when the lock is released.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// The lock file's name inside a bundle.
pub const LOCK_FILE: &str = ".pitchkit.lock";

/// How many times `acquire` starts again when the lock file was removed under it
/// (its holder released it in that instant).
const ACQUIRE_ATTEMPTS: u32 = 20;

/// How long `acquire` waits for a holder that has just taken the lock to write who it
/// is, before calling it unknown.
const HOLDER_WAIT: Duration = Duration::from_millis(500);

/// Who holds a bundle lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The holder's process id (0 when unknown).
    pub pid: u32,
    /// The computer's name (empty when unknown).
    pub host: String,
    /// Since when, RFC 3339 in UTC (empty when unknown).
    pub since: String,
}

impl LockHolder {
    /// This process, on this computer, from `now`.
    pub fn this_process(now: OffsetDateTime) -> Self {
        Self {
            pid: std::process::id(),
            host: host_name(),
            since: now
                .to_offset(UtcOffset::UTC)
                .replace_nanosecond(0)
                .unwrap_or(now)
                .format(&Rfc3339)
                .unwrap_or_default(),
        }
    }

    /// A holder that could not say who it is.
    pub fn unknown() -> Self {
        Self {
            pid: 0,
            host: String::new(),
            since: String::new(),
        }
    }

    /// `since` as "2026-12-01 21:04 UTC", or as written when it is not RFC 3339.
    fn since_text(&self) -> String {
        OffsetDateTime::parse(&self.since, &Rfc3339)
            .ok()
            .map(|t| t.to_offset(UtcOffset::UTC))
            .map_or_else(
                || self.since.clone(),
                |t| {
                    format!(
                        "{}-{:02}-{:02} {:02}:{:02} UTC",
                        t.year(),
                        u8::from(t.month()),
                        t.day(),
                        t.hour(),
                        t.minute()
                    )
                },
            )
    }
}

impl fmt::Display for LockHolder {
    /// "Pitchkit (process 4321 on studio-laptop, since 2026-12-01 21:04 UTC)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pid == 0 {
            return write!(f, "another Pitchkit window (it could not say which)");
        }
        let host = if self.host.is_empty() {
            "an unknown computer"
        } else {
            &self.host
        };
        write!(f, "Pitchkit (process {} on {host}", self.pid)?;
        if !self.since.is_empty() {
            write!(f, ", since {}", self.since_text())?;
        }
        write!(f, ")")
    }
}

/// Why a bundle could not be locked for editing.
#[derive(Debug, Error)]
pub enum LockError {
    /// Another window has the project open.
    #[error(
        "This project is already open in {0}. Close it there first, or open a copy of it, \
         so that two windows never save over each other"
    )]
    Held(LockHolder),
    /// The lock file could not be made, read or written.
    #[error("Could not lock the project for editing ({source}): {}", path.display())]
    Io {
        /// The operating system's error.
        source: io::Error,
        /// The lock file.
        path: PathBuf,
    },
}

/// Held while a window edits a bundle; released when dropped (the lock file is
/// removed).
#[derive(Debug)]
pub struct BundleLock {
    file: File,
    path: PathBuf,
    holder: LockHolder,
    took_over: Option<LockHolder>,
}

impl BundleLock {
    /// Locks `bundle` (an existing bundle folder) for this process, or says who holds it.
    pub fn acquire(bundle: &Path) -> Result<Self, LockError> {
        let path = bundle.join(LOCK_FILE);
        let io_error = |source| LockError::Io {
            source,
            path: path.clone(),
        };
        for _ in 0..ACQUIRE_ATTEMPTS {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(io_error)?;
            match file.try_lock() {
                Ok(()) | Err(TryLockError::Error(_)) => {}
                Err(TryLockError::WouldBlock) if still_in_place(&file, &path) => {
                    return Err(LockError::Held(wait_for_holder(&file)));
                }
                // Its holder released and removed it in this instant: start again.
                Err(TryLockError::WouldBlock) => continue,
            }
            if !still_in_place(&file, &path) {
                continue;
            }
            let took_over = read_holder(&file);
            let holder = LockHolder::this_process(OffsetDateTime::now_utc());
            write_holder(&file, &holder).map_err(io_error)?;
            return Ok(Self {
                file,
                path,
                holder,
                took_over,
            });
        }
        Err(io_error(io::Error::other(
            "the lock file kept being removed while Pitchkit tried to take it",
        )))
    }

    /// Who holds the lock: this process.
    pub fn holder(&self) -> &LockHolder {
        &self.holder
    }

    /// The holder named in a lock file left behind by a process that ended without
    /// releasing it (a crash), which this lock replaced; `None` when the bundle was free.
    pub fn took_over(&self) -> Option<&LockHolder> {
        self.took_over.as_ref()
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for BundleLock {
    fn drop(&mut self) {
        // Best effort. Removed while still locked: a process that opened the file
        // before and locks it after this finds it gone and makes a new one.
        let _ = self.file.set_len(0);
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Whether `path` still leads to the file `file` has open.
#[cfg(unix)]
fn still_in_place(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (fs::metadata(path), file.metadata()) {
        (Ok(named), Ok(held)) => named.dev() == held.dev() && named.ino() == held.ino(),
        _ => false,
    }
}

/// Whether `path` still leads to a file.
#[cfg(not(unix))]
fn still_in_place(_file: &File, path: &Path) -> bool {
    path.is_file()
}

/// The holder named in the lock file, if it names one.
fn read_holder(mut file: &File) -> Option<LockHolder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}

/// The holder of a lock held by someone else; one that has only just taken it may not
/// have written its name yet.
fn wait_for_holder(file: &File) -> LockHolder {
    let step = Duration::from_millis(20);
    let mut waited = Duration::ZERO;
    loop {
        if let Some(holder) = read_holder(file) {
            return holder;
        }
        if waited >= HOLDER_WAIT {
            return LockHolder::unknown();
        }
        std::thread::sleep(step);
        waited += step;
    }
}

fn write_holder(mut file: &File, holder: &LockHolder) -> io::Result<()> {
    let text = serde_json::to_vec_pretty(holder).map_err(io::Error::other)?;
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(&text)?;
    file.write_all(b"\n")?;
    file.sync_data()
}

/// This computer's name: the kernel's (Linux), else `HOSTNAME` or `COMPUTERNAME`
/// (Windows), else "this computer".
pub fn host_name() -> String {
    let from_kernel = fs::read_to_string("/proc/sys/kernel/hostname").ok();
    let from_env = || {
        std::env::var("HOSTNAME")
            .or_else(|_| std::env::var("COMPUTERNAME"))
            .ok()
    };
    from_kernel
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .or_else(|| from_env().map(|name| name.trim().to_owned()))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}
