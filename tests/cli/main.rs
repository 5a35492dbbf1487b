//! Integration tests of the command line, run as a separate process, as one test binary:
//! each file is a module.

#[path = "../support/dates.rs"]
mod dates;
mod support;

mod cli;
mod cli_check;
mod cli_export;
mod cli_import;
mod cli_language;
mod cli_pitches;
mod cli_stats;
mod cli_web;
