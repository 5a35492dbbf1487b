//! The Platforms section: add, remove and reorder platforms; handle, link,
//! followers and their date; follower snapshots; then the figures, the posts table,
//! the spreadsheet paste and the charts of the chosen platform.

use super::{Outbox, PanelCtx, PanelState, figures, health, paste, posts, row_edit};
use crate::actions::{Action, ListEdit, PlatformField, TextField};
use crate::analytics::HealthTarget;
use crate::format;
use crate::model::{FollowerSnapshot, Platform, PlatformKind, Provenance};
use crate::ui::charts;
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, state: &mut PanelState, out: &mut Outbox) {
    let platforms = &ctx.project.platforms;
    ui.horizontal_wrapped(|ui| {
        for (i, p) in platforms.iter().enumerate() {
            let text = format!("{} · {}", p.kind.label(), format::count(p.followers));
            if ui.selectable_label(state.platform == i, text).clicked() {
                state.platform = i;
            }
        }
    });
    add_platform_ui(ui, ctx, state, out);
    ui.separator();
    let Some(last) = platforms.len().checked_sub(1) else {
        widgets::hint_line(
            ui,
            "Add the platforms you publish on; then enter your followers and a few recent posts.",
        );
        return;
    };
    state.platform = state.platform.min(last);
    let index = state.platform;
    let platform = &platforms[index];
    let focus = state.health_focus.take();
    if matches!(focus, Some(HealthTarget::Followers { .. })) {
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    }
    details_ui(ui, ctx, index, platform, out);
    ui.add_space(8.0);
    figures::ui(ui, ctx, index);
    health::health_ui(ui, ctx, state, out, Some(index));
    ui.add_space(8.0);
    let show_snapshots = matches!(focus, Some(HealthTarget::Snapshots { .. }));
    if show_snapshots {
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    }
    snapshots_ui(ui, ctx, index, platform, show_snapshots, out);
    if let Some(HealthTarget::Post { .. } | HealthTarget::Posts { .. }) = focus {
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    }
    let focus_post = match focus {
        Some(HealthTarget::Post { post, .. }) => Some(post),
        _ => None,
    };
    posts::ui(ui, ctx, state, out, index, focus_post);
    paste::ui(ui, ctx, state, out, index);
    charts_ui(ui, ctx, index, platform);
}

fn add_platform_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, state: &mut PanelState, out: &mut Outbox) {
    let platforms = &ctx.project.platforms;
    let choices: Vec<Option<PlatformKind>> = PlatformKind::NAMED
        .iter()
        .cloned()
        .map(Some)
        .chain(std::iter::once(None))
        .collect();
    state.new_platform = state.new_platform.min(choices.len() - 1);
    let name_of =
        |choice: &Option<PlatformKind>| choice.as_ref().map_or("Other…", |k| k.label()).to_owned();
    ui.horizontal(|ui| {
        let label = ui.label("Platform to add");
        let combo = egui::ComboBox::from_id_salt("new-platform-kind")
            .selected_text(name_of(&choices[state.new_platform]))
            .show_ui(ui, |ui| {
                for (i, choice) in choices.iter().enumerate() {
                    let taken = choice
                        .as_ref()
                        .is_some_and(|k| platforms.iter().any(|p| &p.kind == k));
                    ui.add_enabled_ui(!taken, |ui| {
                        ui.selectable_value(&mut state.new_platform, i, name_of(choice));
                    });
                }
            });
        combo.response.labelled_by(label.id);
        let chosen = choices[state.new_platform].clone();
        if chosen.is_none() {
            let name_label = ui.label("Name");
            ui.add(
                egui::TextEdit::singleline(&mut state.other_platform_name)
                    .hint_text("e.g. Substack")
                    .desired_width(120.0),
            )
            .labelled_by(name_label.id);
        }
        let kind = chosen
            .unwrap_or_else(|| PlatformKind::Other(state.other_platform_name.trim().to_owned()));
        let taken = platforms.iter().any(|p| p.kind == kind);
        let named = !matches!(&kind, PlatformKind::Other(n) if n.is_empty());
        if ui
            .add_enabled(!taken && named, egui::Button::new("Add platform"))
            .on_disabled_hover_text("This platform is already in the kit, or it has no name")
            .clicked()
        {
            let platform = Platform::new(kind, 0, ctx.derived.today);
            out.apply(Action::Platforms(ListEdit::insert(
                platforms.len(),
                platform,
            )));
            state.platform = platforms.len();
            state.other_platform_name.clear();
        }
    });
}

