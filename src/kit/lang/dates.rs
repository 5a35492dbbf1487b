//! Dates and month names as each kit language writes them ("3 mar 2026",
//! "3. März 2026", "2026年3月3日"), from ICU4X's Gregorian formats (`icu_datetime`,
//! compiled data). The table's `date.style` chooses the medium or long form, the one
//! a designer in that market prints. English keeps [`crate::format::date`].

use super::Language;
use super::numbers::locale;
use crate::format;
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{M, YMD};
use icu_datetime::input::Date as IcuDate;
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use time::Date;

fn icu_date(value: Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(value.year(), u8::from(value.month()), value.day()).ok()
}

impl Language {
    /// A date for people in this language: "12 Mar 2026", "12 mar 2026",
    /// "12. März 2026", "2026年3月12日".
    pub fn date(self, value: Date) -> String {
        if self == Language::En {
            return format::date(value);
        }
        let prefs = DateTimeFormatterPreferences::from(&locale(self));
        let fields = if self.tr("date.style") == "long" {
            YMD::long()
        } else {
            YMD::medium()
        };
        let formatted = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, fields)
            .ok()
            .zip(icu_date(value))
            .map(|(f, d)| f.format(&d).to_string());
        formatted.unwrap_or_else(|| value.to_string())
    }

    /// A month's short name for a chart's axis ("Mar", "März", "3月").
    pub fn month_short(self, value: Date) -> String {
        if self == Language::En {
            return format::date(value)
                .split(' ')
                .nth(1)
                .unwrap_or_default()
                .to_owned();
        }
        let prefs = DateTimeFormatterPreferences::from(&locale(self));
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, M::medium())
            .ok()
            .zip(icu_date(value))
            .map(|(f, d)| f.format(&d).to_string())
            .unwrap_or_else(|| u8::from(value.month()).to_string())
    }
}
