//! `pitchkit export`: the kit as a PDF, with the command line's choices over the
//! project's kit settings.

use crate::pdf::{self, parse_page_size, parse_theme};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// What `pitchkit export` was asked for.
pub(super) struct ExportArgs {
    pub project: PathBuf,
    pub out: Option<PathBuf>,
    pub theme: Option<String>,
    pub page: Option<String>,
    pub max_size_mb: Option<f64>,
}

/// Exports the kit and prints pages, size, time and what the export had to do.
pub(super) fn export(args: &ExportArgs) -> Result<ExitCode> {
    let theme = args.theme.as_deref().map(parse_theme).transpose()?;
    let page = args.page.as_deref().map(parse_page_size).transpose()?;
    let report = pdf::run_export_command(
        &args.project,
        args.out.as_deref(),
        theme,
        page,
        args.max_size_mb,
    )?;
    for line in report.lines() {
        super::say(&line);
    }
    Ok(ExitCode::SUCCESS)
}
