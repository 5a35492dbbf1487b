//! The Profile section: name, handles, tagline, bio, location, languages, contact,
//! niche and topics, profile photo.

use super::{Outbox, PanelCtx, Request};
use crate::actions::{Action, CreatorField, TextField};
use crate::model::Creator;
use crate::ui::widgets::{self, Name, validate};
use egui::{RichText, Ui};

/// About how many words of the bio the kit prints.
const BIO_WORDS_SHOWN: usize = 90;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let creator = &ctx.project.creator;
    egui::Grid::new("profile-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .striped(false)
        .show(ui, |ui| form_ui(ui, creator, out));
    ui.add_space(10.0);
    bio_ui(ui, creator, out);
    ui.add_space(10.0);
    photo_ui(ui, ctx, out);
}

/// Types `value` into one of the profile's text fields.
fn set(out: &mut Outbox, field: CreatorField, value: String) {
    out.typing(Action::SetText {
        field: TextField::Creator(field),
        value,
    });
}

/// The rows of the profile form, from the name to the content style.
fn form_ui(ui: &mut Ui, creator: &Creator, out: &mut Outbox) {
    let rows: [(&str, CreatorField, &str, &str); 4] = [
        (
            "Name",
            CreatorField::DisplayName,
            &creator.display_name,
            "Your name as on the cover",
        ),
        (
            "Handle",
            CreatorField::Handle,
            &creator.handle,
            "@yourhandle",
        ),
        (
            "Tagline",
            CreatorField::Tagline,
            &creator.tagline,
            "One line under your name",
        ),
        (
            "Location",
            CreatorField::Location,
            &creator.location,
            "City, country",
        ),
    ];
    for (label, field, value, hint) in rows {
        if let Some(v) = widgets::text_row(ui, label, value, hint) {
            set(out, field, v);
        }
    }

    if let Some(list) = list_row_ui(ui, "Languages", "languages", &creator.languages, |ui| {
        widgets::hint_line(ui, "Separate languages with commas");
    }) {
        out.apply(Action::SetLanguages(list));
    }

    let email_problem = validate::email_problem(&creator.email);
    if let Some(v) = checked_row_ui(
        ui,
        "Email",
        &creator.email,
        "name@example.com",
        email_problem,
    ) {
        set(out, CreatorField::Email, v);
    }
    let website_problem = validate::website_problem(&creator.website);
    if let Some(v) = checked_row_ui(
        ui,
        "Website",
        &creator.website,
        "example.com",
        website_problem,
    ) {
        set(out, CreatorField::Website, v);
    }

    if let Some(v) = widgets::text_row(
        ui,
        "Niche",
        &creator.niche,
        "e.g. space science explained over coffee",
    ) {
        set(out, CreatorField::Niche, v);
    }

    if let Some(list) = list_row_ui(ui, "Topic tags", "topics", &creator.topics, |ui| {
        ui.horizontal_wrapped(|ui| {
            for topic in &creator.topics {
                ui.label(RichText::new(format!("#{topic}")).small().strong());
            }
        });
    }) {
        out.apply(Action::SetTopics(list));
    }

    if let Some(v) = widgets::text_row(
        ui,
        "Content style",
        &creator.content_style,
        "How your content looks and sounds",
    ) {
        set(out, CreatorField::ContentStyle, v);
    }
}

/// A form row: label, then a one-line text field with `problem` (if any) under it;
/// the new text when it changed.
fn checked_row_ui(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    problem: Option<String>,
) -> Option<String> {
    let id = widgets::form_label(ui, label);
    let changed = ui
        .vertical(|ui| {
            let changed = widgets::text_field(ui, Name::By(id), value, hint, 320.0);
            if let Some(problem) = problem {
                widgets::error_line(ui, &problem);
            }
            changed
        })
        .inner;
    ui.end_row();
    changed
}

/// A form row: label, then a comma-separated list handed over when the field is left,
/// then whatever `below` shows under it; the new list when it changed.
fn list_row_ui(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    list: &[String],
    below: impl FnOnce(&mut Ui),
) -> Option<Vec<String>> {
    let id = widgets::form_label(ui, label);
    let changed = ui
        .vertical(|ui| {
            let changed = widgets::committed_field(
                ui,
                id_salt,
                Name::By(id),
                &list.join(", "),
                320.0,
                widgets::Message::Below,
                |t| Ok::<_, String>(validate::split_list(t)),
            );
            below(ui);
            changed
        })
        .inner;
    ui.end_row();
    changed
}

/// The bio, with its length against what the kit prints.
fn bio_ui(ui: &mut Ui, creator: &Creator, out: &mut Outbox) {
    let bio_label = ui.label(RichText::new("Bio").strong());
    if let Some(v) = widgets::multiline_field(
        ui,
        Name::By(bio_label.id),
        &creator.bio,
        "A short biography brands will read",
        5,
    ) {
        set(out, CreatorField::Bio, v);
    }
    let chars = creator.bio.chars().count();
    let words = creator.bio.split_whitespace().count();
    let count = format!("{chars} characters · {words} words");
    if words > BIO_WORDS_SHOWN {
        widgets::error_line(
            ui,
            &format!(
                "{count}: the kit shows about {BIO_WORDS_SHOWN} words; the rest is cut at a sentence end."
            ),
        );
    } else {
        widgets::hint_line(
            ui,
            &format!("{count} (the kit shows about {BIO_WORDS_SHOWN} words)"),
        );
    }
}

/// The profile photo: its thumbnail, "Remove photo" and "Choose photo…".
fn photo_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    ui.label(RichText::new("Profile photo").strong());
    ui.horizontal(|ui| {
        match &ctx.project.creator.profile_photo {
            Some(photo) => {
                ctx.thumbs
                    .show(ui, &photo.file, egui::vec2(96.0, 96.0), "Profile photo");
                if ui.button("Remove photo").clicked() {
                    out.apply(Action::SetProfilePhoto(None));
                }
            }
            None => {
                widgets::hint_line(ui, "No profile photo yet.");
            }
        }
        if ui
            .add_enabled(ctx.can_import, egui::Button::new("Choose photo…"))
            .on_disabled_hover_text("Save the project first: photos are stored in its folder")
            .clicked()
        {
            out.request(Request::PickPhotos { profile: true });
        }
    });
}
