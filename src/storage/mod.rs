//! Project bundles on disk: open, save atomically, back up, migrate, validate.
