//! Kit settings (page, theme, sections, length) and analytics settings (windows, tiers).

use super::{Extra, PitchPrint, Rgb};
use crate::kit::lang::Language;
use serde::{Deserialize, Serialize};

/// Paper size of the exported kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PageSize {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl PageSize {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Self::A4 => (210.0, 297.0),
            Self::Letter => (215.9, 279.4),
        }
    }

    /// The paper of the country in a POSIX locale name or a BCP 47 tag (`en_US.UTF-8`,
    /// `fr_CA`, `es-MX`, `zh-Hans-CN`): US Letter in the Americas that use it, A4
    /// elsewhere; `None` when the name carries no country (`C`, `POSIX`, `en`, `es-419`).
    pub fn for_locale(locale: &str) -> Option<Self> {
        let name = locale.split(['.', '@']).next().unwrap_or("");
        // The region is the first two-letter subtag after the language (past a script
        // such as `Hans`), before any single-letter extension (`-u-…`, `-x-…`).
        let country = name
            .split(['_', '-'])
            .skip(1)
            .take_while(|subtag| subtag.len() != 1)
            .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))?
            .to_ascii_uppercase();
        const LETTER: [&str; 16] = [
            "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "HN",
            "NI", "BZ",
        ];
        Some(if LETTER.contains(&country.as_str()) {
            Self::Letter
        } else {
            Self::A4
        })
    }
}

/// A designed look for the kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// White paper, Inter headings, a tinted accent.
    #[default]
    CleanLight,
    /// Near-black paper, heavy headings.
    BoldDark,
    /// Warm paper, serif headings.
    WarmEditorial,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 3] = [Self::CleanLight, Self::BoldDark, Self::WarmEditorial];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::CleanLight => "Clean light",
            Self::BoldDark => "Bold dark",
            Self::WarmEditorial => "Warm editorial",
        }
    }
}

/// A section of the kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Name, photo, tagline and headline figures.
    Cover,
    /// Bio, niche, topics, location, languages.
    About,
    /// Per-platform figures and demographics.
    Audience,
    /// Engagement against tier benchmarks.
    Compare,
    /// Follower growth over time.
    Growth,
    /// Photo grid and palette.
    Aesthetics,
    /// Past sponsored work.
    Collaborations,
    /// Packages and prices.
    Rates,
    /// Email, links, QR codes.
    Contact,
    /// Formulas, sources, data date.
    Notes,
}

impl Section {
    /// Every section in the default order.
    pub const ALL: [Section; 10] = [
        Self::Cover,
        Self::About,
        Self::Audience,
        Self::Compare,
        Self::Growth,
        Self::Aesthetics,
        Self::Collaborations,
        Self::Rates,
        Self::Contact,
        Self::Notes,
    ];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Cover => "Cover",
            Self::About => "About",
            Self::Audience => "Audience & engagement",
            Self::Compare => "How I compare",
            Self::Growth => "Growth",
            Self::Aesthetics => "Aesthetics",
            Self::Collaborations => "Collaborations",
            Self::Rates => "Rates",
            Self::Contact => "Contact",
            Self::Notes => "Notes",
        }
    }
}

/// Whether a section shows; the list's order is the kit's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionSetting {
    /// Which section.
    pub section: Section,
    /// Shown in the kit.
    pub visible: bool,
}

/// How an engagement rate is computed. Each names its formula.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum EngagementMethod {
    /// (likes + comments) / followers.
    #[default]
    FollowersLikesComments,
    /// (likes + comments + shares + saves) / followers.
    FollowersAllInteractions,
    /// (likes + comments + shares + saves) / reach.
    Reach,
    /// (likes + comments + shares + saves) / views.
    Views,
}

impl EngagementMethod {
    /// Every method, in menu order.
    pub const ALL: [EngagementMethod; 4] = [
        Self::FollowersLikesComments,
        Self::FollowersAllInteractions,
        Self::Reach,
        Self::Views,
    ];

    /// A short name, e.g. "by followers (likes + comments)".
    pub fn label(self) -> &'static str {
        match self {
            Self::FollowersLikesComments => "by followers (likes + comments)",
            Self::FollowersAllInteractions => "by followers (all interactions)",
            Self::Reach => "by reach",
            Self::Views => "by views",
        }
    }

    /// The formula in words, e.g. "(likes + comments) ÷ followers".
    pub fn formula(self) -> &'static str {
        match self {
            Self::FollowersLikesComments => "(likes + comments) ÷ followers",
            Self::FollowersAllInteractions => "(likes + comments + shares + saves) ÷ followers",
            Self::Reach => "(likes + comments + shares + saves) ÷ reach",
            Self::Views => "(likes + comments + shares + saves) ÷ views",
        }
    }

    /// True for the two per-follower methods; per-follower and per-view (or reach)
    /// rates are never compared with each other.
    pub fn is_per_follower(self) -> bool {
        matches!(
            self,
            Self::FollowersLikesComments | Self::FollowersAllInteractions
        )
    }
}

