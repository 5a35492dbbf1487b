//! Engagement formulas, windows, groups and not-available reasons, with hand-computed values.

use crate::dates::date;
use pitchkit::analytics::{
    Figure, PostGroup, Statistic, Unavailable, engagement, engagement_stats, post_rate,
    select_window,
};
use pitchkit::model::{EngagementMethod, Post, PostKind, PostWindow};
use time::Date;

#[allow(clippy::too_many_arguments)]
fn post(
    day: Date,
    likes: Option<u64>,
    comments: Option<u64>,
    shares: Option<u64>,
    saves: Option<u64>,
    views: Option<u64>,
    reach: Option<u64>,
    sponsored: bool,
) -> Post {
    let mut post = Post::new(day, PostKind::Photo);
    post.likes = likes;
    post.comments = comments;
    post.shares = shares;
    post.saves = saves;
    post.views = views;
    post.reach = reach;
    post.sponsored = sponsored;
    post
}

/// A: 100 likes, 20 comments, 5 shares, 10 saves, 2,000 views, 1,500 reach (1 Jan).
/// B: 50 likes, 10 comments, no shares/saves, 1,000 views, no reach (8 Jan).
/// C: 200 likes, 40 comments, 10 shares, 20 saves, 0 views, 3,000 reach, sponsored (15 Jan).
fn posts() -> Vec<Post> {
    vec![
        post(
            date(2026, 1, 1),
            Some(100),
            Some(20),
            Some(5),
            Some(10),
            Some(2_000),
            Some(1_500),
            false,
        ),
        post(
            date(2026, 1, 8),
            Some(50),
            Some(10),
            None,
            None,
            Some(1_000),
            None,
            false,
        ),
        post(
            date(2026, 1, 15),
            Some(200),
            Some(40),
            Some(10),
            Some(20),
            Some(0),
            Some(3_000),
            true,
        ),
    ]
}

const FOLLOWERS: u64 = 1_000;

