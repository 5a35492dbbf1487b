//! Fixed dates and times for tests, written as plain calls (`date(2026, 3, 1)`) so the
//! tests need no `time` macros: the test build then compiles `time` with the same
//! features as the app, and CI need not check the app's build separately. Each test
//! binary (and the benchmarks) includes this same file as its `dates` module.
#![allow(dead_code, clippy::panic)]

use time::{Date, Month, OffsetDateTime, format_description::well_known::Rfc3339};

/// The date `year`-`month`-`day`; panics on a date that does not exist (a test's typo).
pub const fn date(year: i32, month: u8, day: u8) -> Date {
    let month = match month {
        1 => Month::January,
        2 => Month::February,
        3 => Month::March,
        4 => Month::April,
        5 => Month::May,
        6 => Month::June,
        7 => Month::July,
        8 => Month::August,
        9 => Month::September,
        10 => Month::October,
        11 => Month::November,
        12 => Month::December,
        _ => panic!("a month is 1 to 12"),
    };
    match Date::from_calendar_date(year, month, day) {
        Ok(date) => date,
        Err(_) => panic!("no such date"),
    }
}

/// The moment written in RFC 3339 (`2026-11-15T09:30:00Z`, `2025-03-01T10:30:00+01:00`);
/// panics on a malformed one.
pub fn datetime(rfc3339: &str) -> OffsetDateTime {
    match OffsetDateTime::parse(rfc3339, &Rfc3339) {
        Ok(moment) => moment,
        Err(e) => panic!("{rfc3339}: {e}"),
    }
}
