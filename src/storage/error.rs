//! `StorageError`: everything that can go wrong opening or saving a project, in plain words.

use std::io;
use std::path::PathBuf;
use thiserror::Error;

/// What the creator can do about a project file that could not be read; said after
/// every parse error (the file itself is never changed by a failed open).
const LEFT_UNTOUCHED: &str = "The file was left untouched: correct it in a text editor, \
or restore an earlier version from the backups folder";

/// An error opening, saving or parsing a project bundle.
///
/// Every message names the file or folder last, after a colon, and says what to do.
#[derive(Debug, Error)]
pub enum StorageError {
    /// A file-system operation failed.
    #[error("{action} ({source}): {}", path.display())]
    Io {
        /// What Pitchkit was doing, e.g. "Could not read project.json".
        action: &'static str,
        /// The operating system's error.
        source: io::Error,
        /// The file or folder involved.
        path: PathBuf,
    },

    /// The folder to open does not exist.
    #[error(
        "There is no project here: the folder does not exist. Check the name, or create a \
         new project: {}",
        path.display()
    )]
    NotFound {
        /// The bundle folder asked for.
        path: PathBuf,
    },

    /// The path to open is a file, not a bundle folder.
    #[error(
        "This is a file, not a Pitchkit project folder. Open the folder whose name ends \
         in .pitchkit: {}",
        path.display()
    )]
    NotAFolder {
        /// The path asked for.
        path: PathBuf,
    },

    /// The folder exists but holds no `project.json`.
    #[error(
        "This folder is not a Pitchkit project: it has no project.json. Open the folder \
         whose name ends in .pitchkit: {}",
        path.display()
    )]
    NotABundle {
        /// The bundle folder asked for.
        path: PathBuf,
    },

    /// `create_new` was asked to create a bundle where something already exists.
    #[error(
        "Something with this name already exists, so no new project was created there. \
         Choose another name, or open the existing project: {}",
        path.display()
    )]
    AlreadyExists {
        /// The folder that already exists.
        path: PathBuf,
    },

    /// The project file is larger than any real project; it was not read.
    #[error(
        "project.json is {} bytes, more than the {} bytes ({} MiB) a project file may \
         have, so it was not opened. A real project is far smaller: check that this is the \
         right folder: {}",
        crate::format::grouped(*size_bytes),
        crate::format::grouped(*limit_bytes),
        limit_bytes / (1024 * 1024),
        path.display()
    )]
    TooLarge {
        /// The file's size.
        size_bytes: u64,
        /// The largest size accepted.
        limit_bytes: u64,
        /// The project file.
        path: PathBuf,
    },

    /// The file is not JSON at all (truncated, binary, a stray character).
    #[error(
        "project.json is not valid JSON: {detail} at line {line}, column {column}. \
         {LEFT_UNTOUCHED}: {}",
        path.display()
    )]
    InvalidJson {
        /// What the JSON reader found wrong, e.g. "expected `,` or `}`".
        detail: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// The project file.
        path: PathBuf,
    },

    /// The file is JSON but not an object (an array, a string…).
    #[error(
        "project.json does not hold a Pitchkit project: it should be a JSON object \
         (starting with `{{`) but holds {found}. {LEFT_UNTOUCHED}: {}",
        path.display()
    )]
    NotAProject {
        /// What it holds instead, e.g. "an array".
        found: &'static str,
        /// The project file.
        path: PathBuf,
    },

    /// `schema_version` is missing or not a whole number.
    #[error(
        "project.json {problem}, so Pitchkit cannot tell which format it is in. It should \
         say \"schema_version\": {current}. {LEFT_UNTOUCHED}: {path}",
        current = crate::model::SCHEMA_VERSION,
        path = path.display()
    )]
    BadSchemaVersion {
        /// What is wrong, e.g. "has no schema_version" or "has schema_version \"two\"".
        problem: String,
        /// The project file.
        path: PathBuf,
    },

    /// The file was written by a newer major version of Pitchkit.
    #[error(
        "project.json was made by a newer Pitchkit (file format {found_version}.{found_minor}; \
         this Pitchkit reads formats 1 to {supported_version}). Update Pitchkit to open it; \
         the file was left untouched: {}",
        path.display()
    )]
    NewerVersion {
        /// The file's `schema_version`.
        found_version: u64,
        /// The file's `schema_minor` (0 when absent).
        found_minor: u64,
        /// The newest major version this build reads.
        supported_version: u32,
        /// The project file.
        path: PathBuf,
    },

    /// An old-format file could not be converted to the current format.
    #[error(
        "project.json is in the old format {from_version} and could not be converted: \
         {detail}. {LEFT_UNTOUCHED}: {}",
        path.display()
    )]
    Migration {
        /// The file's `schema_version`.
        from_version: u64,
        /// What is missing or wrong.
        detail: String,
        /// The project file.
        path: PathBuf,
    },

    /// The JSON is well formed but a value has the wrong type or range.
    #[error(
        "project.json has a value Pitchkit cannot read at {field}: {detail}{}. \
         {LEFT_UNTOUCHED}: {}",
        position_text(*position),
        path.display()
    )]
    InvalidValue {
        /// Where in the project, e.g. "platforms[0].posts[2].likes".
        field: String,
        /// What is wrong, e.g. "invalid value: integer `-5`, expected a whole number of 0 or more".
        detail: String,
        /// Line and column in the file, when known (not for converted old files).
        position: Option<(usize, usize)>,
        /// The project file.
        path: PathBuf,
    },

    /// `save_checked` found `project.json` changed since it was opened or last saved
    /// (by a sync tool, a text editor, another Pitchkit), and left it as it is.
    #[error(
        "project.json was changed by another program since you opened it, so your \
         changes were not saved over it. Save under another name to keep both, or reopen \
         the project to see the other version: {}",
        path.display()
    )]
    ChangedOnDisk {
        /// The project file.
        path: PathBuf,
    },

    /// The project could not be turned into JSON (a bug: every model type serialises).
    #[error("Pitchkit could not write the project as JSON ({0}); nothing was saved")]
    Serialize(#[source] serde_json::Error),
}

fn position_text(position: Option<(usize, usize)>) -> String {
    match position {
        Some((line, column)) => format!(" (line {line}, column {column})"),
        None => " (in the file as converted from the old format)".to_owned(),
    }
}

impl StorageError {
    /// An I/O error with what Pitchkit was doing and the path involved.
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Io {
            action,
            source,
            path: path.into(),
        }
    }
}
