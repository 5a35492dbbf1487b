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
//! - [`desktop`]: the window itself ([`run_desktop`]): icon, remembered size and theme.

pub mod app;
mod app_files;
mod app_photos;
mod app_pitch;
mod app_query;
mod app_stats;
pub mod centre;
mod chart_specs;
pub mod charts;
mod chrome;
pub mod commands;
pub mod derived;
pub mod desktop;
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
pub mod sharp_photos;
mod startup;
pub mod thumbnails;
pub mod views;
pub mod widgets;
pub mod window;

pub use app::PitchkitApp;
pub use commands::Command;
pub use desktop::run_desktop;
pub use dialogs::{Dialogs, SystemDialogs};
pub use panels::EditorSection;
pub use startup::{AppOptions, START_SECTION_ENV, Startup};
