//! The cover: portrait photo (4:5, taller when the page has room) in columns 1–5; niche, name, tagline and handle in
//! columns 7–12; a row of headline figures; highlights and profiles; a contact line.

use super::{Tile, address_label, draw_mark, mail_url, photo, profile_url, tile_row, web_url};
use crate::analytics::{PostGroup, Statistic};
use crate::format;
use crate::kit::flow::Component;
use crate::kit::grid::{self, rhythm};
use crate::kit::layout::Kit;
use crate::kit::page::RectMm;
use crate::kit::text::{self, Align, TextStyle};
use crate::model::Project;
use time::Duration;

/// The cover's components.
pub fn build(kit: &Kit) -> Vec<Component> {
    let mut top = Component::new(0.0);
    top.page_break_before = true;
    let right_bottom = identity(&mut top, kit);
    let tiles = headline_tiles(kit);
    let tile_row = (!tiles.is_empty()).then(|| tile_row(kit, &tiles, 1, 12, rhythm(4.0)));
    let mut last = highlights_and_profiles(kit);

    // The portrait is 4:5 and grows taller (up to 5:8) into space the cover would
    // otherwise leave empty; what is still spare goes above the highlights.
    let (photo_x, photo_w) = grid::cols(1, 5);
    let base_h = photo_w * 5.0 / 4.0;
    let below: f32 = tile_row
        .iter()
        .map(|c| c.gap_before_mm + c.height_mm)
        .sum::<f32>()
        + rhythm(4.0)
        + last.height_mm;
    let spare_with_base = kit.grid.live_height_mm() - base_h.max(right_bottom) - below - 0.1;
    let photo_h = (base_h + spare_with_base.max(0.0)).min(photo_w * 8.0 / 5.0);
    let portrait = kit
        .project
        .creator
        .profile_photo
        .as_ref()
        .or_else(|| kit.project.samples.first().map(|s| &s.media));
    let frame = RectMm::new(photo_x, 0.0, photo_w, photo_h);
    let placed = portrait.is_some_and(|media| photo(&mut top, kit, media, frame));
    if !placed {
        initials_block(&mut top, kit, frame);
    }
    top.extend_to(photo_h.max(right_bottom));

    let used = top.height_mm + below - rhythm(4.0);
    let spare = kit.grid.live_height_mm() - used - 0.1;
    last.gap_before_mm = spare.clamp(rhythm(4.0), rhythm(4.0) + 40.0);
    let mut out = vec![top];
    out.extend(tile_row);
    out.push(last);
    out
}

/// A tinted block with the creator's initials when there is no photo.
fn initials_block(c: &mut Component, kit: &Kit, frame: RectMm) {
    let colours = &kit.theme.colours;
    c.rect(frame, colours.accent_tint, 0.0);
    let initials: String = kit
        .project
        .creator
        .display_name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    let style = kit.theme.scale.display.with_color(colours.accent_ink);
    let y = frame.y_mm + frame.height_mm / 2.0 - style.leading_mm() / 2.0;
    c.text(
        &initials,
        &style,
        frame.x_mm,
        y,
        frame.width_mm,
        Align::Center,
        1,
    );
}

/// Niche, name, tagline and handle in columns 7–12; returns the bottom.
fn identity(c: &mut Component, kit: &Kit) -> f32 {
    let creator = &kit.project.creator;
    let scale = &kit.theme.scale;
    let (x, w) = grid::cols(7, 12);
    let mut y = 2.0;
    let eyebrow = scale.eyebrow.with_color(kit.theme.colours.accent_ink);
    let niche = text::smarten(creator.niche.trim());
    y += c.text(&niche, &eyebrow, x, y, w, Align::Left, 2);
    if !niche.is_empty() {
        y += rhythm(1.0);
    }
    let name = text::smarten(creator.display_name.trim());
    let (style, lines) = name_lines(&name, scale.display, w);
    y += c.lines(&lines, &style, x, y, w, Align::Left) + rhythm(1.5);
    let (tagline, _) = text::fit_budget(&text::smarten(&creator.tagline), 140);
    let lead_h = c.text(&tagline, &scale.lead, x, y, w, Align::Left, 4);
    y += lead_h;
    if lead_h > 0.0 {
        y += rhythm(1.5);
    }
    let handle = creator.handle.trim();
    if !handle.is_empty() {
        let style = scale.body_bold.with_color(kit.theme.colours.accent_ink);
        y += c.text(handle, &style, x, y, w, Align::Left, 1);
    }
    let location = creator.location.trim();
    if !location.is_empty() {
        y += c.text(
            &text::smarten(location),
            &scale.caption,
            x,
            y,
            w,
            Align::Left,
            1,
        );
    }
    y
}

