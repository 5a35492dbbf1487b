//! Pages → one PDF file with printpdf 0.12: fonts embedded and subset, photos as JPEG
//! image XObjects (DCTDecode, bytes untouched), vector shapes, link annotations and
//! the document's metadata. Identical input gives byte-identical output.

use super::coords::Flip;
use super::draw;
use super::error::ExportError;
use super::fonts::DocFonts;
use super::images::PdfImage;
use super::links::safe_url;
use super::text::text_block;
use crate::kit::page::{Block, Page, RectMm};
use crate::model::Rgb;
use printpdf::{
    DictItem, ExternalStream, ExternalXObject, Mm, Op, PaintMode, PdfDocument, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Px, XObject, XObjectId,
};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// The program name written as the PDF's Creator.
pub const CREATOR: &str = "Pitchkit";

/// Who and when, for the document information dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct DocMeta {
    /// The creator's display name: the author.
    pub creator_name: String,
    /// The title: "NAME – media kit", "NAME × BRAND – media kit" for a pitch's kit.
    pub title: String,
    /// Creation and modification date (the export time; tests pass a fixed one).
    pub created: time::OffsetDateTime,
}

/// The photos a render may use, by file name in the project's `media/` folder.
#[derive(Debug, Clone, Default)]
pub struct ImageSet {
    images: BTreeMap<String, (PdfImage, (u32, u32))>,
    /// Why photos the pages name are not here, by file name.
    unusable: BTreeMap<String, String>,
}

impl ImageSet {
    /// No photos.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a photo. `reference_px` is the pixel size the layout's crops refer to (the
    /// stored file's size), which stays the same when `image` is a smaller re-encode.
    pub fn insert(&mut self, media_file: &str, image: PdfImage, reference_px: (u32, u32)) {
        self.images
            .insert(media_file.to_owned(), (image, reference_px));
    }

    /// Records why a photo could not be used (the report says it where the box stands).
    pub fn mark_unusable(&mut self, media_file: &str, why: &str) {
        self.unusable.insert(media_file.to_owned(), why.to_owned());
    }

    /// The photo and its reference size.
    pub fn get(&self, media_file: &str) -> Option<&(PdfImage, (u32, u32))> {
        self.images.get(media_file)
    }

    /// Total bytes of all JPEG streams.
    pub fn total_bytes(&self) -> u64 {
        self.images
            .values()
            .map(|(i, _)| i.size_bytes() as u64)
            .sum()
    }
}

/// A finished PDF in memory.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Things the reader of the report should know (left-out characters, missing photos).
    pub warnings: Vec<String>,
    /// Bytes of all embedded photo streams.
    pub image_bytes: u64,
}

/// Renders `pages` into a PDF.
pub fn render_pdf(
    pages: &[Page],
    images: &ImageSet,
    meta: &DocMeta,
) -> Result<Rendered, ExportError> {
    if pages.is_empty() {
        return Err(ExportError::NoPages);
    }
    let mut doc = PdfDocument::new(&meta.title);
    set_metadata(&mut doc, meta);
    let mut fonts = DocFonts::new();
    let mut warnings = Vec::new();
    let mut missing = BTreeSet::new();
    let mut refused_links = BTreeSet::new();
    let image_ids = register_images(&mut doc, pages, images);
    let mut page_ops = Vec::with_capacity(pages.len());
    for page in pages {
        let flip = Flip::new(page.height_mm);
        let mut ops = Vec::new();
        if page.background != Rgb([255, 255, 255]) {
            let whole = RectMm::new(0.0, 0.0, page.width_mm, page.height_mm);
            ops.push(Op::SetFillColor {
                col: draw::color(page.background),
            });
            ops.push(Op::DrawRectangle {
                rectangle: draw::pdf_rect(&flip, &whole, Some(PaintMode::Fill)),
            });
        }
        for block in &page.blocks {
            match block {
                Block::Text(text) => text_block(&mut ops, &mut fonts, &flip, text),
                Block::Shape { shape, paint } => draw::shape(&mut ops, &flip, shape, paint),
                Block::Image(image) => match (
                    image_ids.get(&image.media_file),
                    images.get(&image.media_file),
                ) {
                    (Some(id), Some((_, reference_px))) => {
                        draw::image(
                            &mut ops,
                            &flip,
                            id,
                            &image.rect,
                            image.crop_px,
                            *reference_px,
                        );
                    }
                    _ => {
                        missing.insert(image.media_file.clone());
                        placeholder(&mut ops, &flip, &image.rect, page.background);
                    }
                },
                Block::Link { rect, url } => match safe_url(url) {
                    Some(url) => draw::link(&mut ops, &flip, rect, &url),
                    None => {
                        refused_links.insert(url.clone());
                    }
                },
            }
        }
        page_ops.push(ops);
    }
    fonts.embed(&mut doc, &mut page_ops)?;
    let pdf_pages = pages
        .iter()
        .zip(page_ops)
        .map(|(page, ops)| PdfPage::new(Mm(page.width_mm), Mm(page.height_mm), ops))
        .collect();
    doc.with_pages(pdf_pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut pdf_warnings = Vec::new();
    let mut bytes = doc.save(&options, &mut pdf_warnings);
    fix_header_version(&mut bytes);
    fix_document_id(&mut bytes);

    if !fonts.dropped().is_empty() {
        let chars: Vec<String> = fonts.dropped().iter().map(|c| describe_char(*c)).collect();
        warnings.push(format!(
            "left out {} character(s) no bundled font can draw: {}",
            chars.len(),
            chars.join(" ")
        ));
    }
    for name in &missing {
        warnings.push(match images.unusable.get(name) {
            Some(why) => format!("{why}; a plain box stands in for it"),
            None => format!("the photo {name} is missing from the project's media folder; a plain box stands in for it"),
        });
    }
    for url in &refused_links {
        warnings.push(format!(
            "the link “{url}” was left out: only https:, http:, mailto: and tel: links go into the kit"
        ));
    }
    warnings.extend(
        pdf_warnings
            .into_iter()
            .filter(|w| w.severity == PdfParseErrorSeverity::Error)
            .map(|w| format!("PDF writer: {}", w.msg)),
    );
    let image_bytes = image_ids
        .keys()
        .filter_map(|name| images.get(name))
        .map(|(image, _)| image.size_bytes() as u64)
        .sum();
    Ok(Rendered {
        bytes,
        warnings,
        image_bytes,
    })
}

/// Title, author, creator, producer and dates.
fn set_metadata(doc: &mut PdfDocument, meta: &DocMeta) {
    let seconds = meta.created.unix_timestamp();
    let when = printpdf::OffsetDateTime::from_unix_timestamp(seconds)
        .unwrap_or_else(|_| printpdf::PdfDocumentInfo::default().creation_date);
    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.creator_name.trim().to_owned();
    info.creator = CREATOR.to_owned();
    info.producer = format!("{CREATOR} {}", env!("CARGO_PKG_VERSION"));
    info.subject = "Media kit".to_owned();
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
}

/// Adds every photo the pages use as an image XObject, named `Im1`, `Im2`, … in
/// file-name order.
fn register_images(
    doc: &mut PdfDocument,
    pages: &[Page],
    images: &ImageSet,
) -> BTreeMap<String, XObjectId> {
    let used: BTreeSet<&str> = pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Image(image) => Some(image.media_file.as_str()),
            _ => None,
        })
        .collect();
    let mut ids = BTreeMap::new();
    for (n, name) in used.into_iter().enumerate() {
        let Some((image, _)) = images.get(name) else {
            continue;
        };
        let id = XObjectId(format!("Im{}", n + 1));
        doc.resources
            .xobjects
            .map
            .insert(id.clone(), XObject::External(jpeg_xobject(image)));
        ids.insert(name.to_owned(), id);
    }
    ids
}

