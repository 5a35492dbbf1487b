//! Integration tests of the editor window, driven headless with egui_kittest, as one test
//! binary: each file is a module; `ui_support` holds their shared set-up.

#[path = "../../src/test_dates.rs"]
mod dates;
mod ui_support;

mod ui_editor;
mod ui_files;
mod ui_health;
mod ui_language;
mod ui_photos;
mod ui_pitches;
mod ui_rates;
mod ui_scripts;
mod ui_shell;
mod ui_stats;
mod ui_web;
