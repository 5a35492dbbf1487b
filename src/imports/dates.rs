//! Dates as exports and spreadsheets write them: ISO "2026-03-12", "2026/05/10",
//! "2026-06-20 09:00 +0000", "Aug 22, 2026", "Tue, Feb 18, 2025", "12 Mar 2026",
//! "03/25/2025 22:00", "13.03.2026", and TikTok's dates without a year ("February 28",
//! "9月13日", "18 января", "28 de febrero"). Every part is range-checked as written:
//! "2026-259-01" and "2026-03-257" are refused, never cut down to a valid date.

use time::{Date, Month, OffsetDateTime};

/// Which number comes first in a slashed date like 03/04/2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// 03/25/2025: month, day, year (US English).
    MonthFirst,
    /// 25/03/2025: day, month, year.
    DayFirst,
}

/// Month names and their usual abbreviations, lowercase, in English, Spanish,
/// Portuguese, German, French, Italian and Russian (nominative and genitive).
const MONTH_NAMES: [&[&str]; 12] = [
    &[
        "january",
        "enero",
        "janeiro",
        "januar",
        "jänner",
        "janvier",
        "gennaio",
        "январь",
        "января",
    ],
    &[
        "february",
        "febrero",
        "fevereiro",
        "februar",
        "février",
        "febbraio",
        "февраль",
        "февраля",
    ],
    &["march", "marzo", "março", "märz", "mars", "март", "марта"],
    &["april", "abril", "avril", "aprile", "апрель", "апреля"],
    &["may", "mayo", "maio", "mai", "maggio", "май", "мая"],
    &[
        "june", "junio", "junho", "juni", "juin", "giugno", "июнь", "июня",
    ],
    &[
        "july", "julio", "julho", "juli", "juillet", "luglio", "июль", "июля",
    ],
    &["august", "agosto", "août", "август", "августа"],
    &[
        "september",
        "septiembre",
        "setiembre",
        "setembro",
        "septembre",
        "settembre",
        "сентябрь",
        "сентября",
    ],
    &[
        "october",
        "octubre",
        "outubro",
        "oktober",
        "octobre",
        "ottobre",
        "октябрь",
        "октября",
    ],
    &[
        "november",
        "noviembre",
        "novembro",
        "novembre",
        "ноябрь",
        "ноября",
    ],
    &[
        "december",
        "diciembre",
        "dezembro",
        "dezember",
        "décembre",
        "dicembre",
        "декабрь",
        "декабря",
    ],
];

/// Words between day, month and year that carry nothing ("28 de febrero de 2026").
const FILLER: [&str; 4] = ["de", "del", "of", "г"];

/// The month a word names ("Feb", "febrero", "Februar", "февраля"), when exactly one
/// month starts with it (at least three letters, or a full short name like "mai").
pub fn month_from_name(word: &str) -> Option<Month> {
    let w = word.trim().trim_end_matches(['.', ',']).to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    let mut found: Option<usize> = None;
    for (index, names) in MONTH_NAMES.iter().enumerate() {
        if names.iter().any(|n| n.starts_with(w.as_str())) {
            if found.is_some_and(|f| f != index) {
                return None;
            }
            found = Some(index);
        }
    }
    month_number(u32::try_from(found? + 1).ok()?)
}

fn month_number(n: u32) -> Option<Month> {
    Month::try_from(u8::try_from(n).ok()?).ok()
}

/// A number of at most `max_digits` ASCII digits, else `None` (no truncation).
fn small_number(text: &str, max_digits: usize) -> Option<u32> {
    (!text.is_empty() && text.len() <= max_digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn build(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = i32::try_from(year).ok()?;
    let month = month_number(month)?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// Whether what follows a date is a time ("22:00", "09:00 +0000", "4:22pm", "T10:00").
fn is_time(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty()
        || (rest.starts_with(|c: char| c.is_ascii_digit())
            && rest.contains(':')
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '+' | '-' | '.' | ' ')))
}

/// The order a slashed date shows when one of its first two numbers is over 12.
pub fn order_evidence(cell: &str) -> Option<DayOrder> {
    let first = cell.trim().split([' ', 'T']).next()?;
    let parts: Vec<&str> = first.split(['/', '-', '.']).collect();
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    let a = small_number(parts[0], 2)?;
    let b = small_number(parts[1], 2)?;
    match (a > 12, b > 12) {
        (true, false) => Some(DayOrder::DayFirst),
        (false, true) => Some(DayOrder::MonthFirst),
        _ => None,
    }
}

fn numeric_date(token: &str, order: Option<DayOrder>, cell: &str) -> Result<Date, String> {
    let bad = || not_a_date(cell);
    let separator = token
        .chars()
        .find(|c| matches!(c, '-' | '/' | '.'))
        .ok_or_else(bad)?;
    let parts: Vec<&str> = token.split(separator).collect();
    if parts.len() != 3 {
        return Err(bad());
    }
    if parts[0].len() == 4 {
        let y = small_number(parts[0], 4).ok_or_else(bad)?;
        let m = small_number(parts[1], 2).ok_or_else(bad)?;
        let d = small_number(parts[2], 2).ok_or_else(bad)?;
        return build(y, m, d).ok_or_else(bad);
    }
    let y = small_number(parts[2], 4)
        .filter(|_| parts[2].len() == 4)
        .ok_or_else(bad)?;
    let a = small_number(parts[0], 2).ok_or_else(bad)?;
    let b = small_number(parts[1], 2).ok_or_else(bad)?;
    let order = match (separator, order_evidence(token), order) {
        ('.', _, _) => DayOrder::DayFirst,
        (_, Some(seen), _) => seen,
        (_, None, Some(given)) => given,
        (_, None, None) if a == b => DayOrder::DayFirst,
        _ => {
            return Err(format!(
                "“{}” could be day/month or month/day; type it as 2026-03-12",
                cell.trim()
            ));
        }
    };
    let (m, d) = match order {
        DayOrder::MonthFirst => (a, b),
        DayOrder::DayFirst => (b, a),
    };
    build(y, m, d).ok_or_else(bad)
}

fn not_a_date(cell: &str) -> String {
    format!(
        "“{}” is not a date Pitchkit can read; type it as 2026-03-12",
        cell.trim()
    )
}

/// Splits a worded date into words, dropping commas, a leading weekday ("Tue,") and
/// filler words ("de").
fn words_of(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = text
        .split([' ', ','])
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty() && !FILLER.contains(&w.to_lowercase().as_str()))
        .collect();
    let weekday = text.split_once(',').is_some_and(|(head, _)| {
        !head.trim().is_empty()
            && !head.trim().contains(' ')
            && head.trim().chars().all(char::is_alphabetic)
            && month_from_name(head).is_none()
    });
    if weekday && !words.is_empty() {
        words.remove(0);
    }
    words
}

