//! Contact: email (a mailto link), website and every profile as links in columns 1–8;
//! a QR code for each of the two main profiles in columns 9–12 with its short URL.

use super::{address_label, draw_mark, heading, mail_url, profile_url, short_url, web_url};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::qr::qr_shapes;
use crate::kit::text::{self, Align};
use crate::model::{PlatformKind, Rgb, Section};

/// One way to get in touch: the platform (none for email and website), the label
/// printed, and the link (empty when the address is not one).
type ContactLink<'a> = (Option<&'a PlatformKind>, String, String);

/// The section's components: none when there is no way to get in touch.
pub fn build(kit: &Kit) -> Vec<Component> {
    let links = contact_links(kit);
    if links.is_empty() {
        return Vec::new();
    }
    let mut c = Component::new(0.0);
    let links_bottom = links_ui(&mut c, kit, &links);
    let codes_bottom = qr_codes_ui(&mut c, kit);
    c.extend_to(links_bottom.max(codes_bottom));
    vec![heading(kit, Section::Contact, "Let’s talk"), c]
}

/// Email, website and every platform with a profile link or handle, in that order.
fn contact_links<'a>(kit: &Kit<'a>) -> Vec<ContactLink<'a>> {
    let creator = &kit.project.creator;
    let mut links: Vec<ContactLink<'a>> = Vec::new();
    if !creator.email.trim().is_empty() {
        links.push((
            None,
            creator.email.trim().to_owned(),
            mail_url(&creator.email),
        ));
    }
    if !creator.website.trim().is_empty() {
        links.push((
            None,
            address_label(&creator.website),
            web_url(&creator.website),
        ));
    }
    for platform in &kit.project.platforms {
        let url = profile_url(platform);
        let handle = platform.handle.trim();
        let typed = platform.profile_url.trim();
        if url.is_empty() && handle.is_empty() && typed.is_empty() {
            continue;
        }
        let label = if handle.is_empty() {
            address_label(if url.is_empty() { typed } else { url.as_str() })
        } else {
            format!("{} {handle}", platform.kind.label())
        };
        links.push((Some(&platform.kind), label, url));
    }
    links
}

/// The invitation and one line per link in columns 1–8; returns the bottom (mm).
fn links_ui(c: &mut Component, kit: &Kit, links: &[ContactLink<'_>]) -> f32 {
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(1, 8);
    let mut y = 0.0;
    let first = kit
        .project
        .creator
        .display_name
        .split_whitespace()
        .next()
        .unwrap_or("");
    let invite = format!(
        "Let’s make something together{}",
        if first.is_empty() {
            String::new()
        } else {
            format!(" — {}", text::smarten(first))
        }
    );
    y += c.text(&invite, &scale.lead, x, y, w, Align::Left, 2) + rhythm(2.0);
    for (kind, label, url) in links {
        let mark = 6.0;
        match kind {
            Some(kind) => draw_mark(c, kit, kind, x, y, mark),
            None => c.rect(
                RectMm::new(x + 2.2, y + 2.2, 1.6, 1.6),
                kit.theme.colours.accent_fill,
                0.8,
            ),
        }
        let line_y = y + (mark - scale.body_bold.leading_mm()) / 2.0;
        let h = c.text(
            label,
            &scale.body_bold,
            x + mark + 3.0,
            line_y,
            w - mark - 3.0,
            Align::Left,
            1,
        );
        if !url.is_empty() {
            c.link(RectMm::new(x, y, w, mark.max(h)), url);
        }
        y += mark + 2.5;
    }
    y
}

/// A QR code for each of the two largest profiles in columns 9–12, each with its
/// platform and short URL under it; returns the bottom (mm).
fn qr_codes_ui(c: &mut Component, kit: &Kit) -> f32 {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut main: Vec<_> = kit
        .project
        .platforms
        .iter()
        .filter(|p| !profile_url(p).is_empty())
        .collect();
    main.sort_by_key(|p| std::cmp::Reverse(p.followers));
    let (qx, qw) = grid::cols(9, 12);
    let size = (qw - grid::GUTTER_MM) / 2.0;
    let mut qy: f32 = 0.0;
    let dark = Rgb([0x16, 0x18, 0x1D]);
    let light = if kit.theme.dark {
        Some(Rgb([255, 255, 255]))
    } else {
        None
    };
    for (index, platform) in main.iter().take(2).enumerate() {
        let url = profile_url(platform);
        let x = qx + index as f32 * (size + grid::GUTTER_MM);
        let frame = RectMm::new(x, 0.0, size, size);
        let qr_dark = if kit.theme.dark { dark } else { colours.text };
        if let Some(blocks) = qr_shapes(&url, frame, qr_dark, light) {
            c.extend_blocks(blocks);
            c.link(frame, &url);
            let mut below = size + 1.0;
            below += c.text(
                platform.kind.label(),
                &scale.caption.with_color(colours.text),
                x,
                below,
                size,
                Align::Left,
                1,
            );
            below += c.text(
                &short_url(&url),
                &scale.caption,
                x,
                below,
                size,
                Align::Left,
                3,
            );
            qy = qy.max(below);
        }
    }
    qy
}
