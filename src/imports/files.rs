//! Export files read from disk, for the CLI and the editor alike: the bytes (with a size
//! cap before reading), the export's date from the file's modification time, and errors
//! that end with the file's path.

use super::{ExportFile, ImportError, read_export};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use time::{Date, OffsetDateTime};

/// The largest export file read (the platforms' own exports are far smaller).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file given to import could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be read from disk.
    #[error("could not read the file ({error}): {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        error: std::io::Error,
    },
    /// Larger than any analytics export.
    #[error(
        "the file is {size_mb} MB, larger than any analytics export ({max_mb} MB at most): \
         choose the CSV, JSON or zip the platform gave you: {path}"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in whole megabytes.
        size_mb: u64,
        /// The limit in megabytes.
        max_mb: u64,
    },
    /// Read, but not usable as an export (the message ends with the file's name).
    #[error("{error}")]
    Export {
        /// The file.
        path: PathBuf,
        /// Why.
        error: ImportError,
    },
}

/// One file read: what it gives and the day it was exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFile {
    /// What the file gives (several for a zip).
    pub files: Vec<ExportFile>,
    /// The day it was exported: the file's modification date, else `today`.
    pub exported_on: Date,
}

/// Reads the export at `path`; `today` dates it when the file has no modification time.
pub fn read_export_file(path: &Path, today: Date) -> Result<ReadFile, FileError> {
    let io = |error| FileError::Io {
        path: path.to_owned(),
        error,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            size_mb: meta.len().div_ceil(1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let exported_on = meta
        .modified()
        .ok()
        .map(|t| OffsetDateTime::from(t).date())
        .filter(|d| *d <= today)
        .unwrap_or(today);
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let files = read_export(&name, &bytes, exported_on).map_err(|error| FileError::Export {
        path: path.to_owned(),
        error,
    })?;
    Ok(ReadFile { files, exported_on })
}
