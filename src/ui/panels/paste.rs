//! "Paste rows from a spreadsheet": the pasted text, a column mapping, a preview of
//! the first rows, the rows that could not be read, and one button that adds the
//! posts as a single undo step.

use super::{Outbox, PanelCtx, PanelState};
use crate::actions::{Action, ListEdit};
use crate::format;
use crate::imports::{self, paste::Column, paste::Table};
use crate::ui::widgets;
use egui::{RichText, Ui};

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 6;

/// The paste in progress.
#[derive(Debug, Default)]
pub struct PasteState {
    /// The pasted text.
    pub text: String,
    /// The text the table and mapping were made from.
    parsed_from: String,
    table: Table,
    /// The column mapping (guessed, then as the creator set it).
    pub columns: Vec<Column>,
}

impl PasteState {
    fn refresh(&mut self) {
        if self.parsed_from != self.text {
            self.table = imports::paste::split_table(&self.text);
            self.columns = imports::paste::guess_columns(&self.table);
            self.parsed_from = self.text.clone();
        }
    }
}

pub(super) fn ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    state: &mut PanelState,
    out: &mut Outbox,
    p: usize,
) {
    let Some(platform) = ctx.project.platforms.get(p) else {
        return;
    };
    egui::CollapsingHeader::new("Paste rows from a spreadsheet").id_salt(("paste", p)).show(ui, |ui| {
        widgets::hint_line(
            ui,
            "Copy rows from a spreadsheet or an analytics export (with or without the header row) and paste them here.",
        );
        let paste = &mut state.paste;
        let label = ui.label("Rows to import");
        ui.add(
            egui::TextEdit::multiline(&mut paste.text)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .code_editor()
                .hint_text("Date\tTitle\tLikes\tComments\n2026-11-01\tBrew day\t1240\t88"),
        )
        .labelled_by(label.id);
        paste.refresh();
        if paste.table.rows.is_empty() {
            return;
        }
        ui.label(RichText::new("Columns").strong());
        egui::ScrollArea::horizontal().id_salt(("paste-columns", p)).show(ui, |ui| {
            egui::Grid::new(("paste-preview", p)).striped(true).show(ui, |ui| {
                for (i, column) in paste.columns.iter_mut().enumerate() {
                    let name = paste
                        .table
                        .header
                        .as_ref()
                        .and_then(|h| h.get(i))
                        .map_or_else(|| format!("column {}", i + 1), |h| format!("“{h}”"));
                    egui::ComboBox::from_id_salt(("paste-col", p, i))
                        .width(96.0)
                        .selected_text(column.label())
                        .show_ui(ui, |ui| {
                            for choice in Column::CHOICES {
                                ui.selectable_value(column, choice, choice.label());
                            }
                        })
                        .response
                        .accessible_name(format!("What {name} holds"))
                        .on_hover_text(format!("What {name} holds"));
                }
                ui.end_row();
                for (_, row) in paste.table.rows.iter().take(PREVIEW_ROWS) {
                    for i in 0..paste.columns.len() {
                        ui.label(RichText::new(row.get(i).map_or("", String::as_str)).small());
                    }
                    ui.end_row();
                }
            });
        });
        if paste.table.rows.len() > PREVIEW_ROWS {
            widgets::hint_line(ui, &format!("… and {} more rows", paste.table.rows.len() - PREVIEW_ROWS));
        }
        let (posts, problems) = imports::paste::to_posts(&paste.table, &paste.columns, ctx.derived.today);
        for problem in problems.iter().take(8) {
            widgets::error_line(ui, &format!("Line {}: {}", problem.line, problem.message));
        }
        if problems.len() > 8 {
            widgets::error_line(ui, &format!("… and {} more rows that could not be read", problems.len() - 8));
        }
        ui.horizontal(|ui| {
            let text = format!("Add {} post{} to {}", posts.len(), if posts.len() == 1 { "" } else { "s" }, platform.kind.label());
            if ui.add_enabled(!posts.is_empty(), egui::Button::new(text)).clicked() {
                let start = platform.posts.len();
                let count = posts.len();
                let actions = posts
                    .into_iter()
                    .enumerate()
                    .map(|(k, post)| Action::Posts { platform: p, edit: ListEdit::insert(start + k, post) })
                    .collect();
                out.apply(Action::Batch {
                    label: format!("Import {} post{}", format::grouped(count as u64), if count == 1 { "" } else { "s" }),
                    actions,
                });
                *paste = PasteState::default();
            }
            if ui.button("Clear").clicked() {
                *paste = PasteState::default();
            }
        });
    });
}
