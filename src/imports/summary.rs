//! An import's preview in plain lines, the same for `pitchkit import-stats` and the
//! editor's import dialog: what each file is, which columns it reads and which it
//! leaves, what it gives, every row it cannot read, and what the project gains.

use super::ExportFile;
use super::plan::PlatformPlan;
use crate::format;

/// "1 post" / "3 posts".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        format::grouped(count as u64),
        if count == 1 { one } else { many }
    )
}

/// The columns a file reads, as "Header → what".
pub fn used_columns(file: &ExportFile) -> Vec<String> {
    file.columns
        .iter()
        .filter_map(|c| {
            c.used_as
                .map(|used| format!("{} → {used}", c.header.trim()))
        })
        .collect()
}

/// The columns a file has that Pitchkit does not read.
pub fn unused_columns(file: &ExportFile) -> Vec<String> {
    file.columns
        .iter()
        .filter(|c| c.used_as.is_none())
        .map(|c| c.header.trim().to_owned())
        .collect()
}

/// What a file gives: "12 posts, 30 follower snapshots, 3 gender shares".
pub fn gives(file: &ExportFile) -> String {
    let mut parts = Vec::new();
    if !file.posts.is_empty() {
        parts.push(plural(file.posts.len(), "post", "posts"));
    }
    if !file.snapshots.is_empty() {
        parts.push(plural(
            file.snapshots.len(),
            "follower snapshot",
            "follower snapshots",
        ));
    }
    if !file.genders.is_empty() {
        parts.push(plural(file.genders.len(), "gender share", "gender shares"));
    }
    if !file.countries.is_empty() {
        parts.push(plural(
            file.countries.len(),
            "country share",
            "country shares",
        ));
    }
    if parts.is_empty() {
        "nothing Pitchkit keeps".to_owned()
    } else {
        parts.join(", ")
    }
}

/// Every line describing one file, the rows it cannot read included.
pub fn file_lines(file: &ExportFile) -> Vec<String> {
    let mut lines = vec![format!("{}: {}", file.name, file.kind.label())];
    let used = used_columns(file);
    if !used.is_empty() {
        lines.push(format!("  reads: {}", used.join(", ")));
    }
    let unused = unused_columns(file);
    if !unused.is_empty() {
        lines.push(format!("  not used: {}", unused.join(", ")));
    }
    lines.push(format!("  gives: {}", gives(file)));
    lines.extend(file.notes.iter().map(|note| format!("  note: {note}")));
    lines.extend(
        file.problems
            .iter()
            .map(|p| format!("  line {}: {}", p.line, p.message)),
    );
    lines
}

/// What the import does to one platform, in one line.
pub fn plan_line(plan: &PlatformPlan) -> String {
    let mut parts = Vec::new();
    let posts_seen = plan.added + plan.updated + plan.unchanged;
    if posts_seen > 0 {
        parts.push(format!(
            "{} added, {} updated, {} left alone",
            plural(plan.added, "post", "posts"),
            format::grouped(plan.updated as u64),
            format::grouped(plan.unchanged as u64)
        ));
    }
    if plan.snapshots > 0 {
        parts.push(format!(
            "{} added or corrected",
            plural(plan.snapshots, "follower snapshot", "follower snapshots")
        ));
    }
    if let Some((before, after, date)) = plan.followers {
        parts.push(if plan.new_platform {
            format!(
                "followers {} as of {}",
                format::grouped(after),
                format::date(date)
            )
        } else {
            format!(
                "followers {} → {} as of {}",
                format::grouped(before),
                format::grouped(after),
                format::date(date)
            )
        });
    }
    let mut audience = Vec::new();
    if plan.genders > 0 {
        audience.push(plural(plan.genders, "gender share", "gender shares"));
    }
    if plan.countries > 0 {
        audience.push(plural(plan.countries, "country share", "country shares"));
    }
    if !audience.is_empty() {
        parts.push(format!("audience: {}", audience.join(" and ")));
    }
    if parts.is_empty() {
        parts.push("nothing changes".to_owned());
    }
    if plan.new_platform && plan.followers.is_none() {
        parts.push(format!(
            "these files do not give the number of {}: type it in Platforms",
            plan.kind.audience_word()
        ));
    }
    let new = if plan.new_platform {
        " (not in the project yet: it will be added)"
    } else {
        ""
    };
    format!("{}{new}: {}", plan.kind.label(), parts.join("; "))
}
