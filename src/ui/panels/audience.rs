//! The Audience section: age, gender, country and city shares for the whole audience
//! or per platform, each group with its running total flagged when it is not 100 %.

use super::{Outbox, PanelCtx, PanelState, row_edit};
use crate::actions::{Action, ListEdit, ShareGroup};
use crate::model::{Audience, Extra, Percent, PlatformKind, Provenance, Share};
use crate::ui::charts;
use crate::ui::widgets::{self, Message, Name};
use egui::{RichText, Ui};

const GROUPS: [(ShareGroup, &str, &str, &str); 4] = [
    (ShareGroup::Ages, "Age", "age group", "e.g. 25–34"),
    (ShareGroup::Genders, "Gender", "gender", "e.g. Women"),
    (
        ShareGroup::Countries,
        "Countries",
        "country",
        "e.g. United Kingdom",
    ),
    (ShareGroup::Cities, "Cities", "city", "e.g. Leeds"),
];

fn name_of(audience: &Audience) -> String {
    audience
        .platform
        .as_ref()
        .map_or_else(|| "Overall".to_owned(), |k| k.label().to_owned())
}

fn shares_of(audience: &Audience, group: ShareGroup) -> &[Share] {
    match group {
        ShareGroup::Ages => &audience.ages,
        ShareGroup::Genders => &audience.genders,
        ShareGroup::Countries => &audience.countries,
        ShareGroup::Cities => &audience.cities,
    }
}

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, state: &mut PanelState, out: &mut Outbox) {
    let audiences = &ctx.project.audiences;
    ui.horizontal_wrapped(|ui| {
        for (i, audience) in audiences.iter().enumerate() {
            if ui
                .selectable_label(state.audience == i, name_of(audience))
                .clicked()
            {
                state.audience = i;
            }
        }
    });
    add_ui(ui, ctx, state, out);
    ui.separator();
    let Some(last) = audiences.len().checked_sub(1) else {
        widgets::hint_line(
            ui,
            "Add your audience figures from your platforms' insights: age, gender and top countries.",
        );
        return;
    };
    state.audience = state.audience.min(last);
    let index = state.audience;
    let audience = &audiences[index];
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{} audience", name_of(audience))).heading());
        if ui.button("Remove this audience").clicked() {
            out.apply(Action::Audiences(ListEdit::remove(index)));
        }
    });
    ui.horizontal(|ui| {
        let id = ui.label("Figures as of").id;
        if let Some(date) = widgets::date_field(
            ui,
            ("audience-as-of", index),
            Name::By(id),
            audience.provenance.as_of,
            ctx.derived.today,
            Message::Below,
        ) {
            let mut updated = audience.clone();
            updated.provenance.as_of = date;
            out.apply(Action::Audiences(ListEdit::update(index, updated)));
        }
    });
    for (group, title, noun, hint) in GROUPS {
        group_ui(ui, index, audience, group, title, noun, hint, out);
    }
    charts_ui(ui, ctx, audience);
}

fn new_audience(platform: Option<PlatformKind>, ctx: &PanelCtx<'_>) -> Audience {
    Audience {
        platform,
        ages: Vec::new(),
        genders: Vec::new(),
        countries: Vec::new(),
        cities: Vec::new(),
        provenance: Provenance::typed(ctx.derived.today),
        extra: Extra::new(),
    }
}

fn add_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, state: &mut PanelState, out: &mut Outbox) {
    let audiences = &ctx.project.audiences;
    let mut choices: Vec<Option<PlatformKind>> = vec![None];
    choices.extend(ctx.project.platforms.iter().map(|p| Some(p.kind.clone())));
    choices.retain(|c| !audiences.iter().any(|a| &a.platform == c));
    if choices.is_empty() {
        return;
    }
    let mut chosen = None;
    ui.horizontal(|ui| {
        ui.label("Add an audience:");
        for choice in &choices {
            let text = choice.as_ref().map_or("Overall", |k| k.label()).to_owned();
            if ui
                .button(text)
                .on_hover_text("Add audience figures for this")
                .clicked()
            {
                chosen = Some(choice.clone());
            }
        }
    });
    if let Some(choice) = chosen {
        out.apply(Action::Audiences(ListEdit::insert(
            audiences.len(),
            new_audience(choice, ctx),
        )));
        state.audience = audiences.len();
    }
}