/// The name at 56/56, 48/48, 40/42 until it fits in two lines; then 32/34 or 28/30
/// in up to three lines, 24/26 in up to four; only then cut with an ellipsis.
fn name_lines(name: &str, display: TextStyle, width_mm: f32) -> (TextStyle, Vec<String>) {
    let extra = display.leading_pt - display.size_pt;
    let steps = [
        (56.0, 56.0, 2),
        (48.0, 48.0, 2),
        (40.0, 42.0, 2),
        (32.0, 34.0, 3),
        (28.0, 30.0, 3),
        (24.0, 26.0, 4),
    ];
    for (size, leading, max_lines) in steps {
        let style = display.sized(size, leading + extra);
        let lines = text::break_lines(name, &style, width_mm);
        if lines.len() <= max_lines {
            return (style, lines);
        }
    }
    let style = display.sized(24.0, 26.0 + extra);
    let mut lines = text::break_lines(name, &style, width_mm);
    text::limit_lines(&mut lines, &style, width_mm, 4);
    (style, lines)
}

/// Total audience, best engagement (lead method, with its formula), views in the last
/// 30 days and 90-day growth: the ones that exist.
fn headline_tiles(kit: &Kit) -> Vec<Tile> {
    let report = &kit.report;
    let mut tiles = Vec::new();
    let platforms = &report.platforms;
    if !platforms.is_empty() {
        let total: u64 = platforms
            .iter()
            .map(|p| p.followers)
            .fold(0, u64::saturating_add);
        let n = platforms.len();
        tiles.push(Tile {
            label: "Total audience".to_owned(),
            value: format::count(total),
            context: format!(
                "followers across {n} platform{}",
                if n == 1 { "" } else { "s" }
            ),
        });
    }
    let method = report.lead_method;
    let best = platforms
        .iter()
        .filter_map(|p| {
            let rate = p.stats(method, PostGroup::All)?.average.value()?.clone();
            Some((p, rate))
        })
        .max_by(|a, b| a.1.percent().total_cmp(&b.1.percent()));
    if let Some((platform, rate)) = best {
        tiles.push(Tile {
            label: format!("Engagement · {}", platform.platform.label()),
            value: format::percent(rate.percent()),
            context: format!(
                "{} {}, {}",
                Statistic::Average.label(),
                method.formula(),
                report.window_description
            ),
        });
    }
    if let Some(views) = views_last_30_days(kit.project) {
        tiles.push(Tile {
            label: "Monthly views".to_owned(),
            value: format::count(views),
            context: "views of posts from the last 30 days".to_owned(),
        });
    }
    let growth = platforms
        .iter()
        .find_map(|p| p.growth_90_days.value().map(|g| (p, g.clone())))
        .or_else(|| {
            platforms
                .iter()
                .find_map(|p| p.growth_30_days.value().map(|g| (p, g.clone())))
        });
    if let Some((platform, growth)) = growth
        && let Some(percent) = growth.change_percent
    {
        tiles.push(Tile {
            label: format!("Growth · {}", platform.platform.label()),
            value: format::delta_percent(percent),
            context: format!(
                "{} {} in {} days",
                format::delta_count(growth.change),
                platform.platform.audience_word(),
                growth.period_days
            ),
        });
    }
    tiles.truncate(4);
    tiles
}

