//! Conversion of older `project.json` formats to the current one, on raw JSON values.
//!
//! # Format history
//!
//! **Version 1** (Pitchkit previews, before provenance) differs from version 2 in four ways:
//!
//! - `creator.name` held what is now `creator.display_name`;
//! - `platforms[].follower_count` held what is now `platforms[].followers`;
//! - figure groups had no provenance: there were no `followers_provenance` and
//!   `posts_provenance` on platforms, and no `provenance` on audiences and
//!   collaborations;
//! - a top-level `"updated": "YYYY-MM-DD"` said when the creator last edited the figures,
//!   and there was no `schema_minor`.
//!
//! Conversion renames the two fields and adds every missing provenance as
//! `{"source": {"kind": "typed"}, "as_of": D}`, where D is the `updated` date, or, when
//! that is absent or unreadable, the newest date found in the file (posts, follower
//! snapshots, collaborations). `updated` itself is dropped. Everything else is left as it
//! was, so the typed reader reports any remaining problem with its path.
//!
//! **Version 2** differs from version 3 only in what it cannot hold: pitches
//! (`pitches`, written only when there are some) and collaborations marked as
//! competing (`collaborations[].competing`, written only when true). Conversion
//! changes nothing but the version, so a version-2 file is read as it is (errors keep
//! their line and column) and saved again byte for byte the same, but for
//! `schema_version`. The major version rose because a pitch names collaborations
//! and sections the rest of the file holds: a version-2 Pitchkit would edit those
//! without keeping its pitches in step, so it refuses a version-3 file instead.
//!
//! **Version 3** is the current format ([`crate::model::SCHEMA_VERSION`]).

use serde_json::{Map, Value};
use time::Date;

/// The oldest format this build can convert.
pub const OLDEST_VERSION: u64 = 1;

/// The oldest format whose text the current typed reader reads as it is (its
/// conversion changes nothing but the version numbers).
pub const OLDEST_TEXT_COMPATIBLE: u64 = 2;

/// Converts a project of format `from_version` (older than the current one) to the
/// current format in place. Returns a plain description of what made it impossible.
pub fn migrate(value: &mut Value, from_version: u64) -> Result<(), String> {
    if from_version < OLDEST_VERSION {
        return Err(format!(
            "format {from_version} was never written by Pitchkit (the first format is {OLDEST_VERSION})"
        ));
    }
    if from_version == 1 {
        v1_to_v2(value)?;
    }
    // 2 → 3: nothing to convert (see the format history above).
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "schema_version".to_owned(),
            Value::from(crate::model::SCHEMA_VERSION),
        );
        object.insert(
            "schema_minor".to_owned(),
            Value::from(crate::model::SCHEMA_MINOR),
        );
    }
    Ok(())
}

/// Version 1 → 2: renames `creator.name` and `platforms[].follower_count`, adds provenance.
fn v1_to_v2(value: &mut Value) -> Result<(), String> {
    let Some(root) = value.as_object_mut() else {
        return Err("the file does not hold a JSON object".to_owned());
    };
    let as_of = as_of_date(root)?;
    root.remove("updated");
    let provenance =
        || serde_json::json!({ "source": { "kind": "typed" }, "as_of": as_of.clone() });

    if let Some(creator) = root.get_mut("creator").and_then(Value::as_object_mut) {
        rename(creator, "name", "display_name");
    }
    for platform in objects_in(root, "platforms") {
        rename(platform, "follower_count", "followers");
        for key in ["followers_provenance", "posts_provenance"] {
            platform.entry(key).or_insert_with(provenance);
        }
    }
    for group in ["audiences", "collaborations"] {
        for item in objects_in(root, group) {
            item.entry("provenance").or_insert_with(provenance);
        }
    }
    Ok(())
}

/// Renames `from` to `to` unless `to` is already there.
fn rename(object: &mut Map<String, Value>, from: &str, to: &str) {
    if !object.contains_key(to)
        && let Some(v) = object.remove(from)
    {
        object.insert(to.to_owned(), v);
    }
}

/// The objects of the array `root[key]` (non-objects are skipped).
fn objects_in<'a>(
    root: &'a mut Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    root.get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}

/// The date version-1 figures were true: `updated`, else the newest date in the file.
fn as_of_date(root: &Map<String, Value>) -> Result<Value, String> {
    if let Some(updated) = root.get("updated").and_then(Value::as_str)
        && parse_date(updated).is_some()
    {
        return Ok(Value::from(updated));
    }
    let mut dates: Vec<Date> = Vec::new();
    for platform in root
        .get("platforms")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for list in ["posts", "snapshots"] {
            let items = platform
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten();
            dates.extend(items.filter_map(|item| item.get("date")?.as_str().and_then(parse_date)));
        }
    }
    let collaborations = root.get("collaborations").and_then(Value::as_array);
    dates.extend(
        collaborations
            .into_iter()
            .flatten()
            .filter_map(|c| c.get("date")?.as_str().and_then(parse_date)),
    );
    dates
        .into_iter()
        .max()
        .map(|d| Value::from(date_text(d)))
        .ok_or_else(|| {
            "it has no date saying when its figures were true. Add a line \"updated\": \
         \"YYYY-MM-DD\" (the day the figures were read) after the opening `{` and open it again"
                .to_owned()
        })
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, crate::format::ISO_DATE).ok()
}

fn date_text(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
