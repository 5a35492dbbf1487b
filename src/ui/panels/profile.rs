//! The Profile section: name, handles, tagline, bio, location, languages, contact,
//! niche and topics, profile photo.

use super::{Outbox, PanelCtx, Request};
use crate::actions::{Action, CreatorField};
use crate::ui::widgets::{self, Name, validate};
use egui::{RichText, Ui};

/// About how many words of the bio the kit prints.
const BIO_WORDS_SHOWN: usize = 90;

pub(super) fn ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox) {
    let creator = &ctx.project.creator;
    let set = |out: &mut Outbox, field, value| {
        out.typing(Action::SetCreatorText { field, value });
    };
    egui::Grid::new("profile-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .striped(false)
        .show(ui, |ui| {
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

            let id = widgets::form_label(ui, "Languages");
            ui.vertical(|ui| {
                let current = creator.languages.join(", ");
                if let Some(list) = widgets::committed_field(
                    ui,
                    "languages",
                    Name::By(id),
                    &current,
                    320.0,
                    widgets::Message::Below,
                    |t| Ok::<_, String>(validate::split_list(t)),
                ) {
                    out.apply(Action::SetLanguages(list));
                }
                widgets::hint_line(ui, "Separate languages with commas");
            });
            ui.end_row();

            let id = widgets::form_label(ui, "Email");
            ui.vertical(|ui| {
                if let Some(v) =
                    widgets::text_field(ui, Name::By(id), &creator.email, "name@example.com", 320.0)
                {
                    set(out, CreatorField::Email, v);
                }
                if let Some(problem) = validate::email_problem(&creator.email) {
                    widgets::error_line(ui, &problem);
                }
            });
            ui.end_row();

            let id = widgets::form_label(ui, "Website");
            ui.vertical(|ui| {
                if let Some(v) =
                    widgets::text_field(ui, Name::By(id), &creator.website, "example.com", 320.0)
                {
                    set(out, CreatorField::Website, v);
                }
                if let Some(problem) = validate::website_problem(&creator.website) {
                    widgets::error_line(ui, &problem);
                }
            });
            ui.end_row();

            if let Some(v) = widgets::text_row(
                ui,
                "Niche",
                &creator.niche,
                "e.g. space science explained over coffee",
            ) {
                set(out, CreatorField::Niche, v);
            }

            let id = widgets::form_label(ui, "Topic tags");
            ui.vertical(|ui| {
                let current = creator.topics.join(", ");
                if let Some(list) = widgets::committed_field(
                    ui,
                    "topics",
                    Name::By(id),
                    &current,
                    320.0,
                    widgets::Message::Below,
                    |t| Ok::<_, String>(validate::split_list(t)),
                ) {
                    out.apply(Action::SetTopics(list));
                }
                ui.horizontal_wrapped(|ui| {
                    for topic in &creator.topics {
                        ui.label(RichText::new(format!("#{topic}")).small().strong());
                    }
                });
            });
            ui.end_row();

            if let Some(v) = widgets::text_row(
                ui,
                "Content style",
                &creator.content_style,
                "How your content looks and sounds",
            ) {
                set(out, CreatorField::ContentStyle, v);
            }
        });

    ui.add_space(10.0);
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

    ui.add_space(10.0);
    ui.label(RichText::new("Profile photo").strong());
    ui.horizontal(|ui| {
        match &creator.profile_photo {
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
