//! Pitchkit's binary: a command runs headless; no command opens the desktop window.

use clap::Parser;
use pitchkit::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => match pitchkit::ui::run_desktop(args.project.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("pitchkit: {}", cli::one_line(&err));
                ExitCode::from(1)
            }
        },
    }
}
