//! Shared helpers of the PDF tests: hand-made pages, photo fixtures, and readers that
//! check a PDF with lopdf.
#![allow(dead_code, clippy::unwrap_used)]

use lopdf::{Dictionary, Document, Object, ObjectId};
use pitchkit::kit::page::{Block, FontFace, Page};
use pitchkit::kit::text::{Align, TextStyle, set_lines};
use pitchkit::model::Rgb;

/// The export time every test uses.
pub fn fixed_date() -> time::OffsetDateTime {
    crate::dates::datetime("2026-11-15T09:30:00Z")
}

/// An empty A4 page.
pub fn blank_page(background: Rgb) -> Page {
    Page {
        width_mm: 210.0,
        height_mm: 297.0,
        background,
        blocks: Vec::new(),
    }
}

/// One line of text in one face (widths roughly estimated: tests do not measure).
pub fn text(
    content: &str,
    font: FontFace,
    size_pt: f32,
    x_mm: f32,
    baseline_mm: f32,
    color: Rgb,
) -> Block {
    let style = TextStyle {
        face: font,
        size_pt,
        leading_pt: size_pt * 1.2,
        tracking_milli_em: 0,
        color,
        caps: false,
        rtl: false,
    };
    let top_mm = baseline_mm - style.baseline_offset_mm();
    let lines = [content.to_owned()];
    let set = set_lines(&lines, &style, x_mm, top_mm, 1000.0, Align::Left);
    let mut block = set.block;
    block.rect.width_mm = block.lines.first().map_or(0.0, |l| l.width_mm);
    Block::Text(block)
}

/// Pseudo-random pixels: photos that compress as badly as real ones. Rows are
/// shifted windows of one random strip (cheap to make, still incompressible per
/// 8 × 8 JPEG block).
pub fn noise_rgb(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let row_bytes = width as usize * 3;
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let strip: Vec<u8> = (0..row_bytes + 8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 8) as u8
        })
        .collect();
    let mut out = Vec::with_capacity(row_bytes * height as usize);
    for y in 0..height as usize {
        let shift = (y * 2_731) % 8192;
        out.extend_from_slice(&strip[shift..shift + row_bytes]);
    }
    out
}

/// A baseline JPEG of noise.
pub fn noise_jpeg(width: u32, height: u32, seed: u32, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, quality)
        .encode(
            &noise_rgb(width, height, seed),
            u16::try_from(width).unwrap(),
            u16::try_from(height).unwrap(),
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    out
}

/// A JPEG carrying an EXIF segment with a (fake) GPS note and a camera path.
pub fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let plain = noise_jpeg(width, height, 7, 80);
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x00".to_vec();
    exif.extend_from_slice(b"GPS 51.5N 0.1W /home/maya/DCIM/IMG_0001.JPG");
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&plain[2..]);
    out
}

/// The text of every page, in order.
pub fn all_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

/// Every font is a Type0 font whose descriptor carries an embedded program; at least
/// `min_fonts` of them.
pub fn assert_all_fonts_embedded(doc: &Document, min_fonts: usize) {
    let mut descriptors = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        let type_is = |name: &[u8]| {
            dict.get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == name)
        };
        if type_is(b"Font") {
            let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap();
            assert!(
                subtype == b"Type0" || subtype == b"CIDFontType2" || subtype == b"CIDFontType0",
                "a non-embedded font type: {}",
                String::from_utf8_lossy(subtype)
            );
        }
        if type_is(b"FontDescriptor") {
            descriptors += 1;
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3"),
                "a font without an embedded program: {dict:?}"
            );
        }
    }
    assert!(
        descriptors >= min_fonts,
        "only {descriptors} embedded fonts"
    );
}

/// The URIs of every link annotation, page by page.
pub fn link_urls(doc: &Document) -> Vec<String> {
    let mut urls = Vec::new();
    for page_id in doc.get_pages().values() {
        for annot in annotations(doc, *page_id) {
            assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            let action = annot.get(b"A").unwrap().as_dict().unwrap();
            assert_eq!(action.get(b"S").unwrap().as_name().unwrap(), b"URI");
            let uri = action.get(b"URI").unwrap().as_str().unwrap();
            urls.push(String::from_utf8(uri.to_vec()).unwrap());
        }
    }
    urls
}

