//! The Kit design section: theme, paper size, length (full, two pages, one page),
//! accent colour (with suggestions from the photos), the sections' order and
//! visibility, and the PDF size budget.

use super::{Outbox, PanelCtx};
use crate::actions::{Action, ListEdit, ToggleField};
use crate::kit::lang::{self, Language};
use crate::kit::theme;
use crate::model::{KitLength, KitSettings, PageSize, Rgb, Theme};
use crate::ui::widgets::{self, Message, Name};
use egui::{RichText, Ui};

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let kit = &ctx.project.kit;
    egui::Grid::new("kit-design")
        .num_columns(2)
        .spacing([12.0, 10.0])
        .show(ui, |ui| {
            ui.label("Theme");
            ui.horizontal(|ui| {
                for t in Theme::ALL {
                    if ui.radio(kit.theme == t, t.label()).clicked() && kit.theme != t {
                        out.apply(Action::SetTheme(t));
                    }
                }
            });
            ui.end_row();

            ui.label("Paper");
            ui.horizontal(|ui| {
                for (size, label) in [(PageSize::A4, "A4"), (PageSize::Letter, "US Letter")] {
                    if ui.radio(kit.page_size == size, label).clicked() && kit.page_size != size {
                        out.apply(Action::SetPageSize(size));
                    }
                }
            });
            ui.end_row();

            ui.label("Length");
            length_ui(ui, kit, out);
            ui.end_row();

            language_ui(ui, kit, out);
            ui.end_row();

            ui.label("Accent colour");
            accent_ui(ui, ctx, out);
            ui.end_row();

            let id = widgets::form_label(ui, "PDF size limit");
            ui.horizontal(|ui| {
                if let Some(kb) = widgets::count_field(
                    ui,
                    "size-budget",
                    Name::By(id),
                    u64::from(kit.size_budget_kb),
                    200,
                    " KB",
                ) {
                    out.apply(Action::SetSizeBudget {
                        size_budget_kb: u32::try_from(kb).unwrap_or(u32::MAX),
                    });
                }
                widgets::hint_line(
                    ui,
                    "Photos are made smaller to fit (email attachments are often limited to 10 MB)",
                );
            });
            ui.end_row();
        });
    ui.add_space(10.0);
    sections_ui(ui, kit, out);
}

/// The language a kit language is listed under: its own name, and the English one
/// when it differs ("Deutsch (German)").
fn language_label(language: Language) -> String {
    if language.name() == language.english_name() {
        language.name().to_owned()
    } else {
        format!("{} ({})", language.name(), language.english_name())
    }
}

/// The "Kit language" row: "As this computer (…)" (no language set) or one of the
/// kit languages; the kit's words, numbers and dates follow it, the editor stays
/// English.
fn language_ui(ui: &mut Ui, kit: &KitSettings, out: &mut Outbox) {
    let id = widgets::form_label(ui, "Kit language");
    let computer = format!(
        "As this computer ({})",
        language_label(lang::default_language())
    );
    let mut chosen = kit.language;
    let shown = chosen.map_or(computer.clone(), language_label);
    ui.vertical(|ui| {
        let combo = egui::ComboBox::from_id_salt("kit-language")
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, computer.as_str());
                for language in Language::ALL {
                    ui.selectable_value(&mut chosen, Some(language), language_label(language));
                }
            });
        Name::By(id).attach(combo.response);
        widgets::hint_line(
            ui,
            "Headings, labels, numbers and dates of the kit; what you typed stays as typed",
        );
    });
    if chosen != kit.language {
        out.apply(Action::SetKitLanguage(chosen));
    }
}

/// Full kit, two pages or one page, with a line saying what the short ones keep.
fn length_ui(ui: &mut Ui, kit: &KitSettings, out: &mut Outbox) {
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            for length in KitLength::ALL {
                if ui.radio(kit.length == length, length.label()).clicked() && kit.length != length
                {
                    out.apply(Action::SetKitLength(length));
                }
            }
        });
        let hint = match kit.length {
            KitLength::Full => "Every section you show below, on as many pages as it takes",
            KitLength::TwoPage => {
                "The cover, then one page with your figures against benchmarks, photos, best collaborations, rates and contact"
            }
            KitLength::OnePage => {
                "For brands that skim: key figures with benchmarks, three photos, your best collaboration, rates and contact on one page"
            }
        };
        widgets::hint_line(ui, hint);
    });
}

