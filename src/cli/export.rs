//! `pitchkit export`: the kit as a PDF (or, with `--html`, as a web page), with the
//! command line's choices over the project's kit settings: open the bundle, apply the
//! choices, pick the file name, export, report. `--pitch BRAND` exports the kit made
//! for one brand and `--all-pitches DIR` one PDF per pitch (see `export_pitches`).

use crate::analytics::Benchmarks;
use crate::model::{KitLength, Language, PageSize, Project, Theme};
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
    /// Full, two-page or one-page kit, over the project's (or the pitch's) own.
    pub length: Option<KitLength>,
    pub max_size_mb: Option<f64>,
    /// A web page instead of a PDF.
    pub html: bool,
    /// Where the web page will live.
    pub base_url: Option<String>,
    /// The brand whose pitch's kit to export.
    pub pitch: Option<String>,
    /// A folder for one PDF per pitch.
    pub all_pitches: Option<PathBuf>,
    /// The kit language's code, over the project's and every pitch's.
    pub language: Option<String>,
}

/// Exports the kit and prints pages, size, time and what the export had to do.
pub(super) fn export(args: &ExportArgs) -> Result<ExitCode> {
    let theme = args.theme.as_deref().map(parse_theme).transpose()?;
    let page = args.page.as_deref().map(parse_page_size).transpose()?;
    let language = args.language.as_deref().map(parse_language).transpose()?;
    let choices = Choices {
        theme,
        page,
        length: args.length,
        max_size_mb: args.max_size_mb,
        language,
    };
    if let Some(folder) = &args.all_pitches {
        return super::export_pitches::export_all(&args.project, folder, &choices);
    }
    let pitch = args.pitch.as_deref();
    if args.html {
        let report = run_web_export_command(
            &args.project,
            &WebArgs {
                out: args.out.as_deref(),
                theme,
                length: args.length,
                base_url: args.base_url.as_deref(),
                max_size_mb: args.max_size_mb,
                pitch,
                language,
            },
        )?;
        for line in report.lines() {
            super::say(&line);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let report = match pitch {
        Some(brand) => {
            super::export_pitches::export_one(&args.project, brand, args.out.as_deref(), &choices)?
        }
        None => run_export_with(&args.project, args.out.as_deref(), &choices)?,
    };
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
    match cli_key(name).as_str() {
        "clean-light" | "light" | "clean" => Ok(Theme::CleanLight),
        "bold-dark" | "dark" | "bold" => Ok(Theme::BoldDark),
        "warm-editorial" | "warm" | "editorial" => Ok(Theme::WarmEditorial),
        _ => Err(ExportError::UnknownTheme {
            given: name.to_owned(),
        }),
    }
}

/// A command-line name as compared: trimmed, lower case, `_` and spaces as `-`.
fn cli_key(name: &str) -> String {
    name.trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect()
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
    let key = cli_key(name);
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
/// [--length one-page|two-page|full] [--max-size MB]`:
/// exports the bundle's kit with the command line's choices over its kit settings.
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
    let choices = Choices {
        theme,
        page,
        length,
        max_size_mb,
        language: None,
    };
    run_export_with(project, out, &choices)
}

/// [`run_export_command`] with all the command line's choices.
fn run_export_with(
    project: &Path,
    out: Option<&Path>,
    choices: &Choices,
) -> Result<ExportReport, ExportError> {
    let loaded = open_in(project, choices.language)?;
    let out = out_path(out, &default_file_name(&loaded));
    export_pdf(&loaded, &bundle_dir(project), choices, &out)
}

/// The command line's choices over a kit's settings.
pub(super) struct Choices {
    pub theme: Option<Theme>,
    pub page: Option<PageSize>,
    pub length: Option<KitLength>,
    pub max_size_mb: Option<f64>,
    /// The kit language over the project's and every pitch's.
    pub language: Option<Language>,
}

/// Opens the bundle at `project`; with `language`, its kit and every pitch's kit are
/// printed in that language (the command line's choice wins over theirs).
pub(super) fn open_in(
    project: &Path,
    language: Option<Language>,
) -> Result<Project, storage::StorageError> {
    let mut loaded = storage::open(project)?;
    if let Some(language) = language {
        loaded.kit.language = Some(language);
        for pitch in &mut loaded.pitches {
            pitch.language = Some(language);
        }
    }
    Ok(loaded)
}

/// A kit language from its code (`de`, `pt-BR`, `pt_br`, `es-MX`…); an unknown code
/// names the codes there are.
pub fn parse_language(code: &str) -> Result<Language, anyhow::Error> {
    Language::parse(code).ok_or_else(|| {
        anyhow::anyhow!(
            "there is no kit language “{}”; choose one of {}",
            code.trim(),
            Language::codes()
        )
    })
}

/// The bundle folder of `project` (a bundle, or its `project.json`).
pub(super) fn bundle_dir(project: &Path) -> PathBuf {
    if project.is_file() {
        project.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        project.to_path_buf()
    }
}

/// Where to write: `out` (a file, or an existing folder for `file_name`), else
/// `file_name` in the current folder.
pub(super) fn out_path(out: Option<&Path>, file_name: &str) -> PathBuf {
    match out {
        Some(path) if path.is_dir() => path.join(file_name),
        Some(path) => path.to_path_buf(),
        None => PathBuf::from(file_name),
    }
}

/// Exports `project` (photos from `bundle`) as a PDF with the command line's choices.
pub(super) fn export_pdf(
    project: &Project,
    bundle: &Path,
    choices: &Choices,
    out: &Path,
) -> Result<ExportReport, ExportError> {
    let mut options = ExportOptions::from_project(project, time::OffsetDateTime::now_utc());
    if let Some(theme) = choices.theme {
        options.theme = theme;
    }
    if let Some(page) = choices.page {
        options.page_size = page;
    }
    if let Some(length) = choices.length {
        options.length = length;
    }
    if let Some(megabytes) = choices.max_size_mb {
        options.max_size_bytes = size_limit_bytes(megabytes)?;
    }
    export_kit(project, &MediaSource::bundle(bundle), &options, out)
}

/// What `pitchkit export --html` was asked for besides the project.
pub struct WebArgs<'a> {
    /// A file path, or an existing folder for the default name; `None`: the default
    /// name in the current folder.
    pub out: Option<&'a Path>,
    /// The theme instead of the kit's (or the pitch's).
    pub theme: Option<Theme>,
    /// The kit length instead of the kit's (or the pitch's).
    pub length: Option<KitLength>,
    /// Where the page will live.
    pub base_url: Option<&'a str>,
    /// The size budget in megabytes.
    pub max_size_mb: Option<f64>,
    /// The brand whose pitch's kit to write.
    pub pitch: Option<&'a str>,
    /// The kit language over the project's (and the pitch's).
    pub language: Option<Language>,
}

/// `pitchkit export PROJECT --html [-o FILE.html] [--theme NAME] [--length NAME]
/// [--base-url URL] [--max-size MB] [--pitch BRAND]`: the bundle's kit (or the kit made for one brand)
/// as one self-contained web page, with the command line's choices over its kit
/// settings.
///
/// The default name is "NAME – media kit.html" (or "NAME × BRAND – media kit.html").
/// Print [`WebReport::lines`] afterwards.
pub fn run_web_export_command(project: &Path, args: &WebArgs) -> Result<WebReport> {
    let mut loaded = open_in(project, args.language)?;
    let mut file_name = default_file_name(&loaded);
    if let Some(brand) = args.pitch {
        let tailored = super::export_pitches::tailored(&loaded, brand, project)?;
        file_name = tailored.file_name;
        loaded = tailored.project;
    }
    let mut options = WebOptions::from_project(&loaded);
    options.base_url = args.base_url.map(str::to_owned);
    if let Some(theme) = args.theme {
        options.theme = theme;
    }
    if let Some(length) = args.length {
        options.length = length;
    }
    if let Some(megabytes) = args.max_size_mb {
        options.max_size_bytes = size_limit_bytes(megabytes)?;
    }
    let file_name = Path::new(&file_name).with_extension("html");
    let out = out_path(args.out, &file_name.to_string_lossy());
    let media = MediaSource::bundle(&bundle_dir(project));
    let benchmarks = Benchmarks::embedded()?;
    let today = time::OffsetDateTime::now_utc().date();
    let ctx = crate::pdf::layout_context(&loaded, &media, &benchmarks, today);
    let read = |name: &str| media.read(name).map(std::borrow::Cow::into_owned);
    Ok(export_web(&loaded, &ctx, &read, &options, &out)?)
}
