//! The short kits: their pages' spread and versions (`kit::sections::short`), the
//! notes' balanced columns and the ranking of collaborations (`kit::content`).
#![allow(clippy::unwrap_used)]

use pitchkit::kit::content::strength;
use pitchkit::kit::flow::Component;
use pitchkit::kit::sections::short::notes::balanced_split;
use pitchkit::kit::sections::short::{ONE_PAGE, Richness, SECOND_PAGE, height_mm, spread};
use pitchkit::model::CollabResults;
use proptest::prelude::*;

// kit::sections::short

fn blocks(heights: &[(f32, f32)]) -> Vec<Component> {
    heights
        .iter()
        .map(|&(gap, height)| {
            let mut c = Component::new(gap);
            c.extend_to(height);
            c
        })
        .collect()
}

proptest! {
    #[test]
    fn spreading_fills_the_page_without_running_over(
        heights in proptest::collection::vec((0.0f32..10.0, 1.0f32..60.0), 1..8),
        live_h in 100.0f32..300.0,
    ) {
        let mut page = blocks(&heights);
        let before = height_mm(&page);
        prop_assume!(before <= live_h);
        let gaps_before: Vec<f32> = page.iter().map(|c| c.gap_before_mm).collect();
        spread(&mut page, live_h);
        let after = height_mm(&page);
        prop_assert!(after <= live_h + 1e-3, "{after} > {live_h}");
        // Gaps only grow; with two blocks or more the page is filled to its foot.
        for (block, gap) in page.iter().zip(&gaps_before) {
            prop_assert!(block.gap_before_mm >= *gap - 1e-4);
        }
        if page.len() > 1 {
            prop_assert!(live_h - after < 0.1, "{after} of {live_h}");
        }
    }
}

#[test]
fn each_version_leaves_out_something_the_one_before_held() {
    for versions in [&ONE_PAGE[..], &SECOND_PAGE[..]] {
        for pair in versions.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(b.campaigns <= a.campaigns);
            let holds = |r: Richness| [r.captions, r.quotes, r.deliverables];
            let fewer = holds(b)
                .iter()
                .zip(holds(a))
                .filter(|(x, y)| !**x && *y)
                .count();
            assert!(fewer > 0 || b.campaigns < a.campaigns, "{a:?} then {b:?}");
        }
    }
}

// kit::sections::short::notes

fn taller(heights: &[f32], split: usize, gap: f32) -> f32 {
    let column = |part: &[f32]| -> f32 {
        part.iter().sum::<f32>() + gap * part.len().saturating_sub(1) as f32
    };
    column(&heights[..split]).max(column(&heights[split..]))
}

proptest! {
    #[test]
    fn no_other_split_makes_the_taller_column_shorter(
        heights in proptest::collection::vec(0.0f32..80.0, 0..14),
        gap in 0.0f32..3.0,
    ) {
        let split = balanced_split(&heights, gap);
        prop_assert!(split <= heights.len());
        let best = taller(&heights, split, gap);
        for other in 0..=heights.len() {
            prop_assert!(best <= taller(&heights, other, gap) + 1e-3);
        }
    }
}

#[test]
fn the_split_keeps_the_taller_column_shortest() {
    assert_eq!(balanced_split(&[10.0, 10.0, 10.0, 10.0], 0.0), 2);
    assert_eq!(balanced_split(&[30.0, 5.0, 5.0, 5.0], 0.0), 1);
    assert_eq!(balanced_split(&[5.0, 5.0, 5.0, 30.0], 0.0), 3);
    assert_eq!(balanced_split(&[], 0.0), 0);
}

// kit::content (short kits)

#[test]
fn strength_weighs_engagements_before_views() {
    let collab = |engagements, views| {
        let mut c = pitchkit::sample::demo_project().unwrap().collaborations[0].clone();
        c.results = CollabResults {
            engagements,
            views,
            ..CollabResults::default()
        };
        c
    };
    assert!(strength(&collab(Some(10), Some(1))) > strength(&collab(Some(9), Some(1_000))));
    assert!(strength(&collab(None, Some(5))) > strength(&collab(None, Some(4))));
    assert!(strength(&collab(Some(1), None)) > strength(&collab(None, Some(1_000_000))));
}
