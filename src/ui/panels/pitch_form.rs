//! One pitch's form: the brand and contact, where the pitch stands, what its kit shows
//! (intro, sections, collaborations with competitors left out, rates, theme), the
//! audience fit, and the buttons that export and email its kit.

use super::pitch_kit;
use super::pitches::brand_title;
use super::{Outbox, PanelCtx, TextRow, row_edit, text_rows_ui};
use crate::actions::{Action, OptionalDateField, PitchField, PitchSetting, TextField, ToggleField};
use crate::kit::lang::{self, Language};
use crate::model::{Currency, KitLength, Money, Pitch, PitchStatus, RatesShown, Rgb, Theme};
use crate::ui::widgets::{self, Name};
use egui::{RichText, Ui};

/// The form of pitch `i`.
pub(super) fn pitch_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, pitch: &Pitch, out: &mut Outbox) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(brand_title(pitch, i)).heading());
        if let Some(op) = widgets::row_buttons(ui, i, ctx.project.pitches.len(), "pitch") {
            out.apply(Action::Pitches(row_edit(op, i)));
        }
    });
    pitch_kit::actions_ui(ui, ctx, i, pitch, out);
    ui.add_space(4.0);
    egui::Grid::new(("pitch-form", i))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            contact_rows_ui(ui, i, pitch, out);
            log_rows_ui(ui, ctx, i, pitch, out);
            kit_rows_ui(ui, ctx, i, pitch, out);
        });
    ui.add_space(6.0);
    texts_ui(ui, i, pitch, out);
    ui.add_space(6.0);
    pitch_kit::audience_ui(ui, ctx, i, pitch, out);
    ui.add_space(6.0);
    pitch_kit::collabs_ui(ui, ctx, i, pitch, out);
    ui.add_space(6.0);
    pitch_kit::sections_ui(ui, i, pitch, out);
}

fn contact_rows_ui(ui: &mut Ui, i: usize, pitch: &Pitch, out: &mut Outbox) {
    let field = |field| TextField::Pitch { pitch: i, field };
    let rows: [TextRow<'_>; 4] = [
        (
            "Brand",
            field(PitchField::Brand),
            &pitch.brand,
            "The brand's name",
        ),
        (
            "Brand category",
            field(PitchField::Category),
            &pitch.category,
            "e.g. Coffee roasters (finds competitors)",
        ),
        (
            "Contact",
            field(PitchField::ContactName),
            &pitch.contact_name,
            "Who you write to",
        ),
        (
            "Contact email",
            field(PitchField::ContactEmail),
            &pitch.contact_email,
            "name@brand.com",
        ),
    ];
    text_rows_ui(ui, &rows, &format!("pitch {}", i + 1), out);
    if let Some(problem) = widgets::validate::email_problem(&pitch.contact_email) {
        ui.label("");
        widgets::error_line(ui, &problem);
        ui.end_row();
    }
}

/// Status, the days sent and to follow up, and the fee agreed.
fn log_rows_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, pitch: &Pitch, out: &mut Outbox) {
    let n = i + 1;
    let id = widgets::form_label(ui, "Status");
    let mut status = pitch.status;
    let combo = egui::ComboBox::from_id_salt(("pitch-status", i))
        .selected_text(status.label())
        .show_ui(ui, |ui| {
            for s in PitchStatus::ALL {
                ui.selectable_value(&mut status, s, s.label());
            }
        });
    Name::By(id).attach(combo.response);
    if status != pitch.status {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Status(status),
        });
    }
    ui.end_row();
    let dates = [
        (
            "Sent on",
            OptionalDateField::PitchSent { pitch: i },
            pitch.sent_on,
        ),
        (
            "Follow up on",
            OptionalDateField::PitchFollowUp { pitch: i },
            pitch.follow_up_on,
        ),
    ];
    for (label, field, value) in dates {
        let id = widgets::form_label(ui, label);
        if let Some(value) =
            widgets::optional_date_field(ui, (label, "pitch", i), Name::By(id), value)
        {
            out.apply(Action::SetOptionalDate { field, value });
        }
        ui.end_row();
    }
    let currency = fee_currency(ctx, pitch);
    let factor = 10u64.pow(currency.minor_digits());
    ui.label(format!("Fee agreed ({})", currency.code()));
    let whole = pitch.fee_agreed.as_ref().map(|m| m.amount_minor / factor);
    if let Some(value) = widgets::optional_count_cell(
        ui,
        ("pitch-fee", i),
        &format!("Fee agreed, pitch {n}"),
        whole,
        96.0,
    ) {
        let fee = value.map(|whole| Money {
            amount_minor: whole.saturating_mul(factor),
            currency: currency.clone(),
        });
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Fee(fee),
        });
    }
    ui.end_row();
}

/// The fee's currency: its own, else the rate card's, else US dollars.
fn fee_currency(ctx: &PanelCtx<'_>, pitch: &Pitch) -> Currency {
    pitch
        .fee_agreed
        .as_ref()
        .map(|m| m.currency.clone())
        .or_else(|| {
            ctx.project
                .rate_card
                .packages
                .first()
                .map(|p| p.price.currency.clone())
        })
        .or_else(|| Currency::new("USD"))
        .unwrap_or_default()
}

