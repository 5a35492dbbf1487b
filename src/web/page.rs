//! One web page from the kit's content: the sections in order (a masthead when the
//! cover is hidden), the footer with the data date, the fonts the text needs, the
//! stylesheet and the head.

use super::document::{self, Head, OpenGraph};
use super::html::Html;
use super::images::Photos;
use super::sections::{self, Writer};
use super::{css, fonts};
use crate::kit::content::{KitContent, SectionContent};
use crate::kit::text;
use crate::model::Project;
use crate::web::colours::hex;

/// Characters of the description meta tag.
const DESCRIPTION_CHARS: usize = 160;

/// A page written at one photo step.
pub struct Written {
    /// The HTML document.
    pub html: String,
    /// Photos left out, fonts not embedded.
    pub warnings: Vec<String>,
    /// Bytes of JPEG in it.
    pub photo_bytes: usize,
}

/// Writes the page with photos at `step`; `open_graph` when the address is known.
pub fn write(
    project: &Project,
    content: &KitContent,
    photos: &mut Photos,
    step: (u32, u8),
    open_graph: Option<OpenGraph>,
) -> Written {
    let theme = &content.theme;
    let mut writer = Writer {
        theme,
        photos,
        step,
        creator: &content.creator_name,
        warnings: Vec::new(),
        photo_bytes: 0,
    };
    let mut html = Html::in_language(content.language);
    let has_cover = content
        .sections
        .iter()
        .any(|s| matches!(s, SectionContent::Cover(_)));
    if !has_cover {
        sections::masthead(&mut html, &content.creator_name);
    }
    html.open("main", &[]);
    for section in &content.sections {
        sections::section(&mut html, &mut writer, section);
    }
    html.close("main");
    footer(&mut html, content);
    let (body, chars) = html.finish();
    let (font_faces, mut warnings) = fonts::font_faces(theme, &chars);
    let style = css::stylesheet(theme, &font_faces);
    let head = Head {
        title: title(content),
        description: description(project, content),
        dark: theme.dark,
        background: hex(theme.colours.background),
        open_graph,
        language: content.language,
    };
    warnings.extend(writer.warnings);
    Written {
        html: document::page(&head, &style, &body),
        warnings,
        photo_bytes: writer.photo_bytes,
    }
}

/// "Maya Okafor – media kit" (or "Maya Okafor × BRAND – media kit" for a pitch).
pub fn title(content: &KitContent) -> String {
    content.title.clone()
}

/// The tagline, else the niche, else what the kit holds.
fn description(project: &Project, content: &KitContent) -> String {
    let creator = &project.creator;
    let lang = content.language;
    let about = if !creator.tagline.trim().is_empty() {
        text::smarten(creator.tagline.trim())
    } else if !creator.niche.trim().is_empty() {
        lang.trf(
            "web.niche_creator",
            &[("niche", &text::smarten(creator.niche.trim()))],
        )
    } else {
        lang.tr("web.creator").to_owned()
    };
    let full = lang.trf(
        "web.description",
        &[("about", &about), ("name", &content.creator_name)],
    );
    text::fit_budget(&full, DESCRIPTION_CHARS).0
}

fn footer(html: &mut Html, content: &KitContent) {
    html.open("footer", &[("class", "site-foot")]);
    html.open("div", &[("class", "wrap")]);
    let lang = content.language;
    let left = format!(
        "{} · {}",
        content.creator_name,
        lang.trf("footer.as_of", &[("date", &lang.date(content.as_of))])
    );
    html.element("p", &[("class", "small")], left.trim_start_matches(" · "));
    html.element("p", &[("class", "small")], lang.tr("web.made_with"));
    html.close("div");
    html.close("footer");
}
