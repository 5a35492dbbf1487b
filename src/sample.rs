//! The embedded demo project: a believable creator the app opens on first run.
//!
//! "Maya Okafor — Orbit & Oat" explains space science over morning coffee on
//! Instagram, TikTok and YouTube. The figures are fictional but realistic; the photos
//! are public-domain or CC0 (see `assets/sample/media/LICENSES.md`). Everything is
//! compiled into the binary, so `pitchkit demo PATH` works anywhere.

use crate::model::Project;
use std::fs;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The demo's `project.json`, exactly as written into a new bundle.
pub const DEMO_PROJECT_JSON: &str = include_str!("../assets/sample/demo.pitchkit/project.json");

/// The licences of the demo photos, written as `media/LICENSES.md` beside them.
pub const DEMO_MEDIA_LICENSES: &str = include_str!("../assets/sample/media/LICENSES.md");

/// The as-of date of the demo's figures (15 Nov 2026).
pub const DEMO_AS_OF: time::Date =
    match time::Date::from_calendar_date(2026, time::Month::November, 15) {
        Ok(date) => date,
        Err(_) => panic!("15 Nov 2026 is a date"),
    };

/// Declares the media files once: name and embedded bytes stay in step.
macro_rules! media {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_bytes!(concat!("../assets/sample/media/", $name)) as &[u8])),*]
    };
}

static DEMO_MEDIA: [(&str, &[u8]); 6] = media![
    "def50652a6ebef55606c3f4ab3987f6179048d6a451d068697c8004bcf0b5054.png",
    "95feec27e594e079eac88a697d335bf5721baf8af25509e04d0ca89dac3a2b87.jpg",
    "b417872c4dd5dd9ce9a7b541ea17fc32adf0f2e93858fcd032f188abb44aa640.jpg",
    "795aeec2fc718327787725c50a83b830cb4893a34271c7765b6334cb94c32d5a.png",
    "d0207597808053d54b708c33ed566e32f63b2e4cde30dc628c1272d4557829c2.png",
    "bb9610abeb8250874b6f587bdf03302241e3f760169d9184a0a2e6109f46911e.png",
];

/// What can go wrong with the demo project.
#[derive(Debug, Error)]
pub enum SampleError {
    /// The embedded JSON does not parse: a broken build, not the user's doing.
    #[error(
        "the built-in demo project could not be read ({0}); \
         this build of Pitchkit is broken, please report it"
    )]
    Parse(#[source] serde_json::Error),
    /// Something already exists where the demo should go.
    #[error(
        "a file or folder already exists there and will not be overwritten; \
         choose a new name for the demo project: {}",
        path.display()
    )]
    Exists {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// Writing failed (permissions, full disk, missing parent…).
    #[error(
        "could not write the demo project ({source}); \
         check that the folder is writable and has free space: {}",
        path.display()
    )]
    Io {
        /// The file or folder being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// The demo project, parsed from the embedded `project.json`.
pub fn demo_project() -> Result<Project, SampleError> {
    serde_json::from_str(DEMO_PROJECT_JSON).map_err(SampleError::Parse)
}

/// The demo's media files: (file name inside `media/`, bytes). Names are the
/// SHA-256 of the bytes plus the extension, as the image pipeline names them.
pub fn demo_media() -> &'static [(&'static str, &'static [u8])] {
    &DEMO_MEDIA
}

/// Writes the demo as a new project bundle at `bundle` (a folder, typically
/// `NAME.pitchkit`): `project.json` (the embedded bytes verbatim) and `media/` with
/// the photos and their `LICENSES.md`. Missing parent folders are created.
///
/// Refuses if anything exists at `bundle` and leaves it untouched. The bundle is
/// assembled in a hidden temporary folder beside it and renamed into place, so a
/// failure never leaves a half-written bundle behind.
pub fn write_demo(bundle: &Path) -> Result<(), SampleError> {
    let exists = |path: &Path| fs::symlink_metadata(path).is_ok();
    if exists(bundle) {
        return Err(SampleError::Exists {
            path: bundle.to_path_buf(),
        });
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SampleError::Io { path, source }
    };
    let parent = match bundle.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io(&parent))?;
    let temp = tempfile::Builder::new()
        .prefix(".pitchkit-demo-")
        .tempdir_in(&parent)
        .map_err(io(&parent))?;

    let project_file = temp.path().join("project.json");
    fs::write(&project_file, DEMO_PROJECT_JSON).map_err(io(bundle))?;
    let media = temp.path().join("media");
    fs::create_dir(&media).map_err(io(bundle))?;
    for (name, bytes) in demo_media() {
        fs::write(media.join(name), bytes).map_err(io(bundle))?;
    }
    fs::write(media.join("LICENSES.md"), DEMO_MEDIA_LICENSES).map_err(io(bundle))?;

    // Checked again just before the rename: renaming onto an empty folder would replace it.
    if exists(bundle) {
        return Err(SampleError::Exists {
            path: bundle.to_path_buf(),
        });
    }
    fs::rename(temp.path(), bundle).map_err(io(bundle))?;
    // The folder now lives at `bundle`; stop the guard from deleting anything (the
    // path it hands back no longer exists, so there is nothing to keep).
    let _moved_away = temp.keep();
    Ok(())
}
