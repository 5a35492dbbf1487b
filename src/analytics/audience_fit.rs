//! Audience fit: how much of the creator's audience is inside a brand's target, per
//! dimension (age groups, genders, countries) and together.
//!
//! # Formula
//!
//! - **Per dimension**: the audience's shares of the targeted groups added up, e.g.
//!   25–34 at 39.4 % and 35–44 at 18.7 % give 58.1 % for "25–34, 35–44". Labels are
//!   compared without case, spaces or the kind of dash ("25-34" is "25–34").
//! - **Together**: the product of the targeted dimensions' shares (58.1 % × 31.4 % =
//!   18.2 %). Platforms report age, gender and country separately, never "women aged
//!   25–34 in the UK", so this **assumes the three are independent**; the result is an
//!   estimate, and says so wherever it is shown.
//!
//! The figures come from the same audience the kit prints: the overall audience
//! (`platform: None`) when it has shares, else the first audience that has some.
//!
//! When a targeted group is not among the listed shares (lists often hold only the top
//! five countries) and those shares add up to less than 100 %, the group's share is
//! unknown: the fit is then "at least" the sum of the groups that are listed
//! ([`Fit::AtLeast`]). With no shares at all for a targeted dimension, or none of its
//! groups listed, there is no figure: [`Fit::NotEnoughData`].

use crate::model::{Audience, AudienceTarget, Project, Share};

/// A list of shares covering at least this much (in basis points) lists everyone:
/// a group missing from it has (about) no one.
const COMPLETE_BP: u32 = 9_950;

/// One dimension of an audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Age groups.
    Age,
    /// Genders.
    Gender,
    /// Countries.
    Country,
}

impl Dimension {
    /// The name shown to people ("Age").
    pub fn label(self) -> &'static str {
        match self {
            Self::Age => "Age",
            Self::Gender => "Gender",
            Self::Country => "Country",
        }
    }
}

/// The share of the audience inside a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// This percentage (0–100) of the audience.
    Share(f64),
    /// At least this percentage: some targeted groups are not among the listed shares.
    AtLeast(f64),
    /// The audience figures do not tell.
    NotEnoughData,
}

impl Fit {
    /// The percentage, exact or lower bound; `None` without data.
    pub fn percent(self) -> Option<f64> {
        match self {
            Self::Share(p) | Self::AtLeast(p) => Some(p),
            Self::NotEnoughData => None,
        }
    }

    /// "58.1%", "at least 31.4%" or "not enough audience data".
    pub fn describe(self) -> String {
        match self {
            Self::Share(p) => crate::format::percent(p),
            Self::AtLeast(p) => format!("at least {}", crate::format::percent(p)),
            Self::NotEnoughData => "not enough audience data".to_owned(),
        }
    }
}

/// The fit on one targeted dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionFit {
    /// Which dimension.
    pub dimension: Dimension,
    /// The brand's groups, as typed.
    pub groups: Vec<String>,
    /// The share of the audience in them.
    pub fit: Fit,
}

impl DimensionFit {
    /// "Age 25–34, 35–44".
    pub fn label(&self) -> String {
        format!("{} {}", self.dimension.label(), self.groups.join(", "))
    }
}

/// How much of the audience a brand's target reaches.
#[derive(Debug, Clone, PartialEq)]
pub struct AudienceFit {
    /// Each dimension the brand targets, in the order age, gender, country.
    pub dimensions: Vec<DimensionFit>,
    /// All targeted dimensions at once; `None` when the brand targets none.
    pub together: Option<Fit>,
    /// Where the audience figures came from ("typed by hand, as of 15 Nov 2026").
    pub source: Option<String>,
}

impl AudienceFit {
    /// The formula in words.
    pub const FORMULA: &'static str = "Share in target = the audience’s shares of the brand’s \
         groups added up, for each of age, gender and country. Together = the product of \
         those shares.";

    /// The assumption behind "together".
    pub const ASSUMPTION: &'static str = "Together assumes age, gender and country are \
         independent: platforms report each separately, so this is an estimate.";
}

