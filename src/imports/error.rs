//! Why an export file cannot be used at all, in plain words that say what to do (the
//! file's name last). Rows that cannot be read are not errors: they are listed as
//! [`super::RowProblem`]s beside what could be read.

use thiserror::Error;

/// A file Pitchkit cannot take anything from.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    /// Not an export Pitchkit knows.
    #[error(
        "Pitchkit does not recognise this file (its first columns are {first_cells}). Choose a CSV, JSON or zip exported from YouTube Studio, TikTok Studio, Meta Business Suite, Instagram or X, as downloaded: {name}"
    )]
    NotRecognised {
        /// The first header cells (or JSON keys), quoted and joined.
        first_cells: String,
        /// The file.
        name: String,
    },
    /// Recognised, but a column the reader needs is missing.
    #[error(
        "This {kind} has no “{column}” column; export it again with that column included: {name}"
    )]
    MissingColumn {
        /// The kind recognised.
        kind: &'static str,
        /// The column it needs.
        column: &'static str,
        /// The file.
        name: String,
    },
    /// Nothing in it.
    #[error("The file is empty; export it again for a period with data: {name}")]
    Empty {
        /// The file.
        name: String,
    },
    /// Not UTF-8 or UTF-16 text.
    #[error(
        "The file is not text Pitchkit can read (neither UTF-8 nor UTF-16); export it again, or save it as “CSV UTF-8”: {name}"
    )]
    Encoding {
        /// The file.
        name: String,
    },
    /// Larger than Pitchkit reads.
    #[error(
        "The file is {size_mb} MB, more than the {limit_mb} MB Pitchkit reads; export a shorter period or only the analytics: {name}"
    )]
    TooLarge {
        /// Its size, rounded up.
        size_mb: usize,
        /// The limit.
        limit_mb: usize,
        /// The file.
        name: String,
    },
    /// A zip that cannot be opened or read.
    #[error("The zip cannot be read ({reason}); download it again: {name}")]
    BadZip {
        /// What went wrong, from the zip reader.
        reason: String,
        /// The file.
        name: String,
    },
    /// A zip that unpacks to far more than it holds.
    #[error(
        "The zip would unpack to too much ({reason}); Pitchkit refuses it as a possible zip bomb. Unzip it yourself and import the export files inside: {name}"
    )]
    ZipBomb {
        /// Which limit it passed.
        reason: String,
        /// The file.
        name: String,
    },
    /// A zip entry whose path leaves the archive's folder.
    #[error(
        "The zip holds a path that leaves its folder (“{entry}”); Pitchkit refuses it. Download the export again from the platform: {name}"
    )]
    PathEscapes {
        /// The entry's path as written.
        entry: String,
        /// The file.
        name: String,
    },
    /// A zip with no export inside.
    #[error(
        "Nothing in the zip is an export Pitchkit reads (it holds {entries}); choose the zip the platform gave, or the CSV inside: {name}"
    )]
    NothingUsable {
        /// The entries, with why each was skipped.
        entries: String,
        /// The file.
        name: String,
    },
    /// JSON that cannot be read.
    #[error("The JSON cannot be read ({reason}); download it again: {name}")]
    BadJson {
        /// What the JSON reader said.
        reason: String,
        /// The file.
        name: String,
    },
}
