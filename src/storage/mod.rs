//! Project bundles on disk: open, save atomically, back up, migrate, validate.
//!
//! A project is a folder `NAME.pitchkit/` holding:
//!
//! - `project.json`: the whole [`Project`](crate::model::Project) as pretty JSON, with
//!   `schema_version` and `schema_minor`; replaced atomically on every save;
//! - `media/`: images named by content hash, written by the media import (storage only
//!   creates the folder and never deletes anything in it);
//! - `backups/`: the last [`BACKUPS_KEPT`] versions of `project.json`, named
//!   `project-NNNNNN.json` with a rising sequence number;
//! - `.pitchkit.lock`: present while a window edits the bundle ([`lock`]); not part of
//!   the project.
//!
//! Opening never writes `project.json`: a file that fails to parse is reported (what,
//! where, then the path) and left exactly as it was. [`save_checked`] refuses to
//! overwrite a `project.json` that another program changed since it was opened
//! ([`DiskStamp`]).
//!
//! Also what the computer says of its user: the app's data folder ([`recent`]) and
//! the locale with the paper a new project starts on ([`locale`]).

pub mod atomic;
pub mod autosave;
mod backup;
mod bundle;
mod error;
pub mod locale;
pub mod lock;
pub mod migrate;
mod parse;
pub mod recent;
mod stamp;
mod validate;

pub use atomic::{AtomicError, AtomicOptions, write_atomic};
pub use autosave::{AutosaveError, AutosaveSession, Debounce, Recovery, recoverable};
pub use backup::backups;
pub use bundle::{
    create_new, create_new_stamped, disk_stamp, media_dir, open, open_stamped, project_file, save,
    save_checked,
};
pub use error::StorageError;
pub use locale::{system_locale, system_paper};
pub use lock::{BundleLock, LockError, LockHolder};
pub use parse::{MAX_PROJECT_FILE_BYTES, parse_project, to_json};
pub use recent::{RecentProjects, app_data_dir};
pub use stamp::DiskStamp;
pub use validate::{ValidationIssue, validate};

/// The project file's name inside a bundle.
pub const PROJECT_FILE: &str = "project.json";

/// The folder of imported images inside a bundle.
pub const MEDIA_DIR: &str = "media";

/// The folder of earlier versions of `project.json` inside a bundle.
pub const BACKUP_DIR: &str = "backups";

/// How many earlier versions `backups/` keeps.
pub const BACKUPS_KEPT: usize = 5;

/// The extension of a bundle folder's name (`NAME.pitchkit`).
pub const BUNDLE_EXTENSION: &str = "pitchkit";

/// How temporary files of a save in progress start (`.project.json.tmp-XXXXXX`); any
/// left by a save that was killed are removed by the next open or save (never one
/// that another running Pitchkit is still writing).
pub const TEMP_PREFIX: &str = ".project.json.tmp-";
