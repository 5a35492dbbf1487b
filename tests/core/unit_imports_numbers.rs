//! Numbers in export files: styles of grouping and decimals, and their detection.

use pitchkit::imports::numbers::*;

#[test]
fn styles() {
    use NumberStyle::*;
    assert_eq!(parse_count("15,000", DecimalPoint), Ok(Some(15_000)));
    assert_eq!(parse_count("2.300", DecimalComma), Ok(Some(2_300)));
    assert_eq!(parse_count("2.300", Auto), Ok(Some(2_300)));
    assert!(parse_count("2.300", DecimalPoint).is_err());
    assert!(parse_count("1,2", DecimalPoint).is_err());
    assert!(parse_count("1,2", Auto).is_err());
    assert_eq!(parse_count("1,2K", Auto), Ok(Some(1_200)));
    assert_eq!(parse_count("1.2K", Auto), Ok(Some(1_200)));
    assert_eq!(parse_count("1,2K", DecimalComma), Ok(Some(1_200)));
    assert_eq!(parse_count("3M", Auto), Ok(Some(3_000_000)));
    assert_eq!(parse_count("1.234.567", Auto), Ok(Some(1_234_567)));
    assert_eq!(parse_count("undefined", Auto), Ok(None));
    assert_eq!(parse_count("--", Auto), Ok(None));
    assert_eq!(parse_count("0", Auto), Ok(Some(0)));
    assert!(parse_count("-4", Auto).is_err());
    assert_eq!(parse_signed("-4", Auto), Ok(Some(-4)));
    assert_eq!(parse_decimal("0,59", DecimalComma), Ok(Some((0.59, false))));
    assert_eq!(parse_decimal("12.5%", Auto), Ok(Some((12.5, true))));
}

#[test]
fn detection() {
    assert_eq!(
        detect_style(["1.5", "2,300"], NumberStyle::DecimalComma),
        NumberStyle::DecimalPoint
    );
    assert_eq!(
        detect_style(["1,5", "7"], NumberStyle::DecimalPoint),
        NumberStyle::DecimalComma
    );
    assert_eq!(
        detect_style(["1,234,567"], NumberStyle::DecimalComma),
        NumberStyle::DecimalPoint
    );
    assert_eq!(
        detect_style(["2.300"], NumberStyle::DecimalComma),
        NumberStyle::DecimalComma
    );
}
