//! The Pitches section: one kit per brand and the pitch log. Pitches are listed by
//! their next follow-up; the one chosen is edited below the list.

use super::pitch_form;
use super::{Outbox, PanelCtx, PanelState};
use crate::actions::{Action, ListEdit};
use crate::format;
use crate::model::{Pitch, Project};
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};
use time::Date;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, state: &mut PanelState, out: &mut Outbox) {
    let project = ctx.project;
    widgets::hint_line(
        ui,
        "One kit per brand: its own intro, audience fit and collaborations (competitors left \
         out), and where each pitch stands.",
    );
    due_ui(ui, project, ctx.derived.today, state);
    add_ui(ui, project, state, out);
    if project.pitches.is_empty() {
        return;
    }
    ui.add_space(6.0);
    log_ui(ui, project, ctx.derived.today, state);
    ui.separator();
    let index = state.pitch.min(project.pitches.len() - 1);
    if let Some(pitch) = project.pitches.get(index) {
        pitch_form::pitch_ui(ui, ctx, index, pitch, out);
    }
}

/// The follow-ups due today or earlier, each a link to its pitch.
fn due_ui(ui: &mut Ui, project: &Project, today: Date, state: &mut PanelState) {
    let due = crate::analytics::due_follow_ups(&project.pitches, today);
    if due.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new("Follow-ups due").strong());
        for index in due {
            let Some(pitch) = project.pitches.get(index) else {
                continue;
            };
            let when = pitch.follow_up_on.map(format::date).unwrap_or_default();
            ui.horizontal(|ui| {
                ui.label(format!("{} · due {when}", brand_title(pitch, index)));
                if ui
                    .button("Open")
                    .on_hover_text("Show this pitch below")
                    .clicked()
                {
                    state.pitch = index;
                }
            });
        }
    });
}

/// "Brand to pitch" and "Add pitch": a new pitch starts from the main kit's settings.
fn add_ui(ui: &mut Ui, project: &Project, state: &mut PanelState, out: &mut Outbox) {
    ui.horizontal(|ui| {
        let id = ui.label("Brand to pitch").id;
        if let Some(text) = widgets::text_field(
            ui,
            Name::By(id),
            &state.new_pitch_brand,
            "e.g. Brightside Coffee",
            220.0,
        ) {
            state.new_pitch_brand = text;
        }
        let brand = state.new_pitch_brand.trim().to_owned();
        let add = ui.add_enabled(!brand.is_empty(), egui::Button::new("Add pitch"));
        if add.clicked() {
            let index = project.pitches.len();
            out.apply(Action::Pitches(ListEdit::insert(
                index,
                Pitch::for_project(project, &brand),
            )));
            state.pitch = index;
            state.new_pitch_brand.clear();
        }
    });
}

/// The pitch log: brand, status, sent, follow-up and fee, by next follow-up.
fn log_ui(ui: &mut Ui, project: &Project, today: Date, state: &mut PanelState) {
    egui::Grid::new("pitch-log")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for heading in ["Brand", "Status", "Sent", "Follow up", "Fee agreed"] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for index in crate::analytics::by_next_follow_up(&project.pitches) {
                let Some(pitch) = project.pitches.get(index) else {
                    continue;
                };
                let chosen = state.pitch == index;
                if ui
                    .selectable_label(chosen, brand_title(pitch, index))
                    .clicked()
                {
                    state.pitch = index;
                }
                ui.label(pitch.status.label());
                ui.label(pitch.sent_on.map(format::date).unwrap_or_default());
                let follow = pitch.follow_up_on.map(format::date).unwrap_or_default();
                let due = crate::analytics::is_due(pitch, today);
                if due {
                    ui.label(RichText::new(format!("{follow} (due)")).strong());
                } else {
                    ui.label(follow);
                }
                ui.label(
                    pitch
                        .fee_agreed
                        .as_ref()
                        .map(format::money)
                        .unwrap_or_default(),
                );
                ui.end_row();
            }
        });
}

/// The pitch's brand, or "Pitch N" while it has none.
pub fn brand_title(pitch: &Pitch, index: usize) -> String {
    match pitch.brand.trim() {
        "" => format!("Pitch {}", index + 1),
        brand => brand.to_owned(),
    }
}
