//! Atomic saves, for real: a child process saves in a loop and is killed (SIGKILL on
//! Unix) at random moments; after every kill `project.json` and every backup is one of
//! the two versions, whole.
//!
//! The child is this same test binary, run again with `PITCHKIT_SAVE_LOOP_DIR` set.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns unwrap too

use crate::dates::date;
use pitchkit::model::{Platform, PlatformKind, Post, PostKind, Project};
use pitchkit::storage;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const LOOP_DIR_VAR: &str = "PITCHKIT_SAVE_LOOP_DIR";
const FIRST_VAR: &str = "PITCHKIT_SAVE_LOOP_FIRST";
/// The test's full name in the `core` test binary, for `--exact`.
const TEST_NAME: &str = "storage_kill::killing_a_save_at_any_moment_leaves_a_whole_project";
/// Enough kills to land in every stage of a save (the temporary file half written,
/// renamed, the backup rotated) many times over: each save is some 15 ms.
const KILLS_WANTED: u32 = 80;

/// One of two clearly different projects, each about half a megabyte of JSON so that a
/// save takes a moment (some 15 ms in a debug build).
fn version(which: u8) -> Project {
    let mut project = Project::new(if which == 0 {
        "Version Zero"
    } else {
        "Version One"
    });
    let kind = if which == 0 {
        PlatformKind::Instagram
    } else {
        PlatformKind::Tiktok
    };
    let mut platform = Platform::new(kind, 10_000 + u64::from(which), date(2026, 3, 1));
    let filler = if which == 0 { "zero " } else { "one, " };
    for i in 0..1_200u64 {
        let day = date(2020, 1, 1) + time::Duration::days(i64::try_from(i % 1_000).unwrap());
        let mut post = Post::new(day, PostKind::Photo);
        post.title = format!("{} {i}", filler.repeat(40));
        post.likes = Some(i * (u64::from(which) + 2));
        platform.posts.push(post);
    }
    project.platforms.push(platform);
    project
}

fn marker(dir: &Path) -> PathBuf {
    dir.join("child-started")
}

/// The child: saves the two versions alternately, starting with `first`, until it is
/// killed.
fn save_forever(dir: &Path, first: usize) -> ! {
    let bundle = dir.join("kill.pitchkit");
    let versions = [version(0), version(1)];
    std::fs::write(marker(dir), b"saving").unwrap();
    for i in first.. {
        storage::save(&bundle, &versions[i % 2]).unwrap();
    }
    unreachable!("the save loop ended")
}

/// xorshift64*: a small seeded generator, enough for random sleeps.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn spawn_child(dir: &Path, first: u64) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads", "1"])
        .env(LOOP_DIR_VAR, dir)
        .env(FIRST_VAR, first.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killing_a_save_at_any_moment_leaves_a_whole_project() {
    if let Some(dir) = std::env::var_os(LOOP_DIR_VAR) {
        let first = std::env::var(FIRST_VAR).unwrap().parse().unwrap();
        save_forever(Path::new(&dir), first);
    }
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("kill.pitchkit");
    let versions = [version(0), version(1)];
    let texts = versions.each_ref().map(|v| storage::to_json(v).unwrap());
    let timed = Instant::now();
    storage::save(&bundle, &versions[0]).unwrap();
    // Kills land within about four saves' time (at least 30 ms): on a loaded machine a
    // save takes longer, and kills that always come before the first save ends would
    // never see the second version.
    let window_us = u64::try_from(timed.elapsed().as_micros() * 4)
        .unwrap()
        .max(30_000);

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let mut kills_while_saving = 0u32;
    let mut seen = [false, false];
    while kills_while_saving < KILLS_WANTED {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "only {kills_while_saving} kills in two minutes"
        );
        let _ = std::fs::remove_file(marker(dir.path()));
        let mut child = spawn_child(dir.path(), rng.below(2));
        // Wait until the child has begun saving, then let it run a random while more.
        let waiting = Instant::now();
        while !marker(dir.path()).exists() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the saving child stopped by itself: {status}");
            }
            assert!(
                waiting.elapsed() < Duration::from_secs(20),
                "the child never started"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(rng.below(window_us)));
        child.kill().unwrap();
        child.wait().unwrap();
        kills_while_saving += 1;

        let project = storage::open(&bundle).unwrap();
        let which = versions
            .iter()
            .position(|v| *v == project)
            .expect("project.json is neither version");
        seen[which] = true;
        for backup in storage::backups(&bundle).unwrap() {
            let bytes = std::fs::read(&backup).unwrap();
            assert!(texts.contains(&bytes), "a backup is neither version, whole");
        }
        assert!(storage::backups(&bundle).unwrap().len() <= storage::BACKUPS_KEPT + 1);
        let leftovers = std::fs::read_dir(&bundle)
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                name.to_string_lossy().starts_with(storage::TEMP_PREFIX)
            })
            .count();
        assert_eq!(leftovers, 0, "open left a temporary file behind");
    }
    assert!(kills_while_saving >= KILLS_WANTED);
    assert!(
        seen[0] && seen[1],
        "the kills never caught both versions: {seen:?}"
    );
    eprintln!(
        "{kills_while_saving} kills in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
