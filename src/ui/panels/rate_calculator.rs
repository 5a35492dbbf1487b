//! The rate calculator beside the rate card: the terms as labelled controls, each with
//! what it adds; every deliverable's minimum, suggested and maximum price (or "no
//! data"); and, for the row chosen, its assumptions and sources and "Use this price",
//! which fills a rate package in one undo step.

use super::Outbox;
use crate::actions::{Action, ListEdit};
use crate::analytics::rate_terms::{MAX_TERM_DAYS, span_text};
use crate::analytics::{QuoteItem, RateCalculation, RateQuote, calculate_rates, package_fill};
use crate::format;
use crate::model::{Money, RateCard, RateTerms, UsageRights};
use crate::ui::widgets::{self, Name};
use egui::{Id, RichText, Ui};

/// Where the chosen row is kept between frames (it is not part of the project).
fn selection_id() -> Id {
    Id::unique("pitchkit-rate-calculator-selected")
}

/// The whole calculator for `card` (its terms and packages) and the report's platforms.
pub(super) fn calculator_ui(
    ui: &mut Ui,
    derived: &crate::ui::derived::Derived,
    card: &RateCard,
    out: &mut Outbox,
) {
    let terms = &card.terms;
    let calculation = calculate_rates(&derived.report, terms, &derived.benchmarks);
    ui.label(RichText::new("Rate calculator").strong());
    widgets::hint_line(
        ui,
        "Published price ranges for your tier, adjusted by how your engagement compares and by the terms below. A starting point, not a rule.",
    );
    ui.add_space(4.0);
    terms_ui(ui, terms, &calculation, out);
    ui.add_space(8.0);
    let stored: Option<QuoteItem> = ui.data(|d| d.get_temp(selection_id()));
    let mut selected = stored
        .filter(|item| calculation.quote(item).is_some())
        .or_else(|| first_priced(&calculation));
    quotes_ui(ui, terms, &calculation, &mut selected, out);
    if let Some(item) = &selected {
        ui.data_mut(|d| d.insert_temp(selection_id(), item.clone()));
        if let Some(quote) = calculation.quote(item) {
            ui.add_space(6.0);
            quote_ui(ui, card, quote, out);
        }
    }
}

fn first_priced(calculation: &RateCalculation) -> Option<QuoteItem> {
    let quotes = &calculation.quotes;
    quotes
        .iter()
        .find(|quote| quote.prices().is_some())
        .or(quotes.first())
        .map(|quote| quote.item.clone())
}

/// Sends the terms with one change as one undoable edit.
fn set_terms(out: &mut Outbox, terms: RateTerms) {
    out.apply(Action::SetRateTerms(terms));
}

/// A count of days typed or dragged, kept within what is priced.
fn days_field_ui(ui: &mut Ui, salt: &str, label: Id, days: u32) -> Option<u32> {
    widgets::count_field(ui, salt, Name::By(label), u64::from(days), 0, " days")
        .map(|value| u32::try_from(value.min(u64::from(MAX_TERM_DAYS))).unwrap_or(MAX_TERM_DAYS))
}

