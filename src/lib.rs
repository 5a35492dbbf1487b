//! Pitchkit: a local-first media-kit builder for social-media creators.
//!
//! The core (`model`, `format`, `analytics`, `actions`, `storage`, `sample`, `imports`) knows
//! nothing of the GUI or the PDF backend; `ui` and `cli` are the two front ends; `pdf`
//! and `web` render the kit as a PDF and as a self-contained web page.

pub mod actions;
pub mod analytics;
pub mod cli;
pub mod format;
pub mod imports;
pub mod kit;
pub mod logging;
pub mod media;
pub mod model;
pub mod pdf;
pub mod sample;
pub mod storage;
pub mod ui;
pub mod web;
