//! How I compare: one row per platform — name and tier, the bullet graph of the
//! creator's rate against the like-for-like benchmark, the value and the difference,
//! and the caption naming the formula, tier, source and year.

use super::{Writer, close_section, open_section};
use crate::kit::content::{CompareBody, CompareContent, CompareRow};
use crate::model::Section;
use crate::web::html::Html;
use crate::web::svg::{self, ChartSize};

/// The section.
pub(super) fn write(html: &mut Html, w: &mut Writer, compare: &CompareContent) {
    open_section(html, Section::Compare, &compare.title);
    html.open("div", &[("class", "compare")]);
    for row in &compare.rows {
        row_html(html, w, row);
    }
    html.close("div");
    html.element("p", &[("class", "note")], &compare.note);
    close_section(html);
}

fn row_html(html: &mut Html, w: &mut Writer, row: &CompareRow) {
    html.open("div", &[("class", "compare-row")]);
    html.open("div", &[]);
    html.open("p", &[]);
    html.element("strong", &[], &row.platform);
    html.close("p");
    html.element("p", &[("class", "small")], &row.tier);
    html.close("div");
    match &row.body {
        CompareBody::Compared {
            chart,
            value,
            versus,
            caption,
            ..
        } => {
            html.open("div", &[]);
            if let Some(spec) = chart {
                let label = format!("{}: my rate against the benchmark", row.platform);
                svg::chart(
                    html,
                    w.theme,
                    spec,
                    ChartSize::responsive(118.7, 7.0, 7.0),
                    &label,
                );
            }
            html.close("div");
            html.open("div", &[]);
            html.element("p", &[("class", "compare-value")], value);
            html.element("p", &[("class", "small")], versus);
            html.close("div");
            html.element("p", &[("class", "caption")], caption);
        }
        CompareBody::NoBenchmark(reason) => {
            html.element("p", &[("class", "caption")], reason);
        }
    }
    html.close("div");
}