/// The terms as labelled controls, each with what it adds to every price.
fn terms_ui(ui: &mut Ui, terms: &RateTerms, calculation: &RateCalculation, out: &mut Outbox) {
    let effect = |i: usize| {
        calculation
            .effects
            .get(i)
            .map_or_else(String::new, |effect| span_text(effect.percent))
    };
    egui::Grid::new("rate-terms")
        .num_columns(3)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label("Usage rights");
            ui.horizontal(|ui| {
                for usage in UsageRights::ALL {
                    if ui.radio(terms.usage == usage, usage.label()).clicked()
                        && terms.usage != usage
                    {
                        set_terms(
                            out,
                            RateTerms {
                                usage,
                                ..terms.clone()
                            },
                        );
                    }
                }
            });
            ui.label(effect(0));
            ui.end_row();

            let label = widgets::form_label(ui, "Usage period");
            if let Some(usage_days) = days_field_ui(ui, "rate-usage-days", label, terms.usage_days)
            {
                set_terms(
                    out,
                    RateTerms {
                        usage_days,
                        ..terms.clone()
                    },
                );
            }
            widgets::hint_line(ui, "per 30 days: organic +15%, paid +25%");
            ui.end_row();

            let label = widgets::form_label(ui, "Exclusivity");
            let days = terms.exclusivity_days;
            if let Some(exclusivity_days) = days_field_ui(ui, "rate-exclusivity-days", label, days)
            {
                set_terms(
                    out,
                    RateTerms {
                        exclusivity_days,
                        ..terms.clone()
                    },
                );
            }
            ui.label(effect(1));
            ui.end_row();

            ui.label("Turnaround");
            let mut rush = terms.rush;
            if ui.checkbox(&mut rush, "Rush delivery").changed() {
                set_terms(
                    out,
                    RateTerms {
                        rush,
                        ..terms.clone()
                    },
                );
            }
            ui.label(effect(2));
            ui.end_row();

            let label = widgets::form_label(ui, "Bundle discount");
            let current = u64::from(terms.bundle_discount_percent);
            if let Some(value) = widgets::count_field(
                ui,
                "rate-bundle-discount",
                Name::By(label),
                current,
                0,
                " %",
            ) {
                let bundle_discount_percent = u32::try_from(value.min(100)).unwrap_or(100);
                set_terms(
                    out,
                    RateTerms {
                        bundle_discount_percent,
                        ..terms.clone()
                    },
                );
            }
            widgets::hint_line(ui, "off the bundle's sum");
            ui.end_row();

            ui.label("All terms");
            ui.label(
                RichText::new(format!(
                    "{} on every price",
                    span_text(calculation.total_percent)
                ))
                .strong(),
            );
            ui.end_row();
        });
}

/// Every row: deliverable, minimum, suggested, maximum, where the price comes from and
/// how many the bundle holds. Clicking a row's name chooses it.
fn quotes_ui(
    ui: &mut Ui,
    terms: &RateTerms,
    calculation: &RateCalculation,
    selected: &mut Option<QuoteItem>,
    out: &mut Outbox,
) {
    egui::Grid::new("rate-quotes")
        .num_columns(6)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for heading in [
                "Deliverable",
                "Minimum",
                "Suggested",
                "Maximum",
                "Price from",
                "In bundle",
            ] {
                ui.label(RichText::new(heading).small().weak());
            }
            ui.end_row();
            for quote in &calculation.quotes {
                let chosen = selected.as_ref() == Some(&quote.item);
                let title = match quote.prices() {
                    Some(_) => RichText::new(&quote.title),
                    None => RichText::new(&quote.title).weak(),
                };
                if ui.selectable_label(chosen, title).clicked() {
                    *selected = Some(quote.item.clone());
                }
                prices_ui(ui, quote);
                bundle_cell_ui(ui, terms, quote, out);
                ui.end_row();
            }
        });
}

/// The three prices and where they come from (or "no data" and why, on hover).
fn prices_ui(ui: &mut Ui, quote: &RateQuote) {
    match quote.prices() {
        Some(prices) => {
            ui.label(format::money(&prices.min));
            ui.label(RichText::new(format::money(&prices.suggested)).strong());
            ui.label(
                prices
                    .max
                    .as_ref()
                    .map_or_else(|| "no upper end".to_owned(), format::money),
            );
            let basis = match (&quote.item, quote.derived) {
                (QuoteItem::Bundle, _) => "sum of parts",
                (_, true) => "derived (assumption)",
                (_, false) => "published range",
            };
            widgets::hint_line(ui, basis);
        }
        None => {
            let reason = match &quote.outcome {
                crate::analytics::QuoteOutcome::NoData { reason } => reason.as_str(),
                crate::analytics::QuoteOutcome::Priced(_) => "",
            };
            ui.label(RichText::new("no data").weak())
                .on_hover_text(reason);
            ui.label("");
            ui.label("");
            widgets::hint_line(ui, "—");
        }
    }
}

