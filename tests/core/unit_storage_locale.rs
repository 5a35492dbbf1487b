//! The paper a new project starts on, from the locale in each platform's order.

use pitchkit::model::PageSize::{A4, Letter};
use pitchkit::storage::locale::*;

fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| (*value).to_owned())
    }
}

#[test]
fn on_linux_the_variables_decide_before_the_system_locale() {
    let order = PaperOrder::VariablesFirst;
    assert_eq!(
        paper_for(env(&[("LANG", "en_US.UTF-8")]), None, order),
        Letter
    );
    let no_country = env(&[("LC_ALL", "C.UTF-8"), ("LANG", "en_CA.UTF-8")]);
    assert_eq!(paper_for(no_country, Some("de-DE"), order), Letter);
    let paper = env(&[("LC_PAPER", "de_DE.UTF-8"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(paper_for(paper, Some("en-US"), order), A4);
    assert_eq!(
        paper_for(env(&[("LANG", "C")]), Some("en-US"), order),
        Letter
    );
    assert_eq!(paper_for(env(&[]), None, order), A4);
}

#[test]
fn on_macos_and_windows_the_system_region_decides_first() {
    let order = PaperOrder::SystemFirst;
    let terminal = env(&[("LANG", "en_US.UTF-8")]);
    assert_eq!(paper_for(&terminal, Some("de-DE"), order), A4);
    assert_eq!(paper_for(&terminal, Some("en-CA"), order), Letter);
    assert_eq!(paper_for(&terminal, Some("en"), order), Letter);
    assert_eq!(paper_for(env(&[]), Some("es-MX"), order), Letter);
    assert_eq!(paper_for(env(&[]), Some("zh-Hans-CN"), order), A4);
    assert_eq!(paper_for(env(&[]), Some("fil-PH"), order), Letter);
    assert_eq!(paper_for(env(&[]), Some("en"), order), A4);
    assert_eq!(paper_for(env(&[]), None, order), A4);
}
