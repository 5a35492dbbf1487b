//! Rows that are posts (YouTube table data, TikTok content, Meta content, X content):
//! each row's date, title, link, type and counts, with totals rows skipped, repeated
//! rows read once, TikTok's missing years filled in, and every unreadable cell reported.

use super::aliases::{Col, Field};
use super::columns::normalise;
use super::dates::{self, DayOrder};
use super::dispatch::column_of;
use super::numbers::{self, NumberStyle};
use super::table::{Row, Sheet};
use super::{ExportFile, FileKind, ImportedPost, RowProblem};
use crate::model::{Post, PostKind};
use std::collections::BTreeMap;
use time::Date;

/// Titles longer than this are cut (at a character boundary) with an ellipsis.
const TITLE_CHARS: usize = 100;

/// First cells of YouTube's totals row, in the languages seen.
const TOTAL_ROWS: [&str; 5] = ["total", "gesamt", "totales", "summe", "total general"];

/// The count fields of a post, in preview order.
const COUNTS: [Field; 7] = [
    Field::Likes,
    Field::Comments,
    Field::Shares,
    Field::Saves,
    Field::Views,
    Field::Reach,
    Field::Impressions,
];

fn slot(post: &mut Post, field: Field) -> Option<&mut Option<u64>> {
    Some(match field {
        Field::Likes => &mut post.likes,
        Field::Comments => &mut post.comments,
        Field::Shares => &mut post.shares,
        Field::Saves => &mut post.saves,
        Field::Views => &mut post.views,
        Field::Reach => &mut post.reach,
        Field::Impressions => &mut post.impressions,
        _ => return None,
    })
}

/// A post type as Meta writes it ("IG reel", "Reel de IG", "IG-Karussell"…).
pub fn post_kind(cell: &str) -> Option<PostKind> {
    let n = cell.trim().to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    Some(if has(&["reel", "clip"]) {
        PostKind::Reel
    } else if has(&[
        "carousel",
        "carrusel",
        "karussell",
        "carrossel",
        "secuencia",
        "sequência",
        "album",
        "sidecar",
    ]) {
        PostKind::Carousel
    } else if has(&["story", "storie", "historia", "história"]) {
        PostKind::Story
    } else if has(&["live", "en vivo", "ao vivo", "directo"]) {
        PostKind::Live
    } else if has(&["short"]) {
        PostKind::Short
    } else if has(&["video", "vídeo"]) {
        PostKind::Video
    } else if has(&[
        "image", "imagen", "imagem", "bild", "photo", "foto", "picture",
    ]) {
        PostKind::Photo
    } else {
        return None;
    })
}

/// The first line of a caption, cut to [`TITLE_CHARS`].
fn short_title(text: &str) -> String {
    let line = text.trim().lines().next().unwrap_or("").trim();
    if line.chars().count() <= TITLE_CHARS {
        return line.to_owned();
    }
    let cut: String = line.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// How a file's dates were read, counted for the notes.
#[derive(Debug, Default)]
struct DateNotes {
    from_id: usize,
    counted_back: usize,
    order_assumed: Option<DayOrder>,
}

/// What each row needs to know about the file.
struct Reader<'a> {
    kind: FileKind,
    map: &'a [Option<Col>],
    styles: BTreeMap<Field, (usize, NumberStyle)>,
    order: Option<DayOrder>,
    exported_on: Date,
}

/// The day order of a file's slashed dates: what its dates show, else (Meta only) its
/// language: English headers mean month first.
fn date_order(kind: FileKind, sheet: &Sheet, column: Option<usize>) -> (Option<DayOrder>, bool) {
    let Some(column) = column else {
        return (None, false);
    };
    let mut seen = sheet
        .rows
        .iter()
        .filter_map(|r| dates::order_evidence(r.cell(column)));
    if let Some(first) = seen.next() {
        return if seen.all(|o| o == first) {
            (Some(first), false)
        } else {
            (None, false)
        };
    }
    if kind != FileKind::MetaContent {
        return (None, false);
    }
    let english = sheet
        .header
        .get(column)
        .is_some_and(|h| normalise(h) == "publish time");
    let any_slashed = sheet.rows.iter().any(|r| r.cell(column).contains('/'));
    let order = if english {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    };
    (Some(order), any_slashed)
}

