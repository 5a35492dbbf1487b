//! `pitchkit check`: validation problems (exit 1) and the health check's warnings
//! (exit 0, or 1 with `--strict`), one line each on stderr, a summary on stdout.

use super::{say, today};
use crate::analytics::{Benchmarks, health_check};
use crate::storage;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Validates the bundle and runs the health check; `strict` makes warnings fail.
pub(super) fn check(bundle: &Path, strict: bool) -> Result<ExitCode> {
    let project = storage::open(bundle)?;
    let today = today();
    let issues = storage::validate(&project, today);
    let benchmarks = Benchmarks::embedded()?;
    let (dismissed, open): (Vec<_>, Vec<_>) = health_check(&project, today, &benchmarks)
        .into_iter()
        .partition(|warning| warning.is_dismissed());
    for issue in &issues {
        eprintln!("{issue}");
    }
    for warning in &open {
        eprintln!("warning: {warning}");
    }
    let mut notes = Vec::new();
    if !open.is_empty() {
        notes.push(plural(open.len(), "warning", "warnings") + " to check");
    }
    if !dismissed.is_empty() {
        notes.push(plural(dismissed.len(), "warning", "warnings") + " dismissed");
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!("; {}", notes.join(", "))
    };
    if !issues.is_empty() {
        eprintln!(
            "{} found in {}{notes}",
            plural(issues.len(), "problem", "problems"),
            bundle.display()
        );
        return Ok(ExitCode::from(1));
    }
    say(&format!("{}: no problems found{notes}", bundle.display()));
    if strict && !open.is_empty() {
        eprintln!("--strict: the warnings count as problems");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
