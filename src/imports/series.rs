//! Files that are not posts: follower history as dated snapshots, gender and country
//! shares, and the kinds recognised only to say what they hold.

use super::aliases::{Col, Field};
use super::dates;
use super::dispatch::column_of;
use super::numbers::{self, NumberStyle};
use super::table::{Row, Sheet};
use super::{ExportFile, FileKind, RowProblem};
use crate::model::{FollowerSnapshot, Percent, Share};
use std::collections::BTreeMap;
use time::Date;

/// Words in a Meta daily export's title that say its values are follower counts.
const FOLLOWER_TITLES: [&str; 5] = [
    "followers",
    "seguidores",
    "follower",
    "abonnenten",
    "abonnés",
];

/// Reads `sheet` into `file` by its kind.
pub fn read(file: &mut ExportFile, sheet: &Sheet, map: &[Option<Col>], exported_on: Date) {
    let kind = file.kind;
    let nothing = |what: &str| {
        format!(
            "{} holds {what}; Pitchkit keeps posts, follower counts and audience shares, so nothing is taken from it.",
            kind.label()
        )
    };
    match kind {
        FileKind::TiktokFollowerHistory => snapshots(file, sheet, map, Field::Followers, exported_on),
        FileKind::MetaDaily => {
            let title = sheet.title.clone().unwrap_or_default();
            let lower = title.to_lowercase();
            let counts = FOLLOWER_TITLES.iter().any(|w| lower.contains(w))
                && !lower.contains("follows")
                && !lower.contains("new ");
            if counts {
                snapshots(file, sheet, map, Field::Primary, exported_on);
            } else {
                for column in &mut file.columns {
                    column.used_as = None;
                }
                let what = if title.is_empty() { "a daily metric".to_owned() } else { format!("daily “{title}”") };
                file.notes.push(nothing(&what));
            }
        }
        FileKind::XOverview if column_of(map, Field::Followers).is_some() => {
            snapshots(file, sheet, map, Field::Followers, exported_on);
        }
        FileKind::XOverview => file.notes.push(nothing(
            "daily account totals (impressions, engagements, new follows and unfollows) but no follower counts",
        )),
        FileKind::TiktokFollowerGender | FileKind::TiktokTerritories => shares(file, sheet, map),
        FileKind::YoutubeChart => file.notes.push(nothing(
            "views per video per day, not each video's totals (export “Table data” for those)",
        )),
        FileKind::YoutubeTotals => file.notes.push(nothing(&format!(
            "one metric per day (“{}”): changes over a period, not counts on a day",
            sheet.header.get(1).map_or("", |h| h.trim())
        ))),
        FileKind::TiktokOverview => file.notes.push(nothing(
            "account totals per day (video views, profile views, likes…)",
        )),
        FileKind::TiktokViewers => file.notes.push(nothing("viewer counts per day")),
        FileKind::TiktokFollowerActivity => file.notes.push(nothing("when followers are online")),
        _ => {}
    }
}

/// A day of a daily series: a full date, or a yearless one counted back from the export.
fn day_of(cell: &str, exported_on: Date, yearless: &mut usize) -> Result<Date, String> {
    if let Ok(date) = dates::parse_date(cell) {
        return Ok(date);
    }
    let (month, day) = dates::parse_month_day(cell)
        .ok_or_else(|| format!("“{cell}” is not a date Pitchkit can read"))?;
    *yearless += 1;
    dates::year_counting_back(month, day, exported_on)
        .ok_or_else(|| format!("“{cell}” is not a day of any recent year"))
}

fn snapshots(
    file: &mut ExportFile,
    sheet: &Sheet,
    map: &[Option<Col>],
    value: Field,
    exported_on: Date,
) {
    let (Some(day_col), Some(value_col)) = (column_of(map, Field::Day), column_of(map, value))
    else {
        return;
    };
    let style = numbers::detect_style(
        sheet.rows.iter().map(|r| r.cell(value_col)),
        NumberStyle::Auto,
    );
    let mut by_day: BTreeMap<Date, (usize, u64)> = BTreeMap::new();
    let mut yearless = 0;
    for row in &sheet.rows {
        let problem = |message: String| RowProblem {
            line: row.line,
            message,
        };
        let count = match numbers::parse_count(row.cell(value_col), style) {
            Ok(Some(count)) => count,
            // Sparse rows: a day without a figure is not a day with zero.
            Ok(None) => continue,
            Err(e) => {
                file.problems.push(problem(e));
                continue;
            }
        };
        match day_of(row.cell(day_col), exported_on, &mut yearless) {
            Ok(date) => {
                if let Some((first, _)) = by_day.get(&date) {
                    file.problems.push(problem(format!(
                        "the row repeats the day on line {first}; the first is kept"
                    )));
                } else {
                    by_day.insert(date, (row.line, count));
                }
            }
            Err(e) => file.problems.push(problem(e)),
        }
    }
    file.snapshots = by_day
        .into_iter()
        .map(|(date, (_, followers))| FollowerSnapshot { date, followers })
        .collect();
    if yearless > 0 {
        file.notes.push(format!(
            "The file's dates have no year: it was counted back from the export date {} for {yearless} day{}.",
            crate::format::date(exported_on),
            if yearless == 1 { "" } else { "s" }
        ));
    }
}

fn share_of(
    row: &Row,
    column: usize,
    style: NumberStyle,
    fractions: bool,
) -> Result<Option<Percent>, String> {
    let cell = row.cell(column);
    let Some((value, percent_sign)) = numbers::parse_decimal(cell, style)? else {
        return Ok(None);
    };
    let percent = if fractions && !percent_sign {
        value * 100.0
    } else {
        value
    };
    match Percent::from_percent(percent) {
        Some(p) if p.as_percent() <= 100.0 => Ok(Some(p)),
        _ => Err(format!("“{cell}” is not a share between 0 and 100 %")),
    }
}

fn shares(file: &mut ExportFile, sheet: &Sheet, map: &[Option<Col>]) {
    let label_field = if file.kind == FileKind::TiktokFollowerGender {
        Field::Gender
    } else {
        Field::Territory
    };
    let (Some(label_col), Some(share_col)) = (
        column_of(map, label_field),
        column_of(map, Field::Distribution),
    ) else {
        return;
    };
    let cells = || sheet.rows.iter().map(|r| r.cell(share_col));
    let style = numbers::detect_style(cells(), NumberStyle::Auto);
    // TikTok writes 0.59 for 59 %: a column with no value over 1 and no % sign holds fractions.
    let fractions = cells().all(|c| {
        !c.contains('%')
            && numbers::parse_decimal(c, style)
                .ok()
                .flatten()
                .is_none_or(|(v, _)| v <= 1.0)
    });
    let mut out = Vec::new();
    for row in &sheet.rows {
        let label = row.cell(label_col);
        if label.is_empty() {
            continue;
        }
        match share_of(row, share_col, style, fractions) {
            Ok(Some(percent)) => out.push(Share::new(label, percent)),
            Ok(None) => {}
            Err(message) => file.problems.push(RowProblem {
                line: row.line,
                message,
            }),
        }
    }
    if fractions && !out.is_empty() {
        file.notes
            .push("Shares are written as fractions (0.59 = 59 %).".to_owned());
    }
    if file.kind == FileKind::TiktokFollowerGender {
        file.genders = out;
    } else {
        file.countries = out;
    }
}
