//! Health-check warnings the creator dismissed for one figure ("this reel went viral").

use serde::{Deserialize, Serialize};

/// One dismissed health-check warning: its stable key and the creator's reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissal {
    /// The warning's key (`analytics::HealthWarning::key`): the rule and the figure.
    pub key: String,
    /// Why the figure is right after all, in the creator's words (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}
