//! The paper of a locale.

use pitchkit::model::PageSize;

#[test]
fn paper_follows_the_country_of_the_locale() {
    for (locale, paper) in [
        ("en_US.UTF-8", Some(PageSize::Letter)),
        ("fr_CA.UTF-8", Some(PageSize::Letter)),
        ("es-MX", Some(PageSize::Letter)),
        ("en_GB.UTF-8", Some(PageSize::A4)),
        ("de_DE@euro", Some(PageSize::A4)),
        ("ja_JP.eucJP", Some(PageSize::A4)),
        ("zh-Hans-CN", Some(PageSize::A4)),
        ("sr-Latn-RS", Some(PageSize::A4)),
        ("en-US-u-ca-gregory", Some(PageSize::Letter)),
        ("fil-PH", Some(PageSize::Letter)),
        ("es-419", None),
        ("de-u-co-phonebk", None),
        ("en-x-us", None),
        ("C", None),
        ("POSIX", None),
        ("en", None),
        ("C.UTF-8", None),
        ("", None),
    ] {
        assert_eq!(PageSize::for_locale(locale), paper, "{locale}");
    }
}
