//! A table recognised and handed to the reader of its kind: the kind from the header
//! (through the alias tables), required columns checked, every column listed with
//! what it is used as.

use super::aliases::{Col, Field};
use super::columns;
use super::table::Sheet;
use super::{ColumnUse, ExportFile, FileKind, ImportError, RowProblem, posts, series};
use time::Date;

/// The kept column holding `field`, if any.
pub fn column_of(map: &[Option<Col>], field: Field) -> Option<usize> {
    map.iter()
        .position(|c| c.is_some_and(|c| c.kept && c.field == field))
}

/// The first header cells, quoted, for "not recognised" messages.
pub fn first_cells(header: &[String]) -> String {
    let shown: Vec<String> = header
        .iter()
        .take(4)
        .map(|h| format!("“{}”", h.trim()))
        .collect();
    let more = if header.len() > 4 { ", …" } else { "" };
    if shown.is_empty() {
        "none".to_owned()
    } else {
        format!("{}{more}", shown.join(", "))
    }
}

/// YouTube's Totals: `Date` and one metric.
fn youtube_totals(header: &[String]) -> bool {
    header.len() == 2
        && ["date", "datum", "fecha"].contains(&columns::normalise(&header[0]).as_str())
}

/// Reads a sheet as the export its header shows.
pub fn read_sheet_as_export(
    name: &str,
    sheet: &Sheet,
    exported_on: Date,
) -> Result<ExportFile, ImportError> {
    let (kind, map) = match columns::recognise(&sheet.header) {
        Some((spec, map)) => {
            if let Some(missing) = spec
                .required
                .iter()
                .find(|f| column_of(&map, **f).is_none())
            {
                return Err(ImportError::MissingColumn {
                    kind: spec.kind.label(),
                    column: missing.label(),
                    name: name.to_owned(),
                });
            }
            (spec.kind, map)
        }
        None if youtube_totals(&sheet.header) => (FileKind::YoutubeTotals, vec![None, None]),
        None => {
            return Err(ImportError::NotRecognised {
                first_cells: first_cells(&sheet.header),
                name: name.to_owned(),
            });
        }
    };
    let columns = sheet
        .header
        .iter()
        .zip(map.iter().chain(std::iter::repeat(&None)))
        .map(|(header, col)| ColumnUse {
            header: header.trim().to_owned(),
            used_as: col.filter(|c| c.kept).map(|c| c.field.label()),
        })
        .collect();
    let mut file = ExportFile::new(name, kind, columns);
    file.problems
        .extend(sheet.broken.iter().map(|(line, message)| RowProblem {
            line: *line,
            message: format!("the row cannot be split into cells ({message})"),
        }));
    if sheet.rows.is_empty() {
        file.notes
            .push("The file has its header but no rows.".to_owned());
    }
    match kind {
        FileKind::YoutubeTable
        | FileKind::TiktokContent
        | FileKind::MetaContent
        | FileKind::XContent
        | FileKind::XLegacyActivity => posts::read(&mut file, sheet, &map, exported_on),
        _ => series::read(&mut file, sheet, &map, exported_on),
    }
    Ok(file)
}
