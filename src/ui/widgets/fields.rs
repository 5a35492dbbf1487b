//! Input fields that are always named for screen readers and tests, and that hand
//! back a new value only when it is valid: text, counts, percentages, dates.
//!
//! Values are never edited in place: a field shows the project's value and returns the
//! new one; the panel turns it into an `Action`. Fields that must be complete before
//! they mean anything (dates, counts typed in a table, lists) keep what is typed in a
//! buffer and hand it over when the field is left or Enter is pressed.

use super::validate;
use crate::model::Percent;
use egui::{Color32, DragValue, Id, Response, RichText, TextEdit, Ui};
use time::Date;

/// How a field is named for screen readers and tests.
#[derive(Debug, Clone, Copy)]
pub enum Name<'a> {
    /// By a visible label (its id).
    By(Id),
    /// By a name of its own (table cells, fields beside a heading).
    Text(&'a str),
}

impl Name<'_> {
    /// Attaches the name to a widget's response.
    pub fn attach(self, response: Response) -> Response {
        match self {
            Self::By(id) => response.labelled_by(id),
            Self::Text(text) => response.accessible_name(text),
        }
    }
}

/// A label in a form's first column; returns its id for [`Name::By`].
pub fn form_label(ui: &mut Ui, text: &str) -> Id {
    ui.label(text).id
}

/// A short message in the error colour.
pub fn error_line(ui: &mut Ui, message: &str) {
    ui.label(
        RichText::new(message)
            .color(ui.visuals().error_fg_color)
            .small(),
    );
}

/// A quieter explanatory line.
pub fn hint_line(ui: &mut Ui, message: &str) {
    ui.label(RichText::new(message).small().weak());
}

/// A one-line text field; the new text when it changed.
pub fn text_field(
    ui: &mut Ui,
    name: Name<'_>,
    value: &str,
    hint: &str,
    width: f32,
) -> Option<String> {
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .hint_text(hint)
            .desired_width(width),
    );
    let response = name.attach(response);
    (response.changed() && text != value).then_some(text)
}

/// A multi-line text field; the new text when it changed.
pub fn multiline_field(
    ui: &mut Ui,
    name: Name<'_>,
    value: &str,
    hint: &str,
    rows: usize,
) -> Option<String> {
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::multiline(&mut text)
            .hint_text(hint)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    );
    let response = name.attach(response);
    (response.changed() && text != value).then_some(text)
}

/// A form row: label, then a one-line text field; the new text when it changed.
pub fn text_row(ui: &mut Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let id = form_label(ui, label);
    let changed = text_field(ui, Name::By(id), value, hint, 320.0);
    ui.end_row();
    changed
}

/// Where a field's message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// On a line under the field (forms).
    Below,
    /// Only on hover, the text turning red (table cells, whose rows keep one height).
    OnHover,
}

/// A text field whose content is handed over only when the field is left (or Enter
/// is pressed) and `parse` accepts it; while it does not, the message is shown and
/// the project keeps its value.
pub fn committed_field<T>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    current: &str,
    width: f32,
    message: Message,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    committed_edit(ui, id_salt, name, current, message, parse, |text| {
        TextEdit::singleline(text).desired_width(width)
    })
}

/// A [`committed_field`] of `rows` lines, as wide as the space (a testimonial, say);
/// the text is handed over when the field is left.
pub fn committed_text_area(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    current: &str,
    rows: usize,
) -> Option<String> {
    committed_edit(
        ui,
        id_salt,
        name,
        current,
        Message::Below,
        |text| Ok::<_, String>(text.to_owned()),
        |text| {
            TextEdit::multiline(text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY)
        },
    )
}

fn committed_edit<T>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    current: &str,
    message: Message,
    parse: impl Fn(&str) -> Result<T, String>,
    make: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> Option<T> {
    let id = ui.make_persistent_id(id_salt);
    let buffer_id = id.with("buffer");
    let stored: Option<String> = ui.data(|d| d.get_temp(buffer_id));
    let mut text = stored.clone().unwrap_or_else(|| current.to_owned());
    let problem = (text != current).then(|| parse(&text).err()).flatten();
    let mut edit = make(&mut text).id(id);
    if problem.is_some() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = name.attach(ui.add(edit));
    let mut result = None;
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, text.clone()));
    } else if response.lost_focus() || stored.is_some() {
        if text == current {
            ui.data_mut(|d| {
                d.remove::<String>(buffer_id);
            });
        } else {
            match parse(&text) {
                Ok(value) => {
                    ui.data_mut(|d| {
                        d.remove::<String>(buffer_id);
                    });
                    result = Some(value);
                }
                Err(_) => ui.data_mut(|d| {
                    d.insert_temp(buffer_id, text.clone());
                }),
            }
        }
    }
    if let Some(problem) = problem {
        response.on_hover_text(&problem);
        if message == Message::Below {
            error_line(ui, &problem);
        }
    }
    result
}

