//! Rows copied from a spreadsheet (tab-, semicolon- or comma-separated) turned into
//! posts: the table read with the `csv` crate (quoted cells may span lines), columns
//! guessed from their header or content, numbers and dates read by the same readers as
//! the platforms' exports (the decimal mark decided per column), and every row that
//! cannot be read reported with its line and reason.

pub use super::RowProblem;
use super::dates::{self, DayOrder};
use super::numbers::{self, NumberStyle};
use crate::actions::PostCount;
use crate::model::{Post, PostKind};
use time::Date;

/// What a pasted column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Not imported.
    Ignore,
    /// Publication date.
    Date,
    /// Photo, reel, video…
    Kind,
    /// Title or caption.
    Title,
    /// One count.
    Count(PostCount),
    /// Sponsored yes/no.
    Sponsored,
    /// Link to the post.
    Link,
}

impl Column {
    /// Every choice, in menu order.
    pub const CHOICES: [Column; 14] = [
        Self::Ignore,
        Self::Date,
        Self::Kind,
        Self::Title,
        Self::Count(PostCount::Likes),
        Self::Count(PostCount::Comments),
        Self::Count(PostCount::Shares),
        Self::Count(PostCount::Saves),
        Self::Count(PostCount::Views),
        Self::Count(PostCount::Reach),
        Self::Count(PostCount::Impressions),
        Self::Count(PostCount::Replies),
        Self::Sponsored,
        Self::Link,
    ];

    /// The name in the column menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ignore => "(ignore)",
            Self::Date => "Date",
            Self::Kind => "Type",
            Self::Title => "Title",
            Self::Count(PostCount::Likes) => "Likes",
            Self::Count(PostCount::Comments) => "Comments",
            Self::Count(PostCount::Shares) => "Shares",
            Self::Count(PostCount::Saves) => "Saves",
            Self::Count(PostCount::Views) => "Views",
            Self::Count(PostCount::Reach) => "Reach",
            Self::Count(PostCount::Impressions) => "Impressions",
            Self::Count(PostCount::Replies) => "Replies",
            Self::Sponsored => "Sponsored",
            Self::Link => "Link",
        }
    }

    fn from_header(name: &str) -> Option<Self> {
        let n = name.trim().to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
        Some(if has(&["date", "posted", "published", "day"]) {
            Self::Date
        } else if has(&["type", "format", "kind"]) {
            Self::Kind
        } else if has(&["sponsor", "paid", "#ad", "partnership"]) {
            Self::Sponsored
        } else if has(&["link", "url", "permalink"]) {
            Self::Link
        } else if has(&["repl"]) {
            Self::Count(PostCount::Replies)
        } else if has(&["like", "reaction", "heart"]) {
            Self::Count(PostCount::Likes)
        } else if has(&["comment"]) {
            Self::Count(PostCount::Comments)
        } else if has(&["share", "repost", "retweet"]) {
            Self::Count(PostCount::Shares)
        } else if has(&["save", "bookmark"]) {
            Self::Count(PostCount::Saves)
        } else if has(&["impression"]) {
            Self::Count(PostCount::Impressions)
        } else if has(&["reach", "accounts"]) {
            Self::Count(PostCount::Reach)
        } else if has(&["view", "play"]) {
            Self::Count(PostCount::Views)
        } else if has(&["title", "caption", "description", "post", "name"]) {
            Self::Title
        } else {
            return None;
        })
    }
}

/// A pasted table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The header row, when the first row names the columns.
    pub header: Option<Vec<String>>,
    /// The data rows with their 1-based line numbers in the pasted text (the line a row
    /// starts on: a quoted cell may span several lines).
    pub rows: Vec<(usize, Vec<String>)>,
    /// Columns in the widest row.
    pub width: usize,
}

/// The delimiter of pasted text: tabs when any line has one (spreadsheets copy that
/// way), else semicolons when the first line has more of them than commas, else commas.
fn delimiter_of(text: &str) -> u8 {
    if text.contains('\t') {
        b'\t'
    } else if text
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.matches(';').count() > l.matches(',').count())
    {
        b';'
    } else {
        b','
    }
}

/// Splits pasted text into cells with the `csv` crate: "quoted, cells" and quoted
/// captions spanning several lines (as Google Sheets and Excel copy them) stay whole.
pub fn split_table(text: &str) -> Table {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter_of(text))
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Only a broken UTF-8 sequence stops the reader, and `text` is a `str`.
            Err(_) => continue,
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record
            .position()
            .map_or(0, |p| super::table::record_line(text, p));
        let cells = record.iter().map(|c| c.trim().to_owned()).collect();
        rows.push((line, cells));
    }
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    let is_header = rows.first().is_some_and(|(_, first)| {
        first
            .iter()
            .all(|c| parse_count(c).is_err() && parse_date(c).is_err())
            && first.iter().any(|c| Column::from_header(c).is_some())
    });
    let header = if is_header && !rows.is_empty() {
        Some(rows.remove(0).1)
    } else {
        None
    };
    Table {
        header,
        rows,
        width,
    }
}

