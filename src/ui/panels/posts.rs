//! The posts table of one platform: inline editing, sorting by any column, the
//! sponsored toggle and each post's engagement rate. Only the rows on screen are
//! drawn, so hundreds of posts stay fast.

use super::{Outbox, PanelCtx, PanelState};
use crate::actions::{
    Action, DateField, ListEdit, OptionalCountField, PostCount, PostText, TextField, ToggleField,
};
use crate::analytics::post_rate;
use crate::format;
use crate::model::{EngagementMethod, Post, PostKind};
use crate::ui::widgets::{self, Message, Name};
use egui::{RichText, Ui};
use std::cmp::Ordering;

/// A column the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// Publication date.
    #[default]
    Date,
    /// Photo, reel…
    Kind,
    /// The title.
    Title,
    /// One count.
    Count(PostCount),
    /// Sponsored first (or last).
    Sponsored,
    /// Engagement rate by the kit's method.
    Rate,
}

/// How the table is sorted (newest first by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostSort {
    /// The column.
    pub column: SortColumn,
    /// Smallest first.
    pub ascending: bool,
}

const COUNTS: [(PostCount, &str); 7] = [
    (PostCount::Likes, "Likes"),
    (PostCount::Comments, "Comments"),
    (PostCount::Shares, "Shares"),
    (PostCount::Saves, "Saves"),
    (PostCount::Views, "Views"),
    (PostCount::Reach, "Reach"),
    (PostCount::Replies, "Replies"),
];

const W_WARN: f32 = 14.0;
const W_DATE: f32 = 96.0;
const W_KIND: f32 = 84.0;
const W_TITLE: f32 = 150.0;
const W_COUNT: f32 = 64.0;
const W_FLAG: f32 = 74.0;
const W_RATE: f32 = 56.0;

/// The value of one count of a post.
pub fn count_of(post: &Post, count: PostCount) -> Option<u64> {
    match count {
        PostCount::Likes => post.likes,
        PostCount::Comments => post.comments,
        PostCount::Shares => post.shares,
        PostCount::Saves => post.saves,
        PostCount::Views => post.views,
        PostCount::Reach => post.reach,
        PostCount::Impressions => post.impressions,
        PostCount::Replies => post.replies,
    }
}

/// The order rows are shown in: indices into `posts`.
pub fn sorted_order(
    posts: &[Post],
    sort: PostSort,
    method: EngagementMethod,
    followers: u64,
) -> Vec<usize> {
    let rate = |p: &Post| post_rate(p, method, followers).value().map(|r| r.percent());
    let mut order: Vec<usize> = (0..posts.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&posts[a], &posts[b]);
        let ord = match sort.column {
            SortColumn::Date => pa.date.cmp(&pb.date),
            SortColumn::Kind => pa.kind.cmp(&pb.kind),
            SortColumn::Title => pa.title.to_lowercase().cmp(&pb.title.to_lowercase()),
            SortColumn::Count(c) => count_of(pa, c).cmp(&count_of(pb, c)),
            SortColumn::Sponsored => pa.sponsored.cmp(&pb.sponsored),
            SortColumn::Rate => rate(pa).partial_cmp(&rate(pb)).unwrap_or(Ordering::Equal),
        };
        let ord = if sort.ascending { ord } else { ord.reverse() };
        // Entry order breaks ties, so the table does not jump while editing.
        ord.then(a.cmp(&b))
    });
    order
}

pub(super) fn ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    state: &mut PanelState,
    out: &mut Outbox,
    p: usize,
    focus_post: Option<usize>,
) {
    let Some(platform) = ctx.project.platforms.get(p) else {
        return;
    };
    let posts = &platform.posts;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Posts ({})", posts.len())).strong());
        if ui
            .button("Add post")
            .on_hover_text("Add a post dated today; then type its figures")
            .clicked()
        {
            let post = Post::new(ctx.derived.today, PostKind::Photo);
            out.apply(Action::Posts {
                platform: p,
                edit: ListEdit::insert(posts.len(), post),
            });
            state.posts_sort = PostSort::default();
        }
    });
    if posts.is_empty() {
        widgets::hint_line(
            ui,
            "No posts yet: add them one by one, or paste rows from a spreadsheet below.",
        );
        return;
    }
    let method = ctx.project.kit.engagement_method;
    let order = sorted_order(posts, state.posts_sort, method, platform.followers);
    egui::ScrollArea::horizontal()
        .id_salt(("posts-h", p))
        .show(ui, |ui| {
            ui.vertical(|ui| {
                header_ui(ui, &mut state.posts_sort, method);
                let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                let mut rows_area = egui::ScrollArea::vertical()
                    .id_salt(("posts-v", p))
                    .max_height(360.0)
                    .auto_shrink([false, true]);
                // "Go to" from the "To check" list: the post's row at the top.
                if let Some(row) = focus_post.and_then(|i| order.iter().position(|&o| o == i)) {
                    rows_area = rows_area.vertical_scroll_offset(row as f32 * row_height);
                }
                rows_area.show_rows(ui, row_height, order.len(), |ui, rows| {
                    for &i in &order[rows] {
                        row_ui(ui, ctx, out, p, i, &posts[i], platform.followers, method);
                    }
                });
            });
        });
}

