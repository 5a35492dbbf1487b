//! Audience: a tile per platform (followers, tier, engagement, average views, posts a
//! week, reply rate) with the formula note, then the demographics charts: age on one
//! side, gender and countries on the other (stacked on a phone).

use super::{Writer, chart_figure, close_section, open_section, tiles};
use crate::kit::content::{AudienceContent, Demographics, PlatformTile};
use crate::model::Section;
use crate::web::html::Html;
use crate::web::svg::ChartSize;

/// The Audience section.
pub(super) fn write(html: &mut Html, w: &mut Writer, audience: &AudienceContent) {
    open_section(html, Section::Audience, &audience.title);
    if !audience.platforms.is_empty() {
        html.open("ul", &[("class", "tiles wide")]);
        for tile in &audience.platforms {
            platform_tile(html, tile);
        }
        html.close("ul");
    }
    if let Some(note) = &audience.formula_note {
        html.element("p", &[("class", "note")], note);
    }
    if let Some(demographics) = &audience.demographics {
        charts(html, w, demographics);
    }
    if let Some(fit) = &audience.fit {
        html.open("div", &[("class", "fit")]);
        html.element("h3", &[], &fit.title);
        html.element("p", &[("class", "small")], &fit.subtitle);
        tiles(html, &fit.tiles, false);
        html.element("p", &[("class", "note")], &fit.note);
        html.close("div");
    }
    close_section(html);
}

fn platform_tile(html: &mut Html, tile: &PlatformTile) {
    html.open("li", &[("class", "tile")]);
    html.element("p", &[("class", "eyebrow")], &tile.label);
    html.element("p", &[("class", "tile-value")], &tile.value);
    html.element("p", &[("class", "small")], &tile.word);
    if !tile.facts.is_empty() {
        html.open("dl", &[("class", "facts")]);
        for (key, value) in &tile.facts {
            html.open("div", &[]);
            html.element("dt", &[], key);
            html.element("dd", &[], value);
            html.close("div");
        }
        html.close("dl");
    }
    html.close("li");
}

fn charts(html: &mut Html, w: &mut Writer, demographics: &Demographics) {
    html.open("div", &[("class", "charts")]);
    if let Some(ages) = &demographics.ages {
        chart_figure(html, w, ages, ChartSize::responsive(88.0, 52.0, 48.0));
    }
    if demographics.genders.is_some() || demographics.countries.is_some() {
        html.open("div", &[("class", "chart-stack")]);
        if let Some(genders) = &demographics.genders {
            chart_figure(html, w, genders, ChartSize::responsive(88.0, 12.0, 14.0));
        }
        if let Some(countries) = &demographics.countries {
            let rows = countries.spec.series.first().map_or(0, |s| s.points.len()) as f32;
            let size = ChartSize::responsive(88.0, rows * 6.0, rows * 6.0);
            chart_figure(html, w, countries, size);
        }
        html.close("div");
    }
    html.close("div");
    html.element("p", &[("class", "note")], &demographics.note);
}
