//! Collaborations: sponsored against organic engagement as tiles, each campaign in
//! full (brand, what was delivered, results, the brand's words), the rest as a list.

use super::{close_section, open_section, tiles};
use crate::kit::content::{Campaign, CollabsContent};
use crate::model::Section;
use crate::web::html::Html;

/// The section.
pub(super) fn write(html: &mut Html, collabs: &CollabsContent) {
    open_section(html, Section::Collaborations, &collabs.title);
    tiles(html, &collabs.tiles, true);
    for campaign in &collabs.campaigns {
        campaign_html(html, campaign);
    }
    if !collabs.others.is_empty() {
        html.element("p", &[("class", "eyebrow")], html.lang.tr("collabs.also"));
        html.open("ul", &[("class", "others")]);
        for line in &collabs.others {
            html.open("li", &[]);
            html.open("strong", &[]);
            html.link(&line.link, "", &line.brand);
            html.close("strong");
            html.element("p", &[("class", "small")], &line.meta);
            html.close("li");
        }
        html.close("ul");
    }
    close_section(html);
}

fn campaign_html(html: &mut Html, campaign: &Campaign) {
    html.open("article", &[("class", "campaign")]);
    html.open("div", &[]);
    html.open("h3", &[]);
    html.link(&campaign.link, "", &campaign.brand);
    html.close("h3");
    html.element("p", &[("class", "small")], &campaign.meta);
    html.element("p", &[("class", "deliverables")], &campaign.deliverables);
    html.close("div");
    html.open("div", &[]);
    if !campaign.results.is_empty() {
        html.open("dl", &[("class", "results")]);
        for figure in &campaign.results {
            html.open("div", &[]);
            html.element("dt", &[("class", "small")], &figure.label);
            html.element("dd", &[("class", "num")], &figure.value);
            html.close("div");
        }
        html.close("dl");
    }
    if let Some(quote) = &campaign.testimonial {
        html.open("figure", &[("class", "quote")]);
        html.open("blockquote", &[]);
        html.element("p", &[("class", "lead")], &quote.text);
        html.close("blockquote");
        html.element("figcaption", &[("class", "small")], &quote.who);
        html.close("figure");
    }
    html.close("div");
    html.close("article");
}
