//! The PDF renderer and export pipeline: the only module that imports printpdf.
//!
//! [`render::render_pdf`] translates laid-out [`Page`](crate::kit::page::Page)s into a
//! PDF (fonts embedded and subset, photos as untouched JPEG streams, vector shapes,
//! link annotations, metadata); [`export`] adds the rest of an export: layout, photos
//! from the bundle, the size budget, an atomic write and the report.

mod budget;
pub mod coords;
mod draw;
pub mod error;
pub mod export;
pub mod fonts;
pub mod images;
pub mod jpeg;
pub mod links;
mod photos;
pub mod render;
pub mod subset;
pub mod text;

pub use budget::BudgetReport;
pub use error::ExportError;
pub use export::{
    ExportOptions, ExportProgress, ExportReport, ExportStage, ExportedPdf, Timings,
    default_file_name, export_kit, export_kit_with_progress, layout_context, render_kit,
    render_kit_with_progress,
};
pub use images::PdfImage;
pub use photos::MediaSource;
pub use render::{CREATOR, DocMeta, ImageSet, Rendered, render_pdf};

/// A file size for people: "820 KB", "1.4 MB".
pub use crate::format::size_text;
