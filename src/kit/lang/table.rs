//! The kit's words, one table per language (`assets/lang/CODE.json`, a flat object of
//! key → text, compiled in and parsed once). Texts name their blanks in braces
//! (`{count} platforms`); [`Language::tr`] looks a text up and [`Language::trf`] fills
//! its blanks. A key a table lacks falls back to English (logged once); the tests hold
//! every table to English's keys and blanks ([`table_problems`]).

use super::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

/// A language's table: key → text.
pub type Table = BTreeMap<String, String>;

/// The tables as compiled in, by language.
fn source(language: Language) -> &'static str {
    match language {
        Language::En => include_str!("../../../assets/lang/en.json"),
        Language::Es => include_str!("../../../assets/lang/es.json"),
        Language::PtBr => include_str!("../../../assets/lang/pt-BR.json"),
        Language::Fr => include_str!("../../../assets/lang/fr.json"),
        Language::De => include_str!("../../../assets/lang/de.json"),
        Language::It => include_str!("../../../assets/lang/it.json"),
        Language::Id => include_str!("../../../assets/lang/id.json"),
        Language::Ja => include_str!("../../../assets/lang/ja.json"),
        Language::Ar => include_str!("../../../assets/lang/ar.json"),
    }
}

/// Every language's table, parsed on first use. A table that does not parse is
/// logged and left empty (every key then falls back to English); a test parses each.
fn tables() -> &'static BTreeMap<Language, Table> {
    static TABLES: OnceLock<BTreeMap<Language, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|language| (language, parse_table(language)))
            .collect()
    })
}

fn parse_table(language: Language) -> Table {
    serde_json::from_str(source(language)).unwrap_or_else(|error| {
        log::error!("the {language} kit strings do not parse: {error}");
        Table::new()
    })
}

/// A language's table as compiled in (empty when it does not parse).
pub fn table(language: Language) -> &'static Table {
    static EMPTY: Table = Table::new();
    tables().get(&language).unwrap_or(&EMPTY)
}

/// Whether the error of parsing `language`'s table, if any.
pub fn parse_error(language: Language) -> Option<String> {
    serde_json::from_str::<Table>(source(language))
        .err()
        .map(|e| e.to_string())
}

/// True when English has `key`.
pub fn has_key(key: &str) -> bool {
    table(Language::En).contains_key(key)
}

/// Logs a missing key once per language and key.
fn log_missing(language: Language, key: &str) {
    static LOGGED: Mutex<BTreeSet<(Language, String)>> = Mutex::new(BTreeSet::new());
    let Ok(mut logged) = LOGGED.lock() else {
        return;
    };
    if logged.insert((language, key.to_owned())) {
        log::warn!("kit string “{key}” missing in {language}; printed in English");
    }
}

impl Language {
    /// The text for `key` in this language; English when this language lacks it, the
    /// key itself when English does too (both logged once).
    pub fn tr(self, key: &str) -> &'static str {
        if let Some(text) = table(self).get(key) {
            return text;
        }
        log_missing(self, key);
        match table(Language::En).get(key) {
            Some(text) => text,
            None => {
                log_missing(Language::En, key);
                // Never printed in practice: a test checks every key the code uses.
                Box::leak(key.to_owned().into_boxed_str())
            }
        }
    }

    /// The text for `key` with its blanks filled: `("count", "3")` replaces `{count}`.
    pub fn trf(self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.tr(key), args)
    }
}

/// `text` with each `{name}` replaced by its value in `args` (unknown blanks kept).
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The blanks a text names, sorted: `"{n} of {total}"` → `["n", "total"]`.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        names.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    names
}

/// What is wrong with `other` (the table of `language`) measured against
/// `english`: keys it lacks, keys English lacks, blanks that differ and empty
/// texts, one line each, sorted. Empty when the table is complete.
pub fn table_problems(english: &Table, other: &Table, language: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, text) in english {
        match other.get(key) {
            None => problems.push(format!("{language} lacks “{key}”")),
            Some(translated) => {
                if translated.trim().is_empty() && !text.trim().is_empty() {
                    problems.push(format!("{language} has an empty “{key}”"));
                }
                let (want, have) = (placeholders(text), placeholders(translated));
                if want != have {
                    problems.push(format!(
                        "{language} “{key}” has blanks {have:?}, English {want:?}"
                    ));
                }
            }
        }
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{language} has “{key}”, which English lacks"));
    }
    problems
}
