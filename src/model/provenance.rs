//! Where a group of figures came from and when it was true.

use serde::{Deserialize, Serialize};
use time::Date;

/// How a figure group entered the project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Source {
    /// Typed by the creator.
    #[default]
    Typed,
    /// Imported from a file; `file` is the file's name (never a full path).
    Imported {
        /// The imported file's name, without its folder.
        file: String,
    },
    /// Computed by Pitchkit from other figures.
    Computed,
}

/// Provenance of a figure group: its source and the date it was true.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Typed, imported or computed.
    #[serde(default)]
    pub source: Source,
    /// The date the figures were read off the platform.
    pub as_of: Date,
}

impl Provenance {
    /// Figures typed by hand, true on `as_of`.
    pub fn typed(as_of: Date) -> Self {
        Self {
            source: Source::Typed,
            as_of,
        }
    }

    /// A short human description, e.g. "typed by hand, as of 12 Mar 2026".
    pub fn describe(&self) -> String {
        let what = match &self.source {
            Source::Typed => "typed by hand".to_owned(),
            Source::Imported { file } => format!("imported from {file}"),
            Source::Computed => "computed by Pitchkit".to_owned(),
        };
        format!("{what}, as of {}", crate::format::date(self.as_of))
    }
}
