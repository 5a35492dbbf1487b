//! The pitch log: open pitches by follow-up date, then undated, then closed ones; a
//! follow-up is due on its day and after, unless the pitch is over.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::{by_next_follow_up, due_follow_ups, is_due};
use pitchkit::model::{KitSettings, Pitch, PitchStatus};
use pitchkit::sample::demo_project;
use proptest::prelude::*;
use time::Date;

fn pitch(brand: &str, status: PitchStatus, follow_up: Option<Date>) -> Pitch {
    let mut pitch = Pitch::from_kit(&KitSettings::default(), brand);
    pitch.status = status;
    pitch.follow_up_on = follow_up;
    pitch
}

#[test]
fn pitches_sort_by_next_follow_up_then_undated_then_closed() {
    use PitchStatus::*;
    let pitches = [
        pitch("won", Won, Some(date(2026, 1, 1))),
        pitch("undated", Sent, None),
        pitch("late", Replied, Some(date(2026, 12, 1))),
        pitch("early", Sent, Some(date(2026, 11, 1))),
        pitch("lost", Lost, None),
        pitch("undated too", Idea, None),
        pitch("early too", Negotiating, Some(date(2026, 11, 1))),
    ];
    let order: Vec<&str> = by_next_follow_up(&pitches)
        .into_iter()
        .map(|i| pitches[i].brand.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "early",
            "early too",
            "late",
            "undated",
            "undated too",
            "won",
            "lost"
        ]
    );
}

#[test]
fn follow_ups_are_due_on_their_day_and_after_unless_the_pitch_is_over() {
    let day = date(2026, 11, 16);
    assert!(is_due(&pitch("a", PitchStatus::Sent, Some(day)), day));
    assert!(is_due(
        &pitch("a", PitchStatus::Idea, Some(date(2026, 11, 2))),
        day
    ));
    assert!(!is_due(
        &pitch("a", PitchStatus::Sent, Some(date(2026, 11, 17))),
        day
    ));
    assert!(!is_due(&pitch("a", PitchStatus::Sent, None), day));
    for closed in [PitchStatus::Won, PitchStatus::Lost, PitchStatus::NoReply] {
        assert!(!is_due(&pitch("a", closed, Some(day)), day), "{closed:?}");
    }
}

#[test]
fn the_demo_has_one_follow_up_due_the_day_after_its_figures() {
    let project = demo_project().unwrap();
    assert_eq!(
        due_follow_ups(&project.pitches, date(2026, 11, 15)),
        Vec::<usize>::new()
    );
    assert_eq!(
        due_follow_ups(&project.pitches, date(2026, 11, 16)),
        vec![0]
    );
    assert_eq!(
        due_follow_ups(&project.pitches, date(2026, 11, 20)),
        vec![0, 1]
    );
}

fn arb_pitch() -> impl Strategy<Value = Pitch> {
    (
        prop::sample::select(PitchStatus::ALL.to_vec()),
        prop::option::of(0i64..60),
    )
        .prop_map(|(status, days)| {
            let date = days.map(|d| date(2026, 11, 1) + time::Duration::days(d));
            pitch("p", status, date)
        })
}

proptest! {
    #[test]
    fn the_order_is_a_permutation_and_due_pitches_come_first(
        pitches in prop::collection::vec(arb_pitch(), 0..12),
        offset in 0i64..60,
    ) {
        let day = date(2026, 11, 1) + time::Duration::days(offset);
        let order = by_next_follow_up(&pitches);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..pitches.len()).collect::<Vec<_>>());
        let due = due_follow_ups(&pitches, day);
        prop_assert_eq!(&order[..due.len()], &due[..], "due pitches lead the log");
        for (i, p) in pitches.iter().enumerate() {
            prop_assert_eq!(due.contains(&i), is_due(p, day));
        }
        // Open dated pitches are in date order.
        let dates: Vec<Date> = order.iter()
            .filter_map(|&i| (!pitches[i].status.is_closed()).then_some(pitches[i].follow_up_on).flatten())
            .collect();
        prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    }
}
