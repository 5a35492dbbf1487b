//! Headless commands (`demo`, `report`, `check`, `import`, `import-stats`, `export`,
//! `pitches`) and the command-line grammar.
//!
//! Every command prints its result on stdout and one plain line per problem on
//! stderr; exit code 0 means success, 1 a problem with the project or its data,
//! 2 a wrong command line (clap's own code).

mod check;
mod export;
mod export_pitches;
mod import;
mod pitches;
mod stats;

pub use export::{
    WebArgs, parse_length, parse_page_size, parse_theme, run_export_command,
    run_web_export_command, size_limit_bytes,
};
pub use pitches::{CSV_HEADER, csv_bytes, line as pitch_line};
pub use stats::parse_platform;

use crate::analytics::{self, Benchmarks};
use crate::model::{KitLength, PlatformKind};
use crate::{sample, storage};
use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Pitchkit: build a media kit brands want to read, from your own numbers.
#[derive(Debug, Parser)]
#[command(
    name = "pitchkit",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A project bundle (NAME.pitchkit) to open in the desktop window.
    pub project: Option<PathBuf>,
    /// A headless command; without one, the desktop window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the demo project bundle at PATH (a new folder, e.g. demo.pitchkit).
    Demo {
        /// Where to create the bundle; must not exist yet.
        path: PathBuf,
    },
    /// Print the figures brands judge: followers, tier, engagement by every formula,
    /// posting frequency, sponsored share, reply rate, growth, benchmarks with sources,
    /// and insights.
    Report {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Validate a project (exit 1 with precise messages if anything is wrong) and run
    /// the health check: figures a brand would question are printed as warnings.
    Check {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Make the health check's warnings fail too (exit 1).
        #[arg(long)]
        strict: bool,
    },
    /// Export the media kit as a PDF: by default "NAME – media kit.pdf" in the current
    /// folder, in the project's theme and page size. Prints pages, size and time.
    /// With --html, the kit as one self-contained web page instead ("NAME – media
    /// kit.html"): styles, fonts and photos inside, no scripts, no requests.
    /// With --pitch BRAND, the kit made for that brand ("NAME × BRAND – media
    /// kit.pdf"); with --all-pitches DIR, one PDF per pitch in DIR.
    Export {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Where to write the kit (a file, or a folder for the default name).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// The kit made for the pitch to this brand (its sections, collaborations,
        /// rates, theme, "Prepared for" line and intro).
        #[arg(long, value_name = "BRAND")]
        pitch: Option<String>,
        /// One PDF per pitch, written into DIR (made when missing), a summary line each.
        #[arg(
            long = "all-pitches",
            value_name = "DIR",
            conflicts_with_all = ["pitch", "output", "html"]
        )]
        all_pitches: Option<PathBuf>,
        /// clean-light, bold-dark or warm-editorial.
        #[arg(long, value_name = "NAME")]
        theme: Option<String>,
        /// a4 or letter (the PDF's paper).
        #[arg(long, value_name = "a4|letter", conflicts_with = "html")]
        page: Option<String>,
        /// one-page, two-page or full (default: the project's kit length). The web
        /// page of a short kit says what its pages say.
        #[arg(long, value_name = "one-page|two-page|full", value_parser = export::parse_length)]
        length: Option<KitLength>,
        /// Size budget in megabytes; photos are re-encoded smaller until the kit fits
        /// (the web page's default is 3 MB).
        #[arg(long = "max-size", value_name = "MB")]
        max_size: Option<f64>,
        /// Write the kit as one self-contained web page (HTML) instead of a PDF.
        #[arg(long)]
        html: bool,
        /// Where the web page will live (https://…): adds link-preview tags and writes
        /// the preview image beside the page, to publish with it.
        #[arg(long = "base-url", value_name = "URL", requires = "html")]
        base_url: Option<String>,
        /// The kit's language: en, es, pt-BR, fr, de, it, id, ja or ar (default: the
        /// project's, a pitch's own, else this computer's language).
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
    },
    /// List the pitches by next follow-up: brand, category, status, dates sent and to
    /// follow up (", due" when it is), fee agreed, contact. With --csv, a spreadsheet
    /// file instead: a header row, ISO dates, one line per pitch.
    Pitches {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Print CSV instead of lines.
        #[arg(long)]
        csv: bool,
    },
    /// Add photos (aesthetic samples) to a project: JPEG, HEIC/HEIF, PNG, WebP or GIF
    /// files, or folders of them (a whole camera roll: Live Photo videos are skipped,
    /// edited copies showing the same picture imported once). Each is turned upright,
    /// converted to sRGB, stripped of location and other metadata, and stored as a print
    /// master and a thumbnail. Exit 0 when all were imported, 1 when some were refused
    /// (the rest are kept).
    Import {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Photo files or folders of photos.
        #[arg(required = true)]
        sources: Vec<PathBuf>,
    },
    /// Read the platforms' own analytics exports into a project: YouTube Studio, TikTok
    /// Studio, Meta Business Suite (Instagram), Instagram's "Download your information"
    /// and X, as CSV, JSON or the zip the platform gave. Prints what each file holds and
    /// what changes (posts added, updated, left alone; follower snapshots; audience),
    /// then saves it as one edit. Exit 1 when a file cannot be used (nothing is written).
    ImportStats {
        /// The project bundle (NAME.pitchkit).
        project: PathBuf,
        /// Export files (CSV, JSON or zip).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Put every file's figures on this platform (instagram, tiktok, youtube, x, …)
        /// instead of the one the file is recognised as.
        #[arg(long, value_name = "NAME", value_parser = stats::parse_platform)]
        platform: Option<PlatformKind>,
        /// Only print what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Runs a headless command and turns its outcome into an exit code, printing any
/// error as one line on stderr.
pub fn run(command: Command) -> ExitCode {
    match run_command(command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("pitchkit: {}", one_line(&err));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes on one line, outermost first.
pub fn one_line(err: &anyhow::Error) -> String {
    err.chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}

fn run_command(command: Command) -> Result<ExitCode> {
    match command {
        Command::Demo { path } => demo(&path),
        Command::Report { project, json } => report(&project, json),
        Command::Check { project, strict } => check::check(&project, strict),
        Command::Import { project, sources } => import::import(&project, &sources),
        Command::ImportStats {
            project,
            files,
            platform,
            dry_run,
        } => stats::import_stats(&stats::StatsArgs {
            bundle: &project,
            files: &files,
            platform: platform.as_ref(),
            dry_run,
        }),
        Command::Export {
            project,
            output,
            theme,
            page,
            length,
            max_size,
            html,
            base_url,
            pitch,
            all_pitches,
            language,
        } => export::export(&export::ExportArgs {
            project,
            out: output,
            theme,
            page,
            length,
            max_size_mb: max_size,
            html,
            base_url,
            pitch,
            all_pitches,
            language,
        }),
        Command::Pitches { project, csv } => pitches::pitches(&project, csv),
    }
}

fn demo(path: &Path) -> Result<ExitCode> {
    sample::write_demo(path)?;
    say(&format!("Wrote the demo project to {}", path.display()));
    Ok(ExitCode::SUCCESS)
}

fn report(bundle: &Path, json: bool) -> Result<ExitCode> {
    let project = storage::open(bundle)?;
    let benchmarks = Benchmarks::embedded()?;
    let report = analytics::report(&project, &benchmarks);
    if json {
        let text =
            serde_json::to_string_pretty(&report).context("could not write the report as JSON")?;
        say(&text);
    } else {
        say(report.to_text().trim_end_matches('\n'));
    }
    Ok(ExitCode::SUCCESS)
}

/// Today's date where the user is; one day ahead of UTC when the local offset is
/// unknown, so a date typed "today" east of UTC is never called "in the future".
pub fn today() -> time::Date {
    match time::OffsetDateTime::now_local() {
        Ok(now) => now.date(),
        Err(_) => {
            let utc = time::OffsetDateTime::now_utc().date();
            utc.next_day().unwrap_or(utc)
        }
    }
}

/// Prints a line on standard output. A closed pipe (`pitchkit report P | head -1`)
/// is not an error of Pitchkit's: the work is done, so the line is dropped instead of
/// stopping the program with a panic.
pub(crate) fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ignored = writeln!(out, "{line}");
}
