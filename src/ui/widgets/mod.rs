//! Small reusable pieces of the editor: named input fields that hand back only valid
//! values, row buttons, colour swatches, and the checks behind them.

pub mod fields;
pub mod validate;

pub use fields::{
    Message, Name, RowOp, committed_field, committed_text_area, count_field, date_field,
    error_line, form_label, hint_line, move_buttons, multiline_field, optional_count_cell,
    optional_date_field, percent_field, row_buttons, swatch, text_field, text_row,
};
