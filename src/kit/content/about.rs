//! About's content: a pitch's intro (first, ≤ about 70 words), the bio (≤ about 90
//! words, cut at a sentence end), the content style, and facts: niche, topics,
//! location and languages.

use crate::kit::layout::Kit;
use crate::kit::text;

/// Characters of bio shown (about 90 words).
const BIO_BUDGET_CHARS: usize = 620;
/// Characters of a pitch's intro shown (about 70 words).
const INTRO_BUDGET_CHARS: usize = 480;
/// Characters of content style shown.
const STYLE_BUDGET_CHARS: usize = 320;
/// Topics listed.
const TOPICS: usize = 8;

/// What About says.
#[derive(Debug, Clone, PartialEq)]
pub struct AboutContent {
    /// The heading ("Meet Maya").
    pub title: String,
    /// A pitch's intro (its own paragraph, first), then the bio's paragraphs, each
    /// cut to its budget, smartened.
    pub bio: Vec<String>,
    /// How the content looks and sounds, cut to its budget; may be empty.
    pub style: String,
    /// Label and value (smartened) of each fact given: Niche, Topics, Based in, Languages.
    pub facts: Vec<(String, String)>,
}

/// About's content; `None` when there is nothing to say.
pub(super) fn content(kit: &Kit) -> Option<AboutContent> {
    let creator = &kit.project.creator;
    let has_facts = !creator.niche.trim().is_empty()
        || !creator.topics.is_empty()
        || !creator.location.trim().is_empty()
        || !creator.languages.is_empty();
    let intro = kit.settings.pitch.as_ref().map_or("", |p| p.intro.trim());
    if intro.is_empty()
        && creator.bio.trim().is_empty()
        && creator.content_style.trim().is_empty()
        && !has_facts
    {
        return None;
    }
    let (intro, cut) = text::fit_budget(&text::smarten(intro), INTRO_BUDGET_CHARS);
    if cut {
        kit.warn(
            "The pitch's intro was cut at a sentence end to fit the kit (about 70 words show)."
                .to_owned(),
        );
    }
    let (bio, cut) = text::fit_budget(&text::smarten(&creator.bio), BIO_BUDGET_CHARS);
    if cut {
        kit.warn(
            "The bio was cut at a sentence end to fit the kit (about 90 words show).".to_owned(),
        );
    }
    let bio = intro
        .split('\n')
        .chain(bio.split('\n'))
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim().to_owned())
        .collect();
    let (style, cut) = text::fit_budget(&text::smarten(&creator.content_style), STYLE_BUDGET_CHARS);
    if !style.is_empty() && cut {
        kit.warn("The content style was cut at a sentence end to fit the kit.".to_owned());
    }
    let topics: Vec<&str> = creator
        .topics
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .take(TOPICS)
        .collect();
    let lang = kit.lang;
    let facts = [
        (lang.tr("about.niche"), creator.niche.clone()),
        (lang.tr("about.topics"), topics.join(" · ")),
        (lang.tr("about.based_in"), creator.location.clone()),
        (lang.tr("about.languages"), creator.languages.join(", ")),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(label, value)| (label.to_owned(), text::smarten(value.trim())))
    .collect();
    Some(AboutContent {
        title: text::smarten(
            &match kit.project.creator.display_name.split_whitespace().next() {
                Some(name) => lang.trf("about.title", &[("name", name)]),
                None => lang.tr("about.title_no_name").to_owned(),
            },
        ),
        bio,
        style,
        facts,
    })
}
