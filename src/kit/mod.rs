//! The kit layout: Project + KitSettings → pages of positioned blocks (mm, top-left).
//!
//! - [`lang`]: the kit language, its string table, numbers and dates.
//! - [`page`]: the finished pages (the contract with the PDF renderer and the preview).
//! - [`layout()`]: the entry point, with [`LayoutContext`], [`Layout`] and [`LayoutError`].
//! - [`content`]: what each section says, as plain data (the PDF's and the web
//!   kit's one source).
//! - [`fonts`]: bundled faces, metrics and glyph coverage; [`fallback`]: which face
//!   sets each grapheme cluster; [`shape`]: shaping with harfrust.
//! - [`text`]: typographic niceties, line breaking, character budgets.
//! - [`theme`]: the three themes as tokens, accent derivation.
//! - [`chart`]: `ChartSpec` and its vector shapes.
//! - [`chart_build`]: the one builder of every chart, for the kit and the editor.
//! - [`pitch`]: a kit made for one brand (the view every renderer lays out), competitors,
//!   the email draft.
//! - [`qr`]: QR codes as shapes.
//! - [`line`], [`breaks`]: a line's bidi runs, shaped; where lines may break.
//! - [`mirror`]: pages of a kit written right to left, mirrored.
//! - [`system_fonts`]: fonts of the system for scripts the bundled faces lack.

pub mod breaks;
pub mod chart;
pub mod chart_build;
mod chart_draw;
pub mod colour;
pub mod content;
pub mod fallback;
pub mod flow;
pub mod fonts;
pub mod grid;
pub mod lang;
pub mod layout;
pub mod line;
pub mod mirror;
pub mod page;
pub mod pitch;
pub mod qr;
pub mod sections;
pub mod shape;
pub mod system_fonts;
pub mod text;
pub mod theme;

pub use layout::{Layout, LayoutContext, LayoutError, layout};
