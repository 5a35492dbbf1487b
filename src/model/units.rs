//! Newtypes for stored quantities: percentages, money, currencies and colours.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A stored percentage in basis points (1/100 of a percent): 34.5 % is `Percent(3450)`.
///
/// In JSON it reads and writes as a plain number of percent (`34.5`), rounded to
/// two decimals; negative, non-finite or absurd numbers are refused at parse time,
/// and values over 100 % are caught by validation with a precise message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(pub u32);

impl Percent {
    /// The largest basis-point value a file may hold before validation (1000 %).
    pub const MAX_STORED_BP: u32 = 100_000;

    /// From a number of percent (e.g. `34.5`), rounded to basis points; `None` when
    /// negative, not finite or over 1000 %.
    pub fn from_percent(percent: f64) -> Option<Self> {
        if !percent.is_finite() || percent < 0.0 {
            return None;
        }
        let bp = (percent * 100.0).round();
        if bp > f64::from(Self::MAX_STORED_BP) {
            return None;
        }
        // In range 0..=MAX_STORED_BP, so the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(Self(bp as u32))
    }

    /// The value in percent (e.g. `34.5`).
    pub fn as_percent(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            serializer.serialize_u32(self.0 / 100)
        } else {
            serializer.serialize_f64(self.as_percent())
        }
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Self::from_percent(value).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "a percentage must be a number from 0 to 100, not {value}"
            ))
        })
    }
}

/// An ISO 4217 currency code such as `USD` or `EUR` (three capital letters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

impl Currency {
    /// The code, e.g. `"USD"`; `None` unless it is three ASCII capital letters.
    pub fn new(code: &str) -> Option<Self> {
        (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| Self(code.to_owned()))
    }

    /// US dollars.
    pub fn usd() -> Self {
        Self("USD".to_owned())
    }

    /// The three-letter code.
    pub fn code(&self) -> &str {
        &self.0
    }

    /// The symbol printed before amounts where one is well known, else the code.
    pub fn symbol(&self) -> &str {
        match self.0.as_str() {
            "USD" | "CAD" | "AUD" | "NZD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "INR" => "₹",
            other => other,
        }
    }

    /// Digits after the decimal point in this currency (0 for yen and won, else 2).
    pub fn minor_digits(&self) -> u32 {
        match self.0.as_str() {
            "JPY" | "KRW" | "ISK" | "CLP" | "VND" => 0,
            _ => 2,
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Self::usd()
    }
}

impl TryFrom<String> for Currency {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Self::new(&code).ok_or_else(|| {
            format!("a currency must be a three-letter ISO code such as USD, not {code:?}")
        })
    }
}

impl From<Currency> for String {
    fn from(currency: Currency) -> Self {
        currency.0
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An amount of money in integer minor units (cents) of a currency.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Money {
    /// Amount in minor units: 45000 is $450.00.
    pub amount_minor: u64,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in whole major units (e.g. dollars).
    pub fn major(amount: u64, currency: Currency) -> Self {
        let factor = 10u64.pow(currency.minor_digits());
        Self {
            amount_minor: amount.saturating_mul(factor),
            currency,
        }
    }

    /// The amount in major units as a float, for display and arithmetic only.
    #[allow(clippy::cast_precision_loss)]
    pub fn as_major(&self) -> f64 {
        self.amount_minor as f64 / 10f64.powi(self.currency.minor_digits() as i32)
    }
}

/// An sRGB colour, written in JSON as `"#RRGGBB"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    /// Parses `#RRGGBB` (the `#` optional, case-insensitive).
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        Some(Self([byte(0)?, byte(2)?, byte(4)?]))
    }

    /// `#RRGGBB` in capitals.
    pub fn to_hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02X}{g:02X}{b:02X}")
    }
}

impl TryFrom<String> for Rgb {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or_else(|| format!("a colour must be written #RRGGBB, not {text:?}"))
    }
}

impl From<Rgb> for String {
    fn from(colour: Rgb) -> Self {
        colour.to_hex()
    }
}
