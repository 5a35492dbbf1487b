//! The Collaborations section: past sponsored work with its deliverables, results
//! and testimonial; add, edit, remove, reorder, show or hide in the kit.

use super::{Outbox, PanelCtx, TextRow, row_edit, text_rows_ui};
use crate::actions::{Action, CollabField, ListEdit, TextField, ToggleField};
use crate::model::{CollabResults, Collaboration, Extra, Provenance, Testimonial};
use crate::ui::widgets::{self, Message, Name};
use egui::{RichText, Ui};

/// Sets one result of a collaboration.
type SetResult = fn(&mut CollabResults, Option<u64>);

/// One text of a testimonial.
type TestimonialSlot = fn(&mut Testimonial) -> &mut String;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let collabs = &ctx.project.collaborations;
    if ui.button("Add collaboration").clicked() {
        let collab = Collaboration {
            brand: String::new(),
            category: String::new(),
            date: ctx.derived.today,
            platforms: Vec::new(),
            deliverables: String::new(),
            results: CollabResults::default(),
            provenance: Provenance::typed(ctx.derived.today),
            link: String::new(),
            testimonial: None,
            show_in_kit: true,
            competing: false,
            extra: Extra::new(),
        };
        out.apply(Action::Collaborations(ListEdit::insert(0, collab)));
    }
    if collabs.is_empty() {
        widgets::hint_line(
            ui,
            "List brands you have worked with: what you delivered and what it achieved.",
        );
    }
    for (i, collab) in collabs.iter().enumerate() {
        let title = match collab.brand.trim() {
            "" => format!("Collaboration {}", i + 1),
            brand => brand.to_owned(),
        };
        let hidden = if collab.show_in_kit {
            ""
        } else {
            " (hidden from the kit)"
        };
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{title} · {}{hidden}",
                crate::format::date(collab.date)
            ))
            .strong(),
        )
        .id_salt(("collab", i))
        .default_open(i == 0)
        .show(ui, |ui| collab_ui(ui, ctx, i, collab, out));
    }
}

fn collab_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, collab: &Collaboration, out: &mut Outbox) {
    let n = i + 1;
    let update = |out: &mut Outbox, changed: Collaboration| {
        out.apply(Action::Collaborations(ListEdit::update(i, changed)));
    };
    ui.horizontal(|ui| {
        let mut shown = collab.show_in_kit;
        if ui.checkbox(&mut shown, "Show in the kit").changed() {
            out.apply(Action::SetToggle {
                field: ToggleField::CollabShown { collab: i },
                value: shown,
            });
        }
        if let Some(op) =
            widgets::row_buttons(ui, i, ctx.project.collaborations.len(), "collaboration")
        {
            out.apply(Action::Collaborations(row_edit(op, i)));
        }
    });
    egui::Grid::new(("collab-form", i))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let collab_field = |field| TextField::Collab { collab: i, field };
            let texts: [TextRow<'_>; 4] = [
                (
                    "Brand",
                    collab_field(CollabField::Brand),
                    &collab.brand,
                    "The brand's name",
                ),
                (
                    "Category",
                    collab_field(CollabField::Category),
                    &collab.category,
                    "e.g. Coffee roaster",
                ),
                (
                    "Deliverables",
                    collab_field(CollabField::Deliverables),
                    &collab.deliverables,
                    "e.g. 1 Reel + 3 Stories",
                ),
                (
                    "Link",
                    collab_field(CollabField::Link),
                    &collab.link,
                    "https://…",
                ),
            ];
            text_rows_ui(ui, &texts, &format!("collaboration {n}"), out);
            if let Some(problem) = widgets::validate::website_problem(&collab.link) {
                ui.label("");
                widgets::error_line(ui, &problem);
                ui.end_row();
            }
            let id = widgets::form_label(ui, "Date");
            if let Some(date) = widgets::date_field(
                ui,
                ("collab-date", i),
                Name::By(id),
                collab.date,
                ctx.derived.today,
                Message::Below,
            ) {
                update(
                    out,
                    Collaboration {
                        date,
                        ..collab.clone()
                    },
                );
            }
            ui.end_row();
            ui.label("Platforms");
            ui.horizontal_wrapped(|ui| {
                for platform in &ctx.project.platforms {
                    let mut on = collab.platforms.contains(&platform.kind);
                    if ui.checkbox(&mut on, platform.kind.label()).changed() {
                        let mut changed = collab.clone();
                        if on {
                            changed.platforms.push(platform.kind.clone());
                        } else {
                            changed.platforms.retain(|k| k != &platform.kind);
                        }
                        update(out, changed);
                    }
                }
            });
            ui.end_row();
        });
    results_ui(ui, i, collab, out);
    testimonial_ui(ui, i, collab, out);
}

