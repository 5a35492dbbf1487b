//! Integration tests of the core modules (model, analytics, actions, storage, media,
//! sample) and of the architecture rule, as one test binary: each file is a module.
//! The `unit_*` files test one source module each (`unit_media_palette` tests
//! `src/media/palette.rs`) through its public items. Helpers shared by several files
//! live in `common` and `media_support`.

mod common;
#[path = "../../src/test_dates.rs"]
mod dates;
mod media_support;

mod actions_apply;
mod actions_errors;
mod actions_fields;
mod actions_history;
mod actions_pitch;
mod actions_proptest;
mod analytics_activity;
mod analytics_audience_fit;
mod analytics_benchmarks;
mod analytics_engagement;
mod analytics_health;
mod analytics_props;
mod analytics_rate_calculator;
mod analytics_rate_props;
mod analytics_rates;
mod analytics_report;
mod architecture;
mod imports_exports;
mod imports_paste;
mod imports_plan;
mod imports_props;
mod imports_traps;
mod lang_format;
mod lang_tables;
mod media_batch;
mod media_camera_roll;
mod media_formats;
mod media_heic;
mod media_import;
mod media_refusals;
mod model_links;
mod pitch_competitors;
mod pitch_email;
mod pitch_log;
mod pitch_tailor;
mod sample_demo;
mod sample_generate;
mod sample_generate_pitches;
mod sample_write;
mod storage_bundle;
mod storage_concurrent;
mod storage_errors;
mod storage_fuzz;
mod storage_kill;
mod storage_migrate;
mod storage_migrate_v2;
mod storage_roundtrip;
mod storage_validate;
mod storage_validate_pitch;
mod unit_imports_dates;
mod unit_imports_numbers;
mod unit_imports_paste;
mod unit_imports_table;
mod unit_imports_text;
mod unit_media_accent;
mod unit_media_cohesion;
mod unit_media_colour;
mod unit_media_edited;
mod unit_media_encode;
mod unit_media_error;
mod unit_media_hash;
mod unit_media_limits;
mod unit_media_oklab;
mod unit_media_orient;
mod unit_media_palette;
mod unit_media_resize;
mod unit_media_sniff;
mod unit_media_sources;
mod unit_media_store;
mod unit_storage_atomic;
mod unit_storage_autosave;
mod unit_storage_locale;
mod unit_storage_lock;
mod unit_storage_recent;
mod unit_storage_stamp;
