//! Rates: up to three packages side by side on wide screens (the middle of three
//! highlighted), or "rates on request" with the email to write to; the card's notes.

use super::{close_section, open_section};
use crate::kit::content::{OnRequest, RatesContent};
use crate::model::Section;
use crate::web::html::Html;

/// The section.
pub(super) fn write(html: &mut Html, rates: &RatesContent) {
    open_section(html, Section::Rates, &rates.title);
    if let Some(on_request) = &rates.on_request {
        on_request_html(html, on_request);
    } else {
        let class = format!("packages n{}", rates.packages.len());
        html.open("div", &[("class", &class)]);
        let featured = rates.packages.len() == 3;
        for (index, package) in rates.packages.iter().enumerate() {
            let class = if featured && index == 1 {
                "package featured"
            } else {
                "package"
            };
            html.open("article", &[("class", class)]);
            html.element("h3", &[], &package.name);
            html.element("p", &[("class", "price")], &package.price);
            if !package.deliverables.is_empty() {
                html.open("ul", &[("class", "bullets")]);
                for item in &package.deliverables {
                    html.element("li", &[], item);
                }
                html.close("ul");
            }
            html.element("p", &[("class", "small")], &package.terms);
            html.close("article");
        }
        html.close("div");
    }
    html.element("p", &[("class", "note")], &rates.notes);
    close_section(html);
}

/// "Rates on request" and the invitation, its email address a link.
fn on_request_html(html: &mut Html, on_request: &OnRequest) {
    html.open("div", &[("class", "on-request")]);
    let heading = html.lang.tr("rates.on_request");
    html.element("h3", &[], heading);
    let address = on_request.mailto.strip_prefix("mailto:").unwrap_or("");
    match on_request.invitation.split_once(address) {
        Some((before, after)) if !address.is_empty() => {
            html.open("p", &[("class", "lead")]);
            html.text(before);
            html.link(&on_request.mailto, "", address);
            html.text(after);
            html.close("p");
        }
        _ => html.element("p", &[("class", "lead")], &on_request.invitation),
    }
    html.close("div");
}