/// How the kit shows prices, and its theme.
fn kit_rows_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, pitch: &Pitch, out: &mut Outbox) {
    let id = widgets::form_label(ui, "Prices in the kit");
    let mut rates = pitch.rates;
    let combo = egui::ComboBox::from_id_salt(("pitch-rates", i))
        .selected_text(rates.label())
        .show_ui(ui, |ui| {
            for r in RatesShown::ALL {
                ui.selectable_value(&mut rates, r, r.label());
            }
        });
    Name::By(id).attach(combo.response);
    if rates != pitch.rates {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Rates(rates),
        });
    }
    ui.end_row();
    let main = ctx.project.kit.theme;
    if let Some(theme) = follow_or_own_ui(
        ui,
        ("Theme", i),
        pitch.theme,
        main,
        &Theme::ALL,
        Theme::label,
    ) {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Theme(theme),
        });
    }
    accent_row_ui(ui, ctx, i, pitch, out);
    let main = ctx.project.kit.length;
    if let Some(length) = follow_or_own_ui(
        ui,
        ("Kit length", i),
        pitch.length,
        main,
        &KitLength::ALL,
        KitLength::label,
    ) {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Length(length),
        });
    }
    let main = lang::resolve(ctx.project.kit.language, lang::default_language());
    if let Some(language) = follow_or_own_ui(
        ui,
        ("Kit language", i),
        pitch.language,
        main,
        &Language::ALL,
        Language::name,
    ) {
        out.apply(Action::SetPitch {
            pitch: i,
            value: PitchSetting::Language(language),
        });
    }
}

/// A form row choosing "As the main kit (MAIN)" (`None`) or one of `all` for a
/// pitch; `(label, pitch index)` names it. The new choice when it changed.
fn follow_or_own_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    (label, i): (&str, usize),
    current: Option<T>,
    main: T,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Option<Option<T>> {
    let id = widgets::form_label(ui, label);
    let follow = format!("As the main kit ({})", name(main));
    let mut chosen = current;
    let shown = chosen.map_or(follow.clone(), |v| name(v).to_owned());
    let combo = egui::ComboBox::from_id_salt((label, "pitch", i))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, follow.as_str());
            for &value in all {
                ui.selectable_value(&mut chosen, Some(value), name(value));
            }
        });
    Name::By(id).attach(combo.response);
    ui.end_row();
    (chosen != current).then_some(chosen)
}

/// The pitch's accent colour: the main kit's, or its own typed as #RRGGBB.
fn accent_row_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, pitch: &Pitch, out: &mut Outbox) {
    let id = widgets::form_label(ui, "Accent colour");
    ui.horizontal(|ui| {
        let mut own = pitch.accent.is_some();
        let shown = pitch.accent.or(ctx.project.kit.accent);
        let response = ui.checkbox(&mut own, "Its own");
        Name::By(id).attach(response.clone());
        if response.changed() {
            let value = if own {
                Some(shown.unwrap_or_else(|| {
                    crate::kit::theme::default_accent(pitch.theme.unwrap_or(ctx.project.kit.theme))
                }))
            } else {
                None
            };
            out.apply(Action::SetPitch {
                pitch: i,
                value: PitchSetting::Accent(value),
            });
        }
        match pitch.accent {
            Some(rgb) => {
                widgets::swatch(ui, rgb.0, 18.0);
                if let Some(rgb) = widgets::committed_field(
                    ui,
                    ("pitch-accent", i),
                    Name::Text(&format!("Accent colour hex, pitch {}", i + 1)),
                    &rgb.to_hex(),
                    80.0,
                    widgets::Message::OnHover,
                    |t| {
                        Rgb::parse(t)
                            .ok_or_else(|| "Type a colour as #RRGGBB, e.g. #2F6FEB.".to_owned())
                    },
                ) {
                    out.apply(Action::SetPitch {
                        pitch: i,
                        value: PitchSetting::Accent(Some(rgb)),
                    });
                }
            }
            None => {
                widgets::hint_line(ui, "as the main kit");
            }
        }
    });
    ui.end_row();
}

/// The intro paragraph (printed first in About) and the creator's notes.
fn texts_ui(ui: &mut Ui, i: usize, pitch: &Pitch, out: &mut Outbox) {
    let texts = [
        (
            "Intro for this brand",
            PitchField::Intro,
            &pitch.intro,
            "Why this brand, in your words: printed first in About",
        ),
        (
            "Notes",
            PitchField::Notes,
            &pitch.notes,
            "Anything to remember: what they said, what to send next",
        ),
    ];
    for (label, field, value, hint) in texts {
        let id = ui.label(RichText::new(label).strong()).id;
        if let Some(text) = widgets::multiline_field(ui, Name::By(id), value, hint, 3) {
            out.typing(Action::SetText {
                field: TextField::Pitch { pitch: i, field },
                value: text,
            });
        }
    }
}

/// A switch of pitch `i` (competitors shown, audience fit printed).
pub(super) fn toggle_ui(
    ui: &mut Ui,
    field: ToggleField,
    value: bool,
    text: &str,
    out: &mut Outbox,
) {
    let mut on = value;
    if ui.checkbox(&mut on, text).changed() {
        out.apply(Action::SetToggle { field, value: on });
    }
}

/// A line in the error colour when a pitch has no brand name.
pub(super) fn brand_missing_ui(ui: &mut Ui, pitch: &Pitch) {
    if pitch.brand.trim().is_empty() {
        widgets::error_line(ui, "Name the brand: the kit says who it is prepared for.");
    }
}
