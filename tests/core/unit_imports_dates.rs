//! Dates in export files: the written forms, dates without a year, TikTok video IDs.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use pitchkit::imports::dates::*;
use time::{Date, Month};

fn d(y: i32, m: u8, day: u8) -> Date {
    Date::from_calendar_date(y, Month::try_from(m).unwrap(), day).unwrap()
}

#[test]
fn forms() {
    assert_eq!(parse_date("2026-03-12"), Ok(d(2026, 3, 12)));
    assert_eq!(parse_date("2026/05/10"), Ok(d(2026, 5, 10)));
    assert_eq!(parse_date("2026-06-20 09:00 +0000"), Ok(d(2026, 6, 20)));
    assert_eq!(parse_date("2025-03-25T00:00:00"), Ok(d(2025, 3, 25)));
    assert_eq!(parse_date("Aug 22, 2026"), Ok(d(2026, 8, 22)));
    assert_eq!(parse_date("Tue, Feb 18, 2025"), Ok(d(2025, 2, 18)));
    assert_eq!(parse_date("12 Mar 2026"), Ok(d(2026, 3, 12)));
    assert_eq!(parse_date("03/25/2025 22:00"), Ok(d(2025, 3, 25)));
    assert_eq!(parse_date("13.03.2026"), Ok(d(2026, 3, 13)));
    assert!(parse_date("03/04/2026").unwrap_err().contains("day/month"));
    assert_eq!(
        parse_date_with("03/04/2026", Some(DayOrder::MonthFirst)),
        Ok(d(2026, 3, 4))
    );
    assert!(parse_date("2026-259-01").is_err());
    assert!(parse_date("2026-03-257").is_err());
    assert!(parse_date("2026-02-30").is_err());
    assert!(parse_date("Aug 22, 2026 nonsense").is_err());
}

#[test]
fn yearless() {
    assert_eq!(parse_month_day("February 28"), Some((Month::February, 28)));
    assert_eq!(parse_month_day("9月13日"), Some((Month::September, 13)));
    assert_eq!(parse_month_day("18 января"), Some((Month::January, 18)));
    assert_eq!(
        parse_month_day("28 de febrero"),
        Some((Month::February, 28))
    );
    assert_eq!(parse_month_day("3. März"), Some((Month::March, 3)));
    assert_eq!(parse_month_day("February 32"), None);
    let export = d(2026, 3, 1);
    assert_eq!(
        year_counting_back(Month::February, 28, export),
        Some(d(2026, 2, 28))
    );
    assert_eq!(
        year_counting_back(Month::March, 2, export),
        Some(d(2025, 3, 2))
    );
    assert_eq!(
        year_counting_back(Month::February, 29, export),
        Some(d(2024, 2, 29))
    );
}

#[test]
fn tiktok_ids() {
    let seconds: u64 = 1_760_000_000; // 2025-10-09
    let id = (seconds << 32) | 12345;
    let link = format!("https://www.tiktok.com/@maya/video/{id}");
    assert_eq!(tiktok_id(&link), Some(id));
    assert_eq!(date_from_tiktok_id(id, d(2026, 1, 1)), Some(d(2025, 10, 9)));
    assert_eq!(date_from_tiktok_id(id, d(2025, 1, 1)), None);
}
