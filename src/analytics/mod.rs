//! Engagement formulas, tiers, benchmark comparisons, rate suggestions and insights.
//!
//! Everything here is a pure function of the project (and of the embedded benchmark
//! table): nothing is stored, nothing is read from the clock. Every figure that cannot
//! be computed is a [`Figure::NotAvailable`] with a plain reason, never NaN, infinity
//! or a panic.
//!
//! - [`audience_fit`]: how much of the audience is inside a brand's target.
//! - [`pitch_log`]: pitches by next follow-up, and the follow-ups due on a day.
//! - [`engagement`]: the four named engagement formulas, per post, average and median.
//! - [`window`]: which posts a window (`last 12 posts`, `last 90 days`) looks at.
//! - [`frequency`]: posts per week, sponsored share, reply rate.
//! - [`growth`]: follower change over 30 and 90 days from snapshots.
//! - [`tiers`]: emerging / nano / micro / macro / mega.
//! - [`benchmarks`]: the embedded, sourced benchmark table.
//! - [`compare`]: like-with-like comparisons with benchmark rows.
//! - [`rates`]: a suggested price range per deliverable.
//! - [`rate_calculator`]: minimum, suggested and maximum prices per deliverable and
//!   bundle under the creator's terms, with the sourced figures of [`rate_terms`];
//!   [`rate_fill`] turns a row into a rate package.
//! - [`insights`]: short sentences a kit can print.
//! - [`health`]: figures a brand would question, with the rules in [`health_rules`].
//! - [`report`]: everything above for a whole project, as JSON or plain text.

pub mod audience_fit;
pub mod benchmarks;
pub mod compare;
pub mod engagement;
mod figure;
pub mod frequency;
pub mod growth;
pub mod health;
mod health_account;
mod health_posts;
pub mod health_rules;
pub mod insights;
pub mod pitch_log;
mod rate_base;
pub mod rate_calculator;
pub mod rate_fill;
pub mod rate_terms;
pub mod rates;
pub mod report;
mod text;
pub mod tiers;
pub mod window;

pub use audience_fit::{AudienceFit, Dimension, DimensionFit, Fit, audience_fit, main_audience};
pub use benchmarks::{
    Accounts, Basis, BenchmarkError, BenchmarkPlatform, BenchmarkRow, BenchmarkStatistic,
    Benchmarks, Confidence, Interactions, Metric, TierScope,
};
pub use compare::{BenchmarkMatch, Comparison, comparable_rows, compare};
pub use engagement::{
    EngagementStats, PostGroup, Rate, Statistic, engagement, engagement_stats, post_rate,
};
pub use figure::{Figure, Unavailable};
pub use frequency::{
    PostingFrequency, ReplyRate, Share, posting_frequency, reply_rate, sponsored_share,
};
pub use growth::{Growth, SNAPSHOT_TOLERANCE_DAYS, growth};
pub use health::{HealthTarget, HealthWarning, health_check, health_check_with_report};
pub use health_rules::{HealthRule, RULES as HEALTH_RULES, RuleId};
pub use insights::{Insight, InsightKind, insights};
pub use pitch_log::{by_next_follow_up, due_follow_ups, is_due};
pub use rate_calculator::{
    QuoteItem, QuoteOutcome, QuotePrices, RateCalculation, RateQuote, calculate_rates,
};
pub use rate_fill::{PackageFill, package_fill};
pub use rate_terms::{Span, TermEffect};
pub use rates::{RateAdvice, RateSuggestion, suggest_rate};
pub use report::{ComparisonEntry, PlatformReport, Report, SourceEntry, report};
pub use tiers::Tier;
pub use window::{WindowSpan, WindowedPosts, select_window};
