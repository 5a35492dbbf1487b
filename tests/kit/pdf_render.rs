//! The PDF renderer on hand-made pages, read back with lopdf: text, fonts embedded,
//! links, metadata, photos untouched but without EXIF, determinism.

#![allow(clippy::unwrap_used)]

use crate::pdf_support::*;
use pitchkit::kit::page::{
    Block, FontFace, Glyph, ImageBlock, Page, Paint, PointMm, RectMm, Shape,
};
use pitchkit::model::Rgb;
use pitchkit::pdf::{DocMeta, ImageSet, images, render_pdf};

fn sample_pages(photo: &str) -> Vec<Page> {
    let mut cover = blank_page(Rgb([0x11, 0x13, 0x18]));
    cover.blocks.push(text(
        "Maya Okafor",
        FontFace::DisplayBold,
        40.0,
        15.0,
        40.0,
        Rgb([0xEC, 0xED, 0xEF]),
    ));
    cover.blocks.push(text(
        "4.2%",
        FontFace::SansBold,
        28.0,
        15.0,
        70.0,
        Rgb([0xEC, 0xED, 0xEF]),
    ));
    let mut scripts = text(
        "Ελληνικά Кириллица",
        FontFace::SansRegular,
        10.0,
        15.0,
        90.0,
        Rgb([0xA2, 0xA7, 0xB3]),
    );
    // A glyph the font turned out not to have (as a system font may): not drawn,
    // reported.
    if let Block::Text(block) = &mut scripts {
        let run = &mut block.lines[0].runs[0];
        run.text.push('🚀');
        run.glyphs.push(Glyph {
            id: 0,
            x_mm: run.width_mm,
            rise_mm: 0.0,
            text: "🚀".to_owned(),
        });
    }
    cover.blocks.push(scripts);
    cover.blocks.push(Block::Image(ImageBlock {
        rect: RectMm::new(110.0, 14.0, 85.0, 106.25),
        media_file: photo.to_owned(),
        crop_px: (10, 0, 240, 300),
    }));
    cover.blocks.push(Block::Link {
        rect: RectMm::new(15.0, 100.0, 60.0, 6.0),
        url: "mailto:maya@orbitandoat.com".to_owned(),
    });
    let mut second = blank_page(Rgb([255, 255, 255]));
    second.blocks.push(Block::Shape {
        shape: Shape::Rect {
            rect: RectMm::new(15.0, 20.0, 57.3, 30.0),
            radius_mm: 2.0,
        },
        paint: Paint {
            fill: Some(Rgb([0xF1, 0xF4, 0xFA])),
            stroke: None,
        },
    });
    second.blocks.push(Block::Shape {
        shape: Shape::Path {
            points: vec![
                PointMm {
                    x_mm: 15.0,
                    y_mm: 120.0,
                },
                PointMm {
                    x_mm: 60.0,
                    y_mm: 110.0,
                },
                PointMm {
                    x_mm: 120.0,
                    y_mm: 90.0,
                },
            ],
            closed: false,
        },
        paint: Paint {
            fill: None,
            stroke: Some((Rgb([0x2B, 0x59, 0xC3]), 2.0)),
        },
    });
    second.blocks.push(Block::Shape {
        shape: Shape::Circle {
            center: PointMm {
                x_mm: 120.0,
                y_mm: 90.0,
            },
            radius_mm: 1.5,
        },
        paint: Paint {
            fill: Some(Rgb([0x2B, 0x59, 0xC3])),
            stroke: None,
        },
    });
    second.blocks.push(text(
        "Über 24.8K followers",
        FontFace::LatoRegular,
        10.0,
        15.0,
        140.0,
        Rgb([0x16, 0x18, 0x1D]),
    ));
    second.blocks.push(text(
        "How I compare",
        FontFace::SerifSemiBold,
        24.0,
        15.0,
        160.0,
        Rgb([0x16, 0x18, 0x1D]),
    ));
    second.blocks.push(text(
        "BENCHMARKS",
        FontFace::SpartanBold,
        8.0,
        15.0,
        170.0,
        Rgb([0x5B, 0x60, 0x70]),
    ));
    second.blocks.push(Block::Link {
        rect: RectMm::new(15.0, 175.0, 60.0, 6.0),
        url: "https://www.instagram.com/orbitandoat".to_owned(),
    });
    second.blocks.push(Block::Link {
        rect: RectMm::new(15.0, 185.0, 60.0, 6.0),
        url: "file:///home/maya/secret.txt".to_owned(),
    });
    vec![cover, second]
}

