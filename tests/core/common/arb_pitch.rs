//! Proptest strategies for pitches: every field of a valid `Pitch`.

use super::arb::{arb_currency, arb_date, arb_email, arb_extra, arb_name, arb_sections, arb_text};
use pitchkit::model::{
    AudienceTarget, CollabChoice, KitLength, Language, Money, Pitch, PitchStatus, RatesShown, Rgb,
    Theme,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

/// Labels of audience shares a brand may target.
fn arb_labels() -> impl Strategy<Value = Vec<String>> {
    vec(arb_name(), 0..3)
}

/// Any target audience, sometimes with unknown fields.
pub fn arb_target() -> impl Strategy<Value = AudienceTarget> {
    (arb_labels(), arb_labels(), arb_labels(), arb_extra()).prop_map(
        |(ages, genders, countries, extra)| AudienceTarget {
            ages,
            genders,
            countries,
            extra,
        },
    )
}

/// A pitch's choice for a collaboration.
pub fn arb_collab_choice() -> impl Strategy<Value = CollabChoice> {
    (arb_name(), arb_date(), any::<bool>()).prop_map(|(brand, date, shown)| CollabChoice {
        brand,
        date,
        shown,
    })
}

/// Any valid pitch: a brand name, an email or none, a sent date not in the future.
pub fn arb_pitch() -> impl Strategy<Value = Pitch> {
    let fee = (0u64..10_000_000, arb_currency()).prop_map(|(amount_minor, currency)| Money {
        amount_minor,
        currency,
    });
    (
        (arb_name(), arb_text(), arb_text(), arb_email()),
        (arb_target(), arb_text(), arb_sections()),
        (vec(arb_collab_choice(), 0..3), any::<bool>(), any::<bool>()),
        (
            select(RatesShown::ALL.to_vec()),
            option::of(select(Theme::ALL.to_vec())),
            option::of(any::<[u8; 3]>().prop_map(Rgb)),
            option::of(select(KitLength::ALL.to_vec())),
            option::of(select(Language::ALL.to_vec())),
        ),
        (
            select(PitchStatus::ALL.to_vec()),
            option::of(arb_date()),
            option::of(arb_date()),
        ),
        (option::of(fee), arb_text(), arb_extra()),
    )
        .prop_map(
            |(
                (brand, category, contact_name, contact_email),
                (target, intro, sections),
                (collabs, show_competitors, print_audience_fit),
                (rates, theme, accent, length, language),
                (status, sent_on, follow_up_on),
                (fee_agreed, notes, extra),
            )| Pitch {
                brand,
                category,
                contact_name,
                contact_email,
                target,
                intro,
                sections,
                collabs,
                show_competitors,
                rates,
                theme,
                accent,
                length,
                language,
                print_audience_fit,
                status,
                sent_on,
                follow_up_on,
                fee_agreed,
                notes,
                extra,
            },
        )
}
