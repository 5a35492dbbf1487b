//! Rows pasted from a spreadsheet: columns guessed, posts read, bad rows reported.

use crate::dates::date;
use pitchkit::actions::PostCount;
use pitchkit::imports::paste::*;
use time::Date;

const TODAY: Date = date(2026, 11, 15);

#[test]
fn tab_separated_with_header() {
    let text = "Date\tTitle\tLikes\tComments\tSponsored\n2026-11-01\tBrew day\t1,240\t88\tyes\n\n2026-11-03\t\"Moon, coffee\"\t2.1K\t\tno\n";
    let table = split_table(text);
    assert_eq!(table.header.as_ref().map(Vec::len), Some(5));
    let columns = guess_columns(&table);
    assert_eq!(
        columns,
        vec![
            Column::Date,
            Column::Title,
            Column::Count(PostCount::Likes),
            Column::Count(PostCount::Comments),
            Column::Sponsored
        ]
    );
    let (posts, problems) = to_posts(&table, &columns, TODAY);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].likes, Some(1240));
    assert!(posts[0].sponsored);
    assert_eq!(posts[1].title, "Moon, coffee");
    assert_eq!(posts[1].likes, Some(2100));
    assert_eq!(posts[1].comments, None);
}

#[test]
fn comma_separated_without_header_reports_bad_rows() {
    let text = "2026-11-01,Brew,120,8\n2026-13-01,Bad,1,1\n2026-11-20,Future,1,1\n2026-11-02,Neg,-4,1\n14/11/2026,Slash,5,1";
    let table = split_table(text);
    assert!(table.header.is_none());
    let columns = guess_columns(&table);
    assert_eq!(columns[0], Column::Date);
    assert_eq!(columns[1], Column::Title);
    let (posts, problems) = to_posts(&table, &columns, TODAY);
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1].date, date(2026, 11, 14));
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![2, 3, 4]);
    assert!(problems[1].message.contains("after today"));
    assert!(problems[2].message.contains("negative"));
}

#[test]
fn dates_and_counts() {
    assert_eq!(parse_date("12 Mar 2026"), Ok(date(2026, 3, 12)));
    assert_eq!(parse_date("Mar 12, 2026"), Ok(date(2026, 3, 12)));
    assert_eq!(parse_date("2026/03/12 10:00"), Ok(date(2026, 3, 12)));
    assert!(parse_date("03/04/2026").unwrap_err().contains("day/month"));
    assert_eq!(parse_count("3M"), Ok(Some(3_000_000)));
    assert_eq!(parse_count(""), Ok(None));
    assert!(parse_count("1.5").is_err());
}

#[test]
fn no_date_column_is_reported_once() {
    let table = split_table("Title,Likes\nA,1\nB,2");
    let (posts, problems) = to_posts(&table, &guess_columns(&table), TODAY);
    assert!(posts.is_empty());
    assert_eq!(problems.len(), 1);
}