/// The collaboration's results (views, reach…), each a count that may be left empty.
fn results_ui(ui: &mut Ui, i: usize, collab: &Collaboration, out: &mut Outbox) {
    let n = i + 1;
    ui.label(RichText::new("Results").strong());
    ui.horizontal_wrapped(|ui| {
        let results = &collab.results;
        let fields: [(&str, Option<u64>, SetResult); 5] = [
            ("Views", results.views, |r, v| r.views = v),
            ("Reach", results.reach, |r, v| r.reach = v),
            ("Engagements", results.engagements, |r, v| r.engagements = v),
            ("Clicks", results.clicks, |r, v| r.clicks = v),
            ("Conversions", results.conversions, |r, v| r.conversions = v),
        ];
        for (label, value, set) in fields {
            ui.label(label);
            if let Some(v) = widgets::optional_count_cell(
                ui,
                ("collab-result", i, label),
                &format!("{label}, collaboration {n}"),
                value,
                72.0,
            ) {
                let mut changed = collab.clone();
                set(&mut changed.results, v);
                out.apply(Action::Collaborations(ListEdit::update(i, changed)));
            }
        }
    });
}

fn testimonial_ui(ui: &mut Ui, i: usize, collab: &Collaboration, out: &mut Outbox) {
    let n = i + 1;
    let update = |out: &mut Outbox, testimonial: Option<Testimonial>| {
        out.apply(Action::Collaborations(ListEdit::update(
            i,
            Collaboration {
                testimonial,
                ..collab.clone()
            },
        )));
    };
    match &collab.testimonial {
        None => {
            if ui.small_button("Add a testimonial").clicked() {
                update(
                    out,
                    Some(Testimonial {
                        quote: String::new(),
                        author: String::new(),
                        role: String::new(),
                    }),
                );
            }
        }
        Some(t) => {
            ui.label(RichText::new("Testimonial").strong());
            // The quote runs to a few sentences: a text area shows it whole.
            ui.label("Quote");
            if let Some(quote) = widgets::committed_text_area(
                ui,
                ("testimonial", i, "Quote"),
                Name::Text(&format!("Quote, collaboration {n}")),
                &t.quote,
                3,
            ) {
                update(out, Some(Testimonial { quote, ..t.clone() }));
            }
            let fields: [(&str, &str, TestimonialSlot); 2] = [
                ("Said by", &t.author, |t| &mut t.author),
                ("Their role", &t.role, |t| &mut t.role),
            ];
            for (label, value, slot) in fields {
                ui.horizontal(|ui| {
                    ui.label(label);
                    if let Some(v) = widgets::committed_field(
                        ui,
                        ("testimonial", i, label),
                        Name::Text(&format!("{label}, collaboration {n}")),
                        value,
                        360.0,
                        Message::Below,
                        |text| Ok::<_, String>(text.to_owned()),
                    ) {
                        let mut changed = t.clone();
                        *slot(&mut changed) = v;
                        update(out, Some(changed));
                    }
                });
            }
            if t.quote.split_whitespace().count() > 40 {
                widgets::hint_line(ui, "The kit shows about 40 words of the quote.");
            }
            if ui.small_button("Remove testimonial").clicked() {
                update(out, None);
            }
        }
    }
}