/// The fit of `project`'s audience with `target`.
pub fn audience_fit(project: &Project, target: &AudienceTarget) -> AudienceFit {
    let audience = main_audience(project);
    let groups: [(Dimension, &Vec<String>); 3] = [
        (Dimension::Age, &target.ages),
        (Dimension::Gender, &target.genders),
        (Dimension::Country, &target.countries),
    ];
    let dimensions: Vec<DimensionFit> = groups
        .into_iter()
        .filter(|(_, wanted)| wanted.iter().any(|g| !g.trim().is_empty()))
        .map(|(dimension, wanted)| {
            let shares = audience.map_or(&[][..], |a| match dimension {
                Dimension::Age => &a.ages,
                Dimension::Gender => &a.genders,
                Dimension::Country => &a.countries,
            });
            let groups: Vec<String> = wanted
                .iter()
                .map(|g| g.trim().to_owned())
                .filter(|g| !g.is_empty())
                .collect();
            DimensionFit {
                dimension,
                fit: fit_in(shares, &groups),
                groups,
            }
        })
        .collect();
    let together = (!dimensions.is_empty()).then(|| combine(dimensions.iter().map(|d| d.fit)));
    AudienceFit {
        dimensions,
        together,
        source: audience.map(|a| a.provenance.describe()),
    }
}

/// The audience the kit prints: the overall one with shares, else the first with shares.
pub fn main_audience(project: &Project) -> Option<&Audience> {
    let has_data =
        |a: &&Audience| !a.ages.is_empty() || !a.genders.is_empty() || !a.countries.is_empty();
    let audiences = &project.audiences;
    audiences
        .iter()
        .filter(has_data)
        .find(|a| a.platform.is_none())
        .or_else(|| audiences.iter().find(has_data))
}

/// The share of `groups` in `shares`.
pub fn fit_in(shares: &[Share], groups: &[String]) -> Fit {
    if shares.is_empty() || groups.is_empty() {
        return Fit::NotEnoughData;
    }
    let wanted: Vec<String> = groups.iter().map(|g| group_key(g)).collect();
    let mut found_bp: u32 = 0;
    let mut matched = vec![false; wanted.len()];
    for share in shares {
        let key = group_key(&share.label);
        if let Some(i) = wanted.iter().position(|w| *w == key) {
            matched[i] = true;
            found_bp = found_bp.saturating_add(share.percent.0);
        }
    }
    let listed_bp: u32 = shares
        .iter()
        .map(|s| s.percent.0)
        .fold(0, u32::saturating_add);
    let percent = f64::from(found_bp.min(10_000)) / 100.0;
    if matched.iter().all(|&m| m) || listed_bp >= COMPLETE_BP {
        Fit::Share(percent)
    } else if matched.iter().any(|&m| m) {
        Fit::AtLeast(percent)
    } else {
        Fit::NotEnoughData
    }
}

/// The fits of several dimensions together, assuming they are independent (no
/// dimension at all: everyone, 100 %).
pub fn combine(fits: impl IntoIterator<Item = Fit>) -> Fit {
    // In percent throughout, so that one dimension alone gives back its own figure.
    let mut product: Option<f64> = None;
    let mut at_least = false;
    for fit in fits {
        let percent = match fit {
            Fit::Share(p) => p,
            Fit::AtLeast(p) => {
                at_least = true;
                p
            }
            Fit::NotEnoughData => return Fit::NotEnoughData,
        };
        product = Some(product.map_or(percent, |q| q * percent / 100.0));
    }
    let percent = product.unwrap_or(100.0);
    if at_least {
        Fit::AtLeast(percent)
    } else {
        Fit::Share(percent)
    }
}

/// Whether two group labels name the same group ("25-34" and "25–34").
pub fn same_group(a: &str, b: &str) -> bool {
    group_key(a) == group_key(b)
}

/// A group label for comparing: lower case, no spaces, every dash a hyphen.
fn group_key(label: &str) -> String {
    label
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