fn render_sample() -> (pitchkit::pdf::Rendered, Vec<u8>) {
    let photo = jpeg_with_exif(300, 300);
    let mut images = ImageSet::new();
    images.insert("photo.jpg", images::prepare(&photo).unwrap(), (300, 300));
    let meta = DocMeta {
        creator_name: "Maya Okafor".to_owned(),
        title: "Maya Okafor – media kit".to_owned(),
        created: fixed_date(),
    };
    let rendered = render_pdf(&sample_pages("photo.jpg"), &images, &meta).unwrap();
    if let Ok(path) = std::env::var("PITCHKIT_TEST_PDF_OUT") {
        std::fs::write(path, &rendered.bytes).unwrap();
    }
    (rendered, photo)
}

#[test]
fn text_fonts_links_and_metadata_read_back() {
    let (rendered, _) = render_sample();
    assert!(
        rendered.bytes.starts_with(b"%PDF-1.7"),
        "CFF fonts need PDF 1.6 or later"
    );
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 2);
    let text = all_text(&doc);
    for needle in [
        "Maya Okafor",
        "4.2%",
        "Ελληνικά",
        "Кириллица",
        "Über 24.8K followers",
        "How I compare",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from {text:?}");
    }
    assert_all_fonts_embedded(&doc, 6);
    assert_eq!(
        link_urls(&doc),
        vec![
            "mailto:maya@orbitandoat.com".to_owned(),
            "https://www.instagram.com/orbitandoat".to_owned()
        ]
    );
    assert_metadata(&doc, "Maya Okafor");
}

#[test]
fn warns_about_dropped_glyphs_and_refused_links() {
    let (rendered, _) = render_sample();
    let warnings = rendered.warnings.join("\n");
    assert!(warnings.contains("U+1F680"), "{warnings}");
    assert!(
        warnings.contains("file:///home/maya/secret.txt"),
        "{warnings}"
    );
    assert!(!warnings.contains("PDF writer"), "{warnings}");
}

#[test]
fn photo_goes_in_as_jpeg_without_exif_or_paths() {
    let (rendered, photo) = render_sample();
    assert!(
        photo.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );
    assert_no_exif_or_paths(&rendered.bytes);
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    let jpegs = dct_images(&doc);
    assert_eq!(jpegs.len(), 1);
    // The scan data is the original's, byte for byte.
    let scan = |b: &[u8]| {
        b.windows(2)
            .position(|w| w == [0xFF, 0xDA])
            .map(|i| b[i..].to_vec())
    };
    assert_eq!(scan(&jpegs[0]), scan(&photo));
}

#[test]
fn same_pages_give_identical_bytes() {
    let (a, _) = render_sample();
    let (b, _) = render_sample();
    assert!(a.bytes == b.bytes, "two renders of the same pages differ");
}

#[test]
fn missing_photo_becomes_a_placeholder_and_a_warning() {
    let meta = DocMeta {
        creator_name: "Maya Okafor".to_owned(),
        title: "Maya Okafor – media kit".to_owned(),
        created: fixed_date(),
    };
    let rendered = render_pdf(&sample_pages("gone.jpg"), &ImageSet::new(), &meta).unwrap();
    assert!(
        rendered
            .warnings
            .iter()
            .any(|w| w.contains("gone.jpg") && w.contains("missing"))
    );
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 2);
    assert!(dct_images(&doc).is_empty());
}

#[test]
fn no_pages_is_an_error() {
    let meta = DocMeta {
        creator_name: "Maya".to_owned(),
        title: "Maya – media kit".to_owned(),
        created: fixed_date(),
    };
    assert!(render_pdf(&[], &ImageSet::new(), &meta).is_err());
}
