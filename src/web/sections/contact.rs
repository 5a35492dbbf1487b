//! Contact: the invitation and every way to get in touch as links (email, website,
//! profiles with their marks), and a QR code for each of the two largest profiles.

use super::{Writer, close_section, open_section};
use crate::kit::content::{ContactContent, QrLink, platform_mark};
use crate::kit::page::RectMm;
use crate::kit::qr::qr_shapes;
use crate::model::{Rgb, Section};
use crate::web::html::Html;
use crate::web::svg;

/// Side of a QR code in millimetres (quiet zone included).
const QR_MM: f32 = 30.0;

/// The section.
pub(super) fn write(html: &mut Html, w: &mut Writer, contact: &ContactContent) {
    open_section(html, Section::Contact, &contact.title);
    html.open("div", &[("class", "contact")]);
    html.open("div", &[]);
    html.element("p", &[("class", "lead")], &contact.invitation);
    html.open("ul", &[("class", "links")]);
    for link in &contact.links {
        html.open("li", &[]);
        match &link.kind {
            Some(kind) => html.element(
                "span",
                &[("class", "mark"), ("aria-hidden", "true")],
                &platform_mark(kind),
            ),
            None => {
                html.open("span", &[("class", "dot"), ("aria-hidden", "true")]);
                html.close("span");
            }
        }
        html.link(&link.url, "", &link.label);
        html.close("li");
    }
    html.close("ul");
    html.close("div");
    if !contact.qr_codes.is_empty() {
        html.open("div", &[("class", "qr-codes")]);
        for code in &contact.qr_codes {
            qr(html, w, code);
        }
        html.close("div");
    }
    html.close("div");
    close_section(html);
}

/// A QR code with its platform and short address under it; dark modules on the
/// page's text colour, on a white tile in the dark theme (as in the PDF).
fn qr(html: &mut Html, w: &Writer, code: &QrLink) {
    let colours = &w.theme.colours;
    let (dark, light) = if w.theme.dark {
        (Rgb([0x16, 0x18, 0x1D]), Some(Rgb([255, 255, 255])))
    } else {
        (colours.text, None)
    };
    let Some(blocks) = qr_shapes(
        &code.url,
        RectMm::new(0.0, 0.0, QR_MM, QR_MM),
        dark,
        light,
        false,
    ) else {
        return;
    };
    html.open("figure", &[("class", "qr")]);
    let label = format!("QR code for {}", code.short);
    svg::svg(html, w.theme, &blocks, (QR_MM, QR_MM), "qr-code", &label);
    html.open("figcaption", &[]);
    html.element("strong", &[], &code.platform);
    html.raw("<br>");
    html.link(&code.url, "", &code.short);
    html.close("figcaption");
    html.close("figure");
}
