//! The pitch log: pitches in the order to follow them up, and the follow-ups due on a
//! day (the editor's banner when a project opens).

use crate::model::Pitch;
use time::Date;

/// Whether `pitch` should be followed up on `day`: it is still open (not won, lost or
/// "no reply") and its follow-up date is `day` or earlier.
pub fn is_due(pitch: &Pitch, day: Date) -> bool {
    !pitch.status.is_closed() && pitch.follow_up_on.is_some_and(|d| d <= day)
}

/// Indices of the pitches to follow up on `day` (see [`is_due`]), earliest date first.
pub fn due_follow_ups(pitches: &[Pitch], day: Date) -> Vec<usize> {
    by_next_follow_up(pitches)
        .into_iter()
        .filter(|&i| pitches.get(i).is_some_and(|p| is_due(p, day)))
        .collect()
}

/// Indices of `pitches` by next follow-up: open pitches with a follow-up date, earliest
/// first; then open pitches without one; then closed pitches (won, lost, no reply).
/// Pitches that tie keep their order in the list.
pub fn by_next_follow_up(pitches: &[Pitch]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..pitches.len()).collect();
    order.sort_by_key(|&i| {
        let pitch = &pitches[i];
        let closed = pitch.status.is_closed();
        // Closed pitches sort after the rest whatever their date.
        let date = if closed { None } else { pitch.follow_up_on };
        (closed, date.is_none(), date, i)
    });
    order
}
