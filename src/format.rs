//! The one number, money and date formatter used by the app, the CLI and the kit.

use crate::model::Money;
use time::Date;
use time::format_description::{BorrowedFormatItem, Component, modifier};

/// How dates are typed and stored: `[year]-[month]-[day]` (`2026-11-15`). Written out
/// item by item (what `time::macros::format_description!` makes of that description), so
/// that only the tests need the `time` macros.
pub const ISO_DATE: &[BorrowedFormatItem<'static>] = &[
    BorrowedFormatItem::Component(Component::CalendarYearFullStandardRange(
        modifier::CalendarYearFullStandardRange::default(),
    )),
    BorrowedFormatItem::StringLiteral("-"),
    BorrowedFormatItem::Component(Component::MonthNumerical(
        modifier::MonthNumerical::default(),
    )),
    BorrowedFormatItem::StringLiteral("-"),
    BorrowedFormatItem::Component(Component::Day(modifier::Day::default())),
];

/// The true minus sign (U+2212), used instead of a hyphen in front of numbers.
pub const MINUS: char = '\u{2212}';

/// Groups digits in threes with commas: `1234567` → `"1,234,567"`.
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A count for people: in full below 10,000 (`"8,412"`), else three significant
/// figures with K/M/B (`"24.8K"`, `"128K"`, `"1.23M"`).
pub fn count(value: u64) -> String {
    if value < 10_000 {
        return grouped(value);
    }
    const UNITS: [(f64, &str); 5] = [(1e3, "K"), (1e6, "M"), (1e9, "B"), (1e12, "T"), (1e15, "Q")];
    #[allow(clippy::cast_precision_loss)]
    let exact = value as f64;
    for (scale, suffix) in UNITS {
        let scaled = exact / scale;
        // 999,999 rounds to "1000K": such values move up to the next unit.
        if scaled < 999.5 || suffix == "Q" {
            return format!("{}{suffix}", three_significant(scaled));
        }
    }
    grouped(value)
}

/// Three significant figures without trailing zeros: 24.83 → "24.8", 128.4 → "128".
fn three_significant(value: f64) -> String {
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// A rate in percent: `4.23` → `"4.2%"`; below 1 %, two decimals (`"0.54%"`).
pub fn percent(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let text = if value.abs() < 0.995 && value != 0.0 {
        format!("{value:.2}%")
    } else {
        format!("{value:.1}%")
    };
    with_true_minus(&text)
}

/// A relative change in percent with its sign: `12.44` → `"+12.4%"`, `-3.1` → `"−3.1%"`.
pub fn delta_percent(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let text = format!("{value:+.1}%");
    with_true_minus(&text)
}

/// A difference of two rates in percentage points: `"+1.3 pts"`.
pub fn points(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    with_true_minus(&format!("{value:+.1} pts"))
}

/// A ratio such as `2.2×`.
pub fn ratio(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    if value >= 10.0 {
        format!("{value:.0}×")
    } else {
        format!("{value:.1}×")
    }
}

/// A signed count change: `+1,204` / `−87`.
pub fn delta_count(value: i128) -> String {
    let magnitude = u64::try_from(value.unsigned_abs()).unwrap_or(u64::MAX);
    let sign = if value < 0 { MINUS } else { '+' };
    format!("{sign}{}", grouped(magnitude))
}

/// Money: `"$450"`, or `"$450.50"` when there are cents; unknown symbols use the code
/// (`"CHF 450"`).
pub fn money(amount: &Money) -> String {
    money_parts(amount.amount_minor, amount)
}

/// A price range in one currency: `"$450–600"`.
pub fn money_range(low: &Money, high_minor: u64) -> String {
    let high = Money {
        amount_minor: high_minor,
        currency: low.currency.clone(),
    };
    let high_text = money(&high);
    let symbol = low.currency.symbol();
    let bare_high = high_text
        .strip_prefix(symbol)
        .map(|s| s.trim_start().to_owned())
        .unwrap_or(high_text.clone());
    format!("{}–{bare_high}", money(low))
}

fn money_parts(amount_minor: u64, like: &Money) -> String {
    let digits = like.currency.minor_digits();
    let factor = 10u64.pow(digits);
    let major = amount_minor / factor;
    let minor = amount_minor % factor;
    let number = if minor == 0 {
        grouped(major)
    } else {
        format!(
            "{}.{minor:0width$}",
            grouped(major),
            width = digits as usize
        )
    };
    let symbol = like.currency.symbol();
    if symbol.chars().count() == 3 && symbol.chars().all(|c| c.is_ascii_uppercase()) {
        format!("{symbol} {number}")
    } else {
        format!("{symbol}{number}")
    }
}

/// A date for people: `"12 Mar 2026"`.
pub fn date(value: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS
        .get(usize::from(u8::from(value.month())).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {month} {}", value.day(), value.year())
}

/// Whole-number shares that sum to exactly 100 (largest remainder method), from
/// shares in percent that sum to about 100. Empty in, empty out; a zero total
/// gives all zeros.
pub fn shares_to_100(shares: &[f64]) -> Vec<u32> {
    let total: f64 = shares.iter().filter(|v| v.is_finite() && **v > 0.0).sum();
    if shares.is_empty() || total <= 0.0 {
        return vec![0; shares.len()];
    }
    let scaled: Vec<f64> = shares
        .iter()
        .map(|v| {
            if v.is_finite() && *v > 0.0 {
                v / total * 100.0
            } else {
                0.0
            }
        })
        .collect();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut whole: Vec<u32> = scaled.iter().map(|v| v.floor() as u32).collect();
    let assigned: u32 = whole.iter().sum();
    let mut order: Vec<usize> = (0..scaled.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = scaled[a] - scaled[a].floor();
        let rb = scaled[b] - scaled[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().take(100u32.saturating_sub(assigned) as usize) {
        whole[i] += 1;
    }
    whole
}

/// An audience share for print: `"41%"`, or `"<1%"` below 0.5 %.
pub fn share(value: f64) -> String {
    if value < 0.5 {
        "<1%".to_owned()
    } else {
        format!("{value:.0}%")
    }
}

fn with_true_minus(text: &str) -> String {
    text.replace('-', &MINUS.to_string())
}

/// A file size for people: "820 KB", "1.4 MB" (kilobytes and megabytes of 1,024),
/// as the PDF and web exports report it.
pub fn size_text(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let bytes = bytes as f64;
    if bytes < KB * KB {
        format!("{:.0} KB", (bytes / KB).max(1.0))
    } else {
        format!("{:.1} MB", bytes / (KB * KB))
    }
}

/// `text` made safe as part of a file name: characters file systems refuse replaced
/// (`/ \\ : |` by a hyphen; `* ? " < >` left out; control characters by a space),
/// runs of spaces as one, no dot or space at either end, at most `max_chars`
/// characters. May be empty.
pub fn file_name_part(text: &str, max_chars: usize) -> String {
    let mut name = String::new();
    for c in text.chars() {
        match c {
            '/' | '\\' | ':' | '|' => name.push('-'),
            '*' | '?' | '"' | '<' | '>' => {}
            c if c.is_control() => name.push(' '),
            c => name.push(c),
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let name = words.join(" ");
    let name: String = name
        .trim_matches(|c| c == '.' || c == ' ')
        .chars()
        .take(max_chars)
        .collect();
    name.trim_end().to_owned()
}