#[allow(clippy::too_many_arguments)]
fn group_ui(
    ui: &mut Ui,
    index: usize,
    audience: &Audience,
    group: ShareGroup,
    title: &str,
    noun: &str,
    hint: &str,
    out: &mut Outbox,
) {
    let shares = shares_of(audience, group);
    ui.add_space(8.0);
    let total_bp: u32 = shares
        .iter()
        .map(|s| s.percent.0)
        .fold(0, u32::saturating_add);
    let total = Percent(total_bp).as_percent();
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).strong());
        if shares.is_empty() {
            return;
        }
        let text = format!(
            "Total {}",
            crate::format::percent(total).replace(".0%", "%")
        );
        let off = (total - 100.0).abs() > 0.5;
        let complete_subset =
            matches!(group, ShareGroup::Countries | ShareGroup::Cities) && total < 100.0;
        if off && !complete_subset {
            widgets::error_line(ui, &format!("{text}: the shares should add up to 100%."));
        } else if off {
            widgets::hint_line(
                ui,
                &format!("{text} (top {noun} shares; the rest is other places)"),
            );
        } else {
            widgets::hint_line(ui, &text);
        }
    });
    for (k, share) in shares.iter().enumerate() {
        let n = k + 1;
        ui.horizontal(|ui| {
            if let Some(label) = widgets::committed_field(
                ui,
                ("share-label", index, title, k),
                Name::Text(&format!("{title} {n} name")),
                &share.label,
                170.0,
                Message::OnHover,
                |t| Ok::<_, String>(t.trim().to_owned()),
            ) {
                let item = Share {
                    label,
                    percent: share.percent,
                };
                out.apply(Action::Shares {
                    audience: index,
                    group,
                    edit: ListEdit::update(k, item),
                });
            }
            if let Some(percent) = widgets::percent_field(
                ui,
                ("share-pct", index, title, k),
                Name::Text(&format!("{title} {n} share")),
                share.percent,
            ) {
                let item = Share {
                    label: share.label.clone(),
                    percent,
                };
                out.apply(Action::Shares {
                    audience: index,
                    group,
                    edit: ListEdit::update(k, item),
                });
            }
            if let Some(op) = widgets::row_buttons(ui, k, shares.len(), noun) {
                out.apply(Action::Shares {
                    audience: index,
                    group,
                    edit: row_edit(op, k),
                });
            }
        });
    }
    if ui
        .small_button(format!("Add {noun}"))
        .on_hover_text(hint.to_owned())
        .clicked()
    {
        out.apply(Action::Shares {
            audience: index,
            group,
            edit: ListEdit::insert(shares.len(), Share::new("", Percent(0))),
        });
    }
}

fn charts_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, audience: &Audience) {
    let look = charts::editor_look(ctx.project, ctx.palette, ui.visuals().dark_mode);
    ui.add_space(8.0);
    if let Some(spec) = charts::ages(&look, &audience.ages) {
        charts::chart_ui(ui, "chart-ages", "Audience age", &spec, 150.0);
    }
    if let Some(spec) = charts::genders(&look, &audience.genders) {
        charts::chart_ui(ui, "chart-genders", "Audience gender", &spec, 90.0);
    }
    if let Some(spec) = charts::countries(&look, &audience.countries) {
        let rows = spec.series[0].points.len() as f32;
        charts::chart_ui(
            ui,
            "chart-countries",
            "Top countries",
            &spec,
            40.0 + 24.0 * rows,
        );
    }
}
