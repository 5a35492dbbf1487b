//! The model's and the analytics' words as the kit prints them in its language:
//! formulas, windows, statistics, tiers, audience words, sources and confidence.
//! (The editor keeps the English `label()`s of the model.)

use super::Language;
use crate::analytics::{Confidence, Dimension, Fit, PostGroup, Statistic, Tier};
use crate::model::{EngagementMethod, PlatformKind, PostWindow, Provenance, Section, Source};

impl Language {
    /// A section's name as the kit prints it above its heading ("Audience & engagement").
    pub fn section(self, section: Section) -> &'static str {
        self.tr(match section {
            Section::Cover => "section.cover",
            Section::About => "section.about",
            Section::Audience => "section.audience",
            Section::Compare => "section.compare",
            Section::Growth => "section.growth",
            Section::Aesthetics => "section.aesthetics",
            Section::Collaborations => "section.collaborations",
            Section::Rates => "section.rates",
            Section::Contact => "section.contact",
            Section::Notes => "section.notes",
        })
    }

    /// An engagement method's formula in words: "(likes + comments) ÷ followers".
    pub fn formula(self, method: EngagementMethod) -> &'static str {
        self.tr(match method {
            EngagementMethod::FollowersLikesComments => "formula.followers_likes_comments",
            EngagementMethod::FollowersAllInteractions => "formula.followers_all",
            EngagementMethod::Reach => "formula.reach",
            EngagementMethod::Views => "formula.views",
        })
    }

    /// An engagement method's short name: "by followers (likes + comments)".
    pub fn method_label(self, method: EngagementMethod) -> &'static str {
        self.tr(match method {
            EngagementMethod::FollowersLikesComments => "method.followers_likes_comments",
            EngagementMethod::FollowersAllInteractions => "method.followers_all",
            EngagementMethod::Reach => "method.reach",
            EngagementMethod::Views => "method.views",
        })
    }

    /// The posts a figure looks at: "last 12 posts", "last 90 days".
    pub fn window(self, window: PostWindow) -> String {
        match window {
            PostWindow::LastPosts(n) => self.trf("window.last_posts", &[("n", &n.to_string())]),
            PostWindow::LastDays(n) => self.trf("window.last_days", &[("n", &n.to_string())]),
        }
    }

    /// "average", "median", "single post".
    pub fn statistic(self, statistic: Statistic) -> &'static str {
        self.tr(match statistic {
            Statistic::Average => "stat.average",
            Statistic::Median => "stat.median",
            Statistic::SinglePost => "stat.single_post",
        })
    }

    /// "posts", "organic posts", "sponsored posts".
    pub fn post_group(self, group: PostGroup) -> &'static str {
        self.tr(match group {
            PostGroup::All => "group.all",
            PostGroup::Organic => "group.organic",
            PostGroup::Sponsored => "group.sponsored",
        })
    }

    /// A follower tier's name: "Micro".
    pub fn tier(self, tier: Tier) -> &'static str {
        self.tr(match tier {
            Tier::Emerging => "tier.emerging",
            Tier::Nano => "tier.nano",
            Tier::Micro => "tier.micro",
            Tier::Macro => "tier.macro",
            Tier::Mega => "tier.mega",
        })
    }

    /// The word for a platform's audience: "followers", "subscribers".
    pub fn audience_word(self, kind: &PlatformKind) -> &'static str {
        match kind {
            PlatformKind::Youtube | PlatformKind::Newsletter => self.tr("word.subscribers"),
            _ => self.tr("word.followers"),
        }
    }

    /// Where figures came from: "typed by hand, as of 12 Mar 2026".
    pub fn provenance(self, provenance: &Provenance) -> String {
        let what = match &provenance.source {
            Source::Typed => self.tr("source.typed").to_owned(),
            Source::Imported { file } => self.trf("source.imported", &[("file", file)]),
            Source::Computed => self.tr("source.computed").to_owned(),
        };
        self.trf(
            "source.as_of",
            &[("what", &what), ("date", &self.date(provenance.as_of))],
        )
    }

    /// A benchmark source's confidence: "primary", "secondary", "unverified".
    pub fn confidence(self, confidence: Confidence) -> &'static str {
        self.tr(match confidence {
            Confidence::Primary => "confidence.primary",
            Confidence::Secondary => "confidence.secondary",
            Confidence::Unverified => "confidence.unverified",
            Confidence::NotFound => "confidence.not_found",
        })
    }

    /// An audience-fit dimension: "Age", "Gender", "Country".
    pub fn dimension(self, dimension: Dimension) -> &'static str {
        self.tr(match dimension {
            Dimension::Age => "fit.age",
            Dimension::Gender => "fit.gender",
            Dimension::Country => "fit.country",
        })
    }

    /// A fit in words: "58.1%", "at least 31.4%", "not enough audience data".
    pub fn fit(self, fit: Fit) -> String {
        match fit {
            Fit::Share(p) => self.percent(p),
            Fit::AtLeast(p) => self.trf("fit.at_least", &[("n", &self.percent(p))]),
            Fit::NotEnoughData => self.tr("fit.not_enough_data").to_owned(),
        }
    }
}
