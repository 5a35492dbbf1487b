//! A kit made for one brand: [`tailor`] turns the project and a pitch into the view
//! every renderer lays out as it is (the PDF, the in-app preview, the web kit), so none
//! of them needs to know about pitches.
//!
//! The view is the project with the pitch applied: its sections, theme and accent; its
//! collaborations (competitors left out unless the pitch shows them, the pitch's own
//! choices over the main kit's); "rates on request" when the pitch says so; and, on
//! its kit settings, a [`PitchPrint`] with what only a pitch prints: "Prepared for
//! BRAND · DATE" on the cover, the intro first in About, "from" prices and the
//! audience fit.
//!
//! - [`competitors`]: which collaborations compete with the pitched brand, and why.
//! - [`email`]: the "Email this kit" draft and its `mailto:` link.

pub mod competitors;
pub mod email;

pub use competitors::{Competitor, category_key, competes, competitors, same_category};
pub use email::{EmailDraft, email_draft, mailto_url};

use crate::analytics::{AudienceFit, audience_fit};
use crate::format;
use crate::kit::lang;
use crate::model::{Pitch, PitchPrint, Project, RatesShown, same_name};
use std::collections::BTreeSet;
use thiserror::Error;
use time::Date;

/// A project as one pitch's kit shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tailored {
    /// The view to lay out: the project with the pitch applied (see the module docs).
    pub project: Project,
    /// The collaborations that compete with the brand, shown or not.
    pub competitors: Vec<Competitor>,
    /// Indices (in the project) of the collaborations left out as competitors.
    pub hidden: Vec<usize>,
    /// The audience fit (the editor always shows it; the kit prints it when chosen).
    pub fit: AudienceFit,
    /// The file name of the PDF: "NAME × BRAND – media kit.pdf".
    pub file_name: String,
}

/// The project as `pitch`'s kit shows it, made on `today` (the cover's date).
pub fn tailor(project: &Project, pitch: &Pitch, today: Date) -> Tailored {
    let competitors = competitors::competitors(project, pitch);
    let hidden: Vec<usize> = if pitch.show_competitors {
        Vec::new()
    } else {
        competitors.iter().map(|c| c.index).collect()
    };
    let left_out: BTreeSet<usize> = hidden.iter().copied().collect();
    let mut view = project.clone();
    view.pitches.clear();
    view.collaborations = project
        .collaborations
        .iter()
        .enumerate()
        .filter(|(index, _)| !left_out.contains(index))
        .map(|(_, collab)| {
            let mut collab = collab.clone();
            collab.show_in_kit = pitch.chooses(&collab);
            collab
        })
        .collect();
    view.kit.sections = pitch.sections.clone();
    view.kit.theme = pitch.theme.unwrap_or(project.kit.theme);
    view.kit.accent = pitch.accent.or(project.kit.accent);
    view.kit.length = pitch.length.unwrap_or(project.kit.length);
    view.kit.language = pitch.language.or(project.kit.language);
    let language = lang::resolve(view.kit.language, lang::default_language());
    view.rate_card.on_request = pitch.rates == RatesShown::OnRequest;
    let brand = pitch.brand.split_whitespace().collect::<Vec<_>>().join(" ");
    let prepared_for = if brand.is_empty() {
        String::new()
    } else {
        language.trf(
            "cover.prepared_for",
            &[("brand", &brand), ("date", &language.date(today))],
        )
    };
    view.kit.pitch = Some(Box::new(PitchPrint {
        brand,
        prepared_for,
        intro: pitch.intro.trim().to_owned(),
        rates: pitch.rates,
        audience_fit: (pitch.print_audience_fit && !pitch.target.is_empty())
            .then(|| pitch.target.clone()),
    }));
    Tailored {
        fit: audience_fit(project, &pitch.target),
        file_name: file_name(project, pitch),
        project: view,
        competitors,
        hidden,
    }
}

/// The PDF file name of `pitch`'s kit: "NAME × BRAND – media kit.pdf", with characters
/// file systems refuse replaced (as for the main kit's name).
pub fn file_name(project: &Project, pitch: &Pitch) -> String {
    let name = format::file_name_part(&project.creator.display_name, 80);
    let name = if name.is_empty() { "Untitled" } else { &name };
    let brand = format::file_name_part(&pitch.brand, 60);
    if brand.is_empty() {
        format!("{name} – media kit.pdf")
    } else {
        format!("{name} × {brand} – media kit.pdf")
    }
}

/// Why a brand named on the command line picks no single pitch.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PitchLookupError {
    /// No pitch is to that brand.
    #[error("there is no pitch to “{given}” in this project; {}", known_pitches(.known))]
    NotFound {
        /// The brand asked for.
        given: String,
        /// The brands pitched, in the project's order.
        known: Vec<String>,
    },
    /// Several pitches are to that brand.
    #[error(
        "{count} pitches are to “{given}”; rename one in the editor (e.g. “{given} 2027”) to \
         choose between them"
    )]
    Ambiguous {
        /// The brand asked for.
        given: String,
        /// How many pitches it names.
        count: usize,
    },
}

fn known_pitches(known: &[String]) -> String {
    if known.is_empty() {
        "it has no pitches yet; add one in the editor (Pitches)".to_owned()
    } else {
        let quoted: Vec<String> = known.iter().map(|b| format!("“{b}”")).collect();
        format!("its pitches are to {}", quoted.join(", "))
    }
}

/// The index of the pitch to `brand` (compared trimmed, without case).
pub fn find_pitch(project: &Project, brand: &str) -> Result<usize, PitchLookupError> {
    let matches: Vec<usize> = project
        .pitches
        .iter()
        .enumerate()
        .filter(|(_, p)| same_name(&p.brand, brand))
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [index] => Ok(*index),
        [] => Err(PitchLookupError::NotFound {
            given: brand.trim().to_owned(),
            known: project
                .pitches
                .iter()
                .map(|p| p.brand.trim().to_owned())
                .collect(),
        }),
        several => Err(PitchLookupError::Ambiguous {
            given: brand.trim().to_owned(),
            count: several.len(),
        }),
    }
}