/// Month and day from two words in either order ("Feb 18", "18 Feb", "18. Februar").
fn month_day_words(a: &str, b: &str) -> Option<(Month, u8)> {
    let day_of =
        |w: &str| small_number(w.trim_end_matches('.'), 2).and_then(|d| u8::try_from(d).ok());
    let (month, day) = match (month_from_name(a), day_of(b)) {
        (Some(m), Some(d)) => (m, d),
        _ => (month_from_name(b)?, day_of(a)?),
    };
    (1..=31).contains(&day).then_some((month, day))
}

/// A date with a year, in any of the forms this module reads. Slashed dates whose day
/// and month cannot be told apart are refused unless `order` says which comes first.
pub fn parse_date_with(cell: &str, order: Option<DayOrder>) -> Result<Date, String> {
    let text = cell.trim().trim_matches('"').trim();
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        let cut = text.find([' ', 'T']).unwrap_or(text.len());
        let (token, rest) = text.split_at(cut);
        if token.contains(['-', '/', '.']) {
            if !is_time(rest.trim_start_matches('T')) {
                return Err(not_a_date(cell));
            }
            return numeric_date(token, order, cell);
        }
    }
    let words = words_of(text);
    if words.len() >= 3 {
        let year = small_number(words[2], 4)
            .filter(|_| words[2].len() == 4)
            .ok_or_else(|| not_a_date(cell))?;
        let time = words[3..].join(" ");
        let (month, day) = month_day_words(words[0], words[1]).ok_or_else(|| not_a_date(cell))?;
        if !is_time(&time) && !matches!(time.to_lowercase().as_str(), "am" | "pm") {
            return Err(not_a_date(cell));
        }
        return build(year, u32::from(u8::from(month)), u32::from(day))
            .ok_or_else(|| not_a_date(cell));
    }
    Err(not_a_date(cell))
}

/// A date with a year whose form cannot be misread; an ambiguous slashed date is an error.
pub fn parse_date(cell: &str) -> Result<Date, String> {
    parse_date_with(cell, None)
}

/// Month and day of a date written without a year: "February 28", "Feb 28", "28 de
/// febrero", "28. Februar", "18 января", "9月13日", "9월 13일".
pub fn parse_month_day(cell: &str) -> Option<(Month, u8)> {
    let text = cell.trim().trim_matches('"').trim();
    for (month_mark, day_mark) in [('月', '日'), ('월', '일')] {
        if let Some((m, rest)) = text.split_once(month_mark) {
            let d = rest
                .trim()
                .trim_end_matches(day_mark)
                .trim_end_matches('号');
            let month = month_number(small_number(m.trim(), 2)?)?;
            let day = u8::try_from(small_number(d.trim(), 2)?).ok()?;
            return (1..=31).contains(&day).then_some((month, day));
        }
    }
    let words = words_of(text);
    match words.as_slice() {
        [a, b] => month_day_words(a, b),
        _ => None,
    }
}

/// The latest date on or before `exported_on` with this month and day (29 February goes
/// back to the last leap year), looking back at most eight years.
pub fn year_counting_back(month: Month, day: u8, exported_on: Date) -> Option<Date> {
    (0..=8)
        .filter_map(|back| Date::from_calendar_date(exported_on.year() - back, month, day).ok())
        .find(|d| *d <= exported_on)
}

/// The day a TikTok video was posted, from its ID: the top 32 bits are Unix seconds.
/// `None` for IDs that give a day before TikTok's IDs had this form or after `latest`.
pub fn date_from_tiktok_id(id: u64, latest: Date) -> Option<Date> {
    let seconds = i64::try_from(id >> 32).ok()?;
    let date = OffsetDateTime::from_unix_timestamp(seconds).ok()?.date();
    let earliest = Date::from_calendar_date(2016, Month::September, 1).ok()?;
    (earliest..=latest.next_day()?)
        .contains(&date)
        .then_some(date)
}

/// The video ID in a TikTok link (`…/video/7345…` or `…/photo/7345…`).
pub fn tiktok_id(link: &str) -> Option<u64> {
    let (_, after) = link
        .split_once("/video/")
        .or_else(|| link.split_once("/photo/"))?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() >= 15).then(|| digits.parse().ok()).flatten()
}

/// The date nearest to `anchor` with this month and day (one year either side), for a
/// yearless date whose year comes from a timestamp a few hours off.
pub fn nearest_with_month_day(month: Month, day: u8, anchor: Date) -> Option<Date> {
    [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .into_iter()
        .filter_map(|y| Date::from_calendar_date(y, month, day).ok())
        .min_by_key(|d| (*d - anchor).whole_days().abs())
}
