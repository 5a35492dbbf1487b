//! The desktop window (eframe/egui). Until the editor lands, a read-only view of a
//! project's report: the demo project on first run, or the bundle given on the
//! command line.

mod report_app;

pub use report_app::ReportApp;

use anyhow::{Context as _, Result};
use std::path::Path;

/// Opens the desktop window on `bundle`, or on the embedded demo project.
pub fn run_desktop(bundle: Option<&Path>) -> Result<()> {
    let app = match bundle {
        Some(path) => ReportApp::open(path)?,
        None => ReportApp::demo()?,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.window_title())
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native("Pitchkit", options, Box::new(|_cc| Ok(Box::new(app))))
        .map_err(|err| anyhow::anyhow!("{err}"))
        .context("could not open the Pitchkit window (is a desktop session running?)")
}
