//! Reading a header row against the alias table: a header normalised for comparison,
//! each column mapped to what it holds, and the kind of export a header shows.

use super::FileKind;
use super::aliases::{Col, Field, SPECS, Spec};

/// The spec of a kind read from a table.
pub fn spec(kind: FileKind) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.kind == kind)
}

/// A header as compared with the tables: lower case, no BOM, soft hyphens, zero-width
/// characters or quotes, single spaces, trimmed.
pub fn normalise(header: &str) -> String {
    let cleaned: String = header
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{feff}'
                    | '\u{ad}'
                    | '\u{200b}'
                    | '\u{200c}'
                    | '\u{200d}'
                    | '"'
                    | '“'
                    | '”'
                    | '„'
                    | '«'
                    | '»'
            )
        })
        .map(|c| if c == '\u{a0}' || c == '_' { ' ' } else { c })
        .collect();
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What each column of `header` holds under `spec` (`None` for a column not in the
/// table). A kept field is mapped to its first column only.
pub fn map_columns(spec: &Spec, header: &[String]) -> Vec<Option<Col>> {
    let mut taken: Vec<Field> = Vec::new();
    header
        .iter()
        .map(|name| {
            let n = normalise(name);
            let col = spec
                .columns
                .iter()
                .find(|c| c.names.contains(&n.as_str()))?;
            if col.kept && taken.contains(&col.field) {
                return None;
            }
            taken.push(col.field);
            Some(*col)
        })
        .collect()
}

/// A spec with the column map it gives a header.
pub type Recognised = (&'static Spec, Vec<Option<Col>>);

/// The kind a header row shows, with its column map: the spec whose signature is all
/// there, preferring longer signatures, then more columns recognised.
pub fn recognise(header: &[String]) -> Option<Recognised> {
    let mut best: Option<(Recognised, (usize, usize))> = None;
    for spec in SPECS {
        let map = map_columns(spec, header);
        let has = |f: &Field| map.iter().flatten().any(|c| c.field == *f);
        if !spec.signature.iter().all(has) {
            continue;
        }
        let score = (spec.signature.len(), map.iter().flatten().count());
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some(((spec, map), score));
        }
    }
    best.map(|(recognised, _)| recognised)
}
