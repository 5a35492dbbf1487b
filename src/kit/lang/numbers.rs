//! Numbers, percentages and money as each kit language writes them: digits, decimal
//! and group separators from ICU4X (`icu_decimal`, compiled data); where the percent
//! sign, the currency symbol and compact units (K, Tsd., mil, 万) go from the
//! language's table (`num.*` keys), since ICU4X 2 has no stable formatter for those.
//!
//! English goes through [`crate::format`], so English kits print as they always did.

use super::Language;
use super::table::fill;
use crate::format::{self, MINUS};
use crate::model::Money;
use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;
use std::collections::BTreeMap;

/// The ICU locale a language's numbers and dates are written in (Arabic with Latin
/// digits, as Gulf brands print figures).
pub(super) fn locale(language: Language) -> Locale {
    let tag = match language {
        Language::Ar => "ar-u-nu-latn",
        other => other.code(),
    };
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

/// `decimal` written as `language` writes numbers (formatters kept per thread).
fn write(language: Language, decimal: &Decimal) -> String {
    thread_local! {
        static FORMATTERS: std::cell::RefCell<BTreeMap<Language, Option<DecimalFormatter>>> =
            const { std::cell::RefCell::new(BTreeMap::new()) };
    }
    FORMATTERS.with_borrow_mut(|formatters| {
        let formatter = formatters.entry(language).or_insert_with(|| {
            let prefs = DecimalFormatterPreferences::from(&locale(language));
            DecimalFormatter::try_new(prefs, Default::default())
                .inspect_err(|error| log::error!("no number format for {language}: {error}"))
                .ok()
        });
        match formatter {
            Some(f) => f.format(decimal).to_string(),
            None => decimal.to_string(),
        }
    })
}

/// `value`'s magnitude rounded to `digits` decimals, as digits-and-scale
/// (12.345, 1 → (123, 1)); trailing zeros dropped when `trim` is set.
fn scaled(value: f64, digits: u8, trim: bool) -> (u128, u8) {
    let mut digits = digits.min(6);
    let factor = 10f64.powi(i32::from(digits));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut whole = (value.abs() * factor).round().min(1e30) as u128;
    while trim && digits > 0 && whole.is_multiple_of(10) {
        whole /= 10;
        digits -= 1;
    }
    (whole, digits)
}

impl Language {
    /// `value`'s magnitude with `digits` decimals, separators as the language writes
    /// them ("1.234,5" in German); no sign.
    fn magnitude(self, value: f64, digits: u8, trim: bool) -> String {
        if self == Language::En && !trim {
            // As `format!` rounds (what English kits always printed), grouped.
            let text = format!("{:.*}", usize::from(digits), value.abs());
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            let grouped = int.parse().map_or_else(|_| int.to_owned(), format::grouped);
            return if frac.is_empty() {
                grouped
            } else {
                format!("{grouped}.{frac}")
            };
        }
        let (whole, digits) = scaled(value, digits, trim);
        let mut decimal = Decimal::from(whole);
        decimal.multiply_pow10(-i16::from(digits));
        write(self, &decimal)
    }

    /// A number with `digits` decimals in this language: `1234.5, 1` → "1.234,5" in
    /// German, "1,234.5" in English; negative numbers take the true minus sign.
    pub fn number(self, value: f64, digits: u8) -> String {
        if !value.is_finite() {
            return self.tr("num.not_available").to_owned();
        }
        let text = self.magnitude(value, digits, false);
        let negative = value < 0.0 && scaled(value, digits, false).0 > 0;
        if negative {
            format!("{MINUS}{text}")
        } else {
            text
        }
    }

    /// A whole number with the language's group separators ("1.234.567").
    pub fn grouped(self, value: u64) -> String {
        match self {
            Language::En => format::grouped(value),
            _ => write(self, &Decimal::from(value)),
        }
    }

    /// A count for people: in full below 10,000, else three significant figures
    /// with the language's compact units ("24.8K", "24,8 Tsd.", "2,48万").
    pub fn count(self, value: u64) -> String {
        if self == Language::En {
            return format::count(value);
        }
        self.compact(value, "num.compact")
    }

    /// [`Self::count`] for tight spots (five figures in a row): the short units brands
    /// read on the platforms ("18,6K") where the language's own ("18,6 Tsd.") would
    /// not fit.
    pub fn count_tight(self, value: u64) -> String {
        if self == Language::En {
            return format::count(value);
        }
        self.compact(value, "num.compact_tight")
    }

    fn compact(self, value: u64, key: &str) -> String {
        if value < 10_000 {
            return self.grouped(value);
        }
        let units = compact_units(self.tr(key));
        #[allow(clippy::cast_precision_loss)]
        let exact = value as f64;
        for (i, (exponent, pattern)) in units.iter().enumerate() {
            let scale = 10f64.powi(i32::from(*exponent));
            let next = units
                .get(i + 1)
                .map_or(f64::INFINITY, |(e, _)| 10f64.powi(i32::from(*e)) / scale);
            let shown = exact / scale;
            let digits = if shown >= 100.0 {
                0
            } else if shown >= 10.0 {
                1
            } else {
                2
            };
            let (whole, d) = scaled(shown, digits, false);
            #[allow(clippy::cast_precision_loss)]
            let rounded = whole as f64 / 10f64.powi(i32::from(d));
            if rounded < next {
                return fill(pattern, &[("n", &self.magnitude(shown, digits, true))]);
            }
        }
        self.grouped(value)
    }

    /// A rate in percent: "4.2%", "4,2 %"; below 1 %, two decimals.
    pub fn percent(self, value: f64) -> String {
        if self == Language::En {
            return format::percent(value);
        }
        if !value.is_finite() {
            return self.tr("num.not_available").to_owned();
        }
        let digits = if value.abs() < 0.995 && value != 0.0 {
            2
        } else {
            1
        };
        self.trf("num.percent", &[("n", &self.number(value, digits))])
    }

    /// A relative change in percent with its sign: "+12.4%", "−3,1 %".
    pub fn delta_percent(self, value: f64) -> String {
        if self == Language::En {
            return format::delta_percent(value);
        }
        if !value.is_finite() {
            return self.tr("num.not_available").to_owned();
        }
        self.trf("num.percent", &[("n", &self.signed(value, 1))])
    }

    /// A difference of two rates in percentage points: "+1.3 pts", "+1,3 Pp.".
    pub fn points(self, value: f64) -> String {
        if self == Language::En {
            return format::points(value);
        }
        if !value.is_finite() {
            return self.tr("num.not_available").to_owned();
        }
        self.trf("num.points", &[("n", &self.signed(value, 1))])
    }

    /// A ratio such as "2.2×" ("2,2×").
    pub fn ratio(self, value: f64) -> String {
        if self == Language::En {
            return format::ratio(value);
        }
        if !value.is_finite() {
            return self.tr("num.not_available").to_owned();
        }
        let digits = if value >= 10.0 { 0 } else { 1 };
        format!("{}×", self.number(value, digits))
    }

    /// A signed count change: "+1.204", "−87".
    pub fn delta_count(self, value: i128) -> String {
        if self == Language::En {
            return format::delta_count(value);
        }
        let magnitude = u64::try_from(value.unsigned_abs()).unwrap_or(u64::MAX);
        let sign = if value < 0 { MINUS } else { '+' };
        format!("{sign}{}", self.grouped(magnitude))
    }

    /// An audience share for print: "41%", "41 %", or "<1%" below 0.5 %.
    pub fn share(self, value: f64) -> String {
        if self == Language::En {
            return format::share(value);
        }
        if value < 0.5 {
            return format!("<{}", self.trf("num.percent", &[("n", "1")]));
        }
        self.trf("num.percent", &[("n", &self.number(value, 0))])
    }

    /// `value` with its sign ("+1,3", "−3,1").
    fn signed(self, value: f64, digits: u8) -> String {
        let text = self.magnitude(value, digits, false);
        if value < 0.0 && scaled(value, digits, false).0 > 0 {
            format!("{MINUS}{text}")
        } else {
            format!("+{text}")
        }
    }

    /// The amount of `money` without its symbol ("450", "450,50").
    fn amount(self, amount_minor: u64, like: &Money) -> String {
        let digits = like.currency.minor_digits();
        let factor = 10u64.pow(digits);
        if amount_minor.is_multiple_of(factor) {
            self.grouped(amount_minor / factor)
        } else {
            #[allow(clippy::cast_precision_loss)]
            let value = amount_minor as f64 / factor as f64;
            self.number(value, u8::try_from(digits).unwrap_or(2))
        }
    }

    /// Money: "$450", "450 €", "R$ 450" — the symbol where the language puts it.
    pub fn money(self, amount: &Money) -> String {
        if self == Language::En {
            return format::money(amount);
        }
        self.with_symbol(amount, &self.amount(amount.amount_minor, amount))
    }

    /// A price range in one currency: "$450–600", "450–600 €".
    pub fn money_range(self, low: &Money, high_minor: u64) -> String {
        if self == Language::En {
            return format::money_range(low, high_minor);
        }
        let range = format!(
            "{}–{}",
            self.amount(low.amount_minor, low),
            self.amount(high_minor, low)
        );
        self.with_symbol(low, &range)
    }

    fn with_symbol(self, like: &Money, amount: &str) -> String {
        let symbol = like.currency.symbol();
        let pattern = self.tr("num.money");
        let code_like =
            symbol.chars().count() == 3 && symbol.chars().all(|c| c.is_ascii_uppercase());
        let pattern = if code_like && pattern.contains("{symbol}{amount}") {
            "{symbol} {amount}"
        } else {
            pattern
        };
        fill(pattern, &[("symbol", symbol), ("amount", amount)])
    }
}

/// The compact units of a `num.compact` text ("3:{n}K|6:{n}M|9:{n}B"): the power of
/// ten each starts at and its pattern, smallest first.
fn compact_units(spec: &str) -> Vec<(u8, &str)> {
    let mut units: Vec<(u8, &str)> = spec
        .split('|')
        .filter_map(|unit| {
            let (exponent, pattern) = unit.split_once(':')?;
            Some((exponent.trim().parse().ok()?, pattern))
        })
        .collect();
    units.sort_by_key(|(e, _)| *e);
    units
}

/// The decimal and group separators a language writes ("," and "." in German), as
/// its formatter prints 0.5 and 1,234,567.
pub fn separators(language: Language) -> (char, char) {
    let mark = |text: String, fallback: char| {
        text.chars()
            .find(|c| !c.is_ascii_digit())
            .unwrap_or(fallback)
    };
    (
        mark(language.number(0.5, 1), '.'),
        mark(language.grouped(1_234_567), ','),
    )
}
