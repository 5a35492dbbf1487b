//! The section editors (`ui::panels`): sections found by name, and the posts table's
//! sorting.
#![allow(clippy::unwrap_used)] // its helper, like the tests it serves

use pitchkit::actions::PostCount;
use pitchkit::model::{EngagementMethod, Post, PostKind};
use pitchkit::ui::EditorSection;
use pitchkit::ui::panels::posts::{PostSort, SortColumn, sorted_order};

#[test]
fn sections_by_name() {
    assert_eq!(
        EditorSection::from_name("kit-design"),
        Some(EditorSection::KitDesign)
    );
    assert_eq!(
        EditorSection::from_name("PLATFORMS"),
        Some(EditorSection::Platforms)
    );
    assert_eq!(EditorSection::from_name("nope"), None);
    for s in EditorSection::ALL {
        assert_eq!(EditorSection::from_name(s.label()), Some(s));
    }
}

fn post(day: u8, likes: u64, sponsored: bool) -> Post {
    let mut post = Post::new(
        time::Date::from_calendar_date(2026, time::Month::March, day).unwrap(),
        PostKind::Photo,
    );
    post.likes = Some(likes);
    post.comments = Some(0);
    post.sponsored = sponsored;
    post
}

#[test]
fn sorting() {
    let posts = vec![post(3, 10, false), post(1, 30, true), post(2, 20, false)];
    let m = EngagementMethod::FollowersLikesComments;
    assert_eq!(
        sorted_order(&posts, PostSort::default(), m, 100),
        vec![0, 2, 1]
    );
    let by_likes = PostSort {
        column: SortColumn::Count(PostCount::Likes),
        ascending: true,
    };
    assert_eq!(sorted_order(&posts, by_likes, m, 100), vec![0, 2, 1]);
    let by_rate = PostSort {
        column: SortColumn::Rate,
        ascending: false,
    };
    assert_eq!(sorted_order(&posts, by_rate, m, 100), vec![1, 2, 0]);
    let sponsored_first = PostSort {
        column: SortColumn::Sponsored,
        ascending: false,
    };
    assert_eq!(sorted_order(&posts, sponsored_first, m, 100)[0], 1);
}
