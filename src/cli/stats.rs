//! `pitchkit import-stats`: the platforms' own analytics exports into a project, with
//! the same preview the editor shows; `--dry-run` only prints it.

use crate::actions;
use crate::imports::{self, ExportFile, plan_import, summary};
use crate::model::PlatformKind;
use crate::storage;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `import-stats` was asked to do.
pub(super) struct StatsArgs<'a> {
    pub bundle: &'a Path,
    pub files: &'a [PathBuf],
    pub platform: Option<&'a PlatformKind>,
    pub dry_run: bool,
}

/// Reads every file (any unusable one stops the import with nothing written), prints
/// the preview, then applies it as one edit and saves, unless this is a dry run.
pub(super) fn import_stats(args: &StatsArgs<'_>) -> Result<ExitCode> {
    let mut project = storage::open(args.bundle)?;
    let today = super::today();
    let mut read: Vec<ExportFile> = Vec::new();
    let mut exported_on = None;
    for path in args.files {
        let file = imports::read_export_file(path, today)?;
        exported_on = exported_on.max(Some(file.exported_on));
        read.extend(file.files);
    }
    for file in &read {
        for line in summary::file_lines(file) {
            super::say(&line);
        }
    }
    let plan = plan_import(&project, &read, args.platform, exported_on.unwrap_or(today));
    for platform in &plan.platforms {
        super::say(&summary::plan_line(platform));
    }
    if args.dry_run {
        super::say("Dry run: nothing was written.");
        return Ok(ExitCode::SUCCESS);
    }
    let Some(action) = plan.action else {
        super::say(&format!("Nothing to change in {}", args.bundle.display()));
        return Ok(ExitCode::SUCCESS);
    };
    actions::apply(&mut project, action)?;
    storage::save(args.bundle, &project)?;
    super::say(&format!("Imported into {}", args.bundle.display()));
    Ok(ExitCode::SUCCESS)
}

/// A platform's name as typed on the command line ("instagram", "TikTok", "twitter").
pub fn parse_platform(text: &str) -> Result<PlatformKind, String> {
    let wanted = text.trim().to_lowercase();
    if wanted == "twitter" {
        return Ok(PlatformKind::X);
    }
    PlatformKind::NAMED
        .iter()
        .find(|k| k.label().to_lowercase() == wanted || format!("{k:?}").to_lowercase() == wanted)
        .cloned()
        .ok_or_else(|| {
            let names: Vec<String> = PlatformKind::NAMED
                .iter()
                .map(|k| format!("{k:?}").to_lowercase())
                .collect();
            format!("unknown platform \"{text}\"; one of: {}", names.join(", "))
        })
}
