//! The Benchmarks section: the engagement formula the kit leads with, each platform's
//! rate against its tier's benchmark band (like with like only), the sources with
//! year and confidence, and the insight sentences the kit will print.

use super::{Outbox, PanelCtx};
use crate::actions::Action;
use crate::analytics::{BenchmarkMatch, PostGroup, Statistic};
use crate::format;
use crate::model::{EngagementMethod, PostWindow};
use crate::ui::charts;
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    settings_ui(ui, ctx, out);
    ui.separator();
    let report = &ctx.derived.report;
    let lead = ctx.project.kit.engagement_method;
    let look = charts::editor_look(ctx.project, ctx.palette, ui.visuals().dark_mode);
    if report.platforms.is_empty() {
        widgets::hint_line(
            ui,
            "Add a platform with followers and posts to compare your engagement with your tier.",
        );
    }
    for (i, platform) in report.platforms.iter().enumerate() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!(
                "{} · {} {} · {} tier ({})",
                platform.platform.label(),
                format::count(platform.followers),
                platform.platform.audience_word(),
                platform.tier.label(),
                platform.tier_range
            ))
            .strong(),
        );
        let entry = platform.comparisons.iter().find(|e| {
            e.method == lead && e.statistic == Statistic::Average && e.group == PostGroup::All
        });
        match entry.map(|e| &e.result) {
            Some(BenchmarkMatch::Compared(comparison)) => {
                if let Some(spec) = charts::versus_benchmark(&look, platform, comparison) {
                    charts::chart_ui(
                        ui,
                        &format!("chart-benchmark-{i}"),
                        "Me against the benchmark",
                        &spec,
                        86.0,
                    );
                }
                ui.label(crate::analytics::insights::benchmark_sentence(
                    &platform.platform,
                    comparison,
                ));
                for caveat in &comparison.caveats {
                    widgets::hint_line(ui, caveat);
                }
            }
            Some(BenchmarkMatch::NoComparableBenchmark { reason }) => {
                widgets::hint_line(ui, reason)
            }
            None => {
                let why = platform
                    .stats(lead, PostGroup::All)
                    .and_then(|s| s.average.reason())
                    .map_or_else(|| "no rate to compare".to_owned(), |r| r.message());
                widgets::hint_line(ui, &format!("No {} rate to compare: {why}.", lead.label()));
            }
        }
    }
    ui.separator();
    ui.label(RichText::new("Insights the kit will print").strong());
    if report.insights.is_empty() {
        widgets::hint_line(
            ui,
            "None yet: they appear once there are posts, snapshots and comparable benchmarks.",
        );
    }
    for insight in &report.insights {
        ui.label(format!("• {}", insight.text));
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Sources").strong());
    if report.sources.is_empty() {
        widgets::hint_line(ui, "No benchmark was used.");
    }
    for source in &report.sources {
        let year = source
            .year
            .map_or_else(|| "year not stated".to_owned(), |y| y.to_string());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&source.citation).strong());
            ui.label(format!(
                "{} · {year} · {}",
                source.source,
                source.confidence.label()
            ));
            if !source.url.is_empty() {
                ui.hyperlink_to("source", &source.url)
                    .on_hover_text(&source.url);
            }
        });
    }
}

fn settings_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    egui::Grid::new("benchmark-settings")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Engagement formula");
            let lead = ctx.project.kit.engagement_method;
            let mut chosen = lead;
            egui::ComboBox::from_id_salt("lead-method")
                .selected_text(lead.label())
                .width(280.0)
                .show_ui(ui, |ui| {
                    for method in EngagementMethod::ALL {
                        ui.selectable_value(&mut chosen, method, method.label())
                            .on_hover_text(method.formula());
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(lead.formula());
            if chosen != lead {
                out.apply(Action::SetEngagementMethod(chosen));
            }
            ui.end_row();

            let label = ui.label("Posts averaged");
            ui.horizontal(|ui| {
                let window = ctx.project.analytics.window;
                let (mut by_days, n) = match window {
                    PostWindow::LastPosts(n) => (false, n),
                    PostWindow::LastDays(n) => (true, n),
                };
                let before = by_days;
                if let Some(v) =
                    widgets::count_field(ui, "window-n", Name::By(label.id), u64::from(n), 1, "")
                {
                    let n = u32::try_from(v).unwrap_or(u32::MAX);
                    out.apply(Action::SetPostWindow(if by_days {
                        PostWindow::LastDays(n)
                    } else {
                        PostWindow::LastPosts(n)
                    }));
                }
                ui.radio_value(&mut by_days, false, "latest posts");
                ui.radio_value(&mut by_days, true, "days");
                if by_days != before {
                    out.apply(Action::SetPostWindow(if by_days {
                        PostWindow::LastDays(n)
                    } else {
                        PostWindow::LastPosts(n)
                    }));
                }
            });
            ui.end_row();
        });
    widgets::hint_line(
        ui,
        &format!("Formula: {}", ctx.project.kit.engagement_method.formula()),
    );
}
