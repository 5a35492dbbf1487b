//! Engagement formulas, tiers, benchmark comparisons, rate suggestions and insights.