impl Reader<'_> {
    fn cell<'r>(&self, row: &'r Row, field: Field) -> &'r str {
        column_of(self.map, field).map_or("", |i| row.cell(i))
    }

    fn date(&self, row: &Row, link: &str, notes: &mut DateNotes) -> Result<Date, String> {
        let cell = self.cell(row, Field::Published);
        if numbers::is_missing(cell) {
            return Err(match self.kind {
                FileKind::YoutubeTable => {
                    "the video has no publish time (private or never published?)".to_owned()
                }
                _ => "the row has no publish date".to_owned(),
            });
        }
        if self.kind != FileKind::TiktokContent {
            return dates::parse_date_with(cell, self.order);
        }
        if let Ok(date) = dates::parse_date_with(cell, self.order) {
            return Ok(date);
        }
        let (month, day) = dates::parse_month_day(cell).ok_or_else(|| {
            format!("“{cell}” is not a date Pitchkit can read (expected e.g. “February 28”)")
        })?;
        let from_id = dates::tiktok_id(link)
            .and_then(|id| dates::date_from_tiktok_id(id, self.exported_on))
            .and_then(|anchor| dates::nearest_with_month_day(month, day, anchor));
        if let Some(date) = from_id {
            notes.from_id += 1;
            return Ok(date);
        }
        notes.counted_back += 1;
        dates::year_counting_back(month, day, self.exported_on)
            .ok_or_else(|| format!("“{cell}” is not a day of any recent year"))
    }

    fn link(&self, row: &Row) -> String {
        let link = self.cell(row, Field::Link);
        let id = self.cell(row, Field::Id).trim();
        match self.kind {
            FileKind::YoutubeTable if !id.is_empty() => {
                format!("https://www.youtube.com/watch?v={id}")
            }
            FileKind::XContent | FileKind::XLegacyActivity
                if link.is_empty() && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) =>
            {
                format!("https://x.com/i/status/{id}")
            }
            _ => link.to_owned(),
        }
    }

    fn post(&self, row: &Row, notes: &mut DateNotes) -> Result<Post, String> {
        let link = self.link(row);
        let date = self.date(row, &link, notes)?;
        if date > self.exported_on.next_day().unwrap_or(self.exported_on) {
            return Err(format!("the date {date} is after the export was made"));
        }
        let kind = match self.kind {
            FileKind::YoutubeTable => PostKind::Video,
            FileKind::TiktokContent => PostKind::Short,
            _ => post_kind(self.cell(row, Field::PostType)).unwrap_or_default(),
        };
        let mut post = Post::new(date, kind);
        post.title = short_title(self.cell(row, Field::Title));
        post.link = link;
        for (&field, &(column, style)) in &self.styles {
            let value = numbers::parse_count(row.cell(column), style)
                .map_err(|e| format!("{}: {e}", field.label()))?;
            if let Some(slot) = slot(&mut post, field) {
                *slot = value;
            }
        }
        Ok(post)
    }
}

fn date_notes(file: &mut ExportFile, notes: &DateNotes, assumed: bool, exported_on: Date) {
    if notes.from_id > 0 {
        file.notes.push(format!(
            "The file's dates have no year: for {} post{} it came from the video ID (which holds the posting time).",
            notes.from_id,
            if notes.from_id == 1 { "" } else { "s" }
        ));
    }
    if notes.counted_back > 0 {
        file.notes.push(format!(
            "The file's dates have no year: for {} post{} it was counted back from the export date {} (the latest such day on or before it).",
            notes.counted_back,
            if notes.counted_back == 1 { "" } else { "s" },
            crate::format::date(exported_on)
        ));
    }
    if assumed {
        let order = match notes.order_assumed {
            Some(DayOrder::DayFirst) => "day/month",
            _ => "month/day",
        };
        file.notes.push(format!(
            "No publish date in the file has a day over 12, so dates like 03/04/2025 were read as {order}, as the file's language writes them."
        ));
    }
}

/// Reads the posts of `sheet` into `file`.
pub fn read(file: &mut ExportFile, sheet: &Sheet, map: &[Option<Col>], exported_on: Date) {
    let mut styles = BTreeMap::new();
    let hint = if sheet.delimiter == b';' {
        NumberStyle::DecimalComma
    } else {
        NumberStyle::Auto
    };
    for field in COUNTS {
        if let Some(column) = column_of(map, field) {
            let style = numbers::detect_style(sheet.rows.iter().map(|r| r.cell(column)), hint);
            styles.insert(field, (column, style));
        }
    }
    let (order, assumed) = date_order(file.kind, sheet, column_of(map, Field::Published));
    let reader = Reader {
        kind: file.kind,
        map,
        styles,
        order,
        exported_on,
    };
    let mut notes = DateNotes {
        order_assumed: order,
        ..DateNotes::default()
    };
    let mut seen: BTreeMap<(String, Option<Date>, String), usize> = BTreeMap::new();
    for row in &sheet.rows {
        if file.kind == FileKind::YoutubeTable
            && TOTAL_ROWS.contains(&normalise(row.cell(0)).as_str())
        {
            continue;
        }
        match reader.post(row, &mut notes) {
            Ok(post) => {
                let key = if post.link.is_empty() {
                    (String::new(), Some(post.date), post.title.clone())
                } else {
                    (post.link.clone(), None, String::new())
                };
                if let Some(first) = seen.get(&key) {
                    file.problems.push(RowProblem {
                        line: row.line,
                        message: format!(
                            "the row repeats the post on line {first}; it is read once"
                        ),
                    });
                    continue;
                }
                seen.insert(key, row.line);
                file.posts.push(ImportedPost {
                    line: row.line,
                    post,
                });
            }
            Err(message) => file.problems.push(RowProblem {
                line: row.line,
                message,
            }),
        }
    }
    date_notes(file, &notes, assumed, exported_on);
    if file.kind == FileKind::YoutubeTable && !file.posts.is_empty() {
        file.notes.push(
            "YouTube's table does not say which videos are Shorts: all are read as videos; change the type of your Shorts in the post table.".to_owned(),
        );
    }
}