fn percent(figure: &Figure<pitchkit::analytics::Rate>) -> f64 {
    figure.value().expect("rate available").percent()
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

#[test]
fn single_post_rates_by_each_method() {
    let a = &posts()[0];
    // (100 + 20) / 1,000 = 12 %
    close(
        percent(&post_rate(
            a,
            EngagementMethod::FollowersLikesComments,
            FOLLOWERS,
        )),
        12.0,
    );
    // (100 + 20 + 5 + 10) / 1,000 = 13.5 %
    close(
        percent(&post_rate(
            a,
            EngagementMethod::FollowersAllInteractions,
            FOLLOWERS,
        )),
        13.5,
    );
    // 135 / 1,500 = 9 %
    close(
        percent(&post_rate(a, EngagementMethod::Reach, FOLLOWERS)),
        9.0,
    );
    // 135 / 2,000 = 6.75 %
    let views = post_rate(a, EngagementMethod::Views, FOLLOWERS);
    let rate = views.value().unwrap();
    close(rate.percent(), 6.75);
    assert_eq!(rate.statistic(), Statistic::SinglePost);
    assert_eq!(
        rate.formula(),
        "(likes + comments + shares + saves) ÷ views"
    );
    assert_eq!(rate.followers(), None);
    assert_eq!(rate.window(), None);
}

#[test]
fn missing_and_zero_figures_are_not_available() {
    let p = posts();
    // B lacks shares and saves: all-interaction methods cannot use it.
    assert_eq!(
        post_rate(&p[1], EngagementMethod::Views, FOLLOWERS).reason(),
        Some(Unavailable::MissingFigures(EngagementMethod::Views))
    );
    // C has 0 views.
    assert_eq!(
        post_rate(&p[2], EngagementMethod::Views, FOLLOWERS).reason(),
        Some(Unavailable::ZeroDenominator(EngagementMethod::Views))
    );
    // 0 followers: no per-follower rate, but by views still works.
    assert_eq!(
        post_rate(&p[0], EngagementMethod::FollowersLikesComments, 0).reason(),
        Some(Unavailable::ZeroFollowers)
    );
    close(percent(&post_rate(&p[0], EngagementMethod::Views, 0)), 6.75);
    // A post with likes but no comments is not read as 0 comments.
    let partial = post(
        date(2026, 1, 1),
        Some(10),
        None,
        None,
        None,
        None,
        None,
        false,
    );
    assert_eq!(
        post_rate(
            &partial,
            EngagementMethod::FollowersLikesComments,
            FOLLOWERS
        )
        .reason(),
        Some(Unavailable::MissingFigures(
            EngagementMethod::FollowersLikesComments
        ))
    );
}

#[test]
fn averages_and_medians_over_the_window() {
    let p = posts();
    let stats = |method| {
        engagement(
            &p,
            FOLLOWERS,
            method,
            PostWindow::LastPosts(12),
            None,
            PostGroup::All,
        )
    };

    // Likes + comments: 12 %, 6 %, 24 % → average 14 %, median 12 %, 3 posts.
    let lc = stats(EngagementMethod::FollowersLikesComments);
    close(percent(&lc.average), 14.0);
    close(percent(&lc.median), 12.0);
    let average = lc.average.value().unwrap();
    assert_eq!(average.posts_used(), 3);
    assert_eq!(average.followers(), Some(FOLLOWERS));
    assert_eq!(average.window(), Some(PostWindow::LastPosts(12)));
    assert_eq!(average.statistic(), Statistic::Average);

    // All interactions: A 13.5 %, C 27 % (B lacks shares/saves) → 20.25 % both, 2 of 3 posts.
    let all = stats(EngagementMethod::FollowersAllInteractions);
    close(percent(&all.average), 20.25);
    close(percent(&all.median), 20.25);
    assert_eq!(all.average.value().unwrap().posts_used(), 2);
    assert_eq!(all.average.value().unwrap().posts_considered(), 3);

    // Reach: A 135/1,500 = 9 %, C 270/3,000 = 9 % → 9 %.
    close(percent(&stats(EngagementMethod::Reach).average), 9.0);

    // Views: only A qualifies (B missing shares/saves, C has 0 views) → 6.75 %, 1 post.
    let views = stats(EngagementMethod::Views);
    close(percent(&views.median), 6.75);
    assert_eq!(views.median.value().unwrap().posts_used(), 1);
}

#[test]
fn organic_and_sponsored_are_separate() {
    let p = posts();
    let lc = EngagementMethod::FollowersLikesComments;
    let window = select_window(&p, PostWindow::LastPosts(12), None);
    // Organic: A 12 %, B 6 % → average 9 %, median 9 %.
    let organic = engagement_stats(&window, FOLLOWERS, lc, PostGroup::Organic);
    close(percent(&organic.average), 9.0);
    close(percent(&organic.median), 9.0);
    assert_eq!(organic.average.value().unwrap().group(), PostGroup::Organic);
    // Sponsored: C 24 %.
    let sponsored = engagement_stats(&window, FOLLOWERS, lc, PostGroup::Sponsored);
    close(percent(&sponsored.average), 24.0);
    assert_eq!(sponsored.average.value().unwrap().posts_used(), 1);
    // Without sponsored posts, the sponsored group says so.
    let organic_only = &p[..2];
    let none = engagement(
        organic_only,
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(12),
        None,
        PostGroup::Sponsored,
    );
    assert_eq!(
        none.average.reason(),
        Some(Unavailable::NoPostsInGroup(PostGroup::Sponsored))
    );
    assert_eq!(
        none.average.reason().unwrap().message(),
        "no sponsored posts in the window"
    );
}

#[test]
fn windows_pick_the_right_posts() {
    let p = posts();
    let lc = EngagementMethod::FollowersLikesComments;
    // Latest 2 posts by date: B (6 %) and C (24 %) → 15 %.
    let last_two = engagement(
        &p,
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(2),
        None,
        PostGroup::All,
    );
    close(percent(&last_two.average), 15.0);
    // Last 7 days up to the newest post (15 Jan): 9–15 Jan → only C.
    let week = select_window(&p, PostWindow::LastDays(7), None);
    assert_eq!(week.posts.len(), 1);
    assert_eq!(week.period_start, Some(date(2026, 1, 9)));
    // Last 8 days: 8–15 Jan → B and C.
    assert_eq!(
        select_window(&p, PostWindow::LastDays(8), None).posts.len(),
        2
    );
    // An as-of date of 10 Jan leaves C out.
    let as_of = engagement(
        &p,
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(12),
        Some(date(2026, 1, 10)),
        PostGroup::All,
    );
    // A 12 %, B 6 % → 9 %.
    close(percent(&as_of.average), 9.0);
    // Posts entered out of order are sorted by date.
    let mut shuffled = p.clone();
    shuffled.reverse();
    let again = engagement(
        &shuffled,
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(2),
        None,
        PostGroup::All,
    );
    close(percent(&again.average), 15.0);
}

#[test]
fn empty_inputs_say_why() {
    let lc = EngagementMethod::FollowersLikesComments;
    let none = engagement(
        &[],
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(12),
        None,
        PostGroup::All,
    );
    assert_eq!(none.average.reason(), Some(Unavailable::NoPosts));
    assert_eq!(none.median.reason(), Some(Unavailable::NoPosts));
    let zero_window = engagement(
        &posts(),
        FOLLOWERS,
        lc,
        PostWindow::LastPosts(0),
        None,
        PostGroup::All,
    );
    assert_eq!(zero_window.average.reason(), Some(Unavailable::EmptyWindow));
    let zero_days = engagement(
        &posts(),
        FOLLOWERS,
        lc,
        PostWindow::LastDays(0),
        None,
        PostGroup::All,
    );
    assert_eq!(zero_days.average.reason(), Some(Unavailable::EmptyWindow));
    let zero_followers = engagement(
        &posts(),
        0,
        lc,
        PostWindow::LastPosts(12),
        None,
        PostGroup::All,
    );
    assert_eq!(
        zero_followers.average.reason(),
        Some(Unavailable::ZeroFollowers)
    );
    // Every post with figures has 0 views.
    let zero_views = vec![post(
        date(2026, 1, 1),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(0),
        None,
        false,
    )];
    let views = engagement(
        &zero_views,
        FOLLOWERS,
        EngagementMethod::Views,
        PostWindow::LastPosts(12),
        None,
        PostGroup::All,
    );
    assert_eq!(
        views.average.reason(),
        Some(Unavailable::ZeroDenominator(EngagementMethod::Views))
    );
}

#[test]
fn extreme_counts_stay_finite() {
    let max = u64::MAX;
    let huge = post(
        date(2026, 1, 1),
        Some(max),
        Some(max),
        Some(max),
        Some(max),
        Some(1),
        Some(max),
        false,
    );
    for method in EngagementMethod::ALL {
        let rate = post_rate(&huge, method, 1);
        let value = rate.value().unwrap().percent();
        assert!(value.is_finite() && value >= 0.0, "{method:?}: {value}");
    }
    // (2 × u64::MAX) / 1 × 100, computed in u128 then f64.
    let expected = 2.0 * max as f64 * 100.0;
    let lc = post_rate(&huge, EngagementMethod::FollowersLikesComments, 1);
    assert!((lc.value().unwrap().percent() / expected - 1.0).abs() < 1e-12);
}

#[test]
fn describe_names_method_and_posts() {
    let p = posts();
    let lc = engagement(
        &p,
        FOLLOWERS,
        EngagementMethod::FollowersLikesComments,
        PostWindow::LastPosts(12),
        None,
        PostGroup::All,
    );
    assert_eq!(
        lc.average.value().unwrap().describe(),
        "14.0% by followers (likes + comments), average of 3 posts"
    );
    assert_eq!(lc.formula, "(likes + comments) ÷ followers");
}
