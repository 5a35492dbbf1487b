//! Creators' own figures read from what the platforms give them: analytics export files
//! (YouTube Studio, TikTok Studio, Meta Business Suite, Instagram's "Download your
//! information", X) and rows pasted from a spreadsheet, turned into posts, follower
//! snapshots and audience shares, plus the plan of what an import would change.
//!
//! Nothing here touches a project: reading gives [`ExportFile`]s, and `plan` turns them
//! into one [`crate::actions::Action`] the caller applies (one undo step).

mod files;
pub mod plan;
pub mod summary;

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
