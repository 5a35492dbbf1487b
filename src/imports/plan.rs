//! What importing export files would change in a project: posts added, updated or left
//! alone, follower snapshots and audience shares added, a platform created, and the one
//! [`Action`] (a batch: one undo step) that makes the change.
//!
//! A post in a file is the same as one in the project when their links match (scheme,
//! `www.`, tracking parameters and a trailing slash aside), else when their dates and
//! titles match. Re-importing a file, or a newer export of the same posts, updates them
//! and never duplicates them.

use super::ExportFile;
use crate::actions::{Action, ListEdit};
use crate::model::{
    Audience, Extra, FollowerSnapshot, Platform, PlatformKind, Post, Project, Provenance, Share,
    Source,
};
use std::collections::BTreeMap;
use time::Date;

/// What an import does to one platform of the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformPlan {
    /// The platform.
    pub kind: PlatformKind,
    /// True when the project does not have it yet and the import adds it.
    pub new_platform: bool,
    /// Posts added.
    pub added: usize,
    /// Posts already in the project whose figures change.
    pub updated: usize,
    /// Posts already in the project with the same figures.
    pub unchanged: usize,
    /// Posts of the project the files do not mention (left as they are).
    pub not_in_files: usize,
    /// Follower snapshots added or corrected.
    pub snapshots: usize,
    /// The follower count set from the newest snapshot: (before, after, date).
    pub followers: Option<(u64, u64, Date)>,
    /// Gender shares set (0 when none).
    pub genders: usize,
    /// Country shares set (0 when none).
    pub countries: usize,
}

impl PlatformPlan {
    /// A platform the import leaves as it is.
    fn nothing(kind: PlatformKind) -> Self {
        Self {
            kind,
            new_platform: false,
            added: 0,
            updated: 0,
            unchanged: 0,
            not_in_files: 0,
            snapshots: 0,
            followers: None,
            genders: 0,
            countries: 0,
        }
    }

    /// True when applying would change something on this platform.
    pub fn changes_anything(&self) -> bool {
        self.new_platform
            || self.added + self.updated + self.snapshots + self.genders + self.countries > 0
            || self.followers.is_some()
    }
}

/// What an import would change, and the action that does it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    /// One entry per platform the files are about, in the order first met.
    pub platforms: Vec<PlatformPlan>,
    /// The edit to apply (one undo step), or `None` when nothing would change.
    pub action: Option<Action>,
}

/// Plans importing `files` into `project`. `platform` puts every file on that platform
/// instead of the one each file's kind names; `exported_on` dates the provenance.
pub fn plan_import(
    project: &Project,
    files: &[ExportFile],
    platform: Option<&PlatformKind>,
    exported_on: Date,
) -> ImportPlan {
    let mut groups: Vec<(PlatformKind, Vec<&ExportFile>)> = Vec::new();
    for file in files {
        let kind = platform.cloned().unwrap_or_else(|| file.kind.platform());
        match groups.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, group)) => group.push(file),
            None => groups.push((kind, vec![file])),
        }
    }
    let mut platforms = Vec::new();
    let mut actions = Vec::new();
    let mut next_platform = project.platforms.len();
    let mut next_audience = project.audiences.len();
    for (kind, group) in groups {
        let existing = project.platforms.iter().position(|p| p.kind == kind);
        let gives_anything = group.iter().any(|f| {
            !(f.posts.is_empty()
                && f.snapshots.is_empty()
                && f.genders.is_empty()
                && f.countries.is_empty())
        });
        if existing.is_none() && !gives_anything {
            // Nothing to put on a platform the project lacks: it is not added.
            platforms.push(PlatformPlan::nothing(kind));
            continue;
        }
        let index = existing.unwrap_or_else(|| {
            next_platform += 1;
            next_platform - 1
        });
        let empty = Platform::new(kind.clone(), 0, exported_on);
        let current = existing.map_or(&empty, |i| &project.platforms[i]);
        let mut plan = PlatformPlan {
            new_platform: existing.is_none(),
            ..PlatformPlan::nothing(kind.clone())
        };
        let mut edits = Vec::new();
        let provenance = imported(&group, exported_on);
        merge_posts(current, index, &group, &mut plan, &mut edits);
        if plan.added + plan.updated > 0 {
            edits.push(Action::SetPostsProvenance {
                platform: index,
                provenance: provenance.clone(),
            });
        }
        merge_snapshots(current, index, &group, &mut plan, &mut edits);
        let audience_index = project
            .audiences
            .iter()
            .position(|a| a.platform.as_ref() == Some(&kind));
        let target = audience_index.ok_or(next_audience);
        if let Some(edit) = audience_edit(project, target, &kind, &group, &provenance) {
            plan.genders = group.iter().map(|f| f.genders.len()).max().unwrap_or(0);
            plan.countries = group.iter().map(|f| f.countries.len()).max().unwrap_or(0);
            if audience_index.is_none() {
                next_audience += 1;
            }
            edits.push(edit);
        }
        if existing.is_none() {
            let mut fresh = empty.clone();
            if let Some((_, followers, date)) = plan.followers {
                fresh.followers = followers;
                fresh.followers_provenance = Provenance {
                    source: provenance.source.clone(),
                    as_of: date,
                };
            }
            actions.push(Action::Platforms(ListEdit::insert(index, fresh)));
        }
        actions.append(&mut edits);
        platforms.push(plan);
    }
    let action = (!actions.is_empty()).then(|| Action::Batch {
        label: batch_label(&platforms),
        actions,
    });
    ImportPlan { platforms, action }
}