/// How many of a priced deliverable the bundle holds; for the bundle, how many items.
fn bundle_cell_ui(ui: &mut Ui, terms: &RateTerms, quote: &RateQuote, out: &mut Outbox) {
    match &quote.item {
        QuoteItem::Single {
            platform,
            deliverable,
        } => {
            let count = terms.bundle_count(platform, *deliverable);
            if quote.prices().is_none() && count == 0 {
                ui.label("");
                return;
            }
            let name = format!("In bundle, {}", quote.title);
            let salt = ("rate-bundle", platform.label().to_owned(), *deliverable);
            if let Some(value) =
                widgets::count_field(ui, salt, Name::Text(&name), u64::from(count), 0, "")
            {
                let count = u32::try_from(value.min(99)).unwrap_or(99);
                set_terms(out, terms.with_bundle_count(platform, *deliverable, count));
            }
        }
        QuoteItem::Bundle => {
            // Also the way out when a part's platform was removed from the project.
            let items: u32 = terms.bundle.iter().map(|part| part.count).sum();
            let text = format!("{items} item{}", if items == 1 { "" } else { "s" });
            ui.horizontal(|ui| {
                widgets::hint_line(ui, &text);
                if items > 0 && ui.small_button("Clear bundle").clicked() {
                    let bundle = Vec::new();
                    set_terms(
                        out,
                        RateTerms {
                            bundle,
                            ..terms.clone()
                        },
                    );
                }
            });
        }
    }
}

/// The chosen row: its prices, "Use this price", its assumptions and sources.
fn quote_ui(ui: &mut Ui, card: &RateCard, quote: &RateQuote, out: &mut Outbox) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let Some(prices) = quote.prices() else {
            ui.label(RichText::new(format!("{}: no data", quote.title)).strong());
            if let crate::analytics::QuoteOutcome::NoData { reason } = &quote.outcome {
                ui.label(reason);
            }
            return;
        };
        ui.label(RichText::new(headline(quote, prices)).strong());
        use_price_ui(ui, card, quote, out);
        egui::CollapsingHeader::new("Assumptions")
            .id_salt("rate-assumptions")
            .default_open(true)
            .show(ui, |ui| {
                for assumption in &quote.assumptions {
                    ui.label(format!("• {assumption}"));
                }
            });
        egui::CollapsingHeader::new("Sources")
            .id_salt("rate-sources")
            .default_open(true)
            .show(ui, |ui| {
                for source in &quote.sources {
                    ui.label(format!("• {source}"));
                }
            });
    });
}

fn headline(quote: &RateQuote, prices: &crate::analytics::QuotePrices) -> String {
    let max = prices.max.as_ref().map_or_else(
        || "no upper end".to_owned(),
        |max: &Money| format!("maximum {}", format::money(max)),
    );
    format!(
        "{}: {} (minimum {}, {max})",
        quote.title,
        format::money(&prices.suggested),
        format::money(&prices.min)
    )
}

/// "Use this price": fills the package of the row's name, or adds one, as one edit.
fn use_price_ui(ui: &mut Ui, card: &RateCard, quote: &RateQuote, out: &mut Outbox) {
    let fill = package_fill(quote, &card.terms, card);
    ui.horizontal_wrapped(|ui| {
        let button = ui.add_enabled(fill.is_ok(), egui::Button::new("Use this price"));
        match &fill {
            Ok(fill) => {
                let what = match fill.index {
                    Some(i) => format!("Updates package {}, \"{}\".", i + 1, fill.package.name),
                    None => format!("Adds the package \"{}\".", fill.package.name),
                };
                widgets::hint_line(ui, &what);
            }
            Err(reason) => widgets::error_line(ui, reason),
        }
        if button.clicked()
            && let Ok(fill) = fill
        {
            let edit = match fill.index {
                Some(i) => ListEdit::update(i, fill.package),
                None => ListEdit::insert(card.packages.len(), fill.package),
            };
            out.apply(Action::Packages(edit));
        }
    });
}
