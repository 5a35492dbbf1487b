//! The demo project's pitches, as a creator would set them up (part of the generator in
//! `sample_generate.rs`): one sent and due for a follow-up, one drafted, one idea.

use crate::common::target;
use crate::dates::date;
use pitchkit::model::{KitSettings, Pitch, PitchStatus, RatesShown, Section, Theme};

/// A coffee roaster: Halfmoon Roasters (a coffee roaster too) is a competitor, so its
/// kit leaves that campaign out. Sent a week before the demo's date; follow-up due.
fn brightside(kit: &KitSettings) -> Pitch {
    let mut pitch = Pitch::from_kit(kit, "Brightside Coffee Co.");
    pitch.category = "Coffee roasters".to_owned();
    pitch.contact_name = "Jess Moreno".to_owned();
    pitch.contact_email = "jess.moreno@brightside.example.com".to_owned();
    pitch.target = target(&["25–34", "35–44"], &[], &["United Kingdom", "Ireland"]);
    pitch.intro = "Your Night Shift blend has been in my mug for every rocket launch I've \
                   covered live this year. My audience watches with a coffee in hand, and \
                   they ask me what's in the cup more often than they ask about rockets."
        .to_owned();
    pitch.rates = RatesShown::From;
    pitch.print_audience_fit = true;
    pitch.status = PitchStatus::Sent;
    pitch.sent_on = Some(date(2026, 11, 9));
    pitch.follow_up_on = Some(date(2026, 11, 16));
    pitch.notes = "Met Jess at the Leeds coffee festival; she asked for the kit.".to_owned();
    pitch
}

/// Science kits for children, pitched to the parents among the audience.
fn kepler(kit: &KitSettings) -> Pitch {
    let mut pitch = Pitch::from_kit(kit, "Kepler Kids");
    pitch.category = "Educational toys".to_owned();
    pitch.contact_name = "Sam Adeyemi".to_owned();
    pitch.contact_email = "partnerships@keplerkids.example.com".to_owned();
    pitch.target = target(
        &["25–34", "35–44"],
        &["Women"],
        &["United Kingdom", "United States"],
    );
    pitch.intro = "Half of the questions I answer come from my followers' children. A Kepler \
                   Kids rocket kit on my kitchen table would let me answer them the way I \
                   like best: with something to build."
        .to_owned();
    pitch.theme = Some(Theme::WarmEditorial);
    for setting in &mut pitch.sections {
        if setting.section == Section::Growth {
            setting.visible = false;
        }
    }
    pitch.print_audience_fit = true;
    pitch.status = PitchStatus::Drafted;
    pitch.follow_up_on = Some(date(2026, 11, 20));
    pitch
}

/// An oat drink: the "Oat" of Orbit & Oat. Only an idea so far, rates on request.
fn aurora(kit: &KitSettings) -> Pitch {
    let mut pitch = Pitch::from_kit(kit, "Aurora Oat Drink");
    pitch.category = "Plant-based milk".to_owned();
    pitch.target = target(&["18–24", "25–34"], &[], &[]);
    pitch.rates = RatesShown::OnRequest;
    pitch.notes = "Their barista edition froths for latte art: a video on why.".to_owned();
    pitch
}

/// The demo's pitches, in the order the creator added them.
pub(crate) fn pitches(kit: &KitSettings) -> Vec<Pitch> {
    vec![brightside(kit), kepler(kit), aurora(kit)]
}
