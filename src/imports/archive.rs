//! The zips the platforms give (YouTube Studio, TikTok Studio, Instagram's "Download
//! your information"): each entry that is an export read as its own file, the rest
//! skipped and named. Zip bombs are refused (entry count, total size and compression
//! ratio checked on the declared sizes before reading, and on the bytes actually
//! unpacked while reading), and so are paths that leave the archive (`..`, absolute).

use super::{ExportFile, ImportError, read_single};
use std::io::{Cursor, Read};
use time::Date;

/// Most entries a zip may list.
pub const MAX_ENTRIES: usize = 2_000;
/// Most bytes read from all entries together (100 MB).
pub const MAX_TOTAL_BYTES: u64 = 100 * 1024 * 1024;
/// Most bytes read from one entry (50 MB, the limit for a file on its own).
pub const MAX_ENTRY_BYTES: u64 = super::MAX_INPUT_BYTES as u64;
/// Largest unpacked : packed ratio for an entry over 1 MB (CSV packs about 5–20×).
pub const MAX_RATIO: u64 = 200;
/// Entries smaller than this are not held to the ratio (tiny files pack oddly).
const RATIO_FLOOR_BYTES: u64 = 1024 * 1024;
/// Names listed in a note before "and N more".
const LISTED: usize = 8;

/// True when `bytes` start like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Whether an entry's path stays inside the archive's folder.
fn escapes(path: &str) -> bool {
    let p = path.replace('\\', "/");
    p.starts_with('/')
        || p.as_bytes().get(1) == Some(&b':')
        || p.split('/').any(|part| part == "..")
}

/// Entries worth opening: text exports, not folders, macOS metadata or media.
fn is_candidate(path: &str) -> bool {
    let lower = path.to_lowercase();
    let file = lower.rsplit('/').next().unwrap_or(&lower);
    !lower.starts_with("__macosx/")
        && !file.starts_with('.')
        && [".csv", ".json", ".tsv", ".txt"]
            .iter()
            .any(|e| file.ends_with(e))
}

fn bomb(name: &str, reason: String) -> ImportError {
    ImportError::ZipBomb {
        reason,
        name: name.to_owned(),
    }
}

/// One entry's bytes, reading at most its declared size and the limits.
fn entry_bytes(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    index: usize,
    name: &str,
    total: &mut u64,
) -> Result<Vec<u8>, ImportError> {
    let bad = |e: zip::result::ZipError| ImportError::BadZip {
        reason: e.to_string(),
        name: name.to_owned(),
    };
    let entry = archive.by_index(index).map_err(bad)?;
    let declared = entry.size();
    let limit = declared.min(MAX_ENTRY_BYTES).min(MAX_TOTAL_BYTES - *total);
    let mut bytes = Vec::new();
    let result = entry.take(limit + 1).read_to_end(&mut bytes);
    let read = bytes.len() as u64;
    // More bytes than declared (or than the limits) is a bomb, whether Pitchkit counts
    // them or the zip reader notices first and fails (it checks the declared size too).
    let overrun = result
        .as_ref()
        .is_err_and(|e| e.to_string().contains("larger than its declared"));
    if read > limit || overrun {
        return Err(bomb(
            name,
            format!("an entry unpacks to more than its declared {declared} bytes or the limits"),
        ));
    }
    result.map_err(|e| ImportError::BadZip {
        reason: e.to_string(),
        name: name.to_owned(),
    })?;
    *total += read;
    Ok(bytes)
}

/// The entries to read (index and path) and the paths skipped.
type Plan = (Vec<(usize, String)>, Vec<String>);

/// Checks every entry's path and declared size before anything is unpacked; returns
/// the indexes of the entries to read, and the names skipped.
fn plan(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Plan, ImportError> {
    if archive.len() > MAX_ENTRIES {
        return Err(bomb(
            name,
            format!("{} entries, more than {MAX_ENTRIES}", archive.len()),
        ));
    }
    let mut wanted = Vec::new();
    let mut skipped = Vec::new();
    let mut declared_total = 0u64;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| ImportError::BadZip {
                reason: e.to_string(),
                name: name.to_owned(),
            })?;
        let path = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if escapes(&path) || entry.enclosed_name().is_none() {
            return Err(ImportError::PathEscapes {
                entry: path,
                name: name.to_owned(),
            });
        }
        if entry.is_dir() {
            continue;
        }
        if !is_candidate(&path) {
            skipped.push(path);
            continue;
        }
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        if size > MAX_ENTRY_BYTES {
            return Err(bomb(name, format!("“{path}” declares {size} bytes")));
        }
        if size > RATIO_FLOOR_BYTES && size / packed > MAX_RATIO {
            return Err(bomb(name, format!("“{path}” is packed {}×", size / packed)));
        }
        declared_total = declared_total.saturating_add(size);
        if declared_total > MAX_TOTAL_BYTES {
            return Err(bomb(
                name,
                format!("more than {} MB in all", MAX_TOTAL_BYTES / (1024 * 1024)),
            ));
        }
        wanted.push((index, path));
    }
    Ok((wanted, skipped))
}

fn listed(names: &[String]) -> String {
    let mut text: Vec<String> = names
        .iter()
        .take(LISTED)
        .map(|n| format!("“{n}”"))
        .collect();
    if names.len() > LISTED {
        text.push(format!("and {} more", names.len() - LISTED));
    }
    text.join(", ")
}

/// Reads every export inside the zip `bytes`.
pub fn read_zip(
    name: &str,
    bytes: &[u8],
    exported_on: Date,
) -> Result<Vec<ExportFile>, ImportError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::BadZip {
            reason: e.to_string(),
            name: name.to_owned(),
        })?;
    let (wanted, mut skipped) = plan(&mut archive, name)?;
    let mut files = Vec::new();
    let mut total = 0u64;
    for (index, path) in wanted {
        let data = entry_bytes(&mut archive, index, name, &mut total)?;
        let inner = format!("{name} › {path}");
        if is_zip(&data) {
            skipped.push(format!(
                "{path} (a zip inside the zip: unzip it and import it)"
            ));
            continue;
        }
        match read_single(&inner, &data, exported_on) {
            Ok(file) => files.push(file),
            Err(_) => skipped.push(path),
        }
    }
    if files.is_empty() {
        return Err(ImportError::NothingUsable {
            entries: if skipped.is_empty() {
                "no files".to_owned()
            } else {
                listed(&skipped)
            },
            name: name.to_owned(),
        });
    }
    if !skipped.is_empty() {
        files[0].notes.push(format!(
            "Skipped in the zip (not an export Pitchkit reads): {}.",
            listed(&skipped)
        ));
    }
    Ok(files)
}
