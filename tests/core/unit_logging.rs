//! The app's logger: line format, levels by target, the rotating log file.

use crate::dates::datetime;
use log::{Level, LevelFilter, Log, Metadata, Record};
use pitchkit::logging::*;
use std::fs;
use std::sync::Mutex;

#[test]
fn a_line_has_time_level_target_and_message() {
    let line = format_line(
        datetime("2025-03-01T09:30:00.120Z"),
        Level::Warn,
        "pitchkit::media::store",
        "could not sync the folder",
    );
    assert_eq!(
        line,
        "2025-03-01 09:30:00.120Z WARN  pitchkit::media::store: could not sync the folder\n"
    );
}

#[test]
fn a_line_is_in_utc_and_continuation_lines_are_indented() {
    let line = format_line(
        datetime("2025-03-01T10:30:00+01:00"),
        Level::Error,
        "eframe",
        "first\nsecond\n",
    );
    assert_eq!(
        line,
        "2025-03-01 09:30:00.000Z ERROR eframe: first\n    second\n"
    );
}

#[test]
fn a_command_shows_a_plain_line() {
    assert_eq!(
        short_line(Level::Warn, "the thumbnail was not removed"),
        "pitchkit: warning: the thumbnail was not removed\n"
    );
}

#[test]
fn own_records_pass_from_info_and_libraries_from_warn() {
    let logger = Logger {
        own_level: LevelFilter::Info,
        lib_level: LevelFilter::Warn,
        short_stderr: false,
        file: Mutex::new(None),
    };
    let meta = |level, target| Metadata::builder().level(level).target(target).build();
    assert!(logger.enabled(&meta(Level::Info, "pitchkit::ui::preview")));
    assert!(logger.enabled(&meta(Level::Info, "pitchkit")));
    assert!(!logger.enabled(&meta(Level::Debug, "pitchkit::ui")));
    assert!(!logger.enabled(&meta(Level::Info, "winit::platform")));
    assert!(!logger.enabled(&meta(Level::Info, "pitchkitten")));
    assert!(logger.enabled(&meta(Level::Warn, "eframe")));
    assert!(logger.enabled(&meta(Level::Warn, "fontdb")));
    let command = Logger {
        own_level: LevelFilter::Warn,
        ..logger
    };
    assert!(!command.enabled(&meta(Level::Warn, "fontdb")));
    assert!(!command.enabled(&meta(Level::Warn, "fontdb::x")));
    assert!(command.enabled(&meta(Level::Warn, "fontdbx")));
    assert!(command.enabled(&meta(Level::Error, "eframe")));
}

#[test]
fn the_file_rotates_past_its_limit_and_keeps_one_older_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    let mut log = LogFile::open(&path, 32).unwrap();
    log.append("first line, 20 bytes\n").unwrap();
    log.append("second, 9\n").unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "first line, 20 bytes\nsecond, 9\n"
    );
    log.append("third\n").unwrap();
    let older = dir.path().join("pitchkit.log.1");
    assert_eq!(
        fs::read_to_string(&older).unwrap(),
        "first line, 20 bytes\nsecond, 9\n"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "third\n");
    // A second rotation replaces the older file.
    log.append("fourth line, 25 bytes...\n").unwrap();
    log.append("fifth\n").unwrap();
    assert_eq!(
        fs::read_to_string(&older).unwrap(),
        "third\nfourth line, 25 bytes...\n"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "fifth\n");
}

#[test]
fn reopening_counts_what_the_file_already_holds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    fs::write(&path, "0123456789012345678901234\n").unwrap();
    let mut log = LogFile::open(&path, 30).unwrap();
    log.append("next run\n").unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "next run\n");
    assert!(dir.path().join("pitchkit.log.1").exists());
}

#[test]
fn a_file_that_cannot_be_written_is_dropped_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    let mut log = LogFile::open(&path, 30).unwrap();
    // An empty file takes a line of any length: it now holds 40 bytes, past its limit.
    log.append(&"x".repeat(40)).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "x".repeat(40));
    let logger = Logger {
        own_level: LevelFilter::Info,
        lib_level: LevelFilter::Warn,
        short_stderr: false,
        file: Mutex::new(Some(log)),
    };
    // Rotation fails when the folder has gone: the logger gives the file up.
    dir.close().unwrap();
    logger.log(
        &Record::builder()
            .level(Level::Warn)
            .target("pitchkit::test")
            .args(format_args!("after the folder went"))
            .build(),
    );
    assert!(logger.file.lock().unwrap().is_none());
}
