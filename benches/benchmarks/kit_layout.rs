//! Layout benchmark (not a timed test): prints how long `kit::layout` takes for the
//! demo kit and for a large kit (24 photos, 20 collaborations, 4 platforms × 50 posts)
//! in every theme. Target: ≤ 20 ms each (the editor re-lays out on edits).
//!
//! Run with `cargo bench --bench benchmarks -- kit_layout`.

use crate::dates::date;
use pitchkit::analytics::Benchmarks;
use pitchkit::kit::{LayoutContext, layout};
use pitchkit::model::{KitSettings, PlatformKind, Project, Theme};
use std::time::{Duration, Instant};

fn large_kit() -> Result<Project, Box<dyn std::error::Error>> {
    let mut project = pitchkit::sample::demo_project()?;
    let samples = project.samples.clone();
    project.samples = (0..24)
        .map(|i| samples[i % samples.len()].clone())
        .collect();
    let collab = project.collaborations[0].clone();
    project.collaborations = (0..20)
        .map(|i| {
            let mut c = collab.clone();
            c.brand = format!("Brand {i}");
            c
        })
        .collect();
    let mut fourth = project.platforms[0].clone();
    fourth.kind = PlatformKind::X;
    project.platforms.push(fourth);
    for platform in &mut project.platforms {
        let posts = platform.posts.clone();
        platform.posts = (0..50)
            .map(|i| {
                let mut post = posts[i % posts.len()].clone();
                post.date -= time::Duration::days((i / posts.len()) as i64 * 40);
                post
            })
            .collect();
    }
    Ok(project)
}

fn time_layout(
    project: &Project,
    settings: &KitSettings,
    ctx: &LayoutContext,
) -> (Duration, usize) {
    let runs = 30;
    let mut times = Vec::with_capacity(runs);
    let mut pages = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let laid = layout(project, settings, ctx);
        times.push(start.elapsed());
        pages = laid.map(|l| l.pages.len()).unwrap_or(0);
    }
    times.sort();
    (times[runs / 2], pages)
}

/// Runs this benchmark.
pub fn main() -> Result<(), Box<dyn std::error::Error>> {
    let benchmarks = Benchmarks::embedded()?;
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    let kits = [
        ("demo", pitchkit::sample::demo_project()?),
        ("large", large_kit()?),
    ];
    for (name, project) in &kits {
        for theme in Theme::ALL {
            let settings = KitSettings {
                theme,
                ..project.kit.clone()
            };
            let (median, pages) = time_layout(project, &settings, &ctx);
            println!(
                "layout {name:<5} {:<15} {pages:>2} pages  median {:>6.2} ms",
                theme.label(),
                median.as_secs_f64() * 1000.0
            );
        }
    }
    Ok(())
}
