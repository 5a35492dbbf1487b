//! The autosave writer: a worker thread that owns the autosave session and writes,
//! clears or finishes it in the order asked, so the two fsyncs of a snapshot never run
//! inside a frame. Failures are logged and handed to a callback.

use crate::model::Project;
use crate::storage::AutosaveSession;
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;
use time::OffsetDateTime;

enum Order {
    Write {
        project: Box<Project>,
        bundle: Option<PathBuf>,
        now: OffsetDateTime,
    },
    Clear,
    /// A clean exit: the session folder goes.
    Finish,
}

/// The running writer.
pub struct AutosaveWriter {
    orders: Option<Sender<Order>>,
    worker: Option<JoinHandle<()>>,
}

impl AutosaveWriter {
    /// Starts the writer on `session`; `failed` hears each failure in plain words.
    pub fn start(
        session: AutosaveSession,
        failed: impl Fn(String) + Send + 'static,
    ) -> std::io::Result<Self> {
        let (orders, inbox) = channel::<Order>();
        let worker = std::thread::Builder::new()
            .name("pitchkit-autosave".into())
            .spawn(move || {
                let mut session = Some(session);
                for order in inbox {
                    let Some(live) = &session else { break };
                    let result = match order {
                        Order::Write {
                            project,
                            bundle,
                            now,
                        } => live.write(&project, bundle.as_deref(), now),
                        Order::Clear => live.clear(),
                        Order::Finish => session.take().map_or(Ok(()), AutosaveSession::finish),
                    };
                    if let Err(e) = result {
                        log::warn!("autosave: {e}");
                        failed(e.to_string());
                    }
                }
            })?;
        Ok(Self {
            orders: Some(orders),
            worker: Some(worker),
        })
    }

    fn send(&self, order: Order) {
        if let Some(orders) = &self.orders
            && orders.send(order).is_err()
        {
            log::error!("the autosave writer has stopped; changes are not autosaved");
        }
    }

    /// Writes a snapshot of `project` (opened from `bundle`), replacing the last one.
    pub fn write(&self, project: &Project, bundle: Option<PathBuf>, now: OffsetDateTime) {
        self.send(Order::Write {
            project: Box::new(project.clone()),
            bundle,
            now,
        });
    }

    /// Removes the snapshot: nothing is left to recover (after a save or a discard).
    pub fn clear(&self) {
        self.send(Order::Clear);
    }

    /// Ends the writer and waits for it: with `keep`, the last snapshot stays for the
    /// next start (closed with unsaved changes); else the session folder goes.
    pub fn close(mut self, keep: bool) {
        if !keep {
            self.send(Order::Finish);
        }
        self.orders = None;
        if let Some(worker) = self.worker.take()
            && worker.join().is_err()
        {
            log::error!("the autosave writer stopped on an internal error");
        }
    }
}

impl Drop for AutosaveWriter {
    fn drop(&mut self) {
        // Let the worker finish what it was asked; the snapshot stays for recovery.
        self.orders = None;
        if let Some(worker) = self.worker.take() {
            let _finished_or_panicked = worker.join();
        }
    }
}
