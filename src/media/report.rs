//! One line per photo and a summary, for the command line (and logs).

use super::batch::Outcome;
use super::import::ImportStatus;

/// `"imported  IMG_1.jpg → 3f9a….jpg (2400 × 1800 px, 512 KB)"`,
/// `"duplicate IMG_1.jpg: already imported as 3f9a….jpg"` or `"refused   <reason>"`.
pub fn outcome_line((source, result): &Outcome) -> String {
    let name = source.file_name().map_or_else(
        || source.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    match result {
        Ok(imported) if imported.status == ImportStatus::New => format!(
            "imported  {name} → {} ({} × {} px, {} KB)",
            imported.media.file,
            imported.media.width_px,
            imported.media.height_px,
            imported.master_bytes.div_ceil(1000)
        ),
        Ok(imported) => format!(
            "duplicate {name}: already imported as {}",
            imported.media.file
        ),
        Err(err) => format!("refused   {err}"),
    }
}

/// `"3 imported, 1 duplicate, 2 refused"` (parts that are zero left out, except
/// imported).
pub fn summary_line(outcomes: &[Outcome]) -> String {
    let count = |wanted: Option<ImportStatus>| {
        outcomes
            .iter()
            .filter(|(_, r)| r.as_ref().ok().map(|i| i.status) == wanted)
            .count()
    };
    let (new, duplicate, refused) = (
        count(Some(ImportStatus::New)),
        count(Some(ImportStatus::Duplicate)),
        count(None),
    );
    let mut parts = vec![format!("{new} imported")];
    if duplicate > 0 {
        parts.push(format!(
            "{duplicate} duplicate{}",
            if duplicate == 1 { "" } else { "s" }
        ));
    }
    if refused > 0 {
        parts.push(format!("{refused} refused"));
    }
    parts.join(", ")
}
