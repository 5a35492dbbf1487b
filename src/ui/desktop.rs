//! The desktop window around the editor: its icon, and what it remembers between runs
//! (size, position and the light/dark choice, in `window.ron` in the app's data folder;
//! never egui's widget memory, so scroll positions and text cursors start fresh).

use super::{AppOptions, PitchkitApp, Startup};
use anyhow::{Context as _, Result};
use std::path::Path;

/// The window icon: Pitchkit's own drawing (`assets/make_icon.py`), licensed like the
/// project.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon-256.png");

/// The file in the app's data folder where the window's geometry and theme are kept.
pub const WINDOW_STATE_FILE: &str = "window.ron";

/// The key under which the light/dark choice is stored.
const THEME_KEY: &str = "pitchkit.theme";

/// Opens the editor window on `bundle`, or on the last project (the demo on first run).
pub fn run_desktop(bundle: Option<&Path>) -> Result<()> {
    let startup = match bundle {
        Some(path) => Startup::Open(path.to_path_buf()),
        None => Startup::LastOrDemo,
    };
    let options = AppOptions {
        startup,
        ..AppOptions::default()
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Pitchkit")
        .with_app_id("pitchkit")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("the window icon could not be read ({e})"),
    }
    let native = eframe::NativeOptions {
        viewport,
        persist_window: true,
        persistence_path: options
            .data_dir
            .as_deref()
            .map(|dir| dir.join(WINDOW_STATE_FILE)),
        ..Default::default()
    };
    eframe::run_native(
        "Pitchkit",
        native,
        Box::new(move |cc| {
            let app = PitchkitApp::new(cc, options);
            if let Some(theme) = cc
                .storage
                .and_then(|s| s.get_string(THEME_KEY))
                .and_then(|name| theme_from_name(&name))
            {
                cc.egui_ctx.set_theme(theme);
            }
            Ok(Box::new(DesktopApp {
                app,
                ctx: cc.egui_ctx.clone(),
            }))
        }),
    )
    .map_err(|err| anyhow::anyhow!("{err}"))
    .context("could not open the Pitchkit window (is a desktop session running?)")
}

/// The editor as the desktop runs it: eframe keeps the window's geometry (with
/// `persist_window`) and this keeps the theme, but not egui's memory.
struct DesktopApp {
    app: PitchkitApp,
    ctx: egui::Context,
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let theme = self.ctx.options(|o| o.theme_preference);
        storage.set_string(THEME_KEY, theme_name(theme).to_owned());
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }

    /// Restored scroll offsets and text cursors would belong to another run's project.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// The name a theme choice is remembered by: "dark", "light" or "system".
pub fn theme_name(theme: egui::ThemePreference) -> &'static str {
    match theme {
        egui::ThemePreference::Dark => "dark",
        egui::ThemePreference::Light => "light",
        egui::ThemePreference::System => "system",
    }
}

/// The theme choice a remembered name stands for; `None` for an unknown name.
pub fn theme_from_name(name: &str) -> Option<egui::ThemePreference> {
    match name {
        "dark" => Some(egui::ThemePreference::Dark),
        "light" => Some(egui::ThemePreference::Light),
        "system" => Some(egui::ThemePreference::System),
        _ => None,
    }
}