fn accent_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let kit = &ctx.project.kit;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            if ui.radio(kit.accent.is_none(), "From my photos").clicked() && kit.accent.is_some() {
                out.apply(Action::SetAccent(None));
            }
            let current = kit
                .accent
                .or_else(|| theme::accent_from_palette(ctx.palette))
                .unwrap_or_else(|| theme::default_accent(kit.theme));
            if ui.radio(kit.accent.is_some(), "Custom").clicked() && kit.accent.is_none() {
                out.apply(Action::SetAccent(Some(current)));
            }
            widgets::swatch(ui, current.0, 18.0).on_hover_text(current.to_hex());
            let label = ui.label("Hex");
            if let Some(rgb) = widgets::committed_field(
                ui,
                "accent-hex",
                Name::By(label.id),
                &current.to_hex(),
                80.0,
                Message::Below,
                |t| {
                    Rgb::parse(t)
                        .ok_or_else(|| "Type a colour as #RRGGBB, e.g. #2F6FEB.".to_owned())
                },
            ) {
                out.apply(Action::SetAccent(Some(rgb)));
            }
        });
        if kit.accent.is_none() && theme::accent_from_palette(ctx.palette).is_none() {
            widgets::hint_line(
                ui,
                "Your photos' colours are too muted (or too close to skin tones) for an accent, so the theme's own colour is used. Pick a suggestion to change it.",
            );
        }
        let mut suggestions: Vec<Rgb> = ctx.palette.to_vec();
        for t in Theme::ALL {
            let colour = theme::default_accent(t);
            if !suggestions.contains(&colour) {
                suggestions.push(colour);
            }
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Suggestions").small().weak());
            for colour in suggestions {
                let [r, g, b] = colour.0;
                let button = egui::Button::new("   ").fill(egui::Color32::from_rgb(r, g, b));
                if ui
                    .add(button)
                    .on_hover_text(format!("Use {}", colour.to_hex()))
                    .accessible_name(format!("Use accent {}", colour.to_hex()))
                    .clicked()
                {
                    out.apply(Action::SetAccent(Some(colour)));
                }
            }
        });
    });
}

fn sections_ui(ui: &mut Ui, kit: &KitSettings, out: &mut Outbox) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Sections of the kit").strong());
        let defaults = KitSettings::default().sections;
        if ui
            .add_enabled(
                kit.sections != defaults,
                egui::Button::new("Reset to default"),
            )
            .clicked()
        {
            out.apply(Action::SetSections(defaults));
        }
    });
    widgets::hint_line(
        ui,
        "Drag a section by its name to reorder it; untick it to leave it out.",
    );
    let len = kit.sections.len();
    for (i, setting) in kit.sections.iter().enumerate() {
        let row = ui.horizontal(|ui| {
            let mut visible = setting.visible;
            if ui
                .checkbox(&mut visible, "")
                .accessible_name(format!("Show {}", setting.section.label()))
                .changed()
            {
                out.apply(Action::SetToggle {
                    field: ToggleField::SectionVisible { index: i },
                    value: visible,
                });
            }
            ui.dnd_drag_source(egui::Id::unique(("section-drag", i)), i, |ui| {
                let text = RichText::new(format!("≡  {}", setting.section.label()));
                // Names flush left in a fixed-width column, so the buttons line up.
                ui.allocate_ui_with_layout(
                    egui::vec2(190.0, 20.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(190.0);
                        ui.add(
                            egui::Label::new(if setting.visible {
                                text
                            } else {
                                text.weak().strikethrough()
                            })
                            .selectable(false),
                        );
                    },
                );
            });
            if let Some(op) = widgets::move_buttons(ui, i, len, "section") {
                out.apply(Action::Sections(super::row_edit(op, i)));
            }
        });
        drop_target(ui, &row.response);
        if let Some(from) = row.response.dnd_release_payload::<usize>()
            && *from != i
        {
            out.apply(Action::Sections(ListEdit::move_item(*from, i)));
        }
    }
}

/// A line under a row while something dragged hovers it.
pub(super) fn drop_target(ui: &Ui, response: &egui::Response) {
    if response.dnd_hover_payload::<usize>().is_some() {
        let rect = response.rect;
        ui.painter()
            .hline(rect.x_range(), rect.bottom(), ui.visuals().selection.stroke);
    }
}
