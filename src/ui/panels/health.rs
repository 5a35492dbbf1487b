//! The "To check" list: the health check's warnings, each with "Go to" (jumps to the
//! post or figure) and "Dismiss…" (with the creator's reason, saved in the project),
//! and the dismissed ones, which can be brought back.

use super::{EditorSection, Outbox, PanelCtx, PanelState, Request};
use crate::actions::Action;
use crate::analytics::{HealthTarget, HealthWarning};
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};

/// A dismissal being written: the warning's key and the reason typed so far.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Dismissing {
    /// The warning's key.
    pub key: String,
    /// The reason typed so far.
    pub reason: String,
}

/// The warnings of one platform (`Some(index)`) or of the whole project (`None`).
pub(super) fn health_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    state: &mut PanelState,
    out: &mut Outbox,
    platform: Option<usize>,
) {
    let belongs =
        |w: &&HealthWarning| platform.is_none_or(|p| target_platform(w.target) == Some(p));
    let (dismissed, open): (Vec<&HealthWarning>, Vec<&HealthWarning>) = ctx
        .derived
        .health
        .iter()
        .filter(belongs)
        .partition(|w| w.is_dismissed());
    if open.is_empty() && dismissed.is_empty() {
        if platform.is_none() {
            widgets::hint_line(ui, "To check: nothing. Every figure looks plausible.");
        }
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(format!("To check ({})", open.len())).strong())
            .on_hover_text(
                "Figures a brand's audit tool would question. Correct them, or dismiss a \
                 warning with a note when the figure is right.",
            );
        for warning in &open {
            warning_ui(ui, state, out, warning);
        }
        if !dismissed.is_empty() {
            egui::CollapsingHeader::new(format!("Dismissed ({})", dismissed.len()))
                .id_salt(("health-dismissed", platform))
                .show(ui, |ui| {
                    for warning in &dismissed {
                        dismissed_ui(ui, out, warning);
                    }
                });
        }
    });
}

fn warning_ui(ui: &mut Ui, state: &mut PanelState, out: &mut Outbox, warning: &HealthWarning) {
    ui.add_space(4.0);
    ui.label(RichText::new(format!("⚠ {}", warning.figure)).strong());
    ui.label(warning.why.as_str());
    widgets::hint_line(ui, &warning.what_to_do);
    let writing = state
        .dismissing
        .as_ref()
        .is_some_and(|d| d.key == warning.key);
    ui.horizontal(|ui| {
        if ui
            .button("Go to")
            .accessible_name(format!("Go to: {}", warning.figure))
            .on_hover_text("Show this figure in the editor")
            .clicked()
        {
            go_to(state, out, warning.target);
        }
        if !writing
            && ui
                .button("Dismiss…")
                .accessible_name(format!("Dismiss: {}", warning.figure))
                .on_hover_text("The figure is right: say why, and stop warning about it")
                .clicked()
        {
            state.dismissing = Some(Dismissing {
                key: warning.key.clone(),
                reason: String::new(),
            });
        }
    });
    if writing {
        reason_ui(ui, state, out);
    }
}

/// The reason field and its buttons, for the warning being dismissed.
fn reason_ui(ui: &mut Ui, state: &mut PanelState, out: &mut Outbox) {
    let Some(dismissing) = state.dismissing.as_mut() else {
        return;
    };
    let done = ui
        .horizontal(|ui| {
            if let Some(text) = widgets::text_field(
                ui,
                Name::Text("Reason for dismissing"),
                &dismissing.reason,
                "e.g. this reel went viral",
                280.0,
            ) {
                dismissing.reason = text;
            }
            if ui.button("Dismiss warning").clicked() {
                out.apply(Action::SetDismissal {
                    key: dismissing.key.clone(),
                    reason: Some(dismissing.reason.trim().to_owned()),
                });
                true
            } else {
                ui.button("Cancel").clicked()
            }
        })
        .inner;
    if done {
        state.dismissing = None;
    }
}

fn dismissed_ui(ui: &mut Ui, out: &mut Outbox, warning: &HealthWarning) {
    ui.horizontal_wrapped(|ui| {
        ui.label(&warning.figure);
        let reason = warning.dismissed.as_deref().unwrap_or("");
        if !reason.is_empty() {
            widgets::hint_line(ui, &format!("“{reason}”"));
        }
        if ui
            .small_button("Bring back")
            .accessible_name(format!("Bring back: {}", warning.figure))
            .on_hover_text(warning.why.as_str())
            .clicked()
        {
            out.apply(Action::SetDismissal {
                key: warning.key.clone(),
                reason: None,
            });
        }
    });
}

/// Shows the warning's figure: selects its platform or audience, remembers what to
/// scroll to, and switches section.
fn go_to(state: &mut PanelState, out: &mut Outbox, target: HealthTarget) {
    match target {
        HealthTarget::Audience { audience } => {
            state.audience = audience;
            out.request(Request::Show(EditorSection::Audience));
        }
        HealthTarget::Post { platform, .. }
        | HealthTarget::Posts { platform }
        | HealthTarget::Followers { platform }
        | HealthTarget::Snapshots { platform } => {
            state.platform = platform;
            out.request(Request::Show(EditorSection::Platforms));
        }
    }
    state.health_focus = Some(target);
}

/// The platform a target is on, if any.
pub(super) fn target_platform(target: HealthTarget) -> Option<usize> {
    match target {
        HealthTarget::Post { platform, .. }
        | HealthTarget::Posts { platform }
        | HealthTarget::Followers { platform }
        | HealthTarget::Snapshots { platform } => Some(platform),
        HealthTarget::Audience { .. } => None,
    }
}

/// The open warnings about post `post` of platform `platform`, for the posts table.
pub(super) fn post_warnings<'a>(
    ctx: &'a PanelCtx<'_>,
    platform: usize,
    post: usize,
) -> impl Iterator<Item = &'a HealthWarning> {
    ctx.derived
        .health
        .iter()
        .filter(move |w| !w.is_dismissed() && w.target == HealthTarget::Post { platform, post })
}
