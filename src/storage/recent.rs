//! The list of recently opened projects (newest first), kept as `recent.json` in the
//! app's own data folder, and where that folder is.

use super::atomic::{AtomicError, AtomicOptions, write_atomic};
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

/// How many projects the list remembers.
pub const RECENT_KEPT: usize = 10;

/// The file name of the list inside the app's data folder.
pub const RECENT_FILE: &str = "recent.json";

/// The environment variable that moves the app's data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "PITCHKIT_DATA_DIR";

/// The folder where Pitchkit keeps its own files (recent projects, autosaves):
/// `$PITCHKIT_DATA_DIR` when set, else the platform's per-user data folder
/// (`$XDG_DATA_HOME/pitchkit` or `~/.local/share/pitchkit` on Linux,
/// `~/Library/Application Support/Pitchkit` on macOS, `%APPDATA%\Pitchkit` on
/// Windows). `None` when no home folder is known.
pub fn app_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(|d| PathBuf::from(d).join("Pitchkit"));
    }
    let home = std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library/Application Support/Pitchkit"));
    }
    match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(xdg) => Some(PathBuf::from(xdg).join("pitchkit")),
        None => home.map(|h| h.join(".local/share/pitchkit")),
    }
}

/// Recently opened project bundles, newest first, without duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RecentProjects {
    /// Bundle folders, newest first.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
}

impl RecentProjects {
    /// Reads the list from `file`; a missing or unreadable file is an empty list (the
    /// list is a convenience: losing it must never stop the app).
    pub fn load(file: &Path) -> Self {
        fs::read(file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Self>(&bytes).ok())
            .map(|mut list| {
                list.dedup_and_trim();
                list
            })
            .unwrap_or_default()
    }

    /// Writes the list to `file` atomically (temporary file, then rename), creating
    /// its folder.
    pub fn save(&self, file: &Path) -> std::io::Result<()> {
        let folder = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        fs::create_dir_all(folder)?;
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomic(file, &text, &AtomicOptions::new(".recent.json.tmp-"))
            .map_err(AtomicError::into_io)
    }

    /// Puts `path` first (moving it up if it was already listed).
    pub fn push(&mut self, path: &Path) {
        self.paths.retain(|p| p != path);
        self.paths.insert(0, path.to_path_buf());
        self.dedup_and_trim();
    }

    /// Forgets `path` (e.g. it no longer opens).
    pub fn remove(&mut self, path: &Path) {
        self.paths.retain(|p| p != path);
    }

    /// The newest entry, if any.
    pub fn last_opened(&self) -> Option<&Path> {
        self.paths.first().map(PathBuf::as_path)
    }

    fn dedup_and_trim(&mut self) {
        let mut seen: Vec<PathBuf> = Vec::with_capacity(self.paths.len());
        for path in self.paths.drain(..) {
            if !seen.contains(&path) {
                seen.push(path);
            }
        }
        seen.truncate(RECENT_KEPT);
        self.paths = seen;
    }
}
