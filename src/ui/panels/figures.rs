//! The computed figures of one platform, each with its formula on hover: engagement
//! by every method, posting frequency, sponsored share, reply rate, growth.

use super::PanelCtx;
use crate::analytics::{Figure, Growth, PlatformReport, PostGroup};
use crate::format;
use egui::{RichText, Ui};

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, index: usize) {
    let Some(report) = ctx.derived.report.platforms.get(index) else {
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!(
                "Figures · {} ({} post{} in the window)",
                report.window.description,
                report.window.posts_in_window,
                if report.window.posts_in_window == 1 {
                    ""
                } else {
                    "s"
                }
            ))
            .strong(),
        );
        egui::Grid::new(("figures", index))
            .num_columns(3)
            .spacing([16.0, 4.0])
            .striped(true)
            .show(ui, |ui| {
                ui.label(RichText::new("Engagement rate").weak());
                ui.label(RichText::new("Average").weak());
                ui.label(RichText::new("Median").weak());
                ui.end_row();
                let lead = ctx.project.kit.engagement_method;
                for stats in report
                    .engagement
                    .iter()
                    .filter(|s| s.group == PostGroup::All)
                {
                    let name = if stats.method == lead {
                        RichText::new(format!("{} (kit)", stats.label)).strong()
                    } else {
                        RichText::new(stats.label)
                    };
                    ui.label(name).on_hover_text(stats.formula);
                    for figure in [&stats.average, &stats.median] {
                        figure_cell(
                            ui,
                            figure.value().map(|r| format::percent(r.percent())),
                            figure.reason().map(|r| r.message()),
                            &format!("{}: {}", stats.label, stats.formula),
                        );
                    }
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        egui::Grid::new(("figures-more", index))
            .num_columns(2)
            .spacing([16.0, 4.0])
            .show(ui, |ui| {
                other_figures(ui, report);
            });
    });
}

fn figure_cell(ui: &mut Ui, value: Option<String>, reason: Option<String>, formula: &str) {
    match value {
        Some(text) => {
            ui.label(RichText::new(text).monospace().strong())
                .on_hover_text(formula);
        }
        None => {
            let why = reason.unwrap_or_default();
            ui.label(RichText::new("–").weak())
                .on_hover_text(format!("Not available: {why}. Formula: {formula}"));
        }
    }
}

fn other_figures(ui: &mut Ui, report: &PlatformReport) {
    ui.label("Posting frequency");
    figure_cell(
        ui,
        report
            .posting_frequency
            .value()
            .map(|f| format!("{:.1} posts a week", f.posts_per_week)),
        report.posting_frequency.reason().map(|r| r.message()),
        "posts in the window ÷ weeks between the first and last post",
    );
    ui.end_row();
    ui.label("Sponsored share");
    figure_cell(
        ui,
        report
            .sponsored_share
            .value()
            .map(|s| format!("{} ({} of {})", format::percent(s.percent), s.part, s.whole)),
        report.sponsored_share.reason().map(|r| r.message()),
        "sponsored posts ÷ posts in the window",
    );
    ui.end_row();
    ui.label("Reply rate");
    figure_cell(
        ui,
        report
            .reply_rate
            .value()
            .map(|r| format::percent(r.percent)),
        report.reply_rate.reason().map(|r| r.message()),
        "replies ÷ comments, over posts with both entered",
    );
    ui.end_row();
    for (label, figure) in [
        ("Growth, 30 days", &report.growth_30_days),
        ("Growth, 90 days", &report.growth_90_days),
    ] {
        ui.label(label);
        figure_cell(
            ui,
            growth_text(figure),
            figure.reason().map(|r| r.message()),
            "(followers now − followers at the snapshot nearest the period start) ÷ followers then",
        );
        ui.end_row();
    }
}

fn growth_text(figure: &Figure<Growth>) -> Option<String> {
    let g = figure.value()?;
    Some(match g.change_percent {
        Some(percent) => format!(
            "{} ({})",
            format::delta_count(g.change),
            format::delta_percent(percent)
        ),
        None => format::delta_count(g.change),
    })
}
