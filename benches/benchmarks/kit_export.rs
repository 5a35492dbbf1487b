//! Export benchmark: prints the time and size of exporting the demo kit (every theme)
//! and a large kit (24 photos as 2400 px print masters with thumbnails, 20
//! collaborations, 4 platforms × 50 posts). Target on the 2-core machine: ≤ 300 ms for
//! the large kit. Run with `cargo bench --bench benchmarks -- kit_export`.
#![allow(clippy::unwrap_used)]

use pitchkit::model::{AestheticSample, MediaRef, PageSize, PlatformKind, Project, Theme};
use pitchkit::pdf::{ExportOptions, MediaSource, export_kit, size_text};
use std::path::Path;
use std::time::Duration;

const RUNS: usize = 7;

fn created() -> time::OffsetDateTime {
    crate::dates::datetime("2026-11-15T09:30:00Z")
}

/// A photo-like picture: smooth colour fields, soft shapes and fine grain.
fn photo_pixels(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761) | 1;
    let mut out = Vec::with_capacity((width * height * 3) as usize);
    let phase = seed as f32 * 0.7;
    for y in 0..height {
        for x in 0..width {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let grain = (state >> 27) as f32 - 16.0;
            let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
            let wave = ((fx * 9.0 + phase).sin() * (fy * 7.0 - phase).cos()) * 60.0;
            let r = 120.0 + 90.0 * fx + wave + grain;
            let g = 90.0 + 80.0 * fy - wave * 0.5 + grain;
            let b = 150.0 - 70.0 * fx * fy + wave * 0.3 + grain;
            out.extend([r, g, b].map(|v| v.clamp(0.0, 255.0) as u8));
        }
    }
    out
}

fn jpeg(pixels: &[u8], width: u32, height: u32, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    encoder
        .encode(
            pixels,
            width as u16,
            height as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    out
}

/// A print master (2400 px long edge, stepped down in quality to fit 600 KB, like
/// the photo pipeline's) and its 512 px thumbnail.
fn master_and_thumb(seed: u32) -> (Vec<u8>, Vec<u8>) {
    let (w, h) = if seed.is_multiple_of(3) {
        (1600, 2400)
    } else {
        (2400, 1600)
    };
    let pixels = photo_pixels(w, h, seed);
    let master = [85u8, 78, 70, 60]
        .iter()
        .map(|&q| jpeg(&pixels, w, h, q))
        .find(|b| b.len() <= 600 * 1024)
        .unwrap_or_else(|| jpeg(&pixels, w, h, 60));
    let (tw, th) = (w * 512 / 2400, h * 512 / 2400);
    let thumb = jpeg(&photo_pixels(tw, th, seed), tw, th, 80);
    (master, thumb)
}

/// The demo project grown to the large kit's size, its photos written into `media`.
fn large_project(media: &Path) -> Project {
    let mut project = pitchkit::sample::demo_project().unwrap();
    let mut fourth = project.platforms[0].clone();
    fourth.kind = PlatformKind::Facebook;
    fourth.handle = "Orbit & Oat".to_owned();
    project.platforms.push(fourth);
    for platform in &mut project.platforms {
        let template = platform.posts.clone();
        let mut n = 0i64;
        while platform.posts.len() < 50 {
            let mut post = template[platform.posts.len() % template.len()].clone();
            n += 1;
            post.date -= time::Duration::days(7 * n);
            platform.posts.push(post);
        }
    }
    let template = project.collaborations.clone();
    while project.collaborations.len() < 20 {
        let mut collab = template[project.collaborations.len() % template.len()].clone();
        collab.brand = format!("{} {}", collab.brand, project.collaborations.len() + 1);
        project.collaborations.push(collab);
    }
    project.samples.clear();
    project.look = None;
    for n in 0..24u32 {
        let (master, thumb) = master_and_thumb(n + 1);
        let file = format!("{:032x}.jpg", u128::from(n) * 7_919 + 1);
        std::fs::write(media.join(&file), &master).unwrap();
        let thumb_file = pitchkit::media::thumb_name(&file);
        std::fs::write(media.join(&thumb_file), &thumb).unwrap();
        let (width_px, height_px) = if (n + 1).is_multiple_of(3) {
            (1600, 2400)
        } else {
            (2400, 1600)
        };
        let mut media_ref = MediaRef::new(&file, width_px, height_px);
        media_ref.thumb_file = thumb_file;
        if n == 0 {
            project.creator.profile_photo = Some(media_ref.clone());
        }
        project.samples.push(AestheticSample {
            media: media_ref,
            caption: format!("Sample {n}"),
            platform: Some(PlatformKind::Instagram),
            link: String::new(),
            extra: Default::default(),
        });
    }
    project
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn bench(label: &str, project: &Project, media: &MediaSource, theme: Theme, out: &Path) {
    let options = ExportOptions {
        theme,
        page_size: PageSize::A4,
        max_size_bytes: u64::from(project.kit.size_budget_kb) * 1024,
        length: pitchkit::model::KitLength::Full,
        created: created(),
    };
    let mut times = Vec::new();
    let mut stages = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let report = export_kit(project, media, &options, out).unwrap();
        times.push(report.elapsed);
        stages.push(report.timings);
        last = Some(report);
    }
    let report = last.unwrap();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let stage =
        |f: fn(&pitchkit::pdf::Timings) -> Duration| ms(median(stages.iter().map(f).collect()));
    println!(
        "{label:<28} {:>6.1} ms median (min {:>6.1}) = photos {:>5.1} + layout {:>4.1} + render {:>6.1} + write {:>5.1}; {} pages, {}",
        ms(median(times.clone())),
        ms(*times.iter().min().unwrap()),
        stage(|t| t.photos),
        stage(|t| t.layout),
        stage(|t| t.render),
        stage(|t| t.write),
        report.pages,
        size_text(report.size_bytes),
    );
    if let Some(budget) = &report.budget {
        println!("{:<28} {}", "", budget.describe());
    }
    for warning in &report.warnings {
        println!("{:<28} warning: {warning}", "");
    }
}

/// Runs this benchmark.
pub fn main() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.pdf");
    let demo = pitchkit::sample::demo_project().unwrap();
    for theme in Theme::ALL {
        bench(
            &format!("demo kit, {}", theme.label()),
            &demo,
            &MediaSource::demo(),
            theme,
            &out,
        );
    }
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let large = large_project(&media);
    let total: u64 = std::fs::read_dir(&media)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "large kit photos on disk: {} (24 masters + thumbnails)",
        size_text(total)
    );
    for theme in Theme::ALL {
        bench(
            &format!("large kit, {}", theme.label()),
            &large,
            &MediaSource::Folder(media.clone()),
            theme,
            &out,
        );
    }
    let mut unlimited = large.clone();
    unlimited.kit.size_budget_kb = 100 * 1024;
    bench(
        "large kit, no size limit",
        &unlimited,
        &MediaSource::Folder(media.clone()),
        Theme::CleanLight,
        &out,
    );
}
