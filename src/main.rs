//! Pitchkit's binary: a command runs headless; no command opens the desktop window.

fn main() {}
