//! Growth: the largest platform's follower line across the page, the others two to a
//! row (one on a phone), each titled with its change.

use super::{Writer, close_section, open_section};
use crate::kit::chart::ChartSpec;
use crate::kit::content::{GrowthChart, GrowthContent};
use crate::model::Section;
use crate::web::html::Html;
use crate::web::svg::{self, ChartSize};

/// The section.
pub(super) fn write(html: &mut Html, w: &mut Writer, growth: &GrowthContent) {
    open_section(html, Section::Growth, &growth.title);
    let mut charts = growth.charts.iter();
    if let Some(main) = charts.next() {
        figure(
            html,
            w,
            main,
            &main.spec,
            ChartSize::responsive(180.0, 58.0, 46.0),
        );
    }
    let others: Vec<&GrowthChart> = charts.collect();
    if !others.is_empty() {
        html.open("div", &[("class", "growth-more")]);
        for chart in others {
            figure(
                html,
                w,
                chart,
                &chart.spec_small,
                ChartSize::responsive(88.0, 40.0, 40.0),
            );
        }
        html.close("div");
    }
    close_section(html);
}

fn figure(html: &mut Html, w: &mut Writer, chart: &GrowthChart, spec: &ChartSpec, size: ChartSize) {
    html.open("figure", &[("class", "chart")]);
    html.open("figcaption", &[]);
    html.element("h3", &[], &chart.title);
    html.element("p", &[("class", "small")], &chart.subtitle);
    html.close("figcaption");
    svg::chart(html, w.theme, spec, size, &chart.subtitle);
    html.close("figure");
}
