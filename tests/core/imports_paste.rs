//! The spreadsheet paste, moved into `imports::paste`: the bugs a new user hit, each
//! with its test.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::actions::PostCount;
use pitchkit::imports::paste::{
    Column, guess_columns, parse_count, parse_date, split_table, to_posts,
};

#[test]
fn a_quoted_caption_spanning_lines_stays_one_row() {
    // As Google Sheets and Excel copy a cell with line breaks: quoted, tab-separated.
    let text = "Date\tCaption\tLikes\n2026-11-01\t\"Brew day\nwith friends\"\t1,240\n2026-11-02\tNext one\t5\n";
    let table = split_table(text);
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0].0, 2);
    assert_eq!(table.rows[0].1[1], "Brew day\nwith friends");
    assert_eq!(table.rows[1].0, 4, "the next row keeps its own line number");
    let columns = guess_columns(&table);
    let (posts, problems) = to_posts(&table, &columns, date(2026, 11, 15));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].likes, Some(1_240));
}

#[test]
fn out_of_range_date_parts_are_refused_not_truncated() {
    assert!(parse_date("2026-259-01").is_err());
    assert!(parse_date("2026-03-257").is_err());
    assert!(parse_date("2026-13-01").is_err());
    assert_eq!(parse_date("2026-03-01"), Ok(date(2026, 3, 1)));
}

#[test]
fn a_decimal_comma_before_k_is_read_as_a_decimal() {
    assert_eq!(parse_count("1,2K"), Ok(Some(1_200)));
    assert_eq!(parse_count("1.2K"), Ok(Some(1_200)));
    assert_eq!(parse_count("1,240"), Ok(Some(1_240)));
    assert!(parse_count("1,2").is_err(), "never 12");
}

#[test]
fn a_column_of_decimal_commas_is_read_as_such() {
    let text = "Date;Title;Likes\n2026-11-01;A;1,5K\n2026-11-02;B;2.300\n";
    let table = split_table(text);
    let columns = guess_columns(&table);
    assert_eq!(columns[2], Column::Count(PostCount::Likes));
    let (posts, problems) = to_posts(&table, &columns, date(2026, 11, 15));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        posts.iter().map(|p| p.likes).collect::<Vec<_>>(),
        vec![Some(1_500), Some(2_300)]
    );
}

#[test]
fn a_slashed_date_column_reads_by_what_its_dates_show() {
    let text = "Date,Title,Likes\n25/10/2026,A,1\n03/11/2026,B,2\n";
    let table = split_table(text);
    let (posts, problems) = to_posts(&table, &guess_columns(&table), date(2026, 11, 15));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts[1].date, date(2026, 11, 3));
}
