//! Audience & engagement: a tile per platform (followers, tier, engagement with its
//! formula, average views, posting frequency, reply rate), then demographics: age
//! columns, the gender split and top countries; in a pitch's kit, the audience fit.

use super::{chart_title, heading, place_chart, tile_row};
use crate::kit::content::{AudienceContent, Demographics, FitContent, PlatformTile};
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align};
use crate::model::Section;

/// The Audience section's components.
pub fn build(kit: &Kit, audience: &AudienceContent) -> Vec<Component> {
    let mut out = vec![heading(kit, Section::Audience, &audience.title)];
    for (row_index, row) in audience.platforms.chunks(4).enumerate() {
        out.push(platform_row(
            kit,
            row,
            if row_index == 0 { 0.0 } else { rhythm(2.0) },
        ));
    }
    if let Some(note) = &audience.formula_note {
        let mut c = Component::new(1.5);
        c.text(
            note,
            &kit.theme.scale.footnote,
            0.0,
            0.0,
            grid::LIVE_WIDTH_MM,
            Align::Left,
            3,
        );
        out.push(c);
    }
    if let Some(demographics) = &audience.demographics {
        out.extend(demographics_ui(kit, demographics));
    }
    if let Some(fit) = &audience.fit {
        out.extend(fit_ui(kit, fit));
    }
    out
}

/// The audience fit: its title, a row of tiles and the formula, kept together.
fn fit_ui(kit: &Kit, fit: &FitContent) -> Vec<Component> {
    let mut title = Component::new(rhythm(4.0));
    let used = chart_title(
        &mut title,
        kit,
        &fit.title,
        &fit.subtitle,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
    );
    title.extend_to(used);
    title.keep_with_next = true;
    let mut tiles = tile_row(kit, &fit.tiles, 1, 12, rhythm(1.0));
    tiles.keep_with_next = true;
    let mut note = Component::new(1.5);
    note.text(
        &fit.note,
        &kit.theme.scale.footnote,
        0.0,
        0.0,
        grid::LIVE_WIDTH_MM,
        Align::Left,
        3,
    );
    vec![title, tiles, note]
}

/// One row of up to four platform tiles.
fn platform_row(kit: &Kit, row: &[PlatformTile], gap: f32) -> Component {
    let scale = &kit.theme.scale;
    let colours = &kit.theme.colours;
    let mut c = Component::new(gap);
    let k = (row.len() as f32).max(3.0);
    let tile_w = (grid::LIVE_WIDTH_MM - grid::GUTTER_MM * (k - 1.0)) / k;
    let pad = 4.0;
    let inner = tile_w - 2.0 * pad;
    let value_style = scale.tile_value;
    let facts_max = row.iter().map(|t| t.facts.len()).max().unwrap_or(0) as f32;
    let height = pad
        + scale.eyebrow.leading_mm() * 2.0
        + 1.0
        + value_style.leading_mm()
        + scale.caption.leading_mm()
        + 2.0
        + facts_max * scale.caption.leading_mm()
        + pad;
    for (index, tile) in row.iter().enumerate() {
        let x = index as f32 * (tile_w + grid::GUTTER_MM);
        match colours.surface {
            Some(fill) => c.rect(RectMm::new(x, 0.0, tile_w, height), fill, 1.5),
            None => c.rect(RectMm::new(x, 0.0, tile_w, 0.53), colours.accent_fill, 0.0),
        }
        let mut y = pad;
        c.text(
            &tile.label,
            &scale.eyebrow,
            x + pad,
            y,
            inner,
            Align::Left,
            2,
        );
        y += scale.eyebrow.leading_mm() * 2.0 + 1.0;
        y += c.text(&tile.value, &value_style, x + pad, y, inner, Align::Left, 1);
        y += c.text(
            &tile.word,
            &scale.caption,
            x + pad,
            y,
            inner,
            Align::Left,
            1,
        ) + 2.0;
        for (key, fact) in &tile.facts {
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

fn demographics_ui(kit: &Kit, demographics: &Demographics) -> Vec<Component> {
    let mut c = charts(kit, demographics, 52.0, 5.6);
    // A shorter version (age columns 40 mm, country bars closer) for when it keeps
    // the demographics on the page of the platform tiles.
    c.compact = Some(Box::new(charts(kit, demographics, 40.0, 4.6)));
    // The note on where the figures came from stays with its charts.
    c.keep_with_next = true;
    let mut note = Component::new(1.5);
    note.text(
        &demographics.note,
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
fn charts(kit: &Kit, demographics: &Demographics, age_h_mm: f32, row_mm: f32) -> Component {
    let mut c = Component::new(rhythm(4.0));
    let (lx, lw) = grid::cols(1, 6);
    let (rx, rw) = grid::cols(7, 12);
    let mut left = 0.0;
    if let Some(ages) = &demographics.ages {
        left += chart_title(&mut c, kit, &ages.title, &ages.subtitle, lx, left, lw);
        let rect = RectMm::new(lx, left, lw, age_h_mm);
        place_chart(&mut c, &ages.spec, rect);
        left = rect.bottom_mm();
    }
    let mut right = 0.0;
    if let Some(genders) = &demographics.genders {
        right += chart_title(
            &mut c,
            kit,
            &genders.title,
            &genders.subtitle,
            rx,
            right,
            rw,
        );
        let rect = RectMm::new(rx, right, rw, 12.0);
        place_chart(&mut c, &genders.spec, rect);
        right = rect.bottom_mm() + rhythm(2.0);
    }
    if let Some(countries) = &demographics.countries {
        right += chart_title(
            &mut c,
            kit,
            &countries.title,
            &countries.subtitle,
            rx,
            right,
            rw,
        );
        let rows = countries.spec.series.first().map_or(0, |s| s.points.len());
        let rect = RectMm::new(rx, right, rw, rows as f32 * row_mm);
        place_chart(&mut c, &countries.spec, rect);
        right = rect.bottom_mm();
    }
    c.extend_to(left.max(right));
    c
}
