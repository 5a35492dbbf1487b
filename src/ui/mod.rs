//! The desktop editor (eframe/egui): a section list on the left, the chosen section's
//! editor in the centre, the live preview of the kit on the right.
//!
//! - [`app`]: the window, its frame loop, startup, autosave and prompts.
//! - [`commands`]: every command once, with label, tooltip and shortcut.
//! - [`dialogs`]: file dialogs behind a trait (tests answer them).
//! - [`document`]: the open project, its history and file operations.
//! - `panels/`: one editor per section; `widgets/`: named, validated fields.
//! - [`preview`]: the kit laid out on a worker and painted page by page.
//! - [`charts`]: `ChartSpec`s drawn with egui_plot.
//! - `desktop`: the window itself ([`run_desktop`]): icon, remembered size and theme.

pub mod app;
mod app_files;
mod app_query;
mod chart_specs;
pub mod charts;
mod chrome;
pub mod commands;
pub mod derived;
mod desktop;
pub mod dialogs;
pub mod document;
pub mod export_job;
pub mod fonts;
pub mod import_job;
pub mod modals;
pub mod panels;
pub mod preview;
mod preview_paint;
mod sharp_photos;
mod startup;
pub mod tabular;
pub mod thumbnails;
pub mod widgets;

pub use app::PitchkitApp;
pub use commands::Command;
pub use desktop::run_desktop;
pub use dialogs::{Dialogs, SystemDialogs};
pub use panels::EditorSection;
pub use startup::{AppOptions, START_SECTION_ENV, Startup};