fn header_ui(ui: &mut Ui, sort: &mut PostSort, method: EngagementMethod) {
    ui.horizontal(|ui| {
        let mut head = |ui: &mut Ui, text: &str, column: SortColumn, width: f32, hover: &str| {
            let arrow = match (sort.column == column, sort.ascending) {
                (true, true) => " ▲",
                (true, false) => " ▼",
                _ => "",
            };
            let button =
                egui::Button::new(RichText::new(format!("{text}{arrow}")).small().strong())
                    .frame(false);
            if ui
                .add_sized([width, 18.0], button)
                .on_hover_text(format!("Sort by {}. {hover}", text.to_lowercase()))
                .clicked()
            {
                if sort.column == column {
                    sort.ascending = !sort.ascending;
                } else {
                    *sort = PostSort {
                        column,
                        ascending: column != SortColumn::Date,
                    };
                }
            }
        };
        ui.add_sized([W_WARN, 18.0], egui::Label::new(""));
        head(ui, "Date", SortColumn::Date, W_DATE, "");
        head(ui, "Type", SortColumn::Kind, W_KIND, "");
        head(ui, "Title", SortColumn::Title, W_TITLE, "");
        for (count, label) in COUNTS {
            head(
                ui,
                label,
                SortColumn::Count(count),
                W_COUNT,
                "Empty means not entered.",
            );
        }
        head(
            ui,
            "Sponsored",
            SortColumn::Sponsored,
            W_FLAG,
            "Paid or gifted posts.",
        );
        head(ui, "Rate", SortColumn::Rate, W_RATE, method.formula());
    });
}

#[allow(clippy::too_many_arguments)]
fn row_ui(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    out: &mut Outbox,
    p: usize,
    i: usize,
    post: &Post,
    followers: u64,
    method: EngagementMethod,
) {
    let n = i + 1;
    ui.horizontal(|ui| {
        flag_ui(ui, ctx, p, i);
        fields_ui(ui, ctx, out, p, i, post);
        let rate = post_rate(post, method, followers);
        match rate.value() {
            Some(r) => ui
                .add_sized(
                    [W_RATE, 18.0],
                    egui::Label::new(RichText::new(format::percent(r.percent())).monospace()),
                )
                .on_hover_text(format!("{} ({})", r.formula(), method.label())),
            None => ui
                .add_sized([W_RATE, 18.0], egui::Label::new(RichText::new("–").weak()))
                .on_hover_text(rate.reason().map(|r| r.message()).unwrap_or_default()),
        };
        if ui
            .small_button("✕")
            .on_hover_text(format!("Remove post {n}"))
            .accessible_name(format!("Remove post {n}"))
            .clicked()
        {
            out.apply(Action::Posts {
                platform: p,
                edit: ListEdit::remove(i),
            });
        }
    });
}

/// A "⚠" when the health check has an open warning about post `i` (its reasons on
/// hover), else an empty cell of the same width.
fn flag_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, p: usize, i: usize) {
    let whys: Vec<&str> = super::health::post_warnings(ctx, p, i)
        .map(|w| w.why.as_str())
        .collect();
    if whys.is_empty() {
        ui.add_sized([W_WARN, 18.0], egui::Label::new(""));
        return;
    }
    let flag = RichText::new("⚠").color(ui.visuals().warn_fg_color);
    ui.add_sized([W_WARN, 18.0], egui::Label::new(flag))
        .on_hover_text(format!("To check: {}", whys.join(" ")))
        .accessible_name(format!("To check, post {}", i + 1));
}

/// The editable cells of post `i` of platform `p`: date, type, title, counts, sponsored.
fn fields_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, out: &mut Outbox, p: usize, i: usize, post: &Post) {
    let n = i + 1;
    if let Some(date) = widgets::date_field(
        ui,
        ("post-date", p, i),
        Name::Text(&format!("Date, post {n}")),
        post.date,
        ctx.derived.today,
        Message::OnHover,
    ) {
        out.apply(Action::SetDate {
            field: DateField::Post {
                platform: p,
                post: i,
            },
            value: date,
        });
    }
    let mut kind = post.kind;
    let combo = egui::ComboBox::from_id_salt(("post-kind", p, i))
        .width(W_KIND - 8.0)
        .selected_text(kind.label())
        .show_ui(ui, |ui| {
            for k in PostKind::ALL {
                ui.selectable_value(&mut kind, k, k.label());
            }
        });
    combo.response.accessible_name(format!("Type, post {n}"));
    if kind != post.kind {
        out.apply(Action::SetPostKind {
            platform: p,
            post: i,
            kind,
        });
    }
    if let Some(title) = widgets::text_field(
        ui,
        Name::Text(&format!("Title, post {n}")),
        &post.title,
        "Title",
        W_TITLE - 8.0,
    ) {
        out.typing(Action::SetText {
            field: TextField::Post {
                platform: p,
                post: i,
                field: PostText::Title,
            },
            value: title,
        });
    }
    for (count, label) in COUNTS {
        if let Some(value) = widgets::optional_count_cell(
            ui,
            ("post-count", p, i, label),
            &format!("{label}, post {n}"),
            count_of(post, count),
            W_COUNT - 8.0,
        ) {
            out.apply(Action::SetOptionalCount {
                field: OptionalCountField::Post {
                    platform: p,
                    post: i,
                    count,
                },
                value,
            });
        }
    }
    let mut sponsored = post.sponsored;
    ui.add_sized(
        [W_FLAG - 8.0, 18.0],
        egui::Checkbox::without_text(&mut sponsored),
    )
    .on_hover_text("Sponsored (paid or gifted)")
    .accessible_name(format!("Sponsored, post {n}"));
    if sponsored != post.sponsored {
        out.apply(Action::SetToggle {
            field: ToggleField::PostSponsored {
                platform: p,
                post: i,
            },
            value: sponsored,
        });
    }
}
