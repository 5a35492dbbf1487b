//! Helpers shared by the integration tests (each test file that needs them says `mod common;`).
#![allow(dead_code, clippy::unwrap_used)]

pub mod arb;
