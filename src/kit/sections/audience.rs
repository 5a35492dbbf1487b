//! Audience & engagement: a tile per platform (followers, tier, engagement with its
//! formula, average views, posting frequency, reply rate), then demographics: age
//! columns, the gender split and top countries.

use super::{chart_colours, chart_title, heading, place_chart};
use crate::analytics::{PlatformReport, PostGroup, select_window};
use crate::format;
use crate::kit::chart::{ChartSpec, DataPoint};
use crate::kit::chart_build::{self, AxisStyle, ChartLook};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::Section;
use crate::model::{Audience, Platform};

/// The Audience section's components.
pub fn build(kit: &Kit) -> Vec<Component> {
    let mut out = Vec::new();
    let pairs: Vec<(&Platform, &PlatformReport)> = kit
        .project
        .platforms
        .iter()
        .zip(kit.report.platforms.iter())
        .collect();
    for (row_index, row) in pairs.chunks(4).enumerate() {
        out.push(platform_row(
            kit,
            row,
            if row_index == 0 { 0.0 } else { rhythm(2.0) },
        ));
    }
    if !pairs.is_empty() {
        out.push(formula_note(kit));
    }
    if let Some(audience) = main_audience(kit) {
        out.extend(demographics(kit, audience));
    }
    if out.is_empty() {
        return out;
    }
    let total: u64 = kit
        .project
        .platforms
        .iter()
        .map(|p| p.followers)
        .fold(0, u64::saturating_add);
    let title = if total > 0 {
        format!("{} people follow along", format::count(total))
    } else {
        "Who follows along".to_owned()
    };
    out.insert(0, heading(kit, Section::Audience, &title));
    out
}

fn main_audience<'a>(kit: &Kit<'a>) -> Option<&'a Audience> {
    let audiences = &kit.project.audiences;
    let has_data =
        |a: &&Audience| !a.ages.is_empty() || !a.genders.is_empty() || !a.countries.is_empty();
    audiences
        .iter()
        .filter(has_data)
        .find(|a| a.platform.is_none())
        .or_else(|| audiences.iter().find(has_data))
}

fn average_views(platform: &Platform, kit: &Kit) -> Option<u64> {
    let newest = platform.posts.iter().map(|p| p.date).max();
    let as_of = newest.map_or(platform.posts_provenance.as_of, |n| {
        n.max(platform.posts_provenance.as_of)
    });
    let window = select_window(&platform.posts, kit.project.analytics.window, Some(as_of));
    let views: Vec<u64> = window.posts.iter().filter_map(|p| p.views).collect();
    if views.is_empty() {
        return None;
    }
    let sum: u128 = views.iter().map(|&v| u128::from(v)).sum();
    u64::try_from(sum / views.len() as u128).ok()
}

/// A platform tile's text: label, follower count, audience word, facts (key, value).
type PlatformTile = (String, String, String, Vec<(String, String)>);

/// One row of up to four platform tiles.
fn platform_row(kit: &Kit, row: &[(&Platform, &PlatformReport)], gap: f32) -> Component {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut c = Component::new(gap);
    let k = (row.len() as f32).max(3.0);
    let tile_w = (grid::LIVE_WIDTH_MM - grid::GUTTER_MM * (k - 1.0)) / k;
    let pad = 4.0;
    let inner = tile_w - 2.0 * pad;
    let method = kit.report.lead_method;
    let mut tiles: Vec<PlatformTile> = Vec::new();
    for (platform, report) in row {
        let mut facts = Vec::new();
        if let Some(rate) = report
            .stats(method, PostGroup::All)
            .and_then(|s| s.average.value())
        {
            facts.push(("Engagement".to_owned(), format::percent(rate.percent())));
        }
        if let Some(views) = average_views(platform, kit) {
            facts.push(("Avg views".to_owned(), format::count(views)));
        }
        if let Some(freq) = report.posting_frequency.value() {
            facts.push((
                "Posts a week".to_owned(),
                format!("{:.1}", freq.posts_per_week),
            ));
        }
        if let Some(reply) = report.reply_rate.value() {
            facts.push(("Reply rate".to_owned(), format::percent(reply.percent)));
        }
        let label = format!("{} · {}", platform.kind.label(), report.tier.label());
        let word = platform.kind.audience_word().to_owned();
        tiles.push((label, format::count(platform.followers), word, facts));
    }
    let value_style = scale.tile_value;
    let facts_max = tiles.iter().map(|t| t.3.len()).max().unwrap_or(0) as f32;
    let height = pad
        + scale.eyebrow.leading_mm() * 2.0
        + 1.0
        + value_style.leading_mm()
        + scale.caption.leading_mm()
        + 2.0
        + facts_max * scale.caption.leading_mm()
        + pad;
    for (index, (label, value, word, facts)) in tiles.iter().enumerate() {
        let x = index as f32 * (tile_w + grid::GUTTER_MM);
        match colours.surface {
            Some(fill) => c.rect(RectMm::new(x, 0.0, tile_w, height), fill, 1.5),
            None => c.rect(RectMm::new(x, 0.0, tile_w, 0.53), colours.accent_fill, 0.0),
        }
        let mut y = pad;
        c.text(label, &scale.eyebrow, x + pad, y, inner, Align::Left, 2);
        y += scale.eyebrow.leading_mm() * 2.0 + 1.0;
        y += c.text(value, &value_style, x + pad, y, inner, Align::Left, 1);
        y += c.text(word, &scale.caption, x + pad, y, inner, Align::Left, 1) + 2.0;
        for (key, fact) in facts {
            let value_w = text::width_mm(fact, &scale.caption) + 0.5;
            let key_w = (inner - value_w - 1.0).max(1.0);
            c.text(key, &scale.caption, x + pad, y, key_w, Align::Left, 1);
            let bold = scale
                .caption
                .in_face(kit.theme.faces.numbers)
                .with_color(colours.text);
            let w = text::width_mm(fact, &bold) + 0.5;
            y += c.text(fact, &bold, x + pad + inner - w, y, w, Align::Right, 1);
        }
    }
    c.extend_to(height);
    c
}

