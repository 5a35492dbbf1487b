//! Number, money and date formatting for the kit.

use crate::dates::date as ymd;
use pitchkit::format::*;
use pitchkit::model::{Currency, Money};
use time::Date;

#[test]
fn iso_date_is_the_year_month_day_description() {
    let described = time::format_description::parse_borrowed::<1>("[year]-[month]-[day]").unwrap();
    assert!(ISO_DATE == described.as_slice());
    let day = ymd(2026, 3, 7);
    assert_eq!(day.format(ISO_DATE).unwrap(), "2026-03-07");
    assert_eq!(Date::parse("2026-03-07", ISO_DATE).unwrap(), day);
    for wrong in [
        "2026-3-7",
        "26-03-07",
        "2026-03-07 ",
        "2026/03/07",
        "2026-02-30",
    ] {
        assert!(Date::parse(wrong, ISO_DATE).is_err(), "{wrong}");
    }
}

#[test]
fn counts_follow_the_kit_rules() {
    assert_eq!(count(0), "0");
    assert_eq!(count(8_412), "8,412");
    assert_eq!(count(9_999), "9,999");
    assert_eq!(count(10_000), "10K");
    assert_eq!(count(24_830), "24.8K");
    assert_eq!(count(128_400), "128K");
    assert_eq!(count(1_234_567), "1.23M");
    assert_eq!(count(999_999), "1M");
    assert_eq!(count(999_400_000), "999M");
    assert!(count(u64::MAX).ends_with('Q'));
}

#[test]
fn rates_money_and_dates() {
    assert_eq!(percent(4.234), "4.2%");
    assert_eq!(percent(0.54), "0.54%");
    assert_eq!(delta_percent(-3.12), "\u{2212}3.1%");
    assert_eq!(points(1.26), "+1.3 pts");
    assert_eq!(ratio(2.24), "2.2×");
    assert_eq!(money(&Money::major(450, Currency::usd())), "$450");
    assert_eq!(
        money_range(&Money::major(450, Currency::usd()), 60_000),
        "$450–600"
    );
    assert_eq!(date(ymd(2026, 3, 12)), "12 Mar 2026");
    assert_eq!(delta_count(-87), "\u{2212}87");
}

#[test]
fn shares_sum_to_100() {
    assert_eq!(shares_to_100(&[33.3, 33.3, 33.4]), vec![33, 33, 34]);
    assert_eq!(shares_to_100(&[50.0, 50.0]).iter().sum::<u32>(), 100);
    assert_eq!(shares_to_100(&[]), Vec::<u32>::new());
}
