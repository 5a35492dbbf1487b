//! Pitchkit's binary: a command runs headless; no command opens the desktop window.

use clap::Parser;
use pitchkit::cli::{self, Cli};
use pitchkit::logging::{self, Front};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    // Kits with no language set are printed in this computer's language.
    pitchkit::kit::lang::use_system_language();
    match args.command {
        Some(command) => {
            if let Err(err) = logging::init(Front::Command, None) {
                eprintln!("pitchkit: {}", cli::one_line(&err));
            }
            cli::run(command)
        }
        None => {
            let data_dir = pitchkit::storage::app_data_dir();
            let logged = match logging::init(Front::Desktop, data_dir.as_deref()) {
                Ok(()) => true,
                Err(err) => {
                    eprintln!("pitchkit: {}", cli::one_line(&err));
                    false
                }
            };
            log::info!(
                "Pitchkit {} starting; data folder: {}",
                env!("CARGO_PKG_VERSION"),
                data_dir
                    .as_deref()
                    .map_or_else(|| "none".to_owned(), |d| d.display().to_string())
            );
            match pitchkit::ui::run_desktop(args.project.as_deref()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    // The logger shows it on stderr too.
                    if logged {
                        log::error!("{}", cli::one_line(&err));
                    } else {
                        eprintln!("pitchkit: {}", cli::one_line(&err));
                    }
                    ExitCode::from(1)
                }
            }
        }
    }
}