/// "Imported from NAME (kind)" for the first file of a group, as of `exported_on`.
fn imported(group: &[&ExportFile], exported_on: Date) -> Provenance {
    let file = group
        .iter()
        .find(|f| !f.posts.is_empty())
        .or_else(|| group.first())
        .map_or_else(String::new, |f| format!("{} ({})", f.name, f.kind.label()));
    Provenance {
        source: Source::Imported { file },
        as_of: exported_on,
    }
}

/// The undo menu's words for the whole import.
fn batch_label(platforms: &[PlatformPlan]) -> String {
    let names: Vec<&str> = platforms.iter().map(|p| p.kind.label()).collect();
    format!("Import {} figures", names.join(" and "))
}

/// Where each post is, by link and by date and title, kept current as posts are
/// merged: a post with a link matches a post with the same link, or one without a
/// link on the same day with the same title; a post without a link matches any post
/// on the same day with the same title. Two different links never match.
#[derive(Default)]
struct PostIndex {
    by_link: BTreeMap<String, usize>,
    unlinked: BTreeMap<(Date, String), usize>,
    any: BTreeMap<(Date, String), usize>,
}

impl PostIndex {
    fn date_title(post: &Post) -> (Date, String) {
        (post.date, title_key(&post.title))
    }

    fn add(&mut self, i: usize, post: &Post) {
        let date_title = Self::date_title(post);
        match link_key(&post.link) {
            Some(link) => {
                self.by_link.entry(link).or_insert(i);
            }
            None => {
                self.unlinked.entry(date_title.clone()).or_insert(i);
            }
        }
        self.any.entry(date_title).or_insert(i);
    }

    fn remove(&mut self, i: usize, post: &Post) {
        let date_title = Self::date_title(post);
        if let Some(link) = link_key(&post.link)
            && self.by_link.get(&link) == Some(&i)
        {
            self.by_link.remove(&link);
        }
        if self.unlinked.get(&date_title) == Some(&i) {
            self.unlinked.remove(&date_title);
        }
        if self.any.get(&date_title) == Some(&i) {
            self.any.remove(&date_title);
        }
    }

    fn find(&self, post: &Post) -> Option<usize> {
        let date_title = Self::date_title(post);
        match link_key(&post.link) {
            Some(link) => self
                .by_link
                .get(&link)
                .or_else(|| self.unlinked.get(&date_title)),
            None => self.any.get(&date_title),
        }
        .copied()
    }
}

/// A link without scheme, `www.`/`m.`, fragment, trailing slash or query (except
/// YouTube's `v=`), lowercased; `None` when empty.
pub fn link_key(link: &str) -> Option<String> {
    let lower = link.trim().to_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["https://", "http://"] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    for prefix in ["www.", "m."] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.split('#').next().unwrap_or_default();
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let video = query
        .split('&')
        .find(|pair| pair.starts_with("v="))
        .map(|pair| format!("?{pair}"))
        .unwrap_or_default();
    let key = format!("{}{video}", path.trim_end_matches('/'));
    (!key.is_empty()).then_some(key)
}

/// A title compared without case, repeated spaces, or what one export cut off.
fn title_key(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.join(" ").to_lowercase().chars().take(60).collect()
}

/// `base` with every figure `new` has; the creator's own title, link, kind and
/// sponsorship are kept when set.
fn merged(base: &Post, new: &Post) -> Post {
    let mut post = base.clone();
    let counts = [
        (&mut post.likes, new.likes),
        (&mut post.comments, new.comments),
        (&mut post.shares, new.shares),
        (&mut post.saves, new.saves),
        (&mut post.views, new.views),
        (&mut post.reach, new.reach),
        (&mut post.impressions, new.impressions),
        (&mut post.replies, new.replies),
    ];
    for (slot, value) in counts {
        if value.is_some() {
            *slot = value;
        }
    }
    if post.title.trim().is_empty() {
        post.title.clone_from(&new.title);
    }
    if post.link.trim().is_empty() {
        post.link.clone_from(&new.link);
    }
    post
}