/// A date typed as `YYYY-MM-DD`; refuses dates after `today`.
pub fn date_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    value: Date,
    today: Date,
    message: Message,
) -> Option<Date> {
    let current = validate::date_text(value);
    committed_field(ui, id_salt, name, &current, 96.0, message, |text| {
        validate::parse_past_date(text, today)
    })
}

/// A date that may be left empty and may be in the future (typed as `YYYY-MM-DD`);
/// `Some(new)` when it changed.
pub fn optional_date_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    value: Option<Date>,
) -> Option<Option<Date>> {
    let current = value.map(validate::date_text).unwrap_or_default();
    committed_field(
        ui,
        id_salt,
        name,
        &current,
        96.0,
        Message::Below,
        validate::parse_optional_date,
    )
}

/// An optional count typed in a table cell: empty is "not entered".
pub fn optional_count_cell(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: &str,
    value: Option<u64>,
    width: f32,
) -> Option<Option<u64>> {
    let current = value.map(|v| v.to_string()).unwrap_or_default();
    committed_field(
        ui,
        id_salt,
        Name::Text(name),
        &current,
        width,
        Message::OnHover,
        validate::parse_optional_count,
    )
}

/// A whole-number field (followers, prices…) that cannot go below `min`: drag or type.
/// The new value is handed over when the drag ends or typing is done.
pub fn count_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    value: u64,
    min: u64,
    suffix: &str,
) -> Option<u64> {
    let id = ui.make_persistent_id(id_salt);
    let mut shown: u64 = ui.data(|d| d.get_temp(id)).unwrap_or(value);
    let speed = (shown as f64 / 200.0).clamp(1.0, 10_000.0);
    let response = ui.add(
        DragValue::new(&mut shown)
            .range(min..=u64::MAX)
            .speed(speed)
            .suffix(suffix.to_owned())
            .custom_formatter(|n, _| crate::format::grouped(n.max(0.0).round() as u64))
            .custom_parser(|text| {
                let digits: String = text
                    .chars()
                    .filter(|c| !matches!(c, ',' | ' ' | '_' | '\u{a0}'))
                    .collect();
                digits.parse::<f64>().ok()
            })
            .update_while_editing(false),
    );
    let response = name.attach(response);
    settle(ui, id, &response, shown, value)
}

/// A percentage from 0 to 100 (shares of an audience).
pub fn percent_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: Name<'_>,
    value: Percent,
) -> Option<Percent> {
    let id = ui.make_persistent_id(id_salt);
    let mut shown: f64 = ui.data(|d| d.get_temp(id)).unwrap_or(value.as_percent());
    let response = ui.add(
        DragValue::new(&mut shown)
            .range(0.0..=100.0)
            .speed(0.1)
            .max_decimals(2)
            .suffix(" %")
            .update_while_editing(false),
    );
    let response = name.attach(response);
    let settled = settle(ui, id, &response, shown, value.as_percent())?;
    Percent::from_percent(settled).filter(|p| *p != value)
}

/// Keeps a dragged value aside while the drag lasts; returns it once settled.
fn settle<T>(ui: &mut Ui, id: Id, response: &Response, shown: T, value: T) -> Option<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    if response.dragged() || response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, shown));
        None
    } else {
        ui.data_mut(|d| {
            d.remove::<T>(id);
        });
        (shown != value).then_some(shown)
    }
}

/// What a row's buttons asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOp {
    /// Move one up.
    Up,
    /// Move one down.
    Down,
    /// Remove it.
    Remove,
}

/// Small "move up" and "move down" buttons for item `index` of `len`.
pub fn move_buttons(ui: &mut Ui, index: usize, len: usize, what: &str) -> Option<RowOp> {
    let n = index + 1;
    let mut op = None;
    for (enabled, arrow, word, this) in [
        (index > 0, "↑", "up", RowOp::Up),
        (index + 1 < len, "↓", "down", RowOp::Down),
    ] {
        let name = format!("Move {what} {n} {word}");
        let response = ui
            .add_enabled(enabled, egui::Button::new(arrow).small())
            .on_hover_text(&name)
            .accessible_name(name);
        if response.clicked() {
            op = Some(this);
        }
    }
    op
}

/// Small "move up", "move down" and "remove" buttons for item `index` of `len`,
/// named e.g. "Move collaboration 2 up".
pub fn row_buttons(ui: &mut Ui, index: usize, len: usize, what: &str) -> Option<RowOp> {
    let n = index + 1;
    let mut op = move_buttons(ui, index, len, what);
    let remove = ui
        .add(egui::Button::new("✕").small())
        .on_hover_text(format!("Remove {what} {n}"))
        .accessible_name(format!("Remove {what} {n}"));
    if remove.clicked() {
        op = Some(RowOp::Remove);
    }
    op
}

/// A coloured square showing an sRGB colour.
pub fn swatch(ui: &mut Ui, rgb: [u8; 3], size: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 3.0, Color32::from_rgb(rgb[0], rgb[1], rgb[2]));
    response
}
