//! Numbers, percentages, money and dates as each kit language writes them: examples
//! a designer in that market would print, and properties (a number written with a
//! language's separators reads back as the same value; compact counts stay within
//! rounding of the count; percentages keep their figures).
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::kit::lang::Language;
use pitchkit::kit::lang::numbers::separators;
use pitchkit::model::{Currency, Money};
use proptest::prelude::*;

const NBSP: char = '\u{a0}';

fn eur(amount_minor: u64) -> Money {
    Money {
        amount_minor,
        currency: Currency::new("EUR").unwrap(),
    }
}

#[test]
fn german_writes_comma_decimals_dot_groups_and_a_spaced_percent() {
    let de = Language::De;
    assert_eq!(de.number(1234.5, 1), "1.234,5");
    assert_eq!(de.percent(12.5), format!("12,5{NBSP}%"));
    assert_eq!(de.percent(0.54), format!("0,54{NBSP}%"));
    assert_eq!(de.money(&eur(45_000)), format!("450{NBSP}€"));
    assert_eq!(de.count(24_830), format!("24,8{NBSP}Tsd."));
    assert_eq!(de.date(date(2026, 3, 3)), "3. März 2026");
    assert_eq!(de.delta_percent(-3.12), format!("\u{2212}3,1{NBSP}%"));
}

#[test]
fn japanese_dates_and_counts_in_man() {
    let ja = Language::Ja;
    assert_eq!(ja.date(date(2026, 3, 3)), "2026年3月3日");
    assert_eq!(ja.count(24_800), "2.48万");
    assert_eq!(ja.count(1_230_000), "123万");
    assert_eq!(ja.count(9_999), "9,999");
    assert_eq!(ja.month_short(date(2026, 3, 3)), "3月");
}

#[test]
fn brazilian_spanish_french_and_english_examples() {
    let pt = Language::PtBr;
    assert_eq!(pt.number(1234.5, 1), "1.234,5");
    assert_eq!(pt.percent(12.5), "12,5%");
    assert_eq!(pt.count(24_830), format!("24,8{NBSP}mil"));
    assert_eq!(pt.date(date(2026, 3, 3)), "3 de mar. de 2026");
    assert_eq!(pt.money(&eur(45_050)), format!("€{NBSP}450,50"));
    assert_eq!(Language::Es.date(date(2026, 3, 3)), "3 mar 2026");
    assert_eq!(Language::Es.percent(12.5), format!("12,5{NBSP}%"));
    assert_eq!(Language::Fr.date(date(2026, 3, 3)), "3 mars 2026");
    assert_eq!(
        Language::Fr.money_range(&eur(45_000), 60_000),
        format!("450–600{NBSP}€")
    );
    // English prints exactly what it always printed.
    let en = Language::En;
    assert_eq!(en.number(1234.5, 1), "1,234.5");
    assert_eq!(en.percent(12.5), "12.5%");
    assert_eq!(en.count(24_830), "24.8K");
    assert_eq!(en.date(date(2026, 3, 3)), "3 Mar 2026");
    assert_eq!(en.money(&eur(45_000)), "€450");
}

#[test]
fn month_names_on_axes_follow_the_language() {
    let march = date(2026, 3, 3);
    assert_eq!(Language::En.month_short(march), "Mar");
    assert_eq!(Language::De.month_short(march), "Mär");
    assert_eq!(Language::Fr.month_short(march), "mars");
    assert_eq!(Language::Ar.month_short(march), "مارس");
}

/// `text` read back with `language`'s separators: groups dropped, the decimal mark
/// made a point, the true minus a hyphen.
fn read_back(text: &str, language: Language) -> f64 {
    let (decimal, group) = separators(language);
    let plain: String = text
        .chars()
        .filter(|&c| c != group && c != NBSP && c != '\u{202f}')
        .map(|c| {
            if c == decimal {
                '.'
            } else if c == '\u{2212}' {
                '-'
            } else {
                c
            }
        })
        .collect();
    plain.parse().unwrap()
}

fn any_language() -> impl Strategy<Value = Language> {
    proptest::sample::select(Language::ALL.to_vec())
}

proptest! {
    #[test]
    fn a_number_reads_back_with_its_languages_separators(
        language in any_language(),
        value in -1.0e9f64..1.0e9,
        digits in 0u8..4,
    ) {
        let text = language.number(value, digits);
        let back = read_back(&text, language);
        let step = 10f64.powi(-i32::from(digits));
        prop_assert!((back - value).abs() <= step / 2.0 + 1e-6 * value.abs().max(1.0),
            "{language}: {value} → {text} → {back}");
    }

    #[test]
    fn a_grouped_count_reads_back_exactly(language in any_language(), value in 0u64..10_000_000_000) {
        let text = language.grouped(value);
        prop_assert_eq!(read_back(&text, language), value as f64, "{} wrote {}", language, text);
    }

    #[test]
    fn a_percent_holds_its_figure_and_sign(language in any_language(), value in 0.0f64..1000.0) {
        let text = language.percent(value);
        prop_assert!(text.contains('%'), "{} wrote {}", language, text);
        let figure: String = text.chars().filter(|c| c.is_ascii_digit() || *c == separators(language).0 || *c == separators(language).1).collect();
        let back = read_back(&figure, language);
        prop_assert!((back - value).abs() <= 0.05 + 1e-9, "{}: {} → {}", language, value, text);
    }

    #[test]
    fn a_compact_count_is_within_rounding(
        language in any_language(),
        value in 10_000u64..5_000_000_000,
        tight in any::<bool>(),
    ) {
        let text = if tight { language.count_tight(value) } else { language.count(value) };
        let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == separators(language).0).collect();
        let mantissa = read_back(&digits, language);
        // Three significant figures: the shown figure times its unit is within 0.5 % of the count.
        let scale = [1e3, 1e4, 1e6, 1e8, 1e9, 1e12]
            .into_iter()
            .filter(|s| ((mantissa * s) - value as f64).abs() <= value as f64 * 0.005 + 1.0)
            .count();
        prop_assert!(scale >= 1, "{}: {} → {}", language, value, text);
    }
}
