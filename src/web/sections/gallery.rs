//! Aesthetics: the photo grid (4:5 cells, as many columns as the kit's grid on wide
//! screens, two or three on a phone), alt text from the captions, links to the posts,
//! and the palette as swatches.

use super::{Writer, close_section, open_section, photo};
use crate::kit::content::AestheticsContent;
use crate::model::Section;
use crate::web::colours::hex;
use crate::web::html::Html;

/// Most columns at which captions still show under the photos (as in the PDF).
const CAPTION_COLUMNS: usize = 4;

/// Columns on a phone for a full grid of `count` photos (no holes where possible).
fn phone_columns(count: usize) -> usize {
    match count {
        1 | 5 => 1,
        3 | 9 => 3,
        _ => 2,
    }
}

/// The section.
pub(super) fn write(html: &mut Html, w: &mut Writer, gallery: &AestheticsContent) {
    open_section(html, Section::Aesthetics, &gallery.title);
    let class = format!(
        "gallery c{} p{}",
        gallery.columns.clamp(1, 6),
        phone_columns(gallery.photos.len())
    );
    let captions = gallery.columns <= CAPTION_COLUMNS;
    html.open("div", &[("class", &class)]);
    for (index, item) in gallery.photos.iter().enumerate() {
        let alt = if item.caption.is_empty() {
            html.lang.trf(
                "web.photo_alt",
                &[("n", &(index + 1).to_string()), ("name", w.creator)],
            )
        } else {
            item.caption.clone()
        };
        html.open("figure", &[]);
        let linked = crate::web::escape::safe_href(&item.link);
        if let Some(href) = linked {
            html.open("a", &[("href", href)]);
        }
        photo(html, w, &item.media, &alt);
        if linked.is_some() {
            html.close("a");
        }
        if captions {
            html.element("figcaption", &[("class", "small")], &item.caption);
        }
        html.close("figure");
    }
    html.close("div");
    if !gallery.palette.is_empty() {
        html.open("div", &[("class", "palette")]);
        html.element(
            "p",
            &[("class", "eyebrow")],
            html.lang.tr("aesthetics.palette"),
        );
        for colour in &gallery.palette {
            let code = colour.to_hex();
            html.open("figure", &[("class", "swatch")]);
            html.open(
                "svg",
                &[
                    ("viewBox", "0 0 72 48"),
                    ("width", "72"),
                    ("height", "48"),
                    ("aria-hidden", "true"),
                ],
            );
            html.open(
                "rect",
                &[
                    ("width", "72"),
                    ("height", "48"),
                    ("rx", "4"),
                    ("fill", &hex(*colour)),
                ],
            );
            html.close("rect");
            html.close("svg");
            html.element("figcaption", &[("class", "small")], &code);
            html.close("figure");
        }
        html.close("div");
    }
    close_section(html);
}
