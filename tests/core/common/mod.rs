//! Helpers shared by the integration tests (`crate::common` in the core test binary).
#![allow(dead_code, clippy::unwrap_used)]

pub mod arb;
pub mod arb_pitch;
