//! The web kit: the same kit as the PDF, as one self-contained HTML page for screens.
//!
//! A third renderer beside the PDF and the editor's preview, fed by the kit's
//! [content](crate::kit::content) (the same texts and figures the PDF places) and the
//! same `ChartSpec`s (as inline SVG). Styles, fonts (subset) and photos (long edge
//! about 1600 px, JPEG) are embedded; a Content-Security-Policy forbids every request,
//! so the page calls no one. It reflows from a phone to a desktop and prints.
//!
//! - [`render_web`] makes the page in memory, [`write_page`] writes it atomically,
//!   [`export_web`] does both.
//! - Modules: `page` (sections, footer, head), `sections` (one writer per section),
//!   `svg` (charts, QR codes), `images` (photos), `fonts` (subsets), `css`
//!   (stylesheet), `colours` (contrast), `document` (head, CSP, Open Graph), `html`
//!   and [`escape`] (escaping, safe links).
//!
//! A pitch's web kit is the web kit of the view `kit::pitch::tailor` makes (as for the
//! PDF): nothing here needs to know about pitches.

pub mod colours;
mod css;
pub mod document;
mod error;
pub mod escape;
pub mod fonts;
pub mod html;
pub mod images;
mod page;
mod sections;
pub mod svg;

pub use error::WebError;
pub use images::ReadMedia;

use crate::kit::LayoutContext;
use crate::kit::content::{KitContent, SectionContent, kit_content};
use crate::kit::lang::Language;
use crate::model::{KitLength, MediaRef, Project, Theme};
use crate::storage::atomic::{AtomicOptions, NewPermissions, write_atomic};
use document::OpenGraph;
use images::{Photos, STEPS};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The most a web kit weighs by default: 3 MB (photos are made smaller to fit).
pub const DEFAULT_MAX_SIZE_BYTES: u64 = 3_000_000;

/// Long edge and JPEG quality of the link-preview image.
const COVER_STEP: (u32, u8) = (1200, 82);

/// How to make the web kit.
#[derive(Debug, Clone, PartialEq)]
pub struct WebOptions {
    /// The designed look (and accent, from the project's settings or photos).
    pub theme: Theme,
    /// Full, two-page or one-page kit (what the short kits keep, on one web page).
    pub length: KitLength,
    /// The kit's language; `None` follows the computer's (the context's).
    pub language: Option<Language>,
    /// Where the page will live (`https://…`): enables Open Graph link previews with
    /// the cover image, written beside the page.
    pub base_url: Option<String>,
    /// The most the page may weigh, in bytes.
    pub max_size_bytes: u64,
}

impl WebOptions {
    /// The project's theme and length, no address, the default size budget.
    pub fn from_project(project: &Project) -> Self {
        Self {
            theme: project.kit.theme,
            length: project.kit.length,
            language: project.kit.language,
            base_url: None,
            max_size_bytes: DEFAULT_MAX_SIZE_BYTES,
        }
    }
}

/// The link-preview image to publish beside the page.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverFile {
    /// Its file name (named by content, so pages never share one by accident).
    pub file_name: String,
    /// The JPEG.
    pub jpeg: Vec<u8>,
}

/// A web kit made in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct WebPage {
    /// The HTML document.
    pub html: String,
    /// The link-preview image, when the page's address was given and it has a photo.
    pub cover: Option<CoverFile>,
    /// Long edge (px) and JPEG quality the photos were encoded at.
    pub photo_step: (u32, u8),
    /// Whether the page fits its size budget.
    pub fits: bool,
    /// Things the creator should know.
    pub warnings: Vec<String>,
}

/// Makes the web kit of `project` (photos read through `media`, sizes and palette
/// from `ctx`, as for the PDF), making photos smaller until it fits the budget.
pub fn render_web(
    project: &Project,
    ctx: &LayoutContext,
    media: ReadMedia,
    options: &WebOptions,
) -> Result<WebPage, WebError> {
    let base_url = options
        .base_url
        .as_deref()
        .map(check_base_url)
        .transpose()?;
    let mut settings = project.kit.clone();
    settings.theme = options.theme;
    settings.length = options.length;
    settings.language = options.language;
    let content = kit_content(project, &settings, ctx)?;
    let mut photos = Photos::new(media);
    let cover = base_url
        .as_ref()
        .and_then(|_| cover_file(&content, &mut photos));
    let open_graph = base_url.map(|url| OpenGraph {
        image: cover.as_ref().map(|(file, (w, h))| {
            (
                document::beside(&url, &file.file_name),
                *w,
                *h,
                content.title.clone(),
            )
        }),
        url,
    });
    let mut last = None;
    for step in STEPS {
        let written = page::write(project, &content, &mut photos, step, open_graph.clone());
        let fits = written.html.len() as u64 <= options.max_size_bytes;
        let done = fits || written.photo_bytes == 0;
        last = Some((written, step, fits));
        if done {
            break;
        }
    }
    let Some((written, step, fits)) = last else {
        return Err(WebError::Layout(crate::kit::LayoutError::NothingToShow));
    };
    let mut warnings = content.warnings.clone();
    warnings.extend(written.warnings);
    if !fits {
        warnings.push(format!(
            "The web page is {}, over its budget of {}, with its photos as small as Pitchkit makes them; show fewer photos.",
            size_text(written.html.len() as u64),
            size_text(options.max_size_bytes)
        ));
    }
    Ok(WebPage {
        html: written.html,
        cover: cover.map(|(file, _)| file),
        photo_step: step,
        fits,
        warnings,
    })
}

