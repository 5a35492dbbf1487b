//! The embedded demo project: a believable creator the app opens on first run.
