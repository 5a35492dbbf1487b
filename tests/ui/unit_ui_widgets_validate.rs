//! The fields' checks (`ui::widgets::validate`): dates in the past, counts as the paste
//! reads them, emails and websites, and lists.

use crate::dates::date;
use pitchkit::ui::widgets::validate::{
    date_text, email_problem, parse_optional_count, parse_past_date, split_list, website_problem,
};
use time::Date;

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
            pitchkit::imports::paste::parse_count(text).ok(),
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
