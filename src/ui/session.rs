//! What the editor keeps in the app's data folder: the recent projects, and the
//! autosave of unsaved work (written a few seconds after the last edit, off the UI
//! thread, and offered back after a crash).

use super::document::{DocKey, Document};
use super::event::{Event, EventSink, Notice};
use super::jobs::autosave::AutosaveWriter;
use crate::storage::{self, AutosaveSession, Debounce, RecentProjects, Recovery};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The data folder's part of the editor.
pub struct Session {
    /// Where recent projects and autosaves live; `None` keeps neither.
    pub data_dir: Option<PathBuf>,
    /// The projects opened last.
    pub recent: RecentProjects,
    autosave: Option<AutosaveWriter>,
    debounce: Debounce,
    seen_key: Option<DocKey>,
}

/// A session just started: notices to show and work to offer back.
pub struct Started {
    /// The session.
    pub session: Session,
    /// Problems to tell (autosave off).
    pub notices: Vec<Notice>,
    /// Snapshots left by sessions that ended without saving.
    pub recoverable: Vec<Recovery>,
}

impl Session {
    /// Reads the recent projects and starts autosaving into `data_dir`.
    pub fn start(data_dir: Option<PathBuf>, delay: Duration, sink: &EventSink) -> Started {
        let recent = data_dir
            .as_deref()
            .map(|d| RecentProjects::load(&d.join(storage::recent::RECENT_FILE)))
            .unwrap_or_default();
        let recoverable = data_dir
            .as_deref()
            .map(storage::recoverable)
            .unwrap_or_default();
        let mut notices = Vec::new();
        let autosave = data_dir.as_deref().and_then(|dir| {
            let started = AutosaveSession::start(dir, time::OffsetDateTime::now_utc())
                .map_err(|e| e.to_string())
                .and_then(|session| {
                    let sink = sink.clone();
                    let failed = move |text| sink.send(Event::AutosaveFailed(text));
                    AutosaveWriter::start(session, failed).map_err(|e| e.to_string())
                });
            match started {
                Ok(writer) => Some(writer),
                Err(e) => {
                    log::warn!("autosave is off: {e}");
                    notices.push(Notice::error(format!("Autosave is off: {e}")));
                    None
                }
            }
        });
        Started {
            session: Self {
                data_dir,
                recent,
                autosave,
                debounce: Debounce::new(delay),
                seen_key: None,
            },
            notices,
            recoverable,
        }
    }

    /// Puts `bundle` first in Open Recent and writes the list (a convenience: a
    /// failure is logged, not shown).
    pub fn remember(&mut self, bundle: &Path) {
        self.recent.push(bundle);
        if let Some(dir) = &self.data_dir {
            let file = dir.join(storage::recent::RECENT_FILE);
            if let Err(e) = self.recent.save(&file) {
                log::warn!("could not write the recent projects list: {e}");
            }
        }
    }

    /// Nothing is left to recover: the work was saved or thrown away.
    pub fn forget_unsaved(&mut self) {
        self.debounce.cancel();
        if let Some(writer) = &self.autosave {
            writer.clear();
        }
    }

    /// Notes edits and writes the snapshot once edits pause; how long until the next
    /// snapshot is due, if one is.
    pub fn tick(&mut self, doc: &Document) -> Option<Duration> {
        let key = doc.key();
        if self.seen_key != Some(key) {
            self.seen_key = Some(key);
            if doc.is_dirty() {
                self.debounce.note_edit(Instant::now());
            } else {
                self.forget_unsaved();
            }
        }
        let now = Instant::now();
        if self.debounce.take_due(now) {
            if let Some(writer) = &self.autosave {
                writer.write(
                    doc.project(),
                    doc.bundle().map(Path::to_path_buf),
                    time::OffsetDateTime::now_utc(),
                );
            }
            None
        } else {
            self.debounce.time_left(now)
        }
    }

    /// The window closes: with unsaved changes nobody answered for (the system is
    /// shutting down), the snapshot is written and kept for the next start; else the
    /// session's folder goes. Waits for the writer.
    pub fn close(&mut self, doc: &Document, answered: bool) {
        let Some(writer) = self.autosave.take() else {
            return;
        };
        let keep = doc.is_dirty() && !answered;
        if keep {
            writer.write(
                doc.project(),
                doc.bundle().map(Path::to_path_buf),
                time::OffsetDateTime::now_utc(),
            );
        }
        writer.close(keep);
    }
}