/// A column per position: from the header's names, else from the first row's content.
pub fn guess_columns(table: &Table) -> Vec<Column> {
    let mut columns = vec![Column::Ignore; table.width];
    if let Some(header) = &table.header {
        for (slot, name) in columns.iter_mut().zip(header) {
            *slot = Column::from_header(name).unwrap_or(Column::Ignore);
        }
    } else if let Some((_, first)) = table.rows.first() {
        let mut counts = [
            PostCount::Likes,
            PostCount::Comments,
            PostCount::Shares,
            PostCount::Saves,
            PostCount::Views,
        ]
        .into_iter();
        let mut have_date = false;
        let mut have_title = false;
        for (slot, cell) in columns.iter_mut().zip(first) {
            *slot = if !have_date && parse_date(cell).is_ok() {
                have_date = true;
                Column::Date
            } else if parse_count(cell).is_ok_and(|c| c.is_some()) {
                counts.next().map_or(Column::Ignore, Column::Count)
            } else if !have_title && !cell.is_empty() {
                have_title = true;
                Column::Title
            } else {
                Column::Ignore
            };
        }
    }
    // One column per meaning: a later duplicate is ignored.
    for i in 0..columns.len() {
        if columns[i] != Column::Ignore && columns[..i].contains(&columns[i]) {
            columns[i] = Column::Ignore;
        }
    }
    columns
}

/// How each column's numbers and dates are written, decided from all its cells.
struct Conventions {
    styles: Vec<NumberStyle>,
    order: Option<DayOrder>,
}

fn conventions(table: &Table, columns: &[Column]) -> Conventions {
    let cells = |i: usize| {
        table
            .rows
            .iter()
            .map(move |(_, r)| r.get(i).map_or("", String::as_str))
    };
    let styles = (0..columns.len())
        .map(|i| numbers::detect_style(cells(i), NumberStyle::Auto))
        .collect();
    let order = columns
        .iter()
        .position(|c| *c == Column::Date)
        .and_then(|i| {
            let mut seen = cells(i).filter_map(dates::order_evidence);
            let first = seen.next()?;
            seen.all(|o| o == first).then_some(first)
        });
    Conventions { styles, order }
}

/// The posts the rows describe, and the rows that could not be read.
pub fn to_posts(table: &Table, columns: &[Column], today: Date) -> (Vec<Post>, Vec<RowProblem>) {
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    if !columns.contains(&Column::Date) {
        problems.push(RowProblem {
            line: 1,
            message: "No column is marked as the date: choose which column holds the post dates."
                .into(),
        });
        return (posts, problems);
    }
    let conventions = conventions(table, columns);
    for (line, cells) in &table.rows {
        match row_to_post(cells, columns, &conventions, today) {
            Ok(post) => posts.push(post),
            Err(message) => problems.push(RowProblem {
                line: *line,
                message,
            }),
        }
    }
    (posts, problems)
}

fn row_to_post(
    cells: &[String],
    columns: &[Column],
    conventions: &Conventions,
    today: Date,
) -> Result<Post, String> {
    let mut post = Post::new(today, PostKind::Photo);
    let mut dated = false;
    let cells = cells
        .iter()
        .map(String::as_str)
        .chain(std::iter::repeat(""));
    for (i, (column, cell)) in columns.iter().zip(cells).enumerate() {
        match column {
            Column::Ignore => {}
            Column::Date => {
                let date = dates::parse_date_with(cell, conventions.order)?;
                if date > today {
                    return Err(format!("the date {cell} is after today"));
                }
                post.date = date;
                dated = true;
            }
            Column::Kind => post.kind = parse_kind(cell).unwrap_or_default(),
            Column::Title => post.title = cell.to_owned(),
            Column::Count(count) => {
                let style = conventions.styles.get(i).copied().unwrap_or_default();
                let value = numbers::parse_count(cell, style)
                    .map_err(|e| format!("{}: {e}", Column::Count(*count).label()))?;
                *count.slot_mut(&mut post) = value;
            }
            Column::Sponsored => post.sponsored = parse_yes(cell),
            Column::Link => post.link = cell.to_owned(),
        }
    }
    if !dated {
        return Err("the row has no date".into());
    }
    Ok(post)
}

/// A count cell on its own: "1,240", "1.2K", "1,2K", "3M", or empty for not entered.
/// The post table's count field reads with this too, so both accept the same.
pub fn parse_count(cell: &str) -> Result<Option<u64>, String> {
    numbers::parse_count(cell, NumberStyle::Auto)
}

/// A date cell: 2026-03-12, 2026/03/12, 12 Mar 2026, Mar 12, 2026, or a slashed date
/// whose day is unambiguous (13/03/2026, 03/13/2026); a time after it is allowed.
pub fn parse_date(cell: &str) -> Result<Date, String> {
    dates::parse_date(cell)
}

fn parse_kind(cell: &str) -> Option<PostKind> {
    let n = cell.trim().to_lowercase();
    PostKind::ALL
        .into_iter()
        .find(|k| n.starts_with(&k.label().to_lowercase()))
        .or(match n.as_str() {
            "image" | "picture" | "static" => Some(PostKind::Photo),
            "album" | "sidecar" => Some(PostKind::Carousel),
            "reels" | "clip" => Some(PostKind::Reel),
            "shorts" | "tiktok" => Some(PostKind::Short),
            "stream" => Some(PostKind::Live),
            _ => None,
        })
}

fn parse_yes(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "yes" | "y" | "true" | "1" | "x" | "✓" | "paid" | "sponsored" | "ad" | "#ad" | "gifted"
    )
}
