//! The traps: broken files refused with a message that says what to do, unreadable
//! cells reported by line, zips read entry by entry, and zip bombs and escaping paths
//! refused.
#![allow(clippy::unwrap_used)]

use super::imports_exports::fixture;
use crate::dates::date;
use pitchkit::imports::{FileKind, ImportError, read_export};
use std::io::Write;
use zip::write::SimpleFileOptions;

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn unknown_delimiter_is_not_recognised_and_shows_the_header() {
    let err = read_export(
        "a.csv",
        &fixture("broken_pipe_delimiter.csv"),
        date(2026, 1, 1),
    )
    .unwrap_err();
    let ImportError::NotRecognised { first_cells, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(first_cells.contains("Post ID|Description"));
    assert!(
        err.to_string().ends_with(": a.csv"),
        "file name last: {err}"
    );
}

#[test]
fn missing_required_column_is_named() {
    let err = read_export(
        "a.csv",
        &fixture("broken_meta_no_publish_time.csv"),
        date(2026, 1, 1),
    )
    .unwrap_err();
    assert_eq!(
        err,
        ImportError::MissingColumn {
            kind: FileKind::MetaContent.label(),
            column: "Publish date",
            name: "a.csv".into(),
        }
    );
}

#[test]
fn empty_and_unreadable_encoding() {
    assert!(matches!(
        read_export("e.csv", &fixture("broken_empty.csv"), date(2026, 1, 1)),
        Err(ImportError::Empty { .. })
    ));
    assert!(matches!(
        read_export("e.csv", b"\xEF\xBB\xBF  \n", date(2026, 1, 1)),
        Err(ImportError::Empty { .. })
    ));
    assert!(matches!(
        read_export("l.csv", &fixture("broken_latin1.csv"), date(2026, 1, 1)),
        Err(ImportError::Encoding { .. })
    ));
}

#[test]
fn unreadable_cells_are_reported_by_line_and_missing_stays_missing() {
    let file = read_export("b.csv", &fixture("broken_cells.csv"), date(2026, 11, 1))
        .unwrap()
        .remove(0);
    let lines: Vec<usize> = file.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![2, 3]);
    assert!(
        file.problems[0].message.contains("Views") && file.problems[0].message.contains("whole")
    );
    assert!(file.problems[1].message.contains("2026-259-01"));
    assert_eq!(file.posts.len(), 1);
    assert_eq!(
        (file.posts[0].post.views, file.posts[0].post.likes),
        (None, None)
    );
}

#[test]
fn too_large_input_is_refused_before_reading() {
    let big = vec![b'a'; pitchkit::imports::MAX_INPUT_BYTES + 1];
    assert!(matches!(
        read_export("big.csv", &big, date(2026, 1, 1)),
        Err(ImportError::TooLarge { limit_mb: 50, .. })
    ));
}

#[test]
fn zip_entries_are_read_and_the_rest_named() {
    let bytes = zip_of(&[
        ("Table data.csv", &fixture("youtube_table_en.csv")),
        ("Chart data.csv", &fixture("youtube_chart.csv")),
        ("notes/readme.txt", b"hello"),
        ("thumb.jpg", b"\xff\xd8"),
    ]);
    let files = read_export("Analytics.zip", &bytes, date(2026, 11, 1)).unwrap();
    let names: Vec<(&str, FileKind)> = files.iter().map(|f| (f.name.as_str(), f.kind)).collect();
    assert_eq!(
        names,
        vec![
            ("Analytics.zip › Table data.csv", FileKind::YoutubeTable),
            ("Analytics.zip › Chart data.csv", FileKind::YoutubeChart),
        ]
    );
    let skipped = files[0]
        .notes
        .iter()
        .find(|n| n.starts_with("Skipped"))
        .unwrap();
    assert!(
        skipped.contains("notes/readme.txt") && skipped.contains("thumb.jpg"),
        "{skipped}"
    );
    assert_eq!(files[0].posts.len(), 2);
}

#[test]
fn zip_with_nothing_usable_is_an_error() {
    let bytes = zip_of(&[("a.txt", b"nothing here"), ("b.png", b"x")]);
    let err = read_export("z.zip", &bytes, date(2026, 1, 1)).unwrap_err();
    let ImportError::NothingUsable { entries, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(entries.contains("a.txt") && entries.contains("b.png"));
}

#[test]
fn zip_paths_that_escape_are_refused() {
    for path in ["../evil.csv", "/etc/evil.csv", "a/../../evil.csv"] {
        let bytes = zip_of(&[
            ("ok.csv", &fixture("youtube_chart.csv")),
            (path, b"Date,Views\n"),
        ]);
        let err = read_export("z.zip", &bytes, date(2026, 1, 1)).unwrap_err();
        assert!(
            matches!(&err, ImportError::PathEscapes { entry, .. } if entry == path),
            "{path}: {err:?}"
        );
    }
}

#[test]
fn zip_bomb_by_ratio_is_refused() {
    let zeros = vec![b'0'; 8 * 1024 * 1024];
    let bytes = zip_of(&[("Table data.csv", &zeros)]);
    assert!(bytes.len() < 100_000);
    let err = read_export("bomb.zip", &bytes, date(2026, 1, 1)).unwrap_err();
    assert!(matches!(err, ImportError::ZipBomb { .. }), "{err:?}");
    assert!(err.to_string().contains("zip bomb"));
}

#[test]
fn zip_bomb_with_lying_sizes_is_caught_while_reading() {
    // 300 KB of one byte, declared as 1,000 bytes in both headers: the declared
    // sizes pass, the bytes actually unpacked do not.
    let data = vec![b'7'; 300 * 1024];
    let mut bytes = zip_of(&[("a.csv", &data)]);
    let actual = u32::try_from(data.len()).unwrap().to_le_bytes();
    let lie = 1000u32.to_le_bytes();
    let mut patched = 0;
    for i in 0..bytes.len().saturating_sub(4) {
        if bytes[i..i + 4] == actual {
            bytes[i..i + 4].copy_from_slice(&lie);
            patched += 1;
        }
    }
    assert!(patched >= 2, "both headers patched");
    let result = read_export("liar.zip", &bytes, date(2026, 1, 1));
    assert!(
        matches!(result, Err(ImportError::ZipBomb { .. })),
        "{result:?}"
    );
}

#[test]
fn zip_with_too_many_entries_is_refused() {
    let names: Vec<String> = (0..2_001).map(|i| format!("f{i}.bin")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let err = read_export("many.zip", &zip_of(&entries), date(2026, 1, 1)).unwrap_err();
    assert!(matches!(err, ImportError::ZipBomb { .. }), "{err:?}");
}

#[test]
fn a_broken_zip_says_so() {
    let err = read_export("z.zip", b"PK\x03\x04garbage", date(2026, 1, 1)).unwrap_err();
    assert!(matches!(err, ImportError::BadZip { .. }), "{err:?}");
}

#[test]
fn recognition_ignores_the_file_name() {
    let a = read_export(
        "Tabellendaten.csv",
        &fixture("x_content.csv"),
        date(2025, 3, 1),
    )
    .unwrap();
    assert_eq!(a[0].kind, FileKind::XContent);
}
