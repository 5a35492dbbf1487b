//! Creators' own figures read from what the platforms give them: analytics export files
//! (YouTube Studio, TikTok Studio, Meta Business Suite, Instagram's "Download your
//! information", X) and rows pasted from a spreadsheet, turned into posts, follower
//! snapshots and audience shares, plus the plan of what an import would change.
//!
//! Nothing here touches a project: reading gives [`ExportFile`]s, and `plan` turns them
//! into one [`crate::actions::Action`] the caller applies (one undo step).

pub mod aliases;
mod archive;
pub mod columns;
pub mod dates;
mod dispatch;
mod dyi;
mod error;
mod files;
pub mod numbers;
pub mod paste;
pub mod plan;
mod posts;
mod series;
pub mod summary;
pub mod table;
pub mod text;

pub use error::ImportError;
pub use files::{FileError, MAX_FILE_BYTES, ReadFile, read_export_file};
pub use plan::{ImportPlan, PlatformPlan, plan_import};

use crate::model::{FollowerSnapshot, PlatformKind, Post, Share};
use time::Date;

/// What kind of export file was recognised, from its content (never its file name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// YouTube Studio, Advanced mode, "Table data" (one row per video).
    YoutubeTable,
    /// YouTube Studio "Chart data" (views per video per day).
    YoutubeChart,
    /// YouTube Studio "Totals" (one metric per day).
    YoutubeTotals,
    /// TikTok Studio "Content" (one row per video).
    TiktokContent,
    /// TikTok Studio "Overview" (account totals per day).
    TiktokOverview,
    /// TikTok Studio "FollowerHistory".
    TiktokFollowerHistory,
    /// TikTok Studio "FollowerGender".
    TiktokFollowerGender,
    /// TikTok Studio "FollowerTopTerritories".
    TiktokTerritories,
    /// TikTok Studio "Viewers": recognised, holds nothing Pitchkit keeps.
    TiktokViewers,
    /// TikTok Studio "FollowerActivity": recognised, holds nothing Pitchkit keeps.
    TiktokFollowerActivity,
    /// Meta Business Suite content export for Instagram (one row per post).
    MetaContent,
    /// Meta Business Suite daily metric export (UTF-16, `sep=` line, title line).
    MetaDaily,
    /// Instagram "Download your information": `past_instagram_insights/posts.json`.
    InstagramDyiPosts,
    /// X account overview analytics (one row per day).
    XOverview,
    /// X content export (one row per post).
    XContent,
    /// X's legacy `tweet_activity_metrics` export (one row per tweet).
    XLegacyActivity,
}

impl FileKind {
    /// The name shown to people, e.g. "YouTube Studio table data".
    pub fn label(self) -> &'static str {
        match self {
            Self::YoutubeTable => "YouTube Studio table data",
            Self::YoutubeChart => "YouTube Studio chart data",
            Self::YoutubeTotals => "YouTube Studio totals",
            Self::TiktokContent => "TikTok Studio content",
            Self::TiktokOverview => "TikTok Studio overview",
            Self::TiktokFollowerHistory => "TikTok Studio follower history",
            Self::TiktokFollowerGender => "TikTok Studio follower gender",
            Self::TiktokTerritories => "TikTok Studio follower territories",
            Self::TiktokViewers => "TikTok Studio viewers",
            Self::TiktokFollowerActivity => "TikTok Studio follower activity",
            Self::MetaContent => "Meta Business Suite content export",
            Self::MetaDaily => "Meta Business Suite daily metric",
            Self::InstagramDyiPosts => "Instagram “Download your information” post insights",
            Self::XOverview => "X account overview",
            Self::XContent => "X content export",
            Self::XLegacyActivity => "X tweet activity (legacy)",
        }
    }

    /// The platform the file describes.
    pub fn platform(self) -> PlatformKind {
        match self {
            Self::YoutubeTable | Self::YoutubeChart | Self::YoutubeTotals => PlatformKind::Youtube,
            Self::TiktokContent
            | Self::TiktokOverview
            | Self::TiktokFollowerHistory
            | Self::TiktokFollowerGender
            | Self::TiktokTerritories
            | Self::TiktokViewers
            | Self::TiktokFollowerActivity => PlatformKind::Tiktok,
            Self::MetaContent | Self::MetaDaily | Self::InstagramDyiPosts => {
                PlatformKind::Instagram
            }
            Self::XOverview | Self::XContent | Self::XLegacyActivity => PlatformKind::X,
        }
    }

    /// True for kinds recognised only to say they hold nothing Pitchkit keeps.
    pub fn keeps_nothing(self) -> bool {
        matches!(self, Self::TiktokViewers | Self::TiktokFollowerActivity)
    }
}

