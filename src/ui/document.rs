//! The open document: the project, its undo history, where it lives on disk, and the
//! file operations on it (open, save, save as a new bundle with its photos). The
//! project changes only through [`Document::apply`], undo and redo, so no part of the
//! editor can bypass the history, the dirty flag or autosave.
//!
//! While a window edits a bundle it holds the bundle's lock; a second window opens it
//! read-only. Saving checks that `project.json` is still what was read or written
//! last, so another program's changes are never overwritten unasked.

use crate::actions::{Action, ActionError, History};
use crate::media;
use crate::model::Project;
use crate::pdf::MediaSource;
use crate::sample::{self, SampleError};
use crate::storage::{
    self, BUNDLE_EXTENSION, BundleLock, DiskStamp, LockError, LockHolder, StorageError,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Where the document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The embedded demo project (photos compiled in; saving asks for a folder).
    Demo,
    /// A new project never saved.
    New,
    /// A project bundle on disk.
    Bundle,
}

/// Identifies one state of one document: it changes with every edit, undo, redo and
/// whenever another project is loaded; derived figures and the preview are
/// recomputed only when it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocKey {
    /// Which loaded document.
    pub generation: u64,
    /// Which state of it (see [`History::revision`]).
    pub revision: u64,
}

static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

/// The project being edited.
#[derive(Debug)]
pub struct Document {
    project: Project,
    history: History,
    bundle: Option<PathBuf>,
    origin: Origin,
    generation: u64,
    /// `project.json` as last read or written by this window.
    on_disk: Option<DiskStamp>,
    /// Held while this window edits the bundle.
    lock: Option<BundleLock>,
    /// Another window has the bundle: this one may not save over it.
    locked_by: Option<LockHolder>,
}

impl Document {
    fn with(project: Project, bundle: Option<PathBuf>, origin: Origin) -> Self {
        Self {
            project,
            history: History::new(),
            bundle,
            origin,
            generation: NEXT_GENERATION.fetch_add(1, Ordering::Relaxed),
            on_disk: None,
            lock: None,
            locked_by: None,
        }
    }

