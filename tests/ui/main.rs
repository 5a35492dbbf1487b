//! Integration tests of the editor window, driven headless with egui_kittest, as one test
//! binary: each file is a module; `ui_support` holds their shared set-up. The `unit_ui_*`
//! files test single modules of `src/ui` through their public items.

#[path = "../support/dates.rs"]
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
mod unit_ui_app;
mod unit_ui_charts;
mod unit_ui_commands;
mod unit_ui_desktop;
mod unit_ui_dialogs;
mod unit_ui_document;
mod unit_ui_fonts;
mod unit_ui_jobs;
mod unit_ui_panels;
mod unit_ui_sharp_photos;
mod unit_ui_thumbnails;
mod unit_ui_widgets_validate;