/// How one column of the file was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnUse {
    /// The header as written in the file.
    pub header: String,
    /// What Pitchkit reads from it ("Likes", "Publish date"), or `None` when unused.
    pub used_as: Option<&'static str>,
}

/// One post read from a file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedPost {
    /// 1-based line number in the file (or record number in JSON).
    pub line: usize,
    /// The post's figures; counts not in the file stay `None` ("not entered").
    pub post: Post,
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based line number in the file.
    pub line: usize,
    /// Why, in plain words.
    pub message: String,
}

/// Everything one export file gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// The name shown to people: the file name, or "archive.zip › Table data.csv".
    pub name: String,
    /// What kind of file it is.
    pub kind: FileKind,
    /// Every column of the file, used or not, in file order.
    pub columns: Vec<ColumnUse>,
    /// Posts, in file order (totals rows skipped).
    pub posts: Vec<ImportedPost>,
    /// Dated follower counts, oldest first.
    pub snapshots: Vec<FollowerSnapshot>,
    /// Gender shares of the audience.
    pub genders: Vec<Share>,
    /// Country shares of the audience.
    pub countries: Vec<Share>,
    /// Rows that could not be read.
    pub problems: Vec<RowProblem>,
    /// Plain remarks for the preview: how years were inferred, what a recognised file
    /// holds that Pitchkit does not keep, and the like.
    pub notes: Vec<String>,
}

impl ExportFile {
    /// An empty result for a file of `kind` with these columns.
    fn new(name: &str, kind: FileKind, columns: Vec<ColumnUse>) -> Self {
        Self {
            name: name.to_owned(),
            kind,
            columns,
            posts: Vec::new(),
            snapshots: Vec::new(),
            genders: Vec::new(),
            countries: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// The largest file read, zipped or not (50 MB): exports are a few megabytes at most.
pub const MAX_INPUT_BYTES: usize = 50 * 1024 * 1024;

/// Reads an export as downloaded: a CSV, Instagram's JSON, or a zip of them (one
/// [`ExportFile`] per usable entry, named "archive.zip › inner.csv"). The platform and
/// kind come from the content, never from `name`. `exported_on` is the day the export
/// was made (the file's modification date): TikTok's dates without a year get theirs by
/// counting back from it, unless the video ID carries the posting time.
pub fn read_export(
    name: &str,
    bytes: &[u8],
    exported_on: Date,
) -> Result<Vec<ExportFile>, ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge {
            size_mb: bytes.len().div_ceil(1024 * 1024),
            limit_mb: MAX_INPUT_BYTES / (1024 * 1024),
            name: name.to_owned(),
        });
    }
    if archive::is_zip(bytes) {
        return archive::read_zip(name, bytes, exported_on);
    }
    read_single(name, bytes, exported_on).map(|file| vec![file])
}

/// Reads one CSV or JSON file (not a zip).
fn read_single(name: &str, bytes: &[u8], exported_on: Date) -> Result<ExportFile, ImportError> {
    let decoded = text::decode(bytes).ok_or_else(|| ImportError::Encoding {
        name: name.to_owned(),
    })?;
    let body = decoded.trim_start_matches('\u{feff}').trim();
    if body.is_empty() {
        return Err(ImportError::Empty {
            name: name.to_owned(),
        });
    }
    if body.starts_with('{') || body.starts_with('[') {
        return dyi::read(name, body, exported_on);
    }
    let sheet = table::read_sheet(&decoded);
    if sheet.header.is_empty() {
        return Err(ImportError::Empty {
            name: name.to_owned(),
        });
    }
    dispatch::read_sheet_as_export(name, &sheet, exported_on)
}