/// A JPEG as an image XObject, its bytes passed through (`/DCTDecode`).
fn jpeg_xobject(image: &PdfImage) -> ExternalXObject {
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let dict = BTreeMap::from([
        ("Type".to_owned(), name("XObject")),
        ("Subtype".to_owned(), name("Image")),
        ("Width".to_owned(), DictItem::Int(i64::from(image.width_px))),
        (
            "Height".to_owned(),
            DictItem::Int(i64::from(image.height_px)),
        ),
        (
            "ColorSpace".to_owned(),
            name(if image.grey {
                "DeviceGray"
            } else {
                "DeviceRGB"
            }),
        ),
        ("BitsPerComponent".to_owned(), DictItem::Int(8)),
        ("Filter".to_owned(), name("DCTDecode")),
    ]);
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content: image.jpeg.clone(),
            compress: false,
        },
        width: Some(Px(image.width_px as usize)),
        height: Some(Px(image.height_px as usize)),
        dpi: None,
    }
}

/// A plain box where a missing photo would be.
fn placeholder(ops: &mut Vec<Op>, flip: &Flip, frame: &RectMm, background: Rgb) {
    let [r, g, b] = background.0;
    let light = u32::from(r) + u32::from(g) + u32::from(b) > 3 * 128;
    let fill = if light {
        Rgb([0xE4, 0xE6, 0xEA])
    } else {
        Rgb([0x2A, 0x2E, 0x37])
    };
    ops.push(Op::SetFillColor {
        col: draw::color(fill),
    });
    ops.push(Op::DrawRectangle {
        rectangle: draw::pdf_rect(flip, frame, Some(PaintMode::Fill)),
    });
}

/// A character for the report: itself and its code point ("🚀 U+1F680").
fn describe_char(c: char) -> String {
    format!("{c} (U+{:04X})", u32::from(c))
}

/// printpdf always writes a PDF 1.3 header, but CFF fonts embedded as `/OpenType`
/// font files are a PDF 1.6 feature: declare 1.7 (same length, so no offset moves).
fn fix_header_version(bytes: &mut [u8]) {
    if let Some(header) = bytes.get_mut(..8)
        && header == b"%PDF-1.3"
    {
        header.copy_from_slice(b"%PDF-1.7");
    }
}

/// printpdf writes random strings as the file identifier; replace them with a hash
/// of the file (its length, first and last megabyte: enough to tell kits apart) so
/// the same kit always gives the same bytes.
fn fix_document_id(bytes: &mut [u8]) {
    const SAMPLE: usize = 1 << 20;
    let Some(at) = bytes.windows(4).rposition(|w| w == b"/ID[") else {
        return;
    };
    let body = &bytes[..at];
    let mut hasher = Sha256::new();
    hasher.update((body.len() as u64).to_be_bytes());
    hasher.update(&body[..body.len().min(SAMPLE)]);
    hasher.update(&body[body.len().saturating_sub(SAMPLE)..]);
    let digest = hasher.finalize();
    let hex: Vec<u8> = digest
        .iter()
        .flat_map(|b| format!("{b:02X}").into_bytes())
        .collect();
    let mut pos = at + 4;
    for _ in 0..2 {
        let Some(open) = bytes[pos..]
            .iter()
            .position(|&b| b == b'(')
            .map(|i| pos + i)
        else {
            return;
        };
        let Some(close) = bytes[open..]
            .iter()
            .position(|&b| b == b')')
            .map(|i| open + i)
        else {
            return;
        };
        let slot = &mut bytes[open + 1..close];
        for (i, byte) in slot.iter_mut().enumerate() {
            *byte = hex[i % hex.len()];
        }
        pos = close + 1;
    }
}