fn formula_note(kit: &Kit) -> Component {
    let mut c = Component::new(1.5);
    let report = &kit.report;
    let note = format!(
        "Engagement: average per post over the {}, {} (per-follower and per-view rates are never compared). Avg views: mean of posts with views entered.",
        report.window_description,
        report.lead_method.formula()
    );
    c.text(
        &note,
        &kit.theme.scale.footnote,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        3,
    );
    c
}

/// The kit's look for the demographics: axes from zero up to the largest share times
/// `headroom`, no gridlines.
fn look(kit: &Kit, headroom: f64) -> ChartLook {
    ChartLook::new(chart_colours(kit), kit.theme.scale.caption)
        .with_line_width_pt(2.0 + kit.theme.data_line_extra_pt)
        .with_axis(AxisStyle::FromZero { headroom })
}

fn first_point(spec: &ChartSpec) -> Option<&DataPoint> {
    spec.series.first().and_then(|s| s.points.first())
}

fn demographics(kit: &Kit, audience: &Audience) -> Vec<Component> {
    let mut c = charts(kit, audience, 52.0, 5.6);
    // A shorter version (age columns 40 mm, country bars closer) for when it keeps
    // the demographics on the page of the platform tiles.
    c.compact = Some(Box::new(charts(kit, audience, 40.0, 4.6)));
    // The note on where the figures came from stays with its charts.
    c.keep_with_next = true;
    let mut note = Component::new(1.5);
    note.text(
        &format!("Audience figures: {}.", audience.provenance.describe()),
        &kit.theme.scale.footnote,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        2,
    );
    vec![c, note]
}

/// Age columns `age_h_mm` tall on the left; gender split and top countries (one bar
/// per `row_mm`) on the right.
fn charts(kit: &Kit, audience: &Audience, age_h_mm: f32, row_mm: f32) -> Component {
    let mut c = Component::new(rhythm(4.0));
    let (lx, lw) = grid::cols(1, 6);
    let (rx, rw) = grid::cols(7, 12);
    let mut left = 0.0;
    if let Some(spec) = chart_build::ages(&look(kit, 1.1), &audience.ages) {
        let top = spec
            .series
            .first()
            .and_then(|s| s.points.iter().max_by(|a, b| a.value.total_cmp(&b.value)))
            .map(|p| p.label.clone())
            .unwrap_or_default();
        left += chart_title(
            &mut c,
            kit,
            &format!("Most of my audience is {top}"),
            "Share of audience by age",
            lx,
            left,
            lw,
        );
        let rect = RectMm::new(lx, left, lw, age_h_mm);
        place_chart(&mut c, &spec, rect);
        left = rect.bottom_mm();
    }
    let mut right = 0.0;
    if let Some(spec) = chart_build::genders(&look(kit, 1.0), &audience.genders) {
        let lead = first_point(&spec)
            .map(|p| format!("{} {}", p.value_label, p.label.to_lowercase()))
            .unwrap_or_default();
        right += chart_title(&mut c, kit, &lead, "Audience by gender", rx, right, rw);
        let rect = RectMm::new(rx, right, rw, 12.0);
        place_chart(&mut c, &spec, rect);
        right = rect.bottom_mm() + rhythm(2.0);
    }
    if let Some(spec) = chart_build::countries(&look(kit, 1.0), &audience.countries) {
        let top = first_point(&spec)
            .map(|p| p.label.clone())
            .unwrap_or_default();
        right += chart_title(
            &mut c,
            kit,
            &format!("Top country: {top}"),
            "Share of audience by country",
            rx,
            right,
            rw,
        );
        let rows = spec.series.first().map_or(0, |s| s.points.len());
        let rect = RectMm::new(rx, right, rw, rows as f32 * row_mm);
        place_chart(&mut c, &spec, rect);
        right = rect.bottom_mm();
    }
    c.extend_to(left.max(right));
    c
}
