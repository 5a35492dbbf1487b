//! The Rates section: the rate card (packages with prices, or "rates on request")
//! and, beside it (below it in a narrow window), the rate calculator.

use super::{Outbox, PanelCtx, TextRow, row_edit, text_rows_ui};
use crate::actions::{Action, ListEdit, PackageField, TextField, ToggleField};
use crate::format;
use crate::model::{Currency, Extra, Money, RatePackage};
use crate::ui::widgets::{self, Message, Name, validate};
use egui::{RichText, Ui};

/// From this width of the section on, the calculator sits beside the rate card.
const SIDE_BY_SIDE_MIN_WIDTH_PX: f32 = 1_150.0;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let card = &ctx.project.rate_card;
    if ui.available_width() >= SIDE_BY_SIDE_MIN_WIDTH_PX {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                card_ui(left, ctx, out);
                super::rate_calculator::calculator_ui(right, ctx.derived, card, out);
            }
        });
    } else {
        card_ui(ui, ctx, out);
        ui.add_space(10.0);
        super::rate_calculator::calculator_ui(ui, ctx.derived, card, out);
    }
}

/// The rate card: "on request", the note, the packages.
fn card_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let card = &ctx.project.rate_card;
    let mut on_request = card.on_request;
    if ui
        .checkbox(
            &mut on_request,
            "Print “rates on request” instead of prices",
        )
        .changed()
    {
        out.apply(Action::SetToggle {
            field: ToggleField::RatesOnRequest,
            value: on_request,
        });
    }
    let notes = ui.label("Note under the rate card");
    if let Some(v) = widgets::multiline_field(
        ui,
        Name::By(notes.id),
        &card.notes,
        "e.g. Rates exclude VAT",
        2,
    ) {
        out.typing(Action::SetText {
            field: TextField::RateNotes,
            value: v,
        });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Packages ({})", card.packages.len())).strong());
        if ui.button("Add package").clicked() {
            let currency = card
                .packages
                .first()
                .map_or_else(Currency::usd, |p| p.price.currency.clone());
            let package = RatePackage {
                name: String::new(),
                deliverables: Vec::new(),
                price: Money {
                    amount_minor: 0,
                    currency,
                },
                price_max_minor: None,
                usage_rights: String::new(),
                exclusivity: String::new(),
                extra: Extra::new(),
            };
            out.apply(Action::Packages(ListEdit::insert(
                card.packages.len(),
                package,
            )));
        }
    });
    for (i, package) in card.packages.iter().enumerate() {
        let title = match package.name.trim() {
            "" => format!("Package {}", i + 1),
            name => name.to_owned(),
        };
        egui::CollapsingHeader::new(
            RichText::new(format!("{title} · {}", price_text(package))).strong(),
        )
        .id_salt(("package", i))
        .default_open(card.packages.len() <= 3)
        .show(ui, |ui| package_ui(ui, ctx, i, package, out));
    }
}

fn price_text(package: &RatePackage) -> String {
    match package.price_max_minor {
        Some(max) if max > package.price.amount_minor => format::money_range(&package.price, max),
        _ => format::money(&package.price),
    }
}

fn package_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, i: usize, package: &RatePackage, out: &mut Outbox) {
    ui.horizontal(|ui| {
        if let Some(op) =
            widgets::row_buttons(ui, i, ctx.project.rate_card.packages.len(), "package")
        {
            out.apply(Action::Packages(row_edit(op, i)));
        }
    });
    egui::Grid::new(("package-form", i))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            texts_ui(ui, i, package, out);
            deliverables_ui(ui, i, package, out);
            ui.label("Price");
            ui.horizontal(|ui| {
                price_ui(ui, i, package, out);
                currency_ui(ui, i, package, out);
            });
            ui.end_row();
        });
    if let Some(max) = package.price_max_minor
        && max < package.price.amount_minor
    {
        widgets::error_line(
            ui,
            "The top of the range is below the starting price: correct one of them.",
        );
    }
}

/// Replaces package `i` with `changed`.
fn update(out: &mut Outbox, i: usize, changed: RatePackage) {
    out.apply(Action::Packages(ListEdit::update(i, changed)));
}

