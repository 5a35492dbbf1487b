//! Integration tests of the kit (layout, parts, charts, look), of the PDF export and of
//! the web kit, as one test binary: each file is a module; `pdf_support` and
//! `web_support` hold their shared helpers. The `unit_*` files test the parts of
//! `src/kit`, `src/pdf` and `src/web` one by one, through their public paths.

#[path = "../support/dates.rs"]
mod dates;
mod pdf_support;
mod web_support;

mod kit_chart_build;
mod kit_fill;
mod kit_language;
mod kit_layout;
mod kit_length;
mod kit_links;
mod kit_look;
mod kit_parts;
mod pdf_budget;
mod pdf_export;
mod pdf_progress;
mod pdf_render;
mod pdf_scripts;
mod pitch_kit;
mod unit_kit_breaks;
mod unit_kit_flow;
mod unit_kit_fonts;
mod unit_kit_lang;
mod unit_kit_look;
mod unit_kit_sections;
mod unit_kit_system_fonts;
mod unit_kit_text;
mod unit_pdf_fonts;
mod unit_pdf_images;
mod unit_pdf_parts;
mod unit_web_assets;
mod unit_web_markup;
mod web_kit;
