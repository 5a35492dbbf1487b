//! Property tests of the number and date readers: what a platform or spreadsheet writes
//! in each locale reads back exactly, out-of-range parts are refused, and no input
//! makes a reader panic.
#![allow(clippy::unwrap_used)]

use pitchkit::imports::dates::{
    self, DayOrder, parse_date, parse_date_with, parse_month_day, year_counting_back,
};
use pitchkit::imports::numbers::{
    NumberStyle, detect_style, parse_count, parse_decimal, parse_signed,
};
use pitchkit::imports::read_export;
use proptest::prelude::*;
use time::{Date, Duration, Month};

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

fn any_date() -> impl Strategy<Value = Date> {
    (0i64..36_500).prop_map(|d| {
        Date::from_calendar_date(2000, Month::January, 1).unwrap() + Duration::days(d)
    })
}

proptest! {
    #[test]
    fn grouped_counts_read_back_in_every_locale(n in 0u64..1_000_000_000_000) {
        prop_assert_eq!(parse_count(&grouped(n, ','), NumberStyle::DecimalPoint), Ok(Some(n)));
        prop_assert_eq!(parse_count(&grouped(n, '.'), NumberStyle::DecimalComma), Ok(Some(n)));
        prop_assert_eq!(parse_count(&grouped(n, '\u{a0}'), NumberStyle::DecimalComma), Ok(Some(n)));
        prop_assert_eq!(parse_count(&grouped(n, ','), NumberStyle::Auto), Ok(Some(n)));
        prop_assert_eq!(parse_count(&grouped(n, '.'), NumberStyle::Auto), Ok(Some(n)));
        prop_assert_eq!(parse_count(&n.to_string(), NumberStyle::Auto), Ok(Some(n)));
        prop_assert_eq!(parse_signed(&format!("-{}", grouped(n, ',')), NumberStyle::DecimalPoint), Ok(Some(-i64::try_from(n).unwrap())));
    }

    #[test]
    fn suffixed_counts_read_with_either_decimal_mark(whole in 1u64..1000, tenth in 0u64..10, suffix in prop::sample::select(vec![("K", 1_000u64), ("M", 1_000_000)])) {
        let expected = whole * suffix.1 + tenth * suffix.1 / 10;
        prop_assert_eq!(parse_count(&format!("{whole}.{tenth}{}", suffix.0), NumberStyle::Auto), Ok(Some(expected)));
        prop_assert_eq!(parse_count(&format!("{whole},{tenth}{}", suffix.0), NumberStyle::Auto), Ok(Some(expected)));
        prop_assert_eq!(parse_count(&format!("{whole},{tenth}{}", suffix.0), NumberStyle::DecimalComma), Ok(Some(expected)));
        prop_assert_eq!(parse_count(&format!("{whole}.{tenth}{}", suffix.0), NumberStyle::DecimalPoint), Ok(Some(expected)));
    }

    #[test]
    fn a_decimal_comma_is_never_read_as_thousands(whole in 0u64..1000, hundredths in 0u64..100) {
        let cell = format!("{whole},{hundredths:02}");
        prop_assert!(parse_count(&cell, NumberStyle::Auto).is_err() || hundredths == 0);
        prop_assert!(parse_count(&cell, NumberStyle::DecimalPoint).is_err());
        let style = detect_style([cell.as_str()], NumberStyle::DecimalPoint);
        prop_assert_eq!(style, NumberStyle::DecimalComma);
        let (value, _) = parse_decimal(&cell, style).unwrap().unwrap();
        let expected = whole as f64 + hundredths as f64 / 100.0;
        prop_assert!((value - expected).abs() < 1e-9);
    }

    #[test]
    fn readers_never_panic(cell in "\\PC{0,24}") {
        for style in [NumberStyle::Auto, NumberStyle::DecimalPoint, NumberStyle::DecimalComma] {
            let _ = parse_count(&cell, style);
            let _ = parse_signed(&cell, style);
            let _ = parse_decimal(&cell, style);
        }
        let _ = parse_date(&cell);
        let _ = parse_date_with(&cell, Some(DayOrder::DayFirst));
        let _ = parse_month_day(&cell);
        let _ = dates::order_evidence(&cell);
    }

    #[test]
    fn number_like_strings_never_panic(cell in "[-+0-9.,kKmM% ]{0,16}") {
        let _ = parse_count(&cell, NumberStyle::Auto);
        let _ = parse_decimal(&cell, NumberStyle::DecimalComma);
    }

    #[test]
    fn export_reader_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256), text in "[\"a-zA-Z0-9,;\\n ]{0,200}") {
        let on = Date::from_calendar_date(2026, Month::March, 1).unwrap();
        let _ = read_export("x.csv", &bytes, on);
        let _ = read_export("x.csv", text.as_bytes(), on);
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend_from_slice(&bytes);
        let _ = read_export("x.zip", &zipped, on);
    }

    #[test]
    fn dates_read_back_in_every_written_form(date in any_date()) {
        let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
        let month = EN_MONTHS[usize::from(m) - 1];
        let weekday = WEEKDAYS[usize::from(date.weekday().number_days_from_monday())];
        prop_assert_eq!(parse_date(&format!("{y}-{m:02}-{d:02}")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{y}/{m:02}/{d:02}")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{y}-{m:02}-{d:02} 09:00 +0000")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{month} {d}, {y}")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{weekday}, {month} {d}, {y}")), Ok(date));
        prop_assert_eq!(parse_date(&format!("{d:02}.{m:02}.{y}")), Ok(date));
        prop_assert_eq!(parse_date_with(&format!("{m:02}/{d:02}/{y} 22:00"), Some(DayOrder::MonthFirst)), Ok(date));
        prop_assert_eq!(parse_date_with(&format!("{d:02}/{m:02}/{y}"), Some(DayOrder::DayFirst)), Ok(date));
    }

    #[test]
    fn yearless_dates_count_back_to_the_right_year(date in any_date(), later in 0i64..365) {
        let exported_on = date + Duration::days(later);
        let (month, day) = parse_month_day(&format!("{} {}", EN_MONTHS[usize::from(u8::from(date.month())) - 1], date.day())).unwrap();
        prop_assert_eq!(year_counting_back(month, day, exported_on), Some(date));
    }

    #[test]
    fn out_of_range_parts_are_refused(y in 1900u32..2100, m in 13u32..1000, d in 32u32..1000) {
        for cell in [format!("{y}-{m}-01"), format!("{y}-01-{d}"), format!("{y}/{m}/{d}")] {
            prop_assert!(parse_date(&cell).is_err(), "{} was read", cell);
        }
    }
}
