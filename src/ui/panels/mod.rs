//! The centre editors, one file per section. A panel reads the project and the figures
//! derived from it, and writes only into an [`Outbox`]: the edits it wants (as
//! `Action`s) and requests for the app (pick photos, run a command). The app applies
//! them after the frame, so undo, the dirty flag and autosave see every edit.

mod aesthetics;
mod audience;
mod benchmarks;
mod collaborations;
mod figures;
mod health;
mod kit_design;
pub mod paste;
mod pitch_form;
mod pitch_kit;
pub(crate) mod pitches;
mod platforms;
pub mod posts;
mod profile;
mod rate_calculator;
mod rates;

use super::commands::Command;
use super::derived::Derived;
use super::jobs::import::ImportView;
use super::thumbnails::Thumbnails;
use crate::actions::{Action, ListEdit};
use crate::model::{GalleryLook, Project, Rgb};
use crate::storage::ValidationIssue;
use std::path::PathBuf;

/// The sections of the editor, in the order of the list on the left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EditorSection {
    /// Name, contact, niche, photo.
    #[default]
    Profile,
    /// Platforms, followers, posts and their figures.
    Platforms,
    /// Age, gender, country and city shares.
    Audience,
    /// Photos, palette, cohesion.
    Aesthetics,
    /// Past sponsored work.
    Collaborations,
    /// Rate card and suggestions.
    Rates,
    /// One kit per brand, and the pitch log.
    Pitches,
    /// Engagement against tier benchmarks, sources, insights.
    Benchmarks,
    /// Theme, accent, paper, sections.
    KitDesign,
}

impl EditorSection {
    /// Every section, in list order.
    pub const ALL: [EditorSection; 9] = [
        Self::Profile,
        Self::Platforms,
        Self::Audience,
        Self::Aesthetics,
        Self::Collaborations,
        Self::Rates,
        Self::Pitches,
        Self::Benchmarks,
        Self::KitDesign,
    ];

    /// The name in the list.
    pub fn label(self) -> &'static str {
        match self {
            Self::Profile => "Profile",
            Self::Platforms => "Platforms",
            Self::Audience => "Audience",
            Self::Aesthetics => "Aesthetics",
            Self::Collaborations => "Collaborations",
            Self::Rates => "Rates",
            Self::Pitches => "Pitches",
            Self::Benchmarks => "Benchmarks",
            Self::KitDesign => "Kit design",
        }
    }

    /// The section named `name` (case and spaces ignored), e.g. "kit-design".
    pub fn from_name(name: &str) -> Option<Self> {
        let wanted: String = name
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|s| {
            s.label()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
                == wanted
        })
    }

    /// The widest this section's editor grows, in points: forms stay readable at 980;
    /// Rates grows wider so the rate calculator can sit beside the rate card.
    pub fn max_width_px(self) -> f32 {
        match self {
            Self::Rates => 1_600.0,
            _ => 980.0,
        }
    }

    /// The validation paths that belong to this section.
    pub fn issue_prefixes(self) -> &'static [&'static str] {
        match self {
            Self::Profile => &["creator."],
            Self::Platforms => &["platforms["],
            Self::Audience => &["audiences["],
            Self::Aesthetics => &["samples["],
            Self::Collaborations => &["collaborations["],
            Self::Rates => &["rate_card."],
            Self::Pitches => &["pitches["],
            Self::Benchmarks => &["analytics."],
            Self::KitDesign => &["kit."],
        }
    }

    /// The validation issues that belong to this section.
    pub fn issues(self, derived: &Derived) -> Vec<&ValidationIssue> {
        derived
            .issues
            .iter()
            .filter(|i| self.issue_prefixes().iter().any(|p| i.path.starts_with(p)))
            .collect()
    }
}

/// One edit a panel wants made.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// The action.
    pub action: Action,
    /// A keystroke in a text field (joins the previous keystrokes' undo step).
    pub typing: bool,
}

/// Something a panel asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Run a menu command (e.g. Save as, so photos have a folder to go to).
    Command(Command),
    /// Let the creator pick photos for the gallery (or one for the profile).
    PickPhotos {
        /// One photo for the profile, not the gallery.
        profile: bool,
    },
    /// Stop the photo import in progress.
    CancelImport,
    /// Forget the list of refused photos.
    DismissImportReport,
    /// Show another section.
    Show(EditorSection),
    /// Export the kit made for this pitch (asks where).
    ExportPitch {
        /// Index of the pitch.
        pitch: usize,
    },
    /// Show the email draft for this pitch, to edit and send.
    DraftEmail {
        /// Index of the pitch.
        pitch: usize,
        /// The contact's address.
        to: String,
        /// The subject line.
        subject: String,
        /// The text.
        body: String,
    },
}

/// What a panel produced this frame.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Edits, in order.
    pub edits: Vec<Edit>,
    /// Requests, in order.
    pub requests: Vec<Request>,
}

impl Outbox {
    /// An edit made with one click (its own undo step).
    pub fn apply(&mut self, action: Action) {
        self.edits.push(Edit {
            action,
            typing: false,
        });
    }