/// A page's annotation dictionaries, inline or referenced (printpdf writes them inline,
/// which lopdf 0.44's `get_page_annotations` skips).
fn annotations(doc: &Document, page_id: ObjectId) -> Vec<&Dictionary> {
    let page = doc.get_dictionary(page_id).unwrap();
    let Ok(annots) = page.get(b"Annots") else {
        return Vec::new();
    };
    let annots = match annots {
        Object::Reference(id) => doc.get_object(*id).unwrap(),
        inline => inline,
    };
    annots
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| match entry {
            Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
            inline => inline.as_dict().unwrap(),
        })
        .collect()
}

/// Title, Author, Creator, Producer and the fixed dates.
pub fn assert_metadata(doc: &Document, name: &str) {
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_object(info_ref).unwrap().as_dict().unwrap();
    let text = |key: &[u8]| lopdf::decode_text_string(info.get(key).unwrap()).unwrap();
    assert_eq!(text(b"Title"), format!("{name} – media kit"));
    assert_eq!(text(b"Author"), name);
    assert_eq!(text(b"Creator"), "Pitchkit");
    assert!(
        text(b"Producer").starts_with("Pitchkit "),
        "{}",
        text(b"Producer")
    );
    for key in [b"CreationDate".as_slice(), b"ModDate"] {
        let date = info.get(key).unwrap().as_str().unwrap();
        assert!(
            date.starts_with(b"D:20261115093000"),
            "{}",
            String::from_utf8_lossy(date)
        );
    }
}

/// Whether `needle` occurs in `bytes` (memchr's search: the tests are built
/// unoptimised, where a `windows(n).any(..)` scan of a whole PDF takes a quarter second).
pub fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(bytes, needle).is_some()
}

/// No "Exif" anywhere, and no absolute path of this machine.
pub fn assert_no_exif_or_paths(bytes: &[u8]) {
    let has = |needle: &[u8]| contains(bytes, needle);
    assert!(!has(b"Exif"), "EXIF bytes in the PDF");
    let temp = std::env::temp_dir();
    let mut needles: Vec<String> = ["/home/", "/tmp/", "/work/", "/root/", "/usr/share", "C:\\"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    needles.push(temp.display().to_string());
    if let Ok(cwd) = std::env::current_dir() {
        needles.push(cwd.display().to_string());
    }
    for needle in needles {
        assert!(!has(needle.as_bytes()), "the path {needle} is in the PDF");
    }
}

/// The raw streams of every DCTDecode image.
pub fn dct_images(doc: &Document) -> Vec<Vec<u8>> {
    doc.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Image")
        })
        .map(|s| {
            assert_eq!(
                s.dict.get(b"Filter").unwrap().as_name().unwrap(),
                b"DCTDecode"
            );
            s.content.clone()
        })
        .collect()
}

/// The text a reader copies out of every page, in content order: `/ActualText` spans
/// as written, other glyphs through their font's ToUnicode map; a space between text
/// objects.
pub fn copied_text(doc: &Document) -> String {
    let mut out = String::new();
    for (_, page_id) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page_id).unwrap();
        let encodings: std::collections::BTreeMap<Vec<u8>, lopdf::Encoding> = fonts
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(doc).unwrap()))
            .collect();
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        let mut font: Option<Vec<u8>> = None;
        let mut spans = 0_usize;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => font = op.operands[0].as_name().ok().map(<[u8]>::to_vec),
                "BDC" => {
                    let actual = op
                        .operands
                        .get(1)
                        .and_then(|o| o.as_dict().ok())
                        .and_then(|d| d.get(b"ActualText").ok())
                        .map(|t| lopdf::decode_text_string(t).unwrap());
                    if let Some(actual) = actual {
                        out.push_str(&actual);
                        spans += 1;
                    }
                }
                "EMC" => spans = spans.saturating_sub(1),
                "ET" => out.push(' '),
                "Tj" | "TJ" if spans == 0 => {
                    let encoding = &encodings[font.as_ref().unwrap()];
                    let strings: Vec<&Object> = match op.operator.as_str() {
                        "Tj" => op.operands.iter().collect(),
                        _ => op.operands[0].as_array().unwrap().iter().collect(),
                    };
                    for string in strings {
                        if let Ok(bytes) = string.as_str() {
                            out.push_str(&Document::decode_text(encoding, bytes).unwrap());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}
