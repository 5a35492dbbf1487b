//! Checks of what people type, with the message shown next to the field.

use time::Date;
use time::format_description::BorrowedFormatItem;

/// How dates are typed: `2026-11-15`.
pub const DATE_FORMAT: &[BorrowedFormatItem<'static>] = crate::format::ISO_DATE;

/// A date as typed in fields: `YYYY-MM-DD`.
pub fn date_text(date: Date) -> String {
    date.format(DATE_FORMAT).unwrap_or_default()
}

/// Reads a typed date; refuses a date after `today` (figures cannot come from the future).
pub fn parse_past_date(text: &str, today: Date) -> Result<Date, String> {
    let text = text.trim();
    let date = Date::parse(text, DATE_FORMAT)
        .map_err(|_| format!("Type the date as year-month-day, e.g. {}", date_text(today)))?;
    if date > today {
        return Err(format!(
            "This date is after today ({}): figures cannot come from the future.",
            crate::format::date(today)
        ));
    }
    Ok(date)
}

/// Reads a date that may be left empty and may be in the future (a follow-up day):
/// empty is `None`.
pub fn parse_optional_date(text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text, DATE_FORMAT).map(Some).map_err(|_| {
        "Type the date as year-month-day, e.g. 2026-03-01, or leave it empty.".to_owned()
    })
}

/// Reads an optional count: empty (or "-") is "not entered"; otherwise a whole number
/// ≥ 0, with thousands separators or a K/M suffix ("1,240", "1.2K", "1,2K"): the same
/// reader as pasted rows and imported exports.
pub fn parse_optional_count(text: &str) -> Result<Option<u64>, String> {
    crate::imports::paste::parse_count(text)
        .map_err(|e| format!("{e}. Type a whole number, e.g. 1240 or 1.2K, or leave it empty."))
}

/// A message when `text` is not an email address; `None` when it is one or is empty
/// (the same sentence `pitchkit check` prints: [`crate::model::email_problem`]).
pub fn email_problem(text: &str) -> Option<String> {
    crate::model::email_problem(text)
}

/// A message when `text` is not a web address (`javascript:…`, `file:…`, no domain);
/// `None` when it is one or is empty. "example.com" and "https://example.com/me" are
/// both fine ([`crate::model::web_link_problem`]).
pub fn website_problem(text: &str) -> Option<String> {
    crate::model::web_link_problem(text)
}

/// Splits a comma-separated list into trimmed, non-empty items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_dates::date;

    const TODAY: Date = date(2026, 11, 15);

    #[test]
    fn dates() {
        assert_eq!(parse_past_date("2026-11-15", TODAY), Ok(TODAY));
        assert_eq!(parse_past_date(" 2025-01-02 ", TODAY), Ok(date(2025, 1, 2)));
        assert!(
            parse_past_date("2026-11-16", TODAY)
                .unwrap_err()
                .contains("after today")
        );
        assert!(
            parse_past_date("15/11/2026", TODAY)
                .unwrap_err()
                .contains("year-month-day")
        );
        assert_eq!(date_text(TODAY), "2026-11-15");
    }

    #[test]
    fn counts() {
        assert_eq!(parse_optional_count(""), Ok(None));
        assert_eq!(parse_optional_count("1,240"), Ok(Some(1240)));
        assert_eq!(parse_optional_count(" 7 "), Ok(Some(7)));
        assert!(parse_optional_count("-3").unwrap_err().contains("negative"));
        assert_eq!(parse_optional_count("12k"), Ok(Some(12_000)));
        assert_eq!(parse_optional_count("1,2K"), Ok(Some(1_200)));
        assert!(parse_optional_count("1.5").is_err());
    }

    #[test]
    fn the_count_field_accepts_what_the_paste_accepts() {
        for text in [
            "",
            "1.2K",
            "1,2K",
            "3M",
            "1,240",
            "2.300",
            "1,2",
            "1.5",
            "-3",
            "x",
            "undefined",
        ] {
            assert_eq!(
                parse_optional_count(text).ok(),
                crate::imports::paste::parse_count(text).ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn emails_and_websites() {
        assert_eq!(email_problem(""), None);
        assert_eq!(email_problem("maya@orbitandoat.com"), None);
        assert!(email_problem("maya@orbit").is_some());
        assert!(email_problem("maya orbit@x.com").is_some());
        assert!(email_problem("maya.com").is_some());
        assert_eq!(website_problem("orbitandoat.com"), None);
        assert_eq!(website_problem("https://orbitandoat.com/kit?x=1"), None);
        assert!(website_problem("orbit and oat").is_some());
        assert!(website_problem("https://localhost").is_some());
        assert!(website_problem("maya@orbitandoat.com").is_some());
        assert!(website_problem("javascript:alert(1)").is_some());
        assert!(website_problem("file:///etc/passwd").is_some());
    }

    #[test]
    fn lists() {
        assert_eq!(split_list(" English, Yoruba ,,"), vec!["English", "Yoruba"]);
        assert!(split_list("  ").is_empty());
    }
}
