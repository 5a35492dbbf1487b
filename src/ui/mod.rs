//! The desktop editor (eframe/egui): a section list on the left, the chosen section's
//! editor in the centre, the live preview of the kit on the right.
//!
//! How it fits together: every part reports what happened as an [`event::Event`]
//! (the chrome, the section editors, the questions in [`modals`], the file dialogs
//! and the background [`jobs`]); `handle.rs` is the one place that decides what
//! follows. The open project lives in [`document`] and changes only through its
//! history.
//!
//! - [`app`]: the window's parts and its frame loop; `handle.rs` the events;
//!   `app_files.rs` projects and the PDF; `app_photos.rs` photos coming in;
//!   `chrome.rs` the frame around the centre; `centre.rs` the section's editor.
//! - [`window`]: the window's own state (section, question on top, messages);
//!   [`views`]: figures, preview and thumbnails derived from the document;
//!   [`session`]: recent projects and autosave.
//! - [`commands`]: every command once, with label, tooltip and shortcut.
//! - [`dialogs`]: file dialogs behind a trait (tests answer them).
//! - `panels/`: one editor per section; `widgets/`: named, validated fields.
//! - [`preview`]: the kit laid out on a worker and painted page by page.
//! - [`charts`]: `ChartSpec`s drawn with egui_plot.

pub mod app;
mod app_files;
mod app_photos;
mod app_query;
mod centre;
mod chart_specs;
pub mod charts;
mod chrome;
pub mod commands;
pub mod derived;
pub mod dialogs;
pub mod document;
pub mod event;
pub mod fonts;
mod handle;
pub mod jobs;
pub mod modals;
pub mod panels;
pub mod preview;
mod preview_paint;
pub mod session;
mod startup;
pub mod tabular;
pub mod thumbnails;
pub mod views;
pub mod widgets;
pub mod window;

pub use app::PitchkitApp;
pub use commands::Command;
pub use dialogs::{Dialogs, SystemDialogs};
pub use panels::EditorSection;
pub use startup::{AppOptions, START_SECTION_ENV, Startup};

use anyhow::{Context as _, Result};
use std::path::Path;

/// Opens the editor window on `bundle`, or on the last project (the demo on first run).
pub fn run_desktop(bundle: Option<&Path>) -> Result<()> {
    let startup = match bundle {
        Some(path) => Startup::Open(path.to_path_buf()),
        None => Startup::LastOrDemo,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Pitchkit")
            .with_app_id("pitchkit")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Pitchkit",
        options,
        Box::new(move |cc| {
            let app = PitchkitApp::new(
                cc,
                AppOptions {
                    startup,
                    ..AppOptions::default()
                },
            );
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| anyhow::anyhow!("{err}"))
    .context("could not open the Pitchkit window (is a desktop session running?)")
}
