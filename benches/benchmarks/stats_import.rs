//! Import benchmark (not a timed test): prints how long `imports::read_export` takes for a
//! generated 10,000-row Meta Business Suite content export and a 10,000-row YouTube
//! Studio table, and how long a 1,000-row spreadsheet paste takes to split, map and read.
//! Target: ≤ 100 ms each in a release build.
//!
//! Run with `cargo bench --bench benchmarks -- stats_import`.

use pitchkit::imports::{paste, read_export};
use std::fmt::Write as _;
use std::time::{Duration, Instant};
use time::{Date, Month};

const RUNS: usize = 7;

fn meta_content(rows: usize) -> String {
    let mut text = String::from(
        "\u{feff}Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n",
    );
    let types = ["IG image", "IG carousel", "IG reel", "IG story"];
    for i in 0..rows {
        let (month, day) = (i % 12 + 1, i % 28 + 1);
        let _ = writeln!(
            text,
            "{},1784,orbitandoat,Orbit & Oat,\"Post {i}, with a caption\nover two lines\",{},{month:02}/{day:02}/2025 22:00,https://www.instagram.com/p/P{i}/,{},,Lifetime,\"{},{:03}\",\"{},{:03}\",{},{},{},{},{}",
            18_000_000_000_000_000u64 + i as u64,
            i % 90,
            types[i % 4],
            10 + i % 90,
            i % 1000,
            5 + i % 50,
            (i * 7) % 1000,
            100 + i % 900,
            i % 40,
            i % 9,
            i % 70,
            i % 300,
        );
    }
    text
}

fn youtube_table(rows: usize) -> String {
    let mut text = String::from(
        "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,Impressions click-through rate (%),Likes,Shares,Comments added\nTotal,,,,1,1,1,1,1,1,1,1\n",
    );
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    for i in 0..rows {
        let _ = writeln!(
            text,
            "vid{i:08},Video number {i},\"{} {}, 2025\",{},{},{}.{},{},{},{}.{},{},{},{}",
            months[i % 12],
            i % 28 + 1,
            30 + i % 900,
            1000 + i * 3,
            i % 500,
            i % 10,
            (i % 50) as i64 - 10,
            5000 + i * 11,
            i % 12,
            i % 10,
            50 + i % 400,
            i % 30,
            i % 80,
        );
    }
    text
}

fn paste_text(rows: usize) -> String {
    let mut text = String::from("Date\tCaption\tLikes\tComments\tViews\tSponsored\n");
    for i in 0..rows {
        let _ = writeln!(
            text,
            "2026-{:02}-{:02}\t\"Caption {i}\nsecond line\"\t{},{:03}\t{}\t{}.{}K\t{}",
            i % 10 + 1,
            i % 28 + 1,
            1 + i % 20,
            i % 1000,
            i % 300,
            1 + i % 90,
            i % 10,
            if i % 5 == 0 { "yes" } else { "no" },
        );
    }
    text
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_export(label: &str, text: &str, exported_on: Date) {
    let mut times = Vec::with_capacity(RUNS);
    let mut posts = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let files = read_export("bench.csv", text.as_bytes(), exported_on).unwrap_or_default();
        times.push(start.elapsed());
        posts = files.iter().map(|f| f.posts.len()).sum();
    }
    println!(
        "{label}: {:.1} ms median of {RUNS} ({posts} posts, {} KB)",
        median(times).as_secs_f64() * 1000.0,
        text.len() / 1024
    );
}

/// Runs this benchmark.
pub fn main() {
    let Ok(exported_on) = Date::from_calendar_date(2026, Month::January, 15) else {
        return;
    };
    time_export(
        "Meta content export, 10,000 rows",
        &meta_content(10_000),
        exported_on,
    );
    time_export(
        "YouTube Studio table, 10,000 rows",
        &youtube_table(10_000),
        exported_on,
    );
    let text = paste_text(1_000);
    let mut times = Vec::with_capacity(RUNS);
    let mut posts = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let table = paste::split_table(&text);
        let columns = paste::guess_columns(&table);
        let (read, _) = paste::to_posts(&table, &columns, Date::MAX);
        times.push(start.elapsed());
        posts = read.len();
    }
    println!(
        "Spreadsheet paste, 1,000 rows: {:.1} ms median of {RUNS} ({posts} posts)",
        median(times).as_secs_f64() * 1000.0
    );
}