/// Merges the files' posts into `current`'s: updates matched ones, appends new ones
/// (oldest first).
fn merge_posts(
    current: &Platform,
    platform: usize,
    group: &[&ExportFile],
    plan: &mut PlatformPlan,
    edits: &mut Vec<Action>,
) {
    let mut posts = current.posts.clone();
    let mut index = PostIndex::default();
    for (i, post) in posts.iter().enumerate() {
        index.add(i, post);
    }
    let mut touched = vec![false; posts.len()];
    for imported in group.iter().flat_map(|f| &f.posts) {
        match index.find(&imported.post) {
            Some(i) => {
                let post = merged(&posts[i], &imported.post);
                index.remove(i, &posts[i]);
                index.add(i, &post);
                posts[i] = post;
                if let Some(t) = touched.get_mut(i) {
                    *t = true;
                }
            }
            None => {
                index.add(posts.len(), &imported.post);
                posts.push(imported.post.clone());
            }
        }
    }
    let old = current.posts.len();
    for (i, (post, before)) in posts.iter().zip(&current.posts).enumerate() {
        if !touched[i] {
            plan.not_in_files += 1;
        } else if post == before {
            plan.unchanged += 1;
        } else {
            plan.updated += 1;
            edits.push(Action::Posts {
                platform,
                edit: ListEdit::update(i, post.clone()),
            });
        }
    }
    let mut fresh = posts.split_off(old);
    fresh.sort_by_key(|p| p.date);
    plan.added = fresh.len();
    for (k, post) in fresh.into_iter().enumerate() {
        edits.push(Action::Posts {
            platform,
            edit: ListEdit::insert(old + k, post),
        });
    }
}

/// Adds the files' follower snapshots (a date already there gets the file's count)
/// and sets the follower count from the newest one when it is newer than the count's.
fn merge_snapshots(
    current: &Platform,
    platform: usize,
    group: &[&ExportFile],
    plan: &mut PlatformPlan,
    edits: &mut Vec<Action>,
) {
    let mut by_date: BTreeMap<Date, u64> = BTreeMap::new();
    for snapshot in group.iter().flat_map(|f| &f.snapshots) {
        by_date.insert(snapshot.date, snapshot.followers);
    }
    let mut list = current.snapshots.clone();
    for (&date, &followers) in &by_date {
        let snapshot = FollowerSnapshot { date, followers };
        match list.iter().position(|s| s.date == date) {
            Some(i) if list[i].followers == followers => {}
            Some(i) => {
                list[i] = snapshot;
                plan.snapshots += 1;
                edits.push(Action::Snapshots {
                    platform,
                    edit: ListEdit::update(i, snapshot),
                });
            }
            None => {
                let i = list
                    .iter()
                    .position(|s| s.date > date)
                    .unwrap_or(list.len());
                list.insert(i, snapshot);
                plan.snapshots += 1;
                edits.push(Action::Snapshots {
                    platform,
                    edit: ListEdit::insert(i, snapshot),
                });
            }
        }
    }
    let Some((&date, &followers)) = by_date.last_key_value() else {
        return;
    };
    let newer = plan.new_platform || date >= current.followers_provenance.as_of;
    if newer && (followers != current.followers || plan.new_platform) {
        plan.followers = Some((current.followers, followers, date));
        if !plan.new_platform {
            let source = imported(group, date).source;
            edits.push(Action::SetFollowers {
                platform,
                followers,
                provenance: Provenance {
                    source,
                    as_of: date,
                },
            });
        }
    }
}

/// The edit that sets the platform's audience shares from the files, if they have any
/// and they differ: `target` is the audience to update, or `Err(index)` where a new one
/// goes.
fn audience_edit(
    project: &Project,
    target: Result<usize, usize>,
    kind: &PlatformKind,
    group: &[&ExportFile],
    provenance: &Provenance,
) -> Option<Action> {
    let last = |pick: fn(&ExportFile) -> &Vec<Share>| {
        group
            .iter()
            .rev()
            .map(|f| pick(f))
            .find(|shares| !shares.is_empty())
            .cloned()
    };
    let genders = last(|f| &f.genders);
    let countries = last(|f| &f.countries);
    if genders.is_none() && countries.is_none() {
        return None;
    }
    let mut audience = match target {
        Ok(i) => project.audiences[i].clone(),
        Err(_) => Audience {
            platform: Some(kind.clone()),
            ages: Vec::new(),
            genders: Vec::new(),
            countries: Vec::new(),
            cities: Vec::new(),
            provenance: provenance.clone(),
            extra: Extra::new(),
        },
    };
    if let Some(genders) = genders {
        audience.genders = genders;
    }
    if let Some(countries) = countries {
        audience.countries = countries;
    }
    let edit = match target {
        Ok(i) => {
            let before = &project.audiences[i];
            if before.genders == audience.genders && before.countries == audience.countries {
                return None;
            }
            audience.provenance = provenance.clone();
            ListEdit::update(i, audience)
        }
        Err(i) => ListEdit::insert(i, audience),
    };
    Some(Action::Audiences(edit))
}
