//! Contact: email (a mailto link), website and every profile as links in columns 1–8;
//! a QR code for each of the two main profiles in columns 9–12 with its short URL.

use super::{draw_mark, heading};
use crate::kit::content::{ContactContent, ContactLink, QrLink};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::qr::qr_shapes;
use crate::kit::text::Align;
use crate::model::{Rgb, Section};

/// The section's components.
pub fn build(kit: &Kit, contact: &ContactContent) -> Vec<Component> {
    let mut c = Component::new(0.0);
    let links_bottom = links_ui(&mut c, kit, &contact.invitation, &contact.links);
    let codes_bottom = qr_codes_ui(&mut c, kit, &contact.qr_codes);
    c.extend_to(links_bottom.max(codes_bottom));
    vec![heading(kit, Section::Contact, &contact.title), c]
}

/// The invitation and one line per link in columns 1–8; returns the bottom (mm).
fn links_ui(c: &mut Component, kit: &Kit, invitation: &str, links: &[ContactLink]) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(1, 8);
    let mut y = 0.0;
    y += c.text(invitation, &scale.lead, x, y, w, Align::Left, 2) + rhythm(2.0);
    for link in links {
        let mark = 6.0;
        match &link.kind {
            Some(kind) => draw_mark(c, kit, kind, x, y, mark),
            None => c.rect(
                RectMm::new(x + 2.2, y + 2.2, 1.6, 1.6),
                kit.theme.colours.accent_fill,
                0.8,
            ),
        }
        let line_y = y + (mark - scale.body_bold.leading_mm()) / 2.0;
        let h = c.text(
            &link.label,
            &scale.body_bold,
            x + mark + 3.0,
            line_y,
            w - mark - 3.0,
            Align::Left,
            1,
        );
        if !link.url.is_empty() {
            c.link(RectMm::new(x, y, w, mark.max(h)), &link.url);
        }
        y += mark + 2.5;
    }
    y
}

/// A QR code for each profile in columns 9–12, each with its platform and short URL
/// under it; returns the bottom (mm).
fn qr_codes_ui(c: &mut Component, kit: &Kit, codes: &[QrLink]) -> f32 {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let (qx, qw) = grid::cols(9, 12);
    let size = (qw - grid::GUTTER_MM) / 2.0;
    let mut qy: f32 = 0.0;
    let dark = Rgb([0x16, 0x18, 0x1D]);
    let light = if kit.theme.dark {
        Some(Rgb([255, 255, 255]))
    } else {
        None
    };
    for (index, code) in codes.iter().enumerate() {
        let x = qx + index as f32 * (size + grid::GUTTER_MM);
        let frame = RectMm::new(x, 0.0, size, size);
        let qr_dark = if kit.theme.dark { dark } else { colours.text };
        if let Some(blocks) = qr_shapes(&code.url, frame, qr_dark, light, kit.lang.is_rtl()) {
            c.extend_blocks(blocks);
            c.link(frame, &code.url);
            let mut below = size + 1.0;
            below += c.text(
                &code.platform,
                &scale.caption.with_color(colours.text),
                x,
                below,
                size,
                Align::Left,
                1,
            );
            below += c.text(&code.short, &scale.caption, x, below, size, Align::Left, 3);
            qy = qy.max(below);
        }
    }
    qy
}
