//! Numbers as exports and spreadsheets write them: "15,000", "2.300", "1,2", "1.2K",
//! "3M", "59%", "0.59", "-4". The decimal mark is decided once per column from the
//! data (and the file's language when the data cannot tell), so "1,2" is never 12.
//! Missing is not zero: blank, "undefined", "--" and "-" read as `None`.

/// Which character is the decimal mark in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberStyle {
    /// Decided per cell: a single separator before exactly three digits groups
    /// thousands ("1,240", "2.300"); any other single separator, or one before a
    /// K/M suffix, is the decimal mark ("1,2K", "1.5").
    #[default]
    Auto,
    /// "1,234.5": comma groups thousands, point is the decimal mark (English).
    DecimalPoint,
    /// "1.234,5": point groups thousands, comma is the decimal mark (German, Spanish,
    /// Portuguese…).
    DecimalComma,
}

/// The largest count read (a quadrillion): anything above is a typo or garbage.
const MAX_VALUE: u64 = 1_000_000_000_000_000;

/// True for the cells that mean "no figure": blank, "undefined", "--", "-", "n/a"…
pub fn is_missing(cell: &str) -> bool {
    let t = cell.trim().trim_matches('"').trim();
    t.is_empty()
        || matches!(t, "-" | "--" | "–" | "—" | "―" | "−")
        || ["undefined", "null", "n/a", "na", "none", "nan"]
            .iter()
            .any(|m| t.eq_ignore_ascii_case(m))
}

/// A number taken apart: sign, digits before and after the decimal mark, scale.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Parts {
    negative: bool,
    whole: String,
    fraction: String,
    /// 1, 1_000, 1_000_000 or 1_000_000_000 from a K/M/B suffix.
    scale: u64,
    percent: bool,
}

/// Removes spacing used as grouping and splits off sign, percent and K/M/B suffix.
fn clean(cell: &str) -> (bool, String, u64, bool) {
    let mut t: String = cell
        .trim()
        .trim_matches('"')
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’' | '_' | '\u{feff}'
            )
        })
        .collect();
    let mut negative = false;
    if let Some(rest) = t
        .strip_prefix('-')
        .or_else(|| t.strip_prefix('\u{2212}'))
        .or_else(|| t.strip_prefix('–'))
    {
        negative = true;
        t = rest.to_owned();
    } else if let Some(rest) = t.strip_prefix('+') {
        t = rest.to_owned();
    }
    let mut percent = false;
    if let Some(rest) = t.strip_suffix('%') {
        percent = true;
        t = rest.to_owned();
    }
    let scale = match t.chars().last() {
        Some('k' | 'K') => 1_000,
        Some('m' | 'M') => 1_000_000,
        Some('b' | 'B') => 1_000_000_000,
        _ => 1,
    };
    if scale > 1 {
        t.pop();
    }
    (negative, t, scale, percent)
}

/// Which separator is the decimal mark in `body` under `style`: `Some(c)` or `None`
/// when the body has no decimal part.
fn decimal_mark(body: &str, style: NumberStyle, scaled: bool) -> Option<char> {
    match style {
        NumberStyle::DecimalPoint => body.contains('.').then_some('.'),
        NumberStyle::DecimalComma => body.contains(',').then_some(','),
        NumberStyle::Auto => {
            let last = body.rfind(['.', ','])?;
            let mark = body[last..].chars().next()?;
            let other = if mark == '.' { ',' } else { '.' };
            if body.contains(other) {
                return Some(mark);
            }
            if body.matches(mark).count() > 1 {
                return None;
            }
            let after = &body[last + 1..];
            let before = &body[..last];
            let looks_grouped = after.len() == 3 && (1..=3).contains(&before.len());
            (scaled || !looks_grouped).then_some(mark)
        }
    }
}

fn split(cell: &str, style: NumberStyle) -> Result<Parts, String> {
    let (negative, body, scale, percent) = clean(cell);
    let bad = || format!("“{}” is not a number", cell.trim());
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(bad());
    }
    let mark = decimal_mark(&body, style, scale > 1);
    let (int_part, fraction) = match mark {
        Some(m) => {
            let at = body.rfind(m).ok_or_else(bad)?;
            (&body[..at], &body[at + 1..])
        }
        None => (body.as_str(), ""),
    };
    if fraction.contains(['.', ',']) || (mark.is_some() && fraction.is_empty()) {
        return Err(bad());
    }
    let mut groups = int_part.split(['.', ',']);
    let first = groups.next().unwrap_or("");
    let grouped = int_part.contains(['.', ',']);
    let separators: Vec<char> = int_part.chars().filter(|c| !c.is_ascii_digit()).collect();
    if grouped
        && (first.is_empty()
            || first.len() > 3
            || separators.windows(2).any(|w| w[0] != w[1])
            || Some(separators[0]) == mark)
    {
        return Err(bad());
    }
    let mut whole = first.to_owned();
    for group in groups {
        if group.len() != 3 {
            return Err(format!(
                "“{}” is not a number as this file writes them (is the comma a decimal mark?)",
                cell.trim()
            ));
        }
        whole.push_str(group);
    }
    if whole.is_empty() {
        whole.push('0');
    }
    Ok(Parts {
        negative,
        whole,
        fraction: fraction.to_owned(),
        scale,
        percent,
    })
}

