//! What one pitch's kit shows, in its form: the brand's target audience and the fit,
//! the collaborations (competitors flagged, left out unless shown anyway), the
//! sections; and the buttons that export the kit and draft the email.

use super::pitch_form::{brand_missing_ui, toggle_ui};
use super::{Outbox, PanelCtx, Request};
use crate::actions::{Action, PitchSetting, ToggleField};
use crate::analytics::{AudienceFit, audience_fit};
use crate::kit::pitch::{competitors, email_draft};
use crate::model::{AudienceTarget, CollabChoice, Pitch, SectionSetting, Share};
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};
use std::collections::BTreeSet;

/// "Export this pitch's kit…" and "Email this kit…", with the draft once asked for.
pub(super) fn actions_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    i: usize,
    pitch: &Pitch,
    out: &mut Outbox,
) {
    brand_missing_ui(ui, pitch);
    ui.horizontal(|ui| {
        if ui
            .button("Export this pitch's kit…")
            .on_hover_text("Write the PDF made for this brand")
            .clicked()
        {
            out.request(Request::ExportPitch { pitch: i });
        }
        if ui
            .button("Email this kit…")
            .on_hover_text("Draft an email to the contact; it opens in your mail app")
            .clicked()
        {
            let draft = email_draft(ctx.project, pitch);
            out.request(Request::DraftEmail {
                pitch: i,
                to: draft.to,
                subject: draft.subject,
                body: draft.body,
            });
        }
    });
}

/// The brand's target (ticks among the audience's own groups) and the fit.
pub(super) fn audience_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    i: usize,
    pitch: &Pitch,
    out: &mut Outbox,
) {
    ui.label(RichText::new("The brand's audience").strong());
    let groups = audience_groups(ctx);
    if groups.iter().all(|(_, labels)| labels.is_empty()) {
        widgets::hint_line(
            ui,
            "Add your audience's age, gender and country shares (Audience) to see how well \
             it fits the brand's.",
        );
    }
    let mut target = pitch.target.clone();
    for (dimension, labels) in &groups {
        if labels.is_empty() {
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{dimension}:"));
            let chosen = target_list(&mut target, dimension);
            for label in labels {
                let mut on = chosen.iter().any(|c| same_group(c, label));
                let response = ui.checkbox(&mut on, label.as_str());
                let response = response.on_hover_text(format!("{dimension} {label}"));
                if response.changed() {
                    if on {
                        chosen.push(label.clone());
                    } else {
                        chosen.retain(|c| !same_group(c, label));
                    }
                }
            }
        });
    }
    if target != pitch.target {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Target(target),
        });
    }
    fit_ui(ui, &audience_fit(ctx.project, &pitch.target));
    toggle_ui(
        ui,
        ToggleField::PitchPrintsFit { pitch: i },
        pitch.print_audience_fit,
        "Print the audience fit in this kit",
        out,
    );
}

/// The fit per dimension and together, with its formula and assumption.
fn fit_ui(ui: &mut Ui, fit: &AudienceFit) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new("Audience fit").strong());
        if fit.dimensions.is_empty() {
            widgets::hint_line(ui, "Tick the brand's groups above to see the fit.");
            return;
        }
        for dimension in &fit.dimensions {
            ui.label(format!(
                "{}: {}",
                dimension.label(),
                dimension.fit.describe()
            ));
        }
        if let Some(together) = fit.together {
            ui.label(RichText::new(format!("Together: {}", together.describe())).strong());
        }
        widgets::hint_line(ui, AudienceFit::FORMULA);
        if fit.dimensions.len() > 1 {
            widgets::hint_line(ui, AudienceFit::ASSUMPTION);
        }
        if let Some(source) = &fit.source {
            widgets::hint_line(ui, &format!("Audience figures: {source}"));
        }
    });
}

/// The groups of the creator's audiences, per dimension, in first-seen order.
fn audience_groups(ctx: &PanelCtx<'_>) -> [(&'static str, Vec<String>); 3] {
    let mut groups: [(&'static str, Vec<String>); 3] = [
        ("Age", Vec::new()),
        ("Gender", Vec::new()),
        ("Country", Vec::new()),
    ];
    for audience in &ctx.project.audiences {
        let lists: [&Vec<Share>; 3] = [&audience.ages, &audience.genders, &audience.countries];
        for (slot, shares) in groups.iter_mut().zip(lists) {
            for share in shares {
                let label = share.label.trim();
                if !label.is_empty() && !slot.1.iter().any(|l| same_group(l, label)) {
                    slot.1.push(label.to_owned());
                }
            }
        }
    }
    groups
}

fn target_list<'t>(target: &'t mut AudienceTarget, dimension: &str) -> &'t mut Vec<String> {
    match dimension {
        "Age" => &mut target.ages,
        "Gender" => &mut target.genders,
        _ => &mut target.countries,
    }
}

/// Group labels compared as the fit compares them (case, spaces, dashes aside).
fn same_group(a: &str, b: &str) -> bool {
    crate::analytics::audience_fit::same_group(a, b)
}

/// The collaborations this kit shows, competitors flagged with the reason.
pub(super) fn collabs_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    i: usize,
    pitch: &Pitch,
    out: &mut Outbox,
) {
    let project = ctx.project;
    ui.label(RichText::new("Collaborations in this kit").strong());
    if project.collaborations.is_empty() {
        widgets::hint_line(ui, "No collaborations yet (Collaborations).");
        return;
    }
    let rivals = competitors(project, pitch);
    let hidden: BTreeSet<usize> = if pitch.show_competitors {
        BTreeSet::new()
    } else {
        rivals.iter().map(|c| c.index).collect()
    };
    let mut choices = pitch.collabs.clone();
    for (index, collab) in project.collaborations.iter().enumerate() {
        let mut shown = pitch.chooses(collab);
        ui.horizontal(|ui| {
            let name = match collab.brand.trim() {
                "" => format!("Collaboration {}", index + 1),
                brand => brand.to_owned(),
            };
            let response = ui.checkbox(&mut shown, &name);
            if response.changed() {
                choices.retain(|c| !c.names(collab));
                choices.push(CollabChoice {
                    brand: collab.brand.clone(),
                    date: collab.date,
                    shown,
                });
            }
            if let Some(rival) = rivals.iter().find(|c| c.index == index) {
                let flag = if hidden.contains(&index) {
                    "Competitor: left out"
                } else {
                    "Competitor: shown anyway"
                };
                ui.label(RichText::new(flag).color(ui.visuals().warn_fg_color))
                    .on_hover_text(rival.why(project, pitch));
            }
        });
    }
    if choices != pitch.collabs {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Collabs(choices),
        });
    }
    if !rivals.is_empty() {
        for rival in &rivals {
            widgets::hint_line(ui, &format!("{}.", rival.why(project, pitch)));
        }
        toggle_ui(
            ui,
            ToggleField::PitchShowsCompetitors { pitch: i },
            pitch.show_competitors,
            "Show competitors' collaborations in this kit anyway",
            out,
        );
    }
}

/// Which sections this kit shows.
pub(super) fn sections_ui(ui: &mut Ui, i: usize, pitch: &Pitch, out: &mut Outbox) {
    ui.label(RichText::new("Sections in this kit").strong());
    let mut sections: Vec<SectionSetting> = pitch.sections.clone();
    ui.horizontal_wrapped(|ui| {
        for setting in &mut sections {
            let label = setting.section.label();
            let response = ui.checkbox(&mut setting.visible, label);
            Name::Text(&format!("{label}, pitch {}", i + 1)).attach(response);
        }
    });
    if sections != pitch.sections {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Sections(sections),
        });
    }
}
