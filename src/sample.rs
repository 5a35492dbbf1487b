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
pub const DEMO_AS_OF: time::Date = time::macros::date!(2026 - 11 - 15);

/// Declares the media files once: name and embedded bytes stay in step.
macro_rules! media {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_bytes!(concat!("../assets/sample/media/", $name)) as &[u8])),*]
    };
}

static DEMO_MEDIA: [(&str, &[u8]); 6] = media![
    "cc02f8ca188b167c775a7101b5d767d1e71792cf762c33d6fa15a4599b5a8de7.png",
    "c2dd0de7c538df8d111e479619b129464d0269d0ae5fd18ca91d33a7fdfea95c.jpg",
    "3a19c5dd8a927a9334bb1229a6d63711b1c0c767fb27e2286e7c84a3e2c2f5f4.jpg",
    "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5.png",
    "78739619d11f7eb9c165bb5d2efd4772cee557812ec847532dbb1d92ef71f577.png",
    "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb.png",
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
    // The folder now lives at `bundle`; stop the guard from deleting anything.
    let _ = temp.keep();
    Ok(())
}
