//! One writer per kit section, from the same [content](crate::kit::content) the PDF
//! places, plus the pieces they share: section headings, stat tiles, photos and
//! charts as figures.

mod about;
mod audience;
mod collabs;
mod compare;
mod contact;
mod cover;
mod gallery;
mod growth;
mod notes;
mod rates;

use super::html::Html;
use super::images::Photos;
use super::svg::{self, ChartSize};
use crate::kit::content::{SectionContent, Tile, TitledChart};
use crate::kit::theme::ThemeTokens;
use crate::model::{MediaRef, Section};

pub use cover::masthead;

/// What the section writers share: the theme, the photos and the step they are
/// encoded at, and what the creator should be told.
pub struct Writer<'a, 'p> {
    /// Colours and faces.
    pub theme: &'a ThemeTokens,
    /// The project's photos, decoded once.
    pub photos: &'a mut Photos<'p>,
    /// Long edge and JPEG quality of the photos.
    pub step: (u32, u8),
    /// The creator's name, for alt texts.
    pub creator: &'a str,
    /// Photos that could not be shown, in words.
    pub warnings: Vec<String>,
    /// Bytes of JPEG embedded so far.
    pub photo_bytes: usize,
}

/// Writes one section.
pub fn section(html: &mut Html, w: &mut Writer, content: &SectionContent) {
    match content {
        SectionContent::Cover(c) => cover::write(html, w, c),
        SectionContent::About(c) => about::write(html, c),
        SectionContent::Audience(c) => audience::write(html, w, c),
        SectionContent::Compare(c) => compare::write(html, w, c),
        SectionContent::Growth(c) => growth::write(html, w, c),
        SectionContent::Aesthetics(c) => gallery::write(html, w, c),
        SectionContent::Collaborations(c) => collabs::write(html, c),
        SectionContent::Rates(c) => rates::write(html, c),
        SectionContent::Contact(c) => contact::write(html, w, c),
        SectionContent::Notes(c) => notes::write(html, c),
    }
}

/// The `id` of a section's element.
pub fn section_id(section: Section) -> &'static str {
    match section {
        Section::Cover => "cover",
        Section::About => "about",
        Section::Audience => "audience",
        Section::Compare => "compare",
        Section::Growth => "growth",
        Section::Aesthetics => "aesthetics",
        Section::Collaborations => "collaborations",
        Section::Rates => "rates",
        Section::Contact => "contact",
        Section::Notes => "notes",
    }
}

/// Opens a section with its heading: an accent rule, the section's name as an
/// eyebrow and `title` as its `h2`. Close with [`close_section`].
fn open_section(html: &mut Html, section: Section, title: &str) {
    let id = section_id(section);
    let heading_id = format!("{id}-title");
    html.open(
        "section",
        &[
            ("class", "section"),
            ("id", id),
            ("aria-labelledby", &heading_id),
        ],
    );
    html.open("div", &[("class", "wrap")]);
    html.open("header", &[("class", "section-head")]);
    let eyebrow = html.lang.section(section);
    html.element("p", &[("class", "eyebrow")], eyebrow);
    html.element("h2", &[("id", &heading_id)], title);
    html.close("header");
}

fn close_section(html: &mut Html) {
    html.close("div");
    html.close("section");
}

/// A row of stat tiles: label, value, context; `wide` tiles take a whole phone's
/// width (long values), the others two to a row there.
fn tiles(html: &mut Html, tiles: &[Tile], wide: bool) {
    if tiles.is_empty() {
        return;
    }
    html.open(
        "ul",
        &[("class", if wide { "tiles wide" } else { "tiles" })],
    );
    for tile in tiles {
        html.open("li", &[("class", "tile")]);
        html.element("p", &[("class", "eyebrow")], &tile.label);
        html.element("p", &[("class", "tile-value")], &tile.value);
        html.element("p", &[("class", "small")], &tile.context);
        html.close("li");
    }
    html.close("ul");
}

/// A photo as an `<img>` with `alt`; a neutral box when it cannot be shown (and a
/// warning). Returns whether the photo was placed.
fn photo(html: &mut Html, w: &mut Writer, media: &MediaRef, alt: &str) -> bool {
    match w.photos.encoded(&media.file, w.step) {
        Ok(encoded) => {
            w.photo_bytes += encoded.jpeg.len();
            html.jpeg_image(&encoded.jpeg, alt, encoded.width_px, encoded.height_px);
            true
        }
        Err(why) => {
            w.warnings
                .push(format!("A photo was left out of the web page: {why}."));
            html.open(
                "div",
                &[("class", "missing"), ("role", "img"), ("aria-label", alt)],
            );
            html.close("div");
            false
        }
    }
}

/// A chart with its title (`h3`) and subtitle as a figure.
fn chart_figure(html: &mut Html, w: &Writer, chart: &TitledChart, size: ChartSize) {
    html.open("figure", &[("class", "chart")]);
    html.open("figcaption", &[]);
    html.element("h3", &[], &chart.title);
    html.element("p", &[("class", "small")], &chart.subtitle);
    html.close("figcaption");
    svg::chart(html, w.theme, &chart.spec, size, &chart.subtitle);
    html.close("figure");
}