/// The package's name, usage rights and exclusivity, one form row each.
fn texts_ui(ui: &mut Ui, i: usize, package: &RatePackage, out: &mut Outbox) {
    let n = i + 1;
    let package_field = |field| TextField::Package { package: i, field };
    let texts: [TextRow<'_>; 3] = [
        (
            "Name",
            package_field(PackageField::Name),
            &package.name,
            "e.g. Launch bundle",
        ),
        (
            "Usage rights",
            package_field(PackageField::UsageRights),
            &package.usage_rights,
            "e.g. organic use for 30 days",
        ),
        (
            "Exclusivity",
            package_field(PackageField::Exclusivity),
            &package.exclusivity,
            "e.g. no competing brands for 14 days",
        ),
    ];
    text_rows_ui(ui, &texts, &format!("package {n}"), out);
}

/// The package's deliverables, a comma-separated list: one form row.
fn deliverables_ui(ui: &mut Ui, i: usize, package: &RatePackage, out: &mut Outbox) {
    ui.label("Deliverables");
    ui.vertical(|ui| {
        if let Some(list) = widgets::committed_field(
            ui,
            ("package-deliverables", i),
            Name::Text(&format!("Deliverables, package {}", i + 1)),
            &package.deliverables.join(", "),
            300.0,
            Message::Below,
            |t| Ok::<_, String>(validate::split_list(t)),
        ) {
            update(
                out,
                i,
                RatePackage {
                    deliverables: list,
                    ..package.clone()
                },
            );
        }
        widgets::hint_line(ui, "Separate items with commas, e.g. 1 Reel, 3 Stories");
    });
    ui.end_row();
}

/// The starting price and the optional top of the range, in whole units of the
/// package's currency.
fn price_ui(ui: &mut Ui, i: usize, package: &RatePackage, out: &mut Outbox) {
    let n = i + 1;
    let factor = 10u64.pow(package.price.currency.minor_digits());
    let symbol = package.price.currency.symbol().to_owned();
    ui.label(&symbol);
    if let Some(whole) = widgets::count_field(
        ui,
        ("package-price", i),
        Name::Text(&format!("Price, package {n}")),
        package.price.amount_minor / factor,
        0,
        "",
    ) {
        let price = Money {
            amount_minor: whole.saturating_mul(factor),
            currency: package.price.currency.clone(),
        };
        update(
            out,
            i,
            RatePackage {
                price,
                ..package.clone()
            },
        );
    }
    ui.label(format!("up to {symbol}"));
    let max = package.price_max_minor.map(|m| m / factor);
    if let Some(value) = widgets::optional_count_cell(
        ui,
        ("package-max", i),
        &format!("Top of price range, package {n}"),
        max,
        80.0,
    ) {
        update(
            out,
            i,
            RatePackage {
                price_max_minor: value.map(|v| v.saturating_mul(factor)),
                ..package.clone()
            },
        );
    }
}

/// The package's currency code; changing it keeps the whole amounts.
fn currency_ui(ui: &mut Ui, i: usize, package: &RatePackage, out: &mut Outbox) {
    ui.label("Currency");
    let Some(currency) = widgets::committed_field(
        ui,
        ("package-currency", i),
        Name::Text(&format!("Currency, package {}", i + 1)),
        package.price.currency.code(),
        44.0,
        Message::OnHover,
        |t| {
            Currency::new(&t.trim().to_uppercase())
                .ok_or_else(|| "Type a three-letter currency code, e.g. USD, EUR, GBP.".to_owned())
        },
    ) else {
        return;
    };
    let factor = 10u64.pow(package.price.currency.minor_digits());
    let new_factor = 10u64.pow(currency.minor_digits());
    let whole = package.price.amount_minor / factor;
    let price = Money {
        amount_minor: whole.saturating_mul(new_factor),
        currency,
    };
    let price_max_minor = package
        .price_max_minor
        .map(|m| (m / factor).saturating_mul(new_factor));
    update(
        out,
        i,
        RatePackage {
            price,
            price_max_minor,
            ..package.clone()
        },
    );
}
