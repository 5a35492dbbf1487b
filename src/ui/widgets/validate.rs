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
