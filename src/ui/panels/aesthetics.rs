//! The Aesthetics section: add photos (pick, or drop files and folders on the
//! window), watch them import, reorder by dragging, caption, remove; refused files
//! with their reason; the gallery's palette and cohesion score.

use super::{Outbox, PanelCtx, Request, row_edit};
use crate::actions::{Action, TextField};
use crate::ui::commands::Command;
use crate::ui::widgets::{self, Name};
use egui::{Frame, RichText, Ui, Vec2};

const CARD_WIDTH: f32 = 168.0;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    controls_ui(ui, ctx, out);
    if let Some(import) = ctx.import {
        import_ui(ui, ctx, import, out);
    }
    look_ui(ui, ctx);
    ui.add_space(8.0);
    gallery_ui(ui, ctx, out);
}

fn controls_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let running = ctx.import.is_some_and(|i| i.running);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ctx.can_import && !running, egui::Button::new("Add photos…"))
            .on_hover_text("Choose photos to show your look (JPEG, HEIC, PNG, WebP, GIF)")
            .clicked()
        {
            out.request(Request::PickPhotos { profile: false });
        }
        widgets::hint_line(ui, "or drag photos or whole folders onto the window");
    });
    if !ctx.can_import {
        ui.horizontal(|ui| {
            widgets::error_line(
                ui,
                "Photos are stored in the project's folder: save the project first.",
            );
            if Command::SaveAs.button(ui, true) {
                out.request(Request::Command(Command::SaveAs));
            }
        });
        if !ctx.waiting_drops.is_empty() {
            widgets::hint_line(
                ui,
                &format!(
                    "{} dropped item(s) will be imported once the project is saved.",
                    ctx.waiting_drops.len()
                ),
            );
        }
    }
}

fn import_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    import: &crate::ui::jobs::import::ImportView,
    out: &mut Outbox,
) {
    Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(import.summary());
            if import.running {
                if ui.button("Cancel import").clicked() {
                    out.request(Request::CancelImport);
                }
            } else if ui.small_button("Dismiss").clicked() {
                out.request(Request::DismissImportReport);
            }
        });
        if import.running && import.total > 0 {
            let fraction = import.done as f32 / import.total as f32;
            ui.add(egui::ProgressBar::new(fraction).desired_width(ui.available_width().min(420.0)));
        }
        if import.running && !import.imported.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for imported in import.imported.iter().rev().take(12) {
                    ctx.thumbs
                        .show(ui, &imported.media.file, Vec2::splat(48.0), "Just imported");
                }
            });
        }
        if !import.running {
            for note in &import.notes {
                widgets::hint_line(ui, note);
            }
        }
        if !import.refused.is_empty() {
            ui.label(RichText::new("Not imported").strong());
            for line in &import.refused {
                widgets::error_line(ui, line);
            }
        }
    });
}

fn look_ui(ui: &mut Ui, ctx: &PanelCtx<'_>) {
    let Some(look) = ctx.gallery else {
        if !ctx.project.samples.is_empty() {
            widgets::hint_line(ui, "Reading the photos' colours…");
        }
        return;
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new("Palette").strong());
        for swatch in &look.palette {
            widgets::swatch(ui, swatch.rgb.0, 22.0).on_hover_text(format!(
                "{} · {}% of the photos",
                swatch.rgb.to_hex(),
                swatch.weight_bp / 100
            ));
        }
        ui.add_space(12.0);
        let words = match look.cohesion {
            75..=100 => "calmingly cohesive",
            50..=74 => "consistent",
            25..=49 => "varied",
            _ => "creatively chaotic",
        };
        ui.label(RichText::new(format!("Cohesion {}/100", look.cohesion)).strong())
            .on_hover_text("How much the photos share colours and brightness (0 = every photo a different world, 100 = one look)");
        ui.label(RichText::new(words).weak());
    });
}

fn gallery_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let samples = &ctx.project.samples;
    if samples.is_empty() {
        widgets::hint_line(
            ui,
            "No photos yet. Six to nine photos that show your look work best.",
        );
        return;
    }
    widgets::hint_line(
        ui,
        "Drag a photo onto another to reorder; the kit shows them in this order.",
    );
    let gap = 10.0;
    let card_outer = CARD_WIDTH + 2.0 * ui.spacing().window_margin.leftf() + gap;
    let columns = ((ui.available_width() + gap) / card_outer).floor().max(1.0) as usize;
    for (row_index, row) in samples.chunks(columns).enumerate() {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(gap, gap);
            for (k, sample) in row.iter().enumerate() {
                let i = row_index * columns + k;
                let n = i + 1;
                let (card, dropped) =
                    ui.dnd_drop_zone::<usize, _>(Frame::group(ui.style()), |ui| {
                        ui.set_width(CARD_WIDTH);
                        ui.vertical(|ui| {
                            let id = egui::Id::unique(("photo-drag", i));
                            let caption = sample.caption.trim();
                            let alt = if caption.is_empty() {
                                format!("Photo {n}")
                            } else {
                                caption.to_owned()
                            };
                            ui.dnd_drag_source(id, i, |ui| {
                                ctx.thumbs.show(
                                    ui,
                                    &sample.media.file,
                                    Vec2::new(CARD_WIDTH, CARD_WIDTH * 0.8),
                                    &alt,
                                );
                            });
                            if let Some(caption) = widgets::text_field(
                                ui,
                                Name::Text(&format!("Caption, photo {n}")),
                                &sample.caption,
                                "Caption",
                                CARD_WIDTH,
                            ) {
                                out.typing(Action::SetText {
                                    field: TextField::SampleCaption { sample: i },
                                    value: caption,
                                });
                            }
                            ui.horizontal(|ui| {
                                ui.label(RichText::new(format!("{n}")).weak());
                                if let Some(op) =
                                    widgets::row_buttons(ui, i, samples.len(), "photo")
                                {
                                    out.apply(Action::Samples(row_edit(op, i)));
                                }
                            });
                        });
                    });
                let _ = card;
                if let Some(from) = dropped
                    && *from != i
                {
                    out.apply(Action::Samples(crate::actions::ListEdit::move_item(
                        *from, i,
                    )));
                }
            }
        });
    }
}
