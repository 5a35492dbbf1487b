//! `project.json` text ⇄ `Project`: size limit, version check, migration, typed reading
//! with precise error locations, and deterministic pretty output.

use super::StorageError;
use super::migrate;
use crate::model::{Project, SCHEMA_MINOR, SCHEMA_VERSION};
use serde_json::Value;
use std::path::Path;

/// The largest `project.json` accepted (64 MiB); a real project is a few hundred KiB.
pub const MAX_PROJECT_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a project from the bytes of a `project.json`.
///
/// Checks the size, the JSON syntax, the top-level shape and `schema_version`, converts
/// older formats (see [`super::migrate`]) and reads the typed project. Errors say what is
/// wrong, where (field path, line and column) and end with `path_for_messages`.
pub fn parse_project(bytes: &[u8], path_for_messages: &Path) -> Result<Project, StorageError> {
    let path = || path_for_messages.to_path_buf();
    let size_bytes = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size_bytes > MAX_PROJECT_FILE_BYTES {
        return Err(StorageError::TooLarge {
            size_bytes,
            limit_bytes: MAX_PROJECT_FILE_BYTES,
            path: path(),
        });
    }
    // Some editors start UTF-8 files with a byte-order mark; it changes no position.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);

    let mut value: Value =
        serde_json::from_slice(bytes).map_err(|e| StorageError::InvalidJson {
            detail: bare_message(&e),
            line: e.line(),
            column: e.column(),
            path: path(),
        })?;
    let version = schema_version(&value, path_for_messages)?;
    let version_max = u64::from(SCHEMA_VERSION);
    if version > version_max {
        let found_minor = value
            .get("schema_minor")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        return Err(StorageError::NewerVersion {
            found_version: version,
            found_minor,
            supported_version: SCHEMA_VERSION,
            path: path(),
        });
    }

    if version >= migrate::OLDEST_TEXT_COMPATIBLE {
        // Read the text again, typed, so errors carry a line and column.
        let mut reader = serde_json::Deserializer::from_slice(bytes);
        let mut project: Project = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
            let (field, inner) = (e.path().to_string(), e.into_inner());
            let position = (inner.line() > 0).then(|| (inner.line(), inner.column()));
            invalid_value(field, &bare_message(&inner), position, path_for_messages)
        })?;
        if version < version_max {
            // An older format the typed reader reads as it is: only the version changes.
            project.schema_version = SCHEMA_VERSION;
            project.schema_minor = SCHEMA_MINOR;
        }
        Ok(project)
    } else {
        migrate::migrate(&mut value, version).map_err(|detail| StorageError::Migration {
            from_version: version,
            detail,
            path: path(),
        })?;
        serde_path_to_error::deserialize(value).map_err(|e| {
            let field = e.path().to_string();
            invalid_value(field, &e.into_inner().to_string(), None, path_for_messages)
        })
    }
}

/// The project as pretty-printed JSON with a final newline, the same bytes every time
/// for the same project. Always written as the current format version.
// SCHEMA_MINOR is 0 today, which makes the minor comparisons trivially true; they
// matter as soon as it rises.
#[allow(clippy::absurd_extreme_comparisons, clippy::unnecessary_min_or_max)]
pub fn to_json(project: &Project) -> Result<Vec<u8>, StorageError> {
    let current = project.schema_version == SCHEMA_VERSION && project.schema_minor >= SCHEMA_MINOR;
    let mut bytes = if current {
        serde_json::to_vec_pretty(project)
    } else {
        let mut upgraded = project.clone();
        upgraded.schema_version = SCHEMA_VERSION;
        upgraded.schema_minor = upgraded.schema_minor.max(SCHEMA_MINOR);
        serde_json::to_vec_pretty(&upgraded)
    }
    .map_err(StorageError::Serialize)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The file's `schema_version`, or why it cannot be read.
fn schema_version(value: &Value, path: &Path) -> Result<u64, StorageError> {
    let Some(object) = value.as_object() else {
        return Err(StorageError::NotAProject {
            found: kind_of(value),
            path: path.to_path_buf(),
        });
    };
    let problem = match object.get("schema_version") {
        Some(v) => match v.as_u64() {
            Some(version) => return Ok(version),
            None => format!("has schema_version {v}, which is not a whole number"),
        },
        None => "has no schema_version".to_owned(),
    };
    Err(StorageError::BadSchemaVersion {
        problem,
        path: path.to_path_buf(),
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn invalid_value(
    field: String,
    detail: &str,
    position: Option<(usize, usize)>,
    path: &Path,
) -> StorageError {
    StorageError::InvalidValue {
        field: if field == "." {
            "the top level".to_owned()
        } else {
            field
        },
        detail: plain_words(detail),
        position,
        path: path.to_path_buf(),
    }
}

/// serde_json's message without its " at line L column C" tail.
fn bare_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let tail = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&tail).map(str::to_owned).unwrap_or(text)
}

/// Replaces Rust type names in serde messages with words a creator knows.
fn plain_words(detail: &str) -> String {
    // The date reader's messages ("day was not in range", "the 'year' component could
    // not be parsed") do not say that a date was expected.
    if detail.ends_with("was not in range") || detail.contains("component could not be parsed") {
        return format!("{detail}; write dates as YYYY-MM-DD, e.g. 2026-03-12");
    }
    detail
        .replace("expected u64", "expected a whole number of 0 or more")
        .replace("expected u32", "expected a whole number of 0 or more")
        .replace("expected f64", "expected a number")
}
