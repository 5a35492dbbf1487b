//! Headless commands: demo, report, check.