/// Views of every post published in the 30 days up to each platform's newest figures.
fn views_last_30_days(project: &Project) -> Option<u64> {
    let mut total: Option<u64> = None;
    for platform in &project.platforms {
        let newest = platform.posts.iter().map(|p| p.date).max();
        let end = newest.map_or(platform.posts_provenance.as_of, |n| {
            n.max(platform.posts_provenance.as_of)
        });
        let Some(start) = end.checked_sub(Duration::days(30)) else {
            continue;
        };
        for post in platform
            .posts
            .iter()
            .filter(|p| p.date > start && p.date <= end)
        {
            if let Some(views) = post.views {
                total = Some(total.unwrap_or(0).saturating_add(views));
            }
        }
    }
    total.filter(|&v| v > 0)
}

/// Insights (cols 1–7) and platform profiles with marks and links (cols 9–12).
fn highlights_and_profiles(kit: &Kit) -> Component {
    let scale = &kit.theme.scale;
    let mut c = Component::new(rhythm(4.0));
    let (x, w) = grid::cols(1, 7);
    let mut y = 0.0;
    let insights: Vec<_> = kit.report.insights.iter().take(3).collect();
    if !insights.is_empty() {
        y += c.text("Highlights", &scale.eyebrow, x, y, w, Align::Left, 1) + 1.0;
        for insight in insights {
            c.rect(
                RectMm::new(x, y + 1.6, 1.6, 1.6),
                kit.theme.colours.accent_fill,
                0.8,
            );
            y += c.text(
                &text::smarten(&insight.text),
                &scale.body,
                x + 5.0,
                y,
                w - 5.0,
                Align::Left,
                4,
            );
            y += 1.5;
        }
    }
    let (px, pw) = grid::cols(9, 12);
    let mut py = 0.0;
    let platforms: Vec<_> = kit.project.platforms.iter().take(6).collect();
    if !platforms.is_empty() {
        py += c.text("Find me", &scale.eyebrow, px, py, pw, Align::Left, 1) + 1.0;
    }
    for platform in platforms {
        let mark = 6.0;
        draw_mark(&mut c, kit, &platform.kind, px, py, mark);
        let label = if platform.handle.trim().is_empty() {
            platform.kind.label().to_owned()
        } else {
            platform.handle.trim().to_owned()
        };
        let line_y = py + (mark - scale.body.leading_mm()) / 2.0;
        let text_w = pw - mark - 2.0;
        let used = c.text(
            &label,
            &scale.body,
            px + mark + 2.0,
            line_y,
            text_w,
            Align::Left,
            1,
        );
        let url = profile_url(platform);
        if !url.is_empty() {
            c.link(RectMm::new(px, py, pw, mark.max(used)), &url);
        }
        py += mark + 2.0;
    }
    let creator = &kit.project.creator;
    let mut bottom = y.max(py) + rhythm(2.0);
    let mut contacts: Vec<(String, String)> = Vec::new();
    if !creator.email.trim().is_empty() {
        contacts.push((creator.email.trim().to_owned(), mail_url(&creator.email)));
    }
    if !creator.website.trim().is_empty() {
        contacts.push((address_label(&creator.website), web_url(&creator.website)));
    }
    if !contacts.is_empty() {
        c.rect(
            RectMm::new(0.0, bottom, grid::LIVE_WIDTH_MM, 0.25),
            kit.theme.colours.hairline,
            0.0,
        );
        bottom += rhythm(1.0);
        let style = scale.body_bold;
        let mut x = 0.0;
        let mut line_h: f32 = 0.0;
        for (label, url) in contacts {
            let width = text::width_mm(&label, &style).min(grid::LIVE_WIDTH_MM - x);
            if width <= 5.0 {
                break;
            }
            let h = c.text(&label, &style, x, bottom, width + 0.5, Align::Left, 1);
            if !url.is_empty() {
                c.link(RectMm::new(x, bottom, width, h), &url);
            }
            line_h = line_h.max(h);
            x += width + 8.0;
        }
        bottom += line_h;
    }
    c.extend_to(bottom);
    c
}
