//! `pitchkit import`: photos into a project's aesthetic samples, one line per file.

use crate::actions::{self, Action, ListEdit};
use crate::media::{self, ImportOptions, Outcome, Palette};
use crate::model::Project;
use crate::storage;
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// Imports `sources` (files or folders) into the bundle, saves it, prints one line
/// per file and a summary; exit 1 when any file was refused.
pub(super) fn import(bundle: &Path, sources: &[PathBuf]) -> Result<ExitCode> {
    let mut project = storage::open(bundle)?;
    let found = media::collect_sources(sources).context("could not list the photos to import")?;
    let files = &found.photos;
    if files.is_empty() {
        anyhow::bail!("no photos found (JPEG, HEIC, PNG, WebP or GIF) in what was given");
    }
    let media_dir = storage::media_dir(bundle);
    std::fs::create_dir_all(&media_dir)
        .with_context(|| format!("could not create {}", media_dir.display()))?;
    let cancel = AtomicBool::new(false);
    let mut outcomes = media::import_batch(
        &media_dir,
        files,
        &ImportOptions::default(),
        |_| {},
        &cancel,
    );
    let edited = media::fold_edited_outcomes(&media_dir, &mut outcomes);
    for outcome in &outcomes {
        super::say(&media::outcome_line(outcome));
    }
    for line in edited.iter().chain(&found.skipped_line()) {
        super::say(line);
    }
    let added = add_samples(&mut project, &outcomes)?;
    if added > 0 {
        storage::save(bundle, &project)?;
    }
    super::say(&format!(
        "{} ({added} added to {})",
        media::summary_line(&outcomes),
        bundle.display()
    ));
    let refused = outcomes.iter().any(|(_, result)| result.is_err());
    Ok(if refused {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Adds every imported photo the project does not show yet as a sample (through
/// actions, as the editor does) and refreshes the gallery look. Returns how many
/// samples were added.
fn add_samples(project: &mut Project, outcomes: &[Outcome]) -> Result<usize> {
    let mut added = 0;
    for (_, result) in outcomes {
        let Ok(imported) = result else { continue };
        let shown = project
            .samples
            .iter()
            .any(|s| s.media.file == imported.media.file);
        if shown {
            continue;
        }
        let index = project.samples.len();
        actions::apply(
            project,
            Action::Samples(ListEdit::insert(index, imported.to_sample())),
        )?;
        added += 1;
    }
    if added > 0 {
        let palettes: Vec<Palette> = project
            .samples
            .iter()
            .map(|s| Palette {
                swatches: s.media.palette.clone(),
            })
            .collect();
        let look = media::gallery_look(&palettes).map(Into::into);
        actions::apply(project, Action::SetLook(look))?;
    }
    Ok(added)
}
