//! Helpers shared by the integration tests (`crate::common` in the core test binary).
#![allow(dead_code, clippy::unwrap_used)]

pub mod arb;
pub mod arb_pitch;

/// Labels as owned strings.
pub fn labels(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// A brand's target audience from its age groups, genders and countries.
pub fn target(
    ages: &[&str],
    genders: &[&str],
    countries: &[&str],
) -> pitchkit::model::AudienceTarget {
    pitchkit::model::AudienceTarget {
        ages: labels(ages),
        genders: labels(genders),
        countries: labels(countries),
        ..Default::default()
    }
}

/// The names of the entries of `folder`, sorted.
pub fn names_in(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
