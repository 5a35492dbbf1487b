//! Edited copies: the Photos app exports an edited photo as `IMG_E1234` beside its
//! original `IMG_1234`. When both show the same picture (an edit that changed
//! nothing visible, or a re-encode), the gallery gets the photo once.

use super::batch::Outcome;
use super::import::{ImportStatus, Imported};
use std::path::{Path, PathBuf};

/// Side of the grey fingerprint two thumbnails are compared at.
const FINGERPRINT_SIDE: u32 = 16;

/// Largest mean difference (of 255) between two fingerprints of the same picture:
/// re-encoding moves a few levels, a crop or a filter moves tens.
const SAME_PICTURE_MAX_DIFF: f64 = 3.0;

/// The file stem of the original an edited copy was exported beside
/// (`IMG_E1234` → `IMG_1234`), if `stem` names an edited copy.
pub fn original_stem(stem: &str) -> Option<String> {
    let (prefix, rest) = stem.split_once('_')?;
    let digits = rest.strip_prefix('E').or_else(|| rest.strip_prefix('e'))?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{prefix}_{digits}"))
}

/// A thumbnail as a small grey picture, for comparing.
fn fingerprint(thumb: &Path) -> Option<(f64, Vec<u8>)> {
    let image = image::open(thumb).ok()?;
    let aspect = f64::from(image.width()) / f64::from(image.height().max(1));
    let grey = image
        .resize_exact(
            FINGERPRINT_SIDE,
            FINGERPRINT_SIDE,
            image::imageops::FilterType::Triangle,
        )
        .into_luma8();
    Some((aspect, grey.into_raw()))
}

fn same_picture(a: &(f64, Vec<u8>), b: &(f64, Vec<u8>)) -> bool {
    if (a.0 - b.0).abs() > 0.02 || a.1.len() != b.1.len() || a.1.is_empty() {
        return false;
    }
    let total: u64 =
        a.1.iter()
            .zip(&b.1)
            .map(|(&x, &y)| u64::from(x.abs_diff(y)))
            .sum();
    total as f64 / a.1.len() as f64 <= SAME_PICTURE_MAX_DIFF
}

/// Among `items` (each photo's source path and what its import gave), the edited
/// copies that show the same picture as their original, also among `items`: pairs of
/// (copy's index, original's index). Thumbnails are read from `media_dir`.
pub fn same_as_original(media_dir: &Path, items: &[(PathBuf, Imported)]) -> Vec<(usize, usize)> {
    let key = |path: &Path, stem: &str| (path.parent().map(Path::to_path_buf), stem.to_lowercase());
    let mut pairs = Vec::new();
    for (copy, (source, imported)) in items.iter().enumerate() {
        let Some(original) = source
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(original_stem)
        else {
            continue;
        };
        let wanted = key(source, &original);
        let Some(found) = items.iter().position(|(other, _)| {
            other
                .file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|stem| key(other, stem) == wanted)
        }) else {
            continue;
        };
        let original_item = &items[found].1;
        if original_item.media.file == imported.media.file {
            pairs.push((copy, found));
            continue;
        }
        let prints = (
            fingerprint(&media_dir.join(&imported.thumb_file)),
            fingerprint(&media_dir.join(&original_item.thumb_file)),
        );
        if let (Some(a), Some(b)) = prints
            && same_picture(&a, &b)
        {
            pairs.push((copy, found));
        }
    }
    pairs
}

/// Makes each recognised edited copy in `items` a duplicate of its original (its own
/// newly written files are removed: nothing refers to them). Returns each copy's
/// source with a line for the creator: `"IMG_E1234.HEIC is an edited copy of
/// IMG_1234.HEIC showing the same picture"`.
pub fn fold_edited_copies(
    media_dir: &Path,
    items: &mut [(PathBuf, Imported)],
) -> Vec<(PathBuf, String)> {
    let pairs = same_as_original(media_dir, items);
    let mut lines = Vec::new();
    for (copy, original) in pairs {
        let original_imported = items[original].1.clone();
        let original_name = file_name(&items[original].0);
        let (source, imported) = &mut items[copy];
        if imported.status == ImportStatus::New
            && imported.media.file != original_imported.media.file
        {
            for file in [&imported.media.file, &imported.thumb_file] {
                if let Err(e) = std::fs::remove_file(media_dir.join(file)) {
                    log::warn!("could not remove an edited copy's {file} ({e})");
                }
            }
        }
        imported.status = ImportStatus::Duplicate;
        imported.media = original_imported.media.clone();
        imported.thumb_file = original_imported.thumb_file.clone();
        lines.push((
            source.clone(),
            format!(
                "{} is an edited copy of {original_name} showing the same picture",
                file_name(source)
            ),
        ));
    }
    lines
}

/// [`fold_edited_copies`] over a batch's outcomes (refusals left as they are).
pub fn fold_edited_outcomes(media_dir: &Path, outcomes: &mut [Outcome]) -> Vec<String> {
    let mut at = Vec::new();
    let mut items = Vec::new();
    for (index, (source, result)) in outcomes.iter().enumerate() {
        if let Ok(imported) = result {
            at.push(index);
            items.push((source.clone(), imported.clone()));
        }
    }
    let folded = fold_edited_copies(media_dir, &mut items);
    for (index, (_, imported)) in at.into_iter().zip(items) {
        if let Some((_, result)) = outcomes.get_mut(index) {
            *result = Ok(imported);
        }
    }
    folded.into_iter().map(|(_, line)| line).collect()
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
