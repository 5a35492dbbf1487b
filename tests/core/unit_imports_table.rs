//! Reading a CSV sheet: `sep=` line, title, multi-line cells, delimiters.

use pitchkit::imports::table::*;

#[test]
fn sep_line_title_and_multiline_cells() {
    let text = "sep=,\n\"Instagram followers\"\n\"Date\",\"Primary\"\n\"2026-01-02\",\"10\"\n\n\"2026-01-03\",\"a\nb\"\n\"2026-01-04\",\"12\"\n";
    let sheet = read_sheet(text);
    assert_eq!(sheet.title.as_deref(), Some("Instagram followers"));
    assert_eq!(sheet.header, vec!["Date", "Primary"]);
    let lines: Vec<usize> = sheet.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![4, 6, 8]);
    assert_eq!(sheet.rows[1].cell(1), "a\nb");
}

#[test]
fn delimiters() {
    assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3"), b';');
    assert_eq!(sniff_delimiter("\"a,b\";c"), b';');
    assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
    assert_eq!(sniff_delimiter("Title\na,b"), b',');
}
