//! `pitchkit export`: the kit as a PDF (or, with `--html`, as a web page), with the
//! command line's choices over the project's kit settings: open the bundle, apply the
//! choices, pick the file name, export, report.

use crate::analytics::Benchmarks;
use crate::model::{KitLength, PageSize, Theme};
use crate::pdf::{
    ExportError, ExportOptions, ExportReport, MediaSource, default_file_name, export_kit,
};
use crate::storage;
use crate::web::{WebOptions, WebReport, export_web};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `pitchkit export` was asked for.
pub(super) struct ExportArgs {
    pub project: PathBuf,
    pub out: Option<PathBuf>,
    pub theme: Option<String>,
    pub page: Option<String>,
    /// Full, two-page or one-page kit, over the project's own.
    pub length: Option<KitLength>,
    pub max_size_mb: Option<f64>,
    /// A web page instead of a PDF.
    pub html: bool,
    /// Where the web page will live.
    pub base_url: Option<String>,
    // Pitches, when they exist: a `pitch: Option<String>` here, applied to the loaded
    // project and its kit settings before either export (see `crate::web`).
}

/// Exports the kit and prints pages, size, time and what the export had to do.
pub(super) fn export(args: &ExportArgs) -> Result<ExitCode> {
    let theme = args.theme.as_deref().map(parse_theme).transpose()?;
    if args.html {
        let report = run_web_export_command(
            &args.project,
            args.out.as_deref(),
            theme,
            args.length,
            args.base_url.as_deref(),
            args.max_size_mb,
        )?;
        for line in report.lines() {
            super::say(&line);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let page = args.page.as_deref().map(parse_page_size).transpose()?;
    let report = run_export_command(
        &args.project,
        args.out.as_deref(),
        theme,
        page,
        args.length,
        args.max_size_mb,
    )?;
    for line in report.lines() {
        super::say(&line);
    }
    Ok(ExitCode::SUCCESS)
}

/// Bytes in one megabyte as the size limit counts them (the kit settings' budget is
/// in kilobytes of 1,024 bytes).
const BYTES_PER_MB: f64 = 1024.0 * 1024.0;

/// A theme from its command-line name: `clean-light`, `bold-dark`, `warm-editorial`
/// (underscores, spaces and the short `light`, `dark`, `warm` work too).
pub fn parse_theme(name: &str) -> Result<Theme, ExportError> {
    let key: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    match key.as_str() {
        "clean-light" | "light" | "clean" => Ok(Theme::CleanLight),
        "bold-dark" | "dark" | "bold" => Ok(Theme::BoldDark),
        "warm-editorial" | "warm" | "editorial" => Ok(Theme::WarmEditorial),
        _ => Err(ExportError::UnknownTheme {
            given: name.to_owned(),
        }),
    }
}

/// A page size from its command-line name: `a4` or `letter`.
pub fn parse_page_size(name: &str) -> Result<PageSize, ExportError> {
    match name.trim().to_ascii_lowercase().as_str() {
        "a4" => Ok(PageSize::A4),
        "letter" | "us-letter" | "us_letter" => Ok(PageSize::Letter),
        _ => Err(ExportError::UnknownPageSize {
            given: name.to_owned(),
        }),
    }
}

/// A kit length from its command-line name: `one-page`, `two-page` or `full`
/// (underscores, spaces and `one`, `two`, `1`, `2` work too).
pub fn parse_length(name: &str) -> Result<KitLength, String> {
    let key: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    let short = match key.as_str() {
        "one" | "1" | "onepage" => Some(KitLength::OnePage),
        "two" | "2" | "twopage" => Some(KitLength::TwoPage),
        _ => None,
    };
    short
        .or_else(|| KitLength::ALL.into_iter().find(|l| l.cli_name() == key))
        .ok_or_else(|| {
            format!("there is no kit length called “{name}”; choose one-page, two-page or full")
        })
}

/// A size limit in megabytes as bytes; refuses zero, negative and non-numbers.
pub fn size_limit_bytes(megabytes: f64) -> Result<u64, ExportError> {
    if !megabytes.is_finite() || megabytes <= 0.0 || megabytes > 1.0e6 {
        return Err(ExportError::BadSizeLimit {
            given: megabytes.to_string(),
        });
    }
    Ok((megabytes * BYTES_PER_MB).round() as u64)
}

/// `pitchkit export PROJECT [-o FILE.pdf] [--theme NAME] [--page a4|letter]
/// [--length one-page|two-page|full] [--max-size MB]`: exports the bundle's kit with the
/// command line's choices over its kit settings.
///
/// `out`: a file path, or an existing folder to put the default file name in; `None`
/// means the default file name ("NAME – media kit.pdf") in the current folder. Print
/// [`ExportReport::lines`] afterwards.
pub fn run_export_command(
    project: &Path,
    out: Option<&Path>,
    theme: Option<Theme>,
    page: Option<PageSize>,
    length: Option<KitLength>,
    max_size_mb: Option<f64>,
) -> Result<ExportReport, ExportError> {
    let loaded = storage::open(project)?;
    let bundle = if project.is_file() {
        project.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        project.to_path_buf()
    };
    let mut options = ExportOptions::from_project(&loaded, time::OffsetDateTime::now_utc());
    if let Some(theme) = theme {
        options.theme = theme;
    }
    if let Some(page) = page {
        options.page_size = page;
    }
    if let Some(length) = length {
        options.length = length;
    }
    if let Some(megabytes) = max_size_mb {
        options.max_size_bytes = size_limit_bytes(megabytes)?;
    }
    let file_name = default_file_name(&loaded);
    let out: PathBuf = match out {
        Some(path) if path.is_dir() => path.join(&file_name),
        Some(path) => path.to_path_buf(),
        None => PathBuf::from(&file_name),
    };
    export_kit(&loaded, &MediaSource::bundle(&bundle), &options, &out)
}

/// `pitchkit export PROJECT --html [-o FILE.html] [--theme NAME] [--length NAME]
/// [--base-url URL] [--max-size MB]`: the bundle's kit as one self-contained web page, with the command
/// line's choices over its kit settings.
///
/// `out`: a file path, or an existing folder for the default name; `None` means the
/// default name ("NAME – media kit.html") in the current folder. Print
/// [`WebReport::lines`] afterwards.
pub fn run_web_export_command(
    project: &Path,
    out: Option<&Path>,
    theme: Option<Theme>,
    length: Option<KitLength>,
    base_url: Option<&str>,
    max_size_mb: Option<f64>,
) -> Result<WebReport> {
    let loaded = storage::open(project)?;
    let bundle = if project.is_file() {
        project.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        project.to_path_buf()
    };
    let mut options = WebOptions::from_project(&loaded);
    options.base_url = base_url.map(str::to_owned);
    if let Some(theme) = theme {
        options.theme = theme;
    }
    if let Some(length) = length {
        options.length = length;
    }
    if let Some(megabytes) = max_size_mb {
        options.max_size_bytes = size_limit_bytes(megabytes)?;
    }
    let file_name = Path::new(&default_file_name(&loaded)).with_extension("html");
    let out: PathBuf = match out {
        Some(path) if path.is_dir() => path.join(&file_name),
        Some(path) => path.to_path_buf(),
        None => file_name,
    };
    let media = MediaSource::bundle(&bundle);
    let benchmarks = Benchmarks::embedded()?;
    let today = time::OffsetDateTime::now_utc().date();
    let ctx = crate::pdf::layout_context(&loaded, &media, &benchmarks, today);
    let read = |name: &str| media.read(name).map(std::borrow::Cow::into_owned);
    Ok(export_web(&loaded, &ctx, &read, &options, &out)?)
}
