//! `pitchkit export PROJECT --pitch BRAND` (the kit made for one brand) and
//! `pitchkit export PROJECT --all-pitches DIR` (one PDF per pitch, a summary line each).

use super::export::{Choices, bundle_dir, export_pdf, out_path};
use crate::kit::pitch::{Tailored, find_pitch, tailor};
use crate::model::Project;
use crate::pdf::ExportReport;
use anyhow::{Result, anyhow, bail};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The view of `project` for the pitch to `brand`; an unknown brand names the pitches
/// there are, with the project's path last.
pub(super) fn tailored(project: &Project, brand: &str, path: &Path) -> Result<Tailored> {
    let index = find_pitch(project, brand).map_err(|e| anyhow!("{e}: {}", path.display()))?;
    Ok(tailor(project, &project.pitches[index], super::today()))
}

/// Exports the kit of the pitch to `brand`: by default "NAME × BRAND – media kit.pdf".
pub(super) fn export_one(
    project: &Path,
    brand: &str,
    out: Option<&Path>,
    choices: &Choices,
) -> Result<ExportReport> {
    let loaded = super::export::open_in(project, choices.language)?;
    let view = tailored(&loaded, brand, project)?;
    let out = out_path(out, &view.file_name);
    Ok(export_pdf(
        &view.project,
        &bundle_dir(project),
        choices,
        &out,
    )?)
}

/// Exports one PDF per pitch into `folder` (made when missing): one summary line each,
/// then each warning once (with the brand when it is not about every kit). A pitch
/// whose kit fails is reported on stderr and the others are still exported; the exit
/// code is then 1.
pub(super) fn export_all(project: &Path, folder: &Path, choices: &Choices) -> Result<ExitCode> {
    let loaded = super::export::open_in(project, choices.language)?;
    if loaded.pitches.is_empty() {
        bail!(
            "the project has no pitches yet; add one in the editor (Pitches): {}",
            project.display()
        );
    }
    std::fs::create_dir_all(folder).map_err(|e| {
        anyhow!(
            "could not create the folder for the pitches' kits ({e}): {}",
            folder.display()
        )
    })?;
    let bundle = bundle_dir(project);
    let today = super::today();
    let mut taken = BTreeSet::new();
    let mut reports: Vec<(String, ExportReport)> = Vec::new();
    let mut failed = false;
    for pitch in &loaded.pitches {
        let view = tailor(&loaded, pitch, today);
        let out = unique_path(folder, &view.file_name, &mut taken);
        match export_pdf(&view.project, &bundle, choices, &out) {
            Ok(report) => {
                super::say(&report.summary());
                reports.push((pitch.brand.trim().to_owned(), report));
            }
            Err(e) => {
                failed = true;
                eprintln!("pitchkit: the kit for “{}”: {e}", pitch.brand.trim());
            }
        }
    }
    for line in warning_lines(&reports) {
        super::say(&line);
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `folder/name`, or `folder/STEM (2).pdf`… when an earlier pitch took that name.
fn unique_path(folder: &Path, name: &str, taken: &mut BTreeSet<String>) -> PathBuf {
    let stem = name.strip_suffix(".pdf").unwrap_or(name);
    let mut candidate = name.to_owned();
    let mut n = 2;
    while !taken.insert(candidate.to_lowercase()) {
        candidate = format!("{stem} ({n}).pdf");
        n += 1;
    }
    folder.join(candidate)
}

/// Each warning once: plain when every kit has it, else prefixed with the brands.
fn warning_lines(reports: &[(String, ExportReport)]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut lines = Vec::new();
    let all = |w: &String| reports.iter().all(|(_, r)| r.warnings.contains(w));
    for (brand, report) in reports {
        if let Some(budget) = &report.budget {
            lines.push(format!("{brand}: {}", budget.describe()));
        }
        for warning in &report.warnings {
            if !seen.insert(warning.clone()) {
                continue;
            }
            if all(warning) {
                lines.push(format!("warning: {warning}"));
            } else {
                let brands: Vec<&str> = reports
                    .iter()
                    .filter(|(_, r)| r.warnings.contains(warning))
                    .map(|(b, _)| b.as_str())
                    .collect();
                lines.push(format!("warning ({}): {warning}", brands.join(", ")));
            }
        }
    }
    lines
}
