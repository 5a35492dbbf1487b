//! What can go wrong while exporting a kit as PDF, in plain words with the way out.

use std::path::PathBuf;
use thiserror::Error;

/// An export that could not produce a PDF. No file is left behind when one of these
/// is returned.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The creator cancelled the export; nothing was written.
    #[error("the export was cancelled; no file was written")]
    Cancelled,
    /// A bundled font could not be read or parsed: a broken build, not the user's doing.
    #[error(
        "the font {face} could not be loaded ({detail}); this build of Pitchkit is broken, \
         please report it"
    )]
    Font {
        /// Which face.
        face: String,
        /// What went wrong.
        detail: String,
    },
    /// The layout produced no pages (every section hidden).
    #[error(
        "the kit has no pages: every section is hidden; show at least one section in the kit settings"
    )]
    NoPages,
    /// Even with every photo at its smallest the PDF stays over the size budget.
    #[error(
        "the kit cannot be made smaller than {smallest} even with every photo reduced, \
         over the {budget} budget; raise the size limit (--max-size) or use fewer photos"
    )]
    OverBudget {
        /// The smallest size reached, formatted ("6.2 MB").
        smallest: String,
        /// The budget, formatted.
        budget: String,
    },
    /// The kit without any photo is already over the size budget.
    #[error(
        "the kit is {without_photos} even without its photos (text, fonts and charts), \
         over the {budget} budget; raise the size limit (--max-size)"
    )]
    OverBudgetWithoutPhotos {
        /// The size of the kit with no photos, formatted ("310 KB").
        without_photos: String,
        /// The budget, formatted.
        budget: String,
    },
    /// The size limit given makes no sense (zero, negative, not a number).
    #[error("the size limit must be a positive number of megabytes, like 5 or 2.5 (got {given})")]
    BadSizeLimit {
        /// What was given.
        given: String,
    },
    /// An unknown theme name.
    #[error(
        "there is no theme called “{given}”; choose one of: clean-light, bold-dark, warm-editorial"
    )]
    UnknownTheme {
        /// What was given.
        given: String,
    },
    /// An unknown page size.
    #[error("there is no page size called “{given}”; choose a4 or letter")]
    UnknownPageSize {
        /// What was given.
        given: String,
    },
    /// The kit could not be laid out.
    #[error(transparent)]
    Layout(#[from] crate::kit::layout::LayoutError),
    /// The embedded benchmark table is broken.
    #[error(transparent)]
    Benchmarks(#[from] crate::analytics::BenchmarkError),
    /// The project could not be opened.
    #[error(transparent)]
    Project(#[from] crate::storage::StorageError),
    /// The embedded demo project could not be read.
    #[error(transparent)]
    Sample(#[from] crate::sample::SampleError),
    /// The folder the PDF should go into does not exist.
    #[error("the folder for the PDF does not exist; create it or choose another place: {}", path.display())]
    NoSuchFolder {
        /// The missing folder.
        path: PathBuf,
    },
    /// Writing the PDF failed (permissions, full disk…).
    #[error(
        "could not write the PDF ({source}); check that the folder is writable and has free \
         space: {}",
        path.display()
    )]
    Write {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}
