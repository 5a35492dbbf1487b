//! Why a web kit could not be made or written.

use crate::kit::LayoutError;
use std::path::PathBuf;

/// Why a web kit could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// The kit has nothing to show.
    #[error(transparent)]
    Layout(#[from] LayoutError),
    /// `--base-url` is not a web address.
    #[error(
        "the page's address must be a web address starting with https:// or http://, such as https://example.com/kit/ (got “{given}”)"
    )]
    BadBaseUrl {
        /// What was given.
        given: String,
    },
    /// The folder to write into does not exist.
    #[error("the folder to write the web page in does not exist: {}", path.display())]
    NoSuchFolder {
        /// The folder.
        path: PathBuf,
    },
    /// Writing a file failed.
    #[error("could not write the web page ({source}); check that the folder is writable and has free space: {}", path.display())]
    Write {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}