    /// A keystroke in a text field.
    pub fn typing(&mut self, action: Action) {
        self.edits.push(Edit {
            action,
            typing: true,
        });
    }

    /// Asks the app for something.
    pub fn request(&mut self, request: Request) {
        self.requests.push(request);
    }

    /// True when nothing was produced.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty() && self.requests.is_empty()
    }
}

/// What every panel reads.
pub struct PanelCtx<'a> {
    /// The project.
    pub project: &'a Project,
    /// Figures and issues derived from it.
    pub derived: &'a Derived,
    /// Photo thumbnails (textures) and their palettes.
    pub thumbs: &'a Thumbnails,
    /// The photo import in progress or just finished, if any.
    pub import: Option<&'a ImportView>,
    /// Whether photos can be imported (the project has a folder).
    pub can_import: bool,
    /// Photo files dropped on the window that wait for the project to have a folder.
    pub waiting_drops: &'a [PathBuf],
    /// The photos' dominant colours (for the accent and charts).
    pub palette: &'a [Rgb],
    /// The gallery's palette and cohesion score, once thumbnails are read.
    pub gallery: Option<&'a GalleryLook>,
}

/// Editor state that is not part of the project (selection, sorting, paste text).
#[derive(Debug, Default)]
pub struct PanelState {
    /// The platform shown in the Platforms section.
    pub platform: usize,
    /// The audience shown in the Audience section.
    pub audience: usize,
    /// Sorting of the posts table.
    pub posts_sort: posts::PostSort,
    /// The spreadsheet paste in progress.
    pub paste: paste::PasteState,
    /// The platform kind chosen in "Add platform".
    pub new_platform: usize,
    /// The name typed for an "Other" platform.
    pub other_platform_name: String,
    /// What a "Go to" of the "To check" list asked to show (until it was shown).
    pub health_focus: Option<crate::analytics::HealthTarget>,
    /// The health warning being dismissed and the reason typed so far.
    pub dismissing: Option<health::Dismissing>,
    /// The pitch shown in the Pitches section.
    pub pitch: usize,
    /// The brand typed in "Add pitch".
    pub new_pitch_brand: String,
}

/// Shows the editor of `section`.
pub fn section_ui(
    section: EditorSection,
    ui: &mut egui::Ui,
    ctx: &PanelCtx<'_>,
    state: &mut PanelState,
    out: &mut Outbox,
) {
    ui.heading(section.label());
    let issues = section.issues(ctx.derived);
    if !issues.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(egui::RichText::new("To fix before sending the kit").strong());
            for issue in issues {
                super::widgets::error_line(ui, &issue.message);
            }
        });
    }
    ui.add_space(6.0);
    // The form gets an id of its own: egui numbers widgets in order, so the "to fix"
    // box above appearing or going (as the first letter of a name is typed) would
    // otherwise renumber every field below it and take the keyboard from the one in use.
    let form =
        egui::UiBuilder::new().scope_id(egui::Id::unique(("pitchkit-section", section.label())));
    ui.scope_builder(form, |ui| match section {
        EditorSection::Profile => profile::ui(ui, ctx, out),
        EditorSection::Platforms => platforms::ui(ui, ctx, state, out),
        EditorSection::Audience => audience::ui(ui, ctx, state, out),
        EditorSection::Aesthetics => aesthetics::ui(ui, ctx, out),
        EditorSection::Collaborations => collaborations::ui(ui, ctx, out),
        EditorSection::Rates => rates::ui(ui, ctx, out),
        EditorSection::Pitches => pitches::ui(ui, ctx, state, out),
        EditorSection::Benchmarks => {
            health::health_ui(ui, ctx, state, out, None);
            benchmarks::ui(ui, ctx, out);
        }
        EditorSection::KitDesign => kit_design::ui(ui, ctx, out),
    });
}

pub use pitches::brand_title as pitch_title;

/// One labelled text field of a form: label, the field it edits, its text, a hint.
pub type TextRow<'a> = (&'a str, crate::actions::TextField, &'a str, &'a str);

/// Form rows of one-line text fields (in a grid), named "LABEL, ITEM" for screen
/// readers and tests (e.g. "Brand, collaboration 2"); a keystroke is a `SetText`.
pub fn text_rows_ui(ui: &mut egui::Ui, rows: &[TextRow<'_>], item: &str, out: &mut Outbox) {
    for (label, field, value, hint) in rows {
        ui.label(*label);
        let name = format!("{label}, {item}");
        if let Some(v) =
            super::widgets::text_field(ui, super::widgets::Name::Text(&name), value, hint, 300.0)
        {
            out.typing(Action::SetText {
                field: *field,
                value: v,
            });
        }
        ui.end_row();
    }
}

/// The list edit a row button asks for on item `index`.
pub fn row_edit<T>(op: super::widgets::RowOp, index: usize) -> ListEdit<T> {
    match op {
        super::widgets::RowOp::Up => ListEdit::move_item(index, index.saturating_sub(1)),
        super::widgets::RowOp::Down => ListEdit::move_item(index, index + 1),
        super::widgets::RowOp::Remove => ListEdit::remove(index),
    }
}