/// The page's address, checked: an `https://` or `http://` address.
fn check_base_url(given: &str) -> Result<String, WebError> {
    let url = given.trim();
    let web = url.to_ascii_lowercase().starts_with("http");
    match escape::safe_href(url) {
        Some(url) if web && url.contains("://") => Ok(url.to_owned()),
        _ => Err(WebError::BadBaseUrl {
            given: given.to_owned(),
        }),
    }
}

/// The photo link previews show: the cover's portrait, else the first grid photo.
fn preview_photo(content: &KitContent) -> Option<&MediaRef> {
    content
        .sections
        .iter()
        .find_map(|section| match section {
            SectionContent::Cover(cover) => cover.portrait.as_ref(),
            _ => None,
        })
        .or_else(|| {
            content.sections.iter().find_map(|section| match section {
                SectionContent::Aesthetics(gallery) => gallery.photos.first().map(|p| &p.media),
                _ => None,
            })
        })
}

/// The link-preview image and its size.
fn cover_file(content: &KitContent, photos: &mut Photos) -> Option<(CoverFile, (u32, u32))> {
    let media = preview_photo(content)?;
    let encoded = photos.encoded(&media.file, COVER_STEP).ok()?;
    let hash = Sha256::digest(&encoded.jpeg);
    let short: String = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    Some((
        CoverFile {
            file_name: format!("media-kit-cover-{short}.jpg"),
            jpeg: encoded.jpeg,
        },
        (encoded.width_px, encoded.height_px),
    ))
}

/// What writing a web kit did.
#[derive(Debug, Clone, PartialEq)]
pub struct WebReport {
    /// Where the page was written.
    pub path: PathBuf,
    /// Its size.
    pub size_bytes: u64,
    /// The link-preview image written beside it, if any.
    pub cover: Option<PathBuf>,
    /// Long edge (px) and JPEG quality of its photos.
    pub photo_step: (u32, u8),
    /// Wall time.
    pub elapsed: Duration,
    /// Things the creator should know.
    pub warnings: Vec<String>,
}

impl WebReport {
    /// Everything to print: what was written, then each warning.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "Exported the web page, {}, in {} ms to {}",
            size_text(self.size_bytes),
            self.elapsed.as_millis(),
            self.path.display()
        )];
        if self.photo_step != STEPS[0] {
            lines.push(format!(
                "Photos were made smaller to fit the size budget: {} px on the long edge, JPEG quality {}.",
                self.photo_step.0, self.photo_step.1
            ));
        }
        if let Some(cover) = &self.cover {
            lines.push(format!(
                "Publish the link-preview image beside the page: {}",
                cover.display()
            ));
        }
        lines.extend(self.warnings.iter().map(|w| format!("warning: {w}")));
        lines
    }
}

/// Makes the web kit and writes it to `out` (and the link-preview image beside it
/// when the page's address is given): [`render_web`], then [`write_page`].
pub fn export_web(
    project: &Project,
    ctx: &LayoutContext,
    media: ReadMedia,
    options: &WebOptions,
    out: &Path,
) -> Result<WebReport, WebError> {
    let start = Instant::now();
    check_folder(out)?;
    let page = render_web(project, ctx, media, options)?;
    let mut report = write_page(&page, out)?;
    report.elapsed = start.elapsed();
    Ok(report)
}

/// The folder `out` goes in, when it exists.
fn check_folder(out: &Path) -> Result<PathBuf, WebError> {
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if folder.is_dir() {
        Ok(folder)
    } else {
        Err(WebError::NoSuchFolder { path: folder })
    }
}

/// Writes a page made by [`render_web`] to `out`, and its link-preview image beside
/// it. Each file appears complete or not at all: written to a temporary file in the
/// same folder and renamed into place (an existing file is replaced only then).
pub fn write_page(page: &WebPage, out: &Path) -> Result<WebReport, WebError> {
    let start = Instant::now();
    let folder = check_folder(out)?;
    let cover = match &page.cover {
        Some(file) => {
            let path = folder.join(&file.file_name);
            write_file(&path, &file.jpeg, ".jpg.tmp")?;
            Some(path)
        }
        None => None,
    };
    write_file(out, page.html.as_bytes(), ".html.tmp")?;
    Ok(WebReport {
        path: out.to_path_buf(),
        size_bytes: page.html.len() as u64,
        cover,
        photo_step: page.photo_step,
        elapsed: start.elapsed(),
        warnings: page.warnings.clone(),
    })
}

fn write_file(path: &Path, bytes: &[u8], suffix: &str) -> Result<(), WebError> {
    let options = AtomicOptions::new(".pitchkit-export-")
        .temp_suffix(suffix)
        .permissions(NewPermissions::Readable);
    write_atomic(path, bytes, &options).map_err(|e| WebError::Write {
        path: path.to_path_buf(),
        source: e.into_io(),
    })
}

/// A file size for people: "820 KB", "1.4 MB".
pub use crate::format::size_text;