fn details_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    index: usize,
    platform: &Platform,
    out: &mut Outbox,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(platform.kind.label()).heading());
        ui.label(
            RichText::new(format!(
                "{} tier",
                ctx.derived
                    .report
                    .platforms
                    .get(index)
                    .map_or("", |r| r.tier.label())
            ))
            .weak(),
        );
        if let Some(op) = widgets::row_buttons(ui, index, ctx.project.platforms.len(), "platform") {
            out.apply(Action::Platforms(row_edit(op, index)));
        }
    });
    let word = platform.kind.audience_word();
    egui::Grid::new(("platform-form", index))
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            if let Some(v) = widgets::text_row(ui, "Handle", &platform.handle, "@yourhandle") {
                out.typing(Action::SetText {
                    field: TextField::Platform {
                        platform: index,
                        field: PlatformField::Handle,
                    },
                    value: v,
                });
            }
            if let Some(v) =
                widgets::text_row(ui, "Profile link", &platform.profile_url, "https://…")
            {
                out.typing(Action::SetText {
                    field: TextField::Platform {
                        platform: index,
                        field: PlatformField::ProfileUrl,
                    },
                    value: v,
                });
            }
            if let Some(problem) = widgets::validate::website_problem(&platform.profile_url) {
                ui.label("");
                widgets::error_line(ui, &problem);
                ui.end_row();
            }

            let capitalised = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            let id = widgets::form_label(ui, &capitalised);
            if let Some(followers) = widgets::count_field(
                ui,
                ("followers", index),
                Name::By(id),
                platform.followers,
                0,
                "",
            ) {
                out.apply(Action::SetFollowers {
                    platform: index,
                    followers,
                    provenance: Provenance::typed(ctx.derived.today),
                });
            }
            ui.end_row();

            let id = widgets::form_label(ui, "Counted on");
            ui.vertical(|ui| {
                let as_of = platform.followers_provenance.as_of;
                if let Some(date) = widgets::date_field(
                    ui,
                    ("followers-as-of", index),
                    Name::By(id),
                    as_of,
                    ctx.derived.today,
                    widgets::Message::Below,
                ) {
                    out.apply(Action::SetFollowers {
                        platform: index,
                        followers: platform.followers,
                        provenance: Provenance {
                            as_of: date,
                            ..platform.followers_provenance.clone()
                        },
                    });
                }
                widgets::hint_line(ui, &platform.followers_provenance.describe());
            });
            ui.end_row();
        });
}

fn snapshots_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    index: usize,
    platform: &Platform,
    open: bool,
    out: &mut Outbox,
) {
    let title = format!("Follower history ({} snapshots)", platform.snapshots.len());
    egui::CollapsingHeader::new(title)
        .id_salt(("snapshots", index))
        .open(open.then_some(true))
        .show(ui, |ui| {
            widgets::hint_line(
                ui,
                "Dated follower counts give the growth figures and chart.",
            );
            egui::Grid::new(("snapshots-grid", index))
                .num_columns(3)
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    for (k, snapshot) in platform.snapshots.iter().enumerate() {
                        let n = k + 1;
                        if let Some(date) = widgets::date_field(
                            ui,
                            ("snapshot-date", index, k),
                            Name::Text(&format!("Snapshot {n} date")),
                            snapshot.date,
                            ctx.derived.today,
                            widgets::Message::OnHover,
                        ) {
                            let item = FollowerSnapshot { date, ..*snapshot };
                            out.apply(Action::Snapshots {
                                platform: index,
                                edit: ListEdit::update(k, item),
                            });
                        }
                        if let Some(followers) = widgets::count_field(
                            ui,
                            ("snapshot-count", index, k),
                            Name::Text(&format!("Snapshot {n} followers")),
                            snapshot.followers,
                            0,
                            "",
                        ) {
                            let item = FollowerSnapshot {
                                followers,
                                ..*snapshot
                            };
                            out.apply(Action::Snapshots {
                                platform: index,
                                edit: ListEdit::update(k, item),
                            });
                        }
                        if ui
                            .small_button("✕")
                            .on_hover_text(format!("Remove snapshot {n}"))
                            .accessible_name(format!("Remove snapshot {n}"))
                            .clicked()
                        {
                            out.apply(Action::Snapshots {
                                platform: index,
                                edit: ListEdit::remove(k),
                            });
                        }
                        ui.end_row();
                    }
                });
            if ui
                .button("Add snapshot")
                .on_hover_text("Record today's follower count")
                .clicked()
            {
                let item = FollowerSnapshot {
                    date: ctx.derived.today,
                    followers: platform.followers,
                };
                out.apply(Action::Snapshots {
                    platform: index,
                    edit: ListEdit::insert(platform.snapshots.len(), item),
                });
            }
        });
}

fn charts_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, index: usize, platform: &Platform) {
    egui::CollapsingHeader::new("Charts")
        .id_salt(("platform-charts", index))
        .default_open(true)
        .show(ui, |ui| {
            let look = charts::editor_look(ctx.project, ctx.palette, ui.visuals().dark_mode);
            if let Some(spec) = charts::followers(&look, ctx.project) {
                charts::chart_ui(
                    ui,
                    "chart-followers",
                    "Followers per platform",
                    &spec,
                    40.0 + 28.0 * spec.series[0].points.len() as f32,
                );
            }
            match charts::growth(&look, platform) {
                Some(spec) => charts::chart_ui(
                    ui,
                    "chart-growth",
                    &format!(
                        "{} {} over time",
                        platform.kind.label(),
                        platform.kind.audience_word()
                    ),
                    &spec,
                    160.0,
                ),
                None => widgets::hint_line(ui, "Add follower snapshots to see growth over time."),
            }
            let method = ctx.project.kit.engagement_method;
            match charts::engagement_per_post(&look, platform, method) {
                Some(spec) => charts::chart_ui(
                    ui,
                    "chart-per-post",
                    &format!(
                        "Engagement per post, {} (sponsored posts marked)",
                        method.label()
                    ),
                    &spec,
                    180.0,
                ),
                None => widgets::hint_line(
                    ui,
                    "Enter posts with their figures to see engagement per post.",
                ),
            }
        });
}