    /// Takes the bundle's lock, or notes who has it (then the document is read-only).
    fn lock_bundle(&mut self) {
        self.lock = None;
        self.locked_by = None;
        let Some(bundle) = &self.bundle else { return };
        match BundleLock::acquire(bundle) {
            Ok(lock) => {
                if let Some(stale) = lock.took_over() {
                    log::info!("took over the lock of {} left by {stale}", bundle.display());
                }
                self.lock = Some(lock);
            }
            Err(LockError::Held(holder)) => self.locked_by = Some(holder),
            Err(e) => log::warn!("editing without a lock: {e}"),
        }
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Undo, redo and the dirty flag.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Ends a typing run, so the next keystroke starts its own undo step.
    pub fn seal_history(&mut self) {
        self.history.seal();
    }

    /// The bundle folder it was opened from or last saved to.
    pub fn bundle(&self) -> Option<&Path> {
        self.bundle.as_deref()
    }

    /// Demo, new or from disk.
    pub fn origin(&self) -> Origin {
        self.origin
    }

    /// The other Pitchkit that has this bundle open, when this window only reads it.
    pub fn locked_by(&self) -> Option<&LockHolder> {
        self.locked_by.as_ref()
    }

    /// Lets go of the bundle's lock (before the same bundle is opened again).
    pub fn release(&mut self) {
        self.lock = None;
    }

    /// Takes the bundle's lock again after [`Document::release`].
    pub fn relock(&mut self) {
        self.lock_bundle();
    }

    /// The embedded demo project.
    pub fn demo() -> Result<Self, SampleError> {
        Ok(Self::with(sample::demo_project()?, None, Origin::Demo))
    }

    /// A new, empty project (not dirty until the first edit).
    pub fn untitled() -> Self {
        let mut project = Project::new("");
        project.kit.page_size = storage::system_paper();
        Self::with(project, None, Origin::New)
    }

    /// The project in the bundle at `path` (the folder, or its `project.json`).
    /// A file that cannot be read is reported and left untouched.
    pub fn open(path: &Path) -> Result<Self, StorageError> {
        let (project, stamp) = storage::open_stamped(path)?;
        let folder = if path.is_file() {
            path.parent().unwrap_or(path)
        } else {
            path
        };
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        let mut doc = Self::with(project, Some(folder), Origin::Bundle);
        doc.on_disk = Some(stamp);
        doc.lock_bundle();
        Ok(doc)
    }

    /// A project restored from an autosave: dirty until saved.
    pub fn restored(project: Project, bundle: Option<PathBuf>) -> Self {
        let origin = if bundle.is_some() {
            Origin::Bundle
        } else {
            Origin::New
        };
        let mut doc = Self::with(project, bundle, origin);
        doc.history.mark_unsaved();
        doc.lock_bundle();
        doc
    }

    /// The current state's key.
    pub fn key(&self) -> DocKey {
        DocKey {
            generation: self.generation,
            revision: self.history.revision(),
        }
    }

    /// Whether this is the embedded demo.
    pub fn is_demo(&self) -> bool {
        self.origin == Origin::Demo
    }

    /// Whether there are changes not saved to disk.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The creator's name, or "Untitled".
    pub fn display_name(&self) -> &str {
        match self.project.creator.display_name.trim() {
            "" => "Untitled",
            name => name,
        }
    }

    /// The window title: "NAME – Pitchkit", with "• " in front while unsaved.
    pub fn title(&self) -> String {
        let marker = if self.is_dirty() { "• " } else { "" };
        format!("{marker}{} – Pitchkit", self.display_name())
    }

    /// Where the project's photos are read from.
    pub fn media_source(&self) -> MediaSource {
        match (&self.bundle, self.origin) {
            (Some(bundle), _) => MediaSource::bundle(bundle),
            (None, Origin::Demo) => MediaSource::demo(),
            (None, _) => MediaSource::Embedded(&[]),
        }
    }

    /// The bundle's `media/` folder, where imported photos go; `None` until saved.
    pub fn media_dir(&self) -> Option<PathBuf> {
        self.bundle.as_deref().map(storage::media_dir)
    }

    /// Applies an edit through the history; `typing` joins consecutive keystrokes in
    /// one text field into one undo step.
    pub fn apply(&mut self, action: Action, typing: bool) -> Result<(), ActionError> {
        if typing {
            self.history.apply_coalescing(&mut self.project, action)
        } else {
            self.history.apply(&mut self.project, action)
        }
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.project)
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.project)
    }

    /// Saves into the document's bundle, refusing with
    /// [`StorageError::ChangedOnDisk`] when another program changed `project.json`
    /// since this window read or wrote it. Without a bundle (demo, new project) or
    /// while another window has it, the caller must ask for a place and use
    /// [`Document::save_as`].
    pub fn save(&mut self) -> Result<(), StorageError> {
        self.save_over(false)
    }

    /// Saves into the document's bundle even when another program changed it.
    pub fn overwrite(&mut self) -> Result<(), StorageError> {
        self.save_over(true)
    }

    fn save_over(&mut self, overwrite: bool) -> Result<(), StorageError> {
        let Some(bundle) = self.bundle.clone() else {
            return Err(StorageError::NotFound {
                path: PathBuf::from("(no folder chosen yet)"),
            });
        };
        let expected = if overwrite {
            None
        } else {
            self.on_disk.as_ref()
        };
        let stamp = storage::save_checked(&bundle, &self.project, expected)?;
        self.on_disk = Some(stamp);
        self.history.mark_saved();
        Ok(())
    }

    /// Saves into a new bundle at `path` (".pitchkit" is added when missing), copying
    /// the photos the project shows. Refuses a path that already exists.
    /// Returns the photos that could not be copied (the project itself was saved).
    pub fn save_as(&mut self, path: &Path) -> Result<Vec<String>, StorageError> {
        let bundle = with_bundle_extension(path);
        let bundle = std::path::absolute(&bundle).unwrap_or(bundle);
        let stamp = storage::create_new_stamped(&bundle, &self.project)?;
        let problems = copy_media(
            &self.media_source(),
            &storage::media_dir(&bundle),
            &media_files(&self.project),
        );
        self.on_disk = Some(stamp);
        self.bundle = Some(bundle);
        self.origin = Origin::Bundle;
        self.lock_bundle();
        self.history.mark_saved();
        Ok(problems)
    }
}

/// `path` with the bundle extension, e.g. "Maya" → "Maya.pitchkit".
pub fn with_bundle_extension(path: &Path) -> PathBuf {
    if path.extension().is_some_and(|e| e == BUNDLE_EXTENSION) {
        path.to_path_buf()
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(BUNDLE_EXTENSION);
        path.with_file_name(name)
    }
}

/// Every media file the project refers to, with its thumbnail, sorted.
pub fn media_files(project: &Project) -> Vec<String> {
    let mut files: Vec<String> = project
        .samples
        .iter()
        .map(|s| s.media.file.clone())
        .chain(project.creator.profile_photo.iter().map(|p| p.file.clone()))
        .flat_map(|file| [media::thumb_name(&file), file])
        .collect();
    files.sort();
    files.dedup();
    files
}

/// Copies `files` from `source` into `media_dir`; returns a sentence per photo that
/// could not be copied. Missing thumbnails are not a problem (they are rebuilt).
fn copy_media(source: &MediaSource, media_dir: &Path, files: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for file in files {
        let is_thumb = file.ends_with(".thumb.jpg");
        let target = media_dir.join(file);
        if target.exists() {
            continue;
        }
        match source.read(file) {
            Ok(bytes) => {
                if let Err(e) = std::fs::write(&target, &bytes) {
                    problems.push(format!("the photo {file} could not be copied ({e})"));
                }
            }
            Err(why) if !is_thumb => problems.push(why),
            Err(_) => {}
        }
    }
    problems
}
