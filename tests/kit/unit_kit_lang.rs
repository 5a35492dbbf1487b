//! Kit languages (`kit::lang`): codes and locale tags, the translation tables' checker
//! and blanks.
#![allow(clippy::unwrap_used)]

use pitchkit::kit::lang::Language;
use pitchkit::kit::lang::table::{Table, fill, table_problems};

// kit::lang

#[test]
fn codes_parse_back_and_tags_find_their_language() {
    for language in Language::ALL {
        assert_eq!(Language::parse(language.code()), Some(language));
        assert_eq!(
            Language::parse(&language.code().to_uppercase()),
            Some(language)
        );
    }
    assert_eq!(Language::parse("pt_br"), Some(Language::PtBr));
    assert_eq!(Language::parse("pt"), Some(Language::PtBr));
    assert_eq!(Language::parse("es-MX"), Some(Language::Es));
    assert_eq!(Language::parse("xx"), None);
    assert_eq!(Language::parse(""), None);
    assert_eq!(Language::from_locale_tag("de_DE.UTF-8"), Some(Language::De));
    assert_eq!(Language::from_locale_tag("ja-JP"), Some(Language::Ja));
    assert_eq!(Language::from_locale_tag("C.UTF-8"), None);
    assert_eq!(Language::from_locale_tag("nl_NL.UTF-8"), None);
    assert!(Language::Ar.is_rtl() && !Language::De.is_rtl());
}

// kit::lang::table

fn table_of(pairs: &[(&str, &str)]) -> Table {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn the_checker_names_missing_extra_and_mismatched_keys() {
    let english = table_of(&[("a", "{count} posts"), ("b", "Reach"), ("c", "x")]);
    let good = table_of(&[("a", "{count} Beiträge"), ("b", "Reichweite"), ("c", "y")]);
    assert!(table_problems(&english, &good, "de").is_empty());
    let bad = table_of(&[("a", "{n} Beiträge"), ("c", ""), ("d", "extra")]);
    let problems = table_problems(&english, &bad, "de");
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("lacks “b”")));
    assert!(problems.iter().any(|p| p.contains("“a” has blanks")));
    assert!(problems.iter().any(|p| p.contains("empty “c”")));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("“d”, which English lacks"))
    );
}

#[test]
fn blanks_are_filled_and_unknown_ones_kept() {
    assert_eq!(
        fill("{n} of {total} {x}", &[("n", "3"), ("total", "9")]),
        "3 of 9 {x}"
    );
    assert_eq!(fill("no blanks {", &[]), "no blanks {");
}