/// How long the kit is: the full kit, or a short one for brands that skim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum KitLength {
    /// Every visible section, as many pages as they take.
    #[default]
    Full,
    /// The cover page, then one page of proof: figures against their benchmarks,
    /// photos, the best collaborations, rates, contact, formulas and sources.
    TwoPage,
    /// One page: cover facts, key figures with their benchmarks, three photos, the
    /// best collaboration, rates, contact, formulas and sources in small type.
    OnePage,
}

impl KitLength {
    /// Every length, in menu order.
    pub const ALL: [KitLength; 3] = [Self::Full, Self::TwoPage, Self::OnePage];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Full => "Full kit",
            Self::TwoPage => "Two pages",
            Self::OnePage => "One page",
        }
    }

    /// The command line's name: `full`, `two-page`, `one-page`.
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::TwoPage => "two-page",
            Self::OnePage => "one-page",
        }
    }

    /// True for the full kit (the default, not written to project files).
    pub fn is_full(&self) -> bool {
        *self == Self::Full
    }
}

/// How the kit looks and what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitSettings {
    /// Paper size.
    #[serde(default)]
    pub page_size: PageSize,
    /// Designed look.
    #[serde(default)]
    pub theme: Theme,
    /// Accent colour; `None` takes it from the creator's photos.
    #[serde(default)]
    pub accent: Option<Rgb>,
    /// Sections in kit order with their visibility.
    #[serde(default = "default_sections")]
    pub sections: Vec<SectionSetting>,
    /// The engagement formula the kit leads with.
    #[serde(default)]
    pub engagement_method: EngagementMethod,
    /// Size budget for the exported PDF in kilobytes (email attachments).
    #[serde(default = "default_size_budget_kb")]
    pub size_budget_kb: u32,
    /// Full, two-page or one-page kit; only written when not the full kit, so files
    /// of kits that never chose one stay as they were.
    #[serde(default, skip_serializing_if = "KitLength::is_full")]
    pub length: KitLength,
    /// The language the kit is printed in; `None` follows the computer's language.
    /// Written as its code (`"de"`, `"pt-BR"`), only when set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::kit::lang::deserialize_lenient"
    )]
    pub language: Option<Language>,
    /// What a kit made for one brand prints besides the project: set only on the
    /// view `kit::pitch::tailor` makes, never saved (`None` for the main kit).
    #[serde(skip)]
    pub pitch: Option<Box<PitchPrint>>,
    /// Fields written by a newer Pitchkit.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Every section, shown, in the default order.
pub(super) fn default_sections() -> Vec<SectionSetting> {
    Section::ALL
        .iter()
        .map(|&section| SectionSetting {
            section,
            visible: true,
        })
        .collect()
}

fn default_size_budget_kb() -> u32 {
    5 * 1024
}

impl Default for KitSettings {
    fn default() -> Self {
        Self {
            page_size: PageSize::default(),
            theme: Theme::default(),
            accent: None,
            sections: default_sections(),
            engagement_method: EngagementMethod::default(),
            size_budget_kb: default_size_budget_kb(),
            length: KitLength::Full,
            language: None,
            pitch: None,
            extra: Extra::new(),
        }
    }
}

/// Lower follower bounds of each tier; sources disagree, so they are settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierBounds {
    /// First follower count of the nano tier (below it: emerging).
    pub nano_min: u64,
    /// First follower count of the micro tier.
    pub micro_min: u64,
    /// First follower count of the macro tier.
    pub macro_min: u64,
    /// First follower count of the mega tier.
    pub mega_min: u64,
}

impl Default for TierBounds {
    fn default() -> Self {
        Self {
            nano_min: 1_000,
            micro_min: 10_000,
            macro_min: 100_000,
            mega_min: 1_000_000,
        }
    }
}

/// Which posts the engagement averages look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostWindow {
    /// The latest N posts.
    LastPosts(u32),
    /// Posts published in the N days up to the figures' as-of date.
    LastDays(u32),
}

impl Default for PostWindow {
    fn default() -> Self {
        Self::LastPosts(12)
    }
}

impl PostWindow {
    /// Words for captions, e.g. "last 12 posts" or "last 90 days".
    pub fn describe(self) -> String {
        match self {
            Self::LastPosts(n) => format!("last {n} posts"),
            Self::LastDays(n) => format!("last {n} days"),
        }
    }
}

/// Windows and tiers the analytics use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AnalyticsSettings {
    /// Which posts averages, medians and frequencies look at.
    #[serde(default)]
    pub window: PostWindow,
    /// Tier boundaries.
    #[serde(default)]
    pub tiers: TierBounds,
}
