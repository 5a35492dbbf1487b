//! The cover as the page's header: portrait and identity side by side on wide
//! screens (stacked on a phone), the name as the page's one `h1`, headline figures,
//! highlights, profiles and the contact line. Without a cover, a masthead keeps the
//! name as the `h1`.

use super::{Writer, photo, tiles};
use crate::kit::content::{CoverContent, platform_mark};
use crate::kit::lang::Language;
use crate::web::html::Html;

/// The name as the page's heading (a fallback when the name is empty).
fn name_or_default(lang: Language, name: &str) -> &str {
    if name.trim().is_empty() {
        lang.tr("title.no_name")
    } else {
        name
    }
}

/// The header of a page without a cover: "Media kit" and the name.
pub fn masthead(html: &mut Html, name: &str) {
    html.open("header", &[("class", "masthead")]);
    html.open("div", &[("class", "wrap")]);
    let lang = html.lang;
    html.element(
        "p",
        &[("class", "eyebrow accent")],
        lang.tr("title.no_name"),
    );
    html.element("h1", &[], name_or_default(lang, name));
    html.close("div");
    html.close("header");
}

/// The cover.
pub(super) fn write(html: &mut Html, w: &mut Writer, cover: &CoverContent) {
    html.open("header", &[("class", "cover"), ("id", "cover")]);
    html.open("div", &[("class", "wrap")]);
    html.open("div", &[("class", "cover-grid")]);
    portrait(html, w, cover);
    identity(html, cover);
    html.close("div");
    tiles(html, &cover.tiles, false);
    highlights_and_profiles(html, cover);
    if !cover.contacts.is_empty() {
        html.open("p", &[("class", "contact-line")]);
        for contact in &cover.contacts {
            html.link(&contact.url, "", &contact.label);
        }
        html.close("p");
    }
    html.close("div");
    html.close("header");
}

fn portrait(html: &mut Html, w: &mut Writer, cover: &CoverContent) {
    let alt = if cover.portrait_caption.is_empty() {
        html.lang.trf("web.portrait_alt", &[("name", &cover.name)])
    } else {
        cover.portrait_caption.clone()
    };
    let placed = cover.portrait.as_ref().is_some_and(|media| {
        html.open("figure", &[("class", "portrait")]);
        let placed = photo(html, w, media, &alt);
        html.close("figure");
        placed
    });
    if !placed && cover.portrait.is_none() {
        html.element(
            "div",
            &[("class", "initials"), ("aria-hidden", "true")],
            &cover.initials,
        );
    }
}

fn identity(html: &mut Html, cover: &CoverContent) {
    html.open("div", &[("class", "identity")]);
    html.element("p", &[("class", "prepared-for")], &cover.prepared_for);
    html.element("p", &[("class", "eyebrow")], &cover.niche);
    html.element("h1", &[], name_or_default(html.lang, &cover.name));
    html.element("p", &[("class", "lead")], &cover.tagline);
    html.element("p", &[("class", "handle")], &cover.handle);
    html.element("p", &[("class", "small")], &cover.location);
    html.close("div");
}

fn highlights_and_profiles(html: &mut Html, cover: &CoverContent) {
    if cover.highlights.is_empty() && cover.profiles.is_empty() {
        return;
    }
    html.open("div", &[("class", "cover-more")]);
    html.open("div", &[]);
    if !cover.highlights.is_empty() {
        html.element(
            "p",
            &[("class", "eyebrow")],
            html.lang.tr("cover.highlights"),
        );
        html.open("ul", &[("class", "bullets")]);
        for insight in &cover.highlights {
            html.element("li", &[], insight);
        }
        html.close("ul");
    }
    html.close("div");
    html.open("div", &[]);
    if !cover.profiles.is_empty() {
        html.element("p", &[("class", "eyebrow")], html.lang.tr("cover.find_me"));
        html.open("ul", &[("class", "profiles")]);
        for profile in &cover.profiles {
            html.open("li", &[]);
            html.element(
                "span",
                &[("class", "mark"), ("aria-hidden", "true")],
                &platform_mark(&profile.kind),
            );
            let label = html.lang.trf(
                "web.profile_on",
                &[
                    ("handle", &profile.label),
                    ("platform", profile.kind.label()),
                ],
            );
            let shown = if profile.label == profile.kind.label() {
                profile.label.clone()
            } else {
                label
            };
            html.link(&profile.url, "", &shown);
            html.close("li");
        }
        html.close("ul");
    }
    html.close("div");
    html.close("div");
}
