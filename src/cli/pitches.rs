//! `pitchkit pitches PROJECT [--csv]`: the pitch log, by next follow-up, as lines to
//! read or as CSV for a spreadsheet (a header row, ISO dates, one line per pitch).

use crate::analytics::{by_next_follow_up, is_due};
use crate::format::{self, ISO_DATE};
use crate::model::{Money, Pitch, PitchStatus};
use crate::storage;
use anyhow::{Context as _, Result};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use time::Date;

/// The CSV's columns.
pub const CSV_HEADER: [&str; 11] = [
    "brand",
    "category",
    "status",
    "contact_name",
    "contact_email",
    "date_sent",
    "follow_up",
    "follow_up_due",
    "fee_agreed",
    "currency",
    "notes",
];

/// Prints the project's pitches by next follow-up (see `analytics::by_next_follow_up`).
pub(super) fn pitches(project: &Path, csv: bool) -> Result<ExitCode> {
    let loaded = storage::open(project)?;
    let today = super::today();
    let order = by_next_follow_up(&loaded.pitches);
    let sorted: Vec<&Pitch> = order.iter().map(|&i| &loaded.pitches[i]).collect();
    if csv {
        let bytes = csv_bytes(&sorted, today)?;
        // A closed pipe is not an error of Pitchkit's (see `say`).
        let _ignored = std::io::stdout().lock().write_all(&bytes);
    } else if sorted.is_empty() {
        super::say("No pitches yet; add one in the editor (Pitches).");
    } else {
        for pitch in sorted {
            super::say(&line(pitch, today));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One pitch in a line: brand · category · status and dates · fee · contact.
pub fn line(pitch: &Pitch, today: Date) -> String {
    let mut parts = vec![or_unnamed(&pitch.brand)];
    if !pitch.category.trim().is_empty() {
        parts.push(pitch.category.trim().to_owned());
    }
    let mut status = pitch.status.label().to_owned();
    match (pitch.status, pitch.sent_on) {
        (PitchStatus::Sent, Some(sent)) => status.push_str(&format!(" {}", format::date(sent))),
        (_, Some(sent)) => status.push_str(&format!(" (sent {})", format::date(sent))),
        (_, None) => {}
    }
    parts.push(status);
    if let Some(follow_up) = pitch.follow_up_on {
        let due = if is_due(pitch, today) { ", due" } else { "" };
        parts.push(format!("follow up {}{due}", format::date(follow_up)));
    }
    if let Some(fee) = &pitch.fee_agreed {
        parts.push(format!("fee {}", format::money(fee)));
    }
    let contact = match (pitch.contact_name.trim(), pitch.contact_email.trim()) {
        ("", "") => String::new(),
        (name, "") => name.to_owned(),
        ("", email) => email.to_owned(),
        (name, email) => format!("{name} <{email}>"),
    };
    if !contact.is_empty() {
        parts.push(contact);
    }
    parts.join(" · ")
}

fn or_unnamed(brand: &str) -> String {
    match brand.trim() {
        "" => "(no brand name)".to_owned(),
        brand => brand.to_owned(),
    }
}

/// The pitches as CSV (RFC 4180 quoting by the `csv` crate): the header, then one
/// record per pitch; dates as YYYY-MM-DD, the fee as a plain decimal number.
pub fn csv_bytes(pitches: &[&Pitch], today: Date) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    for pitch in pitches {
        let iso = |d: Option<Date>| d.and_then(|d| d.format(ISO_DATE).ok()).unwrap_or_default();
        let (fee, currency) = pitch
            .fee_agreed
            .as_ref()
            .map(|m| (decimal(m), m.currency.code().to_owned()))
            .unwrap_or_default();
        writer.write_record([
            pitch.brand.trim(),
            pitch.category.trim(),
            pitch.status.label(),
            pitch.contact_name.trim(),
            pitch.contact_email.trim(),
            &iso(pitch.sent_on),
            &iso(pitch.follow_up_on),
            if is_due(pitch, today) { "yes" } else { "no" },
            &fee,
            &currency,
            pitch.notes.trim(),
        ])?;
    }
    writer
        .into_inner()
        .context("could not write the pitches as CSV")
}

/// An amount as a plain decimal number, e.g. "1400.00" (yen: "1400").
fn decimal(money: &Money) -> String {
    let digits = money.currency.minor_digits();
    let factor = 10u64.pow(digits);
    let (major, minor) = (money.amount_minor / factor, money.amount_minor % factor);
    if digits == 0 {
        major.to_string()
    } else {
        format!("{major}.{minor:0width$}", width = digits as usize)
    }
}