/// The exact value of `parts` times its scale, rounded when a K/M/B suffix asks for
/// it; an error when it is not whole and no suffix rounds it.
fn whole_value(parts: &Parts, cell: &str) -> Result<u64, String> {
    let too_big = || format!("“{}” is too large to be a count", cell.trim());
    let whole: u64 = parts.whole.parse().map_err(|_| too_big())?;
    let mut value = whole.checked_mul(parts.scale).ok_or_else(too_big)?;
    if !parts.fraction.is_empty() {
        let digits = parts.fraction.len().min(12);
        let fraction: u64 = parts.fraction[..digits].parse().map_err(|_| too_big())?;
        let denominator = 10u64.pow(u32::try_from(digits).map_err(|_| too_big())?);
        let scaled = u128::from(fraction) * u128::from(parts.scale);
        let exact = scaled % u128::from(denominator) == 0 && digits == parts.fraction.len();
        if !exact && parts.scale == 1 {
            return Err(format!("“{}” is not a whole number", cell.trim()));
        }
        let rounded = (scaled + u128::from(denominator) / 2) / u128::from(denominator);
        value = value
            .checked_add(u64::try_from(rounded).map_err(|_| too_big())?)
            .ok_or_else(too_big)?;
    }
    if value > MAX_VALUE {
        return Err(too_big());
    }
    Ok(value)
}

/// A count (likes, views…): `None` when missing, an error when negative, not whole,
/// a percentage or not a number.
pub fn parse_count(cell: &str, style: NumberStyle) -> Result<Option<u64>, String> {
    if is_missing(cell) {
        return Ok(None);
    }
    let parts = split(cell, style)?;
    if parts.percent {
        return Err(format!("“{}” is a percentage, not a count", cell.trim()));
    }
    let value = whole_value(&parts, cell)?;
    if parts.negative && value > 0 {
        return Err(format!("“{}” is negative; counts start at 0", cell.trim()));
    }
    Ok(Some(value))
}

/// A change that may be negative (subscribers gained, followers difference).
pub fn parse_signed(cell: &str, style: NumberStyle) -> Result<Option<i64>, String> {
    if is_missing(cell) {
        return Ok(None);
    }
    let parts = split(cell, style)?;
    if parts.percent {
        return Err(format!("“{}” is a percentage, not a count", cell.trim()));
    }
    let value = i64::try_from(whole_value(&parts, cell)?)
        .map_err(|_| format!("“{}” is too large", cell.trim()))?;
    Ok(Some(if parts.negative { -value } else { value }))
}

/// A decimal number (rates, shares), with whether it was written with a `%` sign.
pub fn parse_decimal(cell: &str, style: NumberStyle) -> Result<Option<(f64, bool)>, String> {
    if is_missing(cell) {
        return Ok(None);
    }
    let parts = split(cell, style)?;
    let text = format!("{}.{}", parts.whole, parts.fraction);
    let text = text.trim_end_matches('.');
    let mut value: f64 = text
        .parse()
        .map_err(|_| format!("“{}” is not a number", cell.trim()))?;
    // Scale is 1, 1e3, 1e6 or 1e9: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let scale = parts.scale as f64;
    value *= scale;
    if parts.negative {
        value = -value;
    }
    Ok(Some((value, parts.percent)))
}

/// What one cell says about the decimal mark, if anything.
fn evidence(cell: &str) -> Option<NumberStyle> {
    let (_, body, scale, _) = clean(cell);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let mark = decimal_mark(&body, NumberStyle::Auto, scale > 1);
    match mark {
        Some('.') => Some(NumberStyle::DecimalPoint),
        Some(',') => Some(NumberStyle::DecimalComma),
        _ => {
            // Several of one separator and none of the other: that one groups.
            if body.matches(',').count() > 1 {
                Some(NumberStyle::DecimalPoint)
            } else if body.matches('.').count() > 1 {
                Some(NumberStyle::DecimalComma)
            } else {
                None
            }
        }
    }
}

/// The decimal mark of a column, from what its cells show ("1,5" or "1.234.567"),
/// else `hint` (the file's language). A column that shows both is read by the
/// majority; a tie goes to `hint`.
pub fn detect_style<'a>(
    cells: impl IntoIterator<Item = &'a str>,
    hint: NumberStyle,
) -> NumberStyle {
    let (mut point, mut comma) = (0usize, 0usize);
    for cell in cells {
        match evidence(cell) {
            Some(NumberStyle::DecimalPoint) => point += 1,
            Some(NumberStyle::DecimalComma) => comma += 1,
            _ => {}
        }
    }
    match point.cmp(&comma) {
        std::cmp::Ordering::Greater => NumberStyle::DecimalPoint,
        std::cmp::Ordering::Less => NumberStyle::DecimalComma,
        std::cmp::Ordering::Equal => hint,
    }
}
