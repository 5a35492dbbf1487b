//! Instagram's "Download your information" post insights
//! (`past_instagram_insights/posts.json`): `organic_insights_posts`, each with
//! `string_map_data[label].value` strings in the account's language and number format,
//! and text written as mojibake (UTF-8 read as Latin-1), which is undone.

use super::aliases::{DYI_LABELS, Field};
use super::columns::normalise;
use super::numbers::{self, NumberStyle};
use super::text::fix_mojibake;
use super::{ColumnUse, ExportFile, FileKind, ImportError, ImportedPost, RowProblem, dates};
use crate::model::{Post, PostKind};
use serde_json::Value;
use std::collections::BTreeMap;
use time::{Date, OffsetDateTime};

/// The field a label names, if Pitchkit keeps it.
fn field_of(label: &str) -> Option<Field> {
    let n = normalise(label);
    DYI_LABELS
        .iter()
        .find(|(_, names)| names.contains(&n.as_str()))
        .map(|(f, _)| *f)
}

fn date_of(entry: &Value, cell: &str) -> Result<Date, String> {
    if let Some(seconds) = entry
        .get("timestamp")
        .and_then(Value::as_i64)
        .filter(|s| *s > 0)
    {
        return OffsetDateTime::from_unix_timestamp(seconds)
            .map(OffsetDateTime::date)
            .map_err(|_| format!("the timestamp {seconds} is not a date"));
    }
    if let Ok(seconds) = cell.trim().parse::<i64>() {
        return OffsetDateTime::from_unix_timestamp(seconds)
            .map(OffsetDateTime::date)
            .map_err(|_| format!("the timestamp {seconds} is not a date"));
    }
    dates::parse_date(cell)
}

/// Reads the JSON text of a DYI file.
pub fn read(name: &str, text: &str, exported_on: Date) -> Result<ExportFile, ImportError> {
    let root: Value = serde_json::from_str(text).map_err(|e| ImportError::BadJson {
        reason: e.to_string(),
        name: name.to_owned(),
    })?;
    let Some(items) = root.get("organic_insights_posts").and_then(Value::as_array) else {
        let keys: Vec<String> = root
            .as_object()
            .map(|o| o.keys().take(4).map(|k| format!("“{k}”")).collect())
            .unwrap_or_default();
        return Err(ImportError::NotRecognised {
            first_cells: if keys.is_empty() {
                "none".to_owned()
            } else {
                keys.join(", ")
            },
            name: name.to_owned(),
        });
    };
    // Labels in first-seen order, and every value of each (for its number format).
    let mut labels: Vec<String> = Vec::new();
    let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in items {
        if let Some(map) = item.get("string_map_data").and_then(Value::as_object) {
            for (label, entry) in map {
                let label = fix_mojibake(label);
                let value = entry.get("value").and_then(Value::as_str).unwrap_or("");
                if !labels.contains(&label) {
                    labels.push(label.clone());
                }
                values.entry(label).or_default().push(fix_mojibake(value));
            }
        }
    }
    let styles: BTreeMap<&String, NumberStyle> = values
        .iter()
        .map(|(label, cells)| {
            (
                label,
                numbers::detect_style(cells.iter().map(String::as_str), NumberStyle::Auto),
            )
        })
        .collect();
    let columns = labels
        .iter()
        .map(|label| ColumnUse {
            header: label.clone(),
            used_as: field_of(label).map(Field::label),
        })
        .collect();
    let mut file = ExportFile::new(name, FileKind::InstagramDyiPosts, columns);
    for (index, item) in items.iter().enumerate() {
        let line = index + 1;
        match post_of(item, &styles, exported_on) {
            Ok(post) => file.posts.push(ImportedPost { line, post }),
            Err(message) => file.problems.push(RowProblem { line, message }),
        }
    }
    file.notes.push(
        "Instagram's “Download your information” covers about the last 90 days; line numbers are post numbers in the JSON.".to_owned(),
    );
    Ok(file)
}

fn post_of(
    item: &Value,
    styles: &BTreeMap<&String, NumberStyle>,
    exported_on: Date,
) -> Result<Post, String> {
    let media = item
        .get("media_map_data")
        .and_then(Value::as_object)
        .and_then(|m| m.values().next());
    let title = media
        .and_then(|m| m.get("title"))
        .and_then(Value::as_str)
        .map(fix_mojibake)
        .unwrap_or_default();
    let mut date = media
        .and_then(|m| m.get("creation_timestamp"))
        .and_then(Value::as_i64)
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
        .map(OffsetDateTime::date);
    let mut post = Post::new(exported_on, PostKind::Photo);
    post.title = title
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .chars()
        .take(100)
        .collect();
    if let Some(map) = item.get("string_map_data").and_then(Value::as_object) {
        for (label, entry) in map {
            let label = fix_mojibake(label);
            let cell = fix_mojibake(entry.get("value").and_then(Value::as_str).unwrap_or(""));
            let style = styles.get(&label).copied().unwrap_or_default();
            let slot = match field_of(&label) {
                Some(Field::Published) => {
                    date = Some(date_of(entry, &cell)?);
                    continue;
                }
                Some(Field::Likes) => &mut post.likes,
                Some(Field::Comments) => &mut post.comments,
                Some(Field::Shares) => &mut post.shares,
                Some(Field::Saves) => &mut post.saves,
                Some(Field::Views) => &mut post.views,
                Some(Field::Reach) => &mut post.reach,
                Some(Field::Impressions) => &mut post.impressions,
                _ => continue,
            };
            *slot = numbers::parse_count(&cell, style).map_err(|e| format!("{label}: {e}"))?;
        }
    }
    post.date = date.ok_or_else(|| "the post has no creation time".to_owned())?;
    Ok(post)
}
