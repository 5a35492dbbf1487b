//! Frame time of the editor: the demo project, and a big project (100 photos, 4
//! platforms × 200 posts), on the sections that draw the most. Prints the median and
//! 95th percentile of (a) a bare frame (egui pass + tessellation, what the window
//! does besides the GPU) and (b) a kittest harness step (the same plus its AccessKit
//! tree), the time to the first frame, and the process's memory.
//!
//! Run: `cargo bench --bench benchmarks -- ui_frame` (release build).
//! `cargo bench --bench benchmarks -- ui_frame import` instead measures frames while 240
//! phone photos (12 MP JPEGs) import, with the peak memory (target: peak RSS ≤ 400 MB,
//! no frame held up by the import).

use crate::dates::date;
use egui_kittest::Harness;
use pitchkit::media;
use pitchkit::model::{
    AestheticSample, Extra, MediaRef, Platform, PlatformKind, Post, PostKind, Project,
};
use pitchkit::storage;
use pitchkit::ui::{AppOptions, Dialogs, EditorSection, PitchkitApp, Startup};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const FRAMES: usize = 120;

struct NoDialogs;

impl Dialogs for NoDialogs {
    fn pick_project_folder(&mut self) -> Option<PathBuf> {
        None
    }
    fn choose_project_path(&mut self, _: &str) -> Option<PathBuf> {
        None
    }
    fn choose_pdf_path(&mut self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        None
    }
    fn pick_photos(&mut self, _: bool) -> Vec<PathBuf> {
        Vec::new()
    }
    fn pick_export_files(&mut self) -> Vec<PathBuf> {
        Vec::new()
    }
    fn open_folder(&mut self, _: &Path) -> Result<(), String> {
        Ok(())
    }

    fn open_mail(&mut self, _: &str) -> Result<(), String> {
        Ok(())
    }
}

fn options(startup: Startup, data: &Path) -> AppOptions {
    AppOptions {
        data_dir: Some(data.to_path_buf()),
        dialogs: Box::new(NoDialogs),
        startup,
        today: Some(date(2026, 11, 20)),
        autosave_delay: Duration::from_secs(3600),
        start_section: Some(EditorSection::Profile),
    }
}

/// Writes a bundle with `photos` photos and 4 platforms of `posts` posts each.
fn big_project(dir: &Path, photos: usize, posts: usize) -> PathBuf {
    let bundle = dir.join("big.pitchkit");
    let mut project = pitchkit::sample::demo_project().expect("demo");
    project.samples.clear();
    project.creator.profile_photo = None;
    let media_dir = storage::media_dir(&bundle);
    std::fs::create_dir_all(&media_dir).expect("media dir");
    for i in 0..photos {
        let (w, h) = (1600u32, 1200u32);
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            let t = i as u32 * 37;
            image::Rgb([
                ((x + t) % 256) as u8,
                ((y * 2 + t) % 256) as u8,
                ((x + y + i as u32 * 11) % 256) as u8,
            ])
        });
        let file = format!("photo-{i:03}.jpg");
        img.save(media_dir.join(&file)).expect("master");
        let thumb = image::imageops::thumbnail(&img, 512, 384);
        thumb
            .save(media_dir.join(media::thumb_name(&file)))
            .expect("thumb");
        project.samples.push(AestheticSample {
            media: MediaRef {
                thumb_file: media::thumb_name(&file),
                ..MediaRef::new(&file, w, h)
            },
            caption: format!("Photo {i}"),
            platform: None,
            link: String::new(),
            extra: Extra::new(),
        });
    }
    project.platforms.clear();
    let as_of = date(2026, 11, 15);
    for (p, kind) in [
        PlatformKind::Instagram,
        PlatformKind::Tiktok,
        PlatformKind::Youtube,
        PlatformKind::X,
    ]
    .into_iter()
    .enumerate()
    {
        let mut platform = Platform::new(kind, 20_000 + p as u64 * 7_000, as_of);
        for k in 0..posts {
            let date = as_of - time::Duration::days(k as i64 * 2);
            let mut post = Post::new(date, PostKind::ALL[k % PostKind::ALL.len()]);
            post.title = format!("Post {k}");
            let seed = (k as u64 * 7919 + p as u64 * 104_729) % 1000;
            post.likes = Some(400 + seed * 3);
            post.comments = Some(10 + seed / 20);
            post.shares = Some(seed / 10);
            post.saves = Some(seed / 7);
            post.views = Some(5_000 + seed * 40);
            post.reach = Some(4_000 + seed * 30);
            post.replies = Some(seed / 40);
            post.sponsored = k % 9 == 0;
            platform.posts.push(post);
        }
        project.platforms.push(platform);
    }
    storage::save(&bundle, &project).expect("save");
    bundle
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Frames of a bare egui pass + tessellation on `app`.
fn bare_frames(ctx: &egui::Context, app: &mut PitchkitApp, frames: usize) -> Vec<Duration> {
    let mut frame = eframe::Frame::_new_kittest();
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        // Move the pointer a little, as a user does, so egui does real work.
        input.events.push(egui::Event::PointerMoved(egui::pos2(
            400.0 + (i % 7) as f32,
            300.0,
        )));
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| eframe::App::ui(app, ui, &mut frame));
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn settle(ctx: &egui::Context, app: &mut PitchkitApp) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        let _ = bare_frames(ctx, app, 1);
        if app.preview_is_current() && app.preview_pages() > 0 {
            std::thread::sleep(Duration::from_millis(50));
            let _ = bare_frames(ctx, app, 3);
            std::thread::sleep(Duration::from_millis(400));
            let _ = bare_frames(ctx, app, 3);
            if app.preview_is_current() {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn measure(name: &str, startup: Startup, sections: &[EditorSection]) {
    let data = tempfile::tempdir().expect("tempdir");
    let ctx = egui::Context::default();
    let start = Instant::now();
    let mut app = PitchkitApp::with_context(&ctx, options(startup.clone(), data.path()));
    let first = bare_frames(&ctx, &mut app, 1);
    println!(
        "{name}: start to first frame {} (first frame {})",
        ms(start.elapsed()),
        ms(first[0])
    );
    for &section in sections {
        app.show_section(section);
        settle(&ctx, &mut app);
        let times = bare_frames(&ctx, &mut app, FRAMES);
        println!(
            "{name} · {:<14} bare frame: median {}, p95 {}",
            section.label(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95))
        );
    }

    let data = tempfile::tempdir().expect("tempdir");
    let opts = options(startup, data.path());
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| PitchkitApp::new(cc, opts));
    for &section in sections {
        harness.state_mut().show_section(section);
        let deadline = Instant::now() + Duration::from_secs(120);
        while !(harness.state().preview_is_current() && harness.state().preview_pages() > 0)
            && Instant::now() < deadline
        {
            harness.step();
            std::thread::sleep(Duration::from_millis(20));
        }
        for _ in 0..10 {
            harness.step();
            std::thread::sleep(Duration::from_millis(30));
        }
        let mut times: Vec<Duration> = (0..FRAMES)
            .map(|_| {
                let t = Instant::now();
                harness.step();
                t.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "{name} · {:<14} kittest step: median {}, p95 {}",
            section.label(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95))
        );
    }
}

/// A file or folder dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Writes `count` different 12 MP phone-like JPEGs (4032×3024, quality 90) into
/// `dir`: one textured picture, shifted and tinted per photo.
fn phone_photos(dir: &Path, count: usize) -> Vec<PathBuf> {
    let (w, h) = (4032u32, 3024u32);
    let base = image::RgbImage::from_fn(w, h, |x, y| {
        let noise = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 27;
        let v = ((x as f32 / 97.0).sin() * 60.0 + (y as f32 / 61.0).cos() * 50.0) as i32;
        image::Rgb([
            (120 + v + noise as i32).clamp(0, 255) as u8,
            (110 + v / 2 + (x / 64) as i32 % 40).clamp(0, 255) as u8,
            (100 - v / 2 + (y / 48) as i32 % 50).clamp(0, 255) as u8,
        ])
    });
    let paths: Vec<PathBuf> = (0..count)
        .map(|i| dir.join(format!("IMG_{i:04}.JPG")))
        .collect();
    std::thread::scope(|scope| {
        for half in [0usize, 1] {
            let (paths, base) = (&paths, &base);
            scope.spawn(move || {
                for (i, path) in paths.iter().enumerate().skip(half).step_by(2) {
                    let shift = (i as u32 * 131) % w;
                    let tint = (i * 7 % 40) as u8;
                    let mut pixels = Vec::with_capacity((w * h * 3) as usize);
                    for y in 0..h {
                        for x in 0..w {
                            let p = base.get_pixel((x + shift) % w, y).0;
                            pixels.extend([p[0].saturating_add(tint), p[1], p[2]]);
                        }
                    }
                    let mut jpeg = Vec::new();
                    jpeg_encoder::Encoder::new(&mut jpeg, 90)
                        .encode(&pixels, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
                        .expect("encode");
                    std::fs::write(path, jpeg).expect("write");
                }
            });
        }
    });
    paths
}

/// Frame times while a camera roll of `count` phone photos imports in the
/// background: the editor must stay responsive. One frame every 16 ms, as a window
/// does; prints the frame times, the import's time and the peak memory.
fn during_import(count: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let roll = dir.path().join("Camera roll");
    std::fs::create_dir(&roll).expect("dir");
    let made = Instant::now();
    phone_photos(&roll, count);
    println!(
        "{count} phone photos (12 MP JPEG) written in {:.1} s",
        made.elapsed().as_secs_f64()
    );
    let bundle = dir.path().join("roll.pitchkit");
    storage::create_new(&bundle, &Project::new("Maya")).expect("bundle");
    let data = tempfile::tempdir().expect("tempdir");
    let ctx = egui::Context::default();
    let mut app = PitchkitApp::with_context(&ctx, options(Startup::Open(bundle), data.path()));
    settle(&ctx, &mut app);
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let mut frame = eframe::Frame::_new_kittest();
    let mut times = Vec::new();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(600);
    let mut first = true;
    while app.project().samples.len() < count && Instant::now() < deadline {
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        if first {
            let handle: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(roll.clone()));
            input.dropped_files.push(handle);
            first = false;
        }
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| eframe::App::ui(&mut app, ui, &mut frame));
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
        let took = start.elapsed();
        times.push(took);
        std::thread::sleep(Duration::from_millis(16).saturating_sub(took));
    }
    let seconds = started.elapsed().as_secs_f64();
    times.sort();
    println!(
        "import of {count} phone photos in the editor: {} of {count} in {seconds:.1} s; {} frames, median {}, p95 {}, max {}; {}",
        app.project().samples.len(),
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(times.last().copied().unwrap_or_default()),
        memory_line()
    );
}

fn memory_line() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .map(|l| l.trim_start_matches(key).trim().to_owned())
            .unwrap_or_else(|| "?".to_owned())
    };
    format!("RSS now {}, peak {}", field("VmRSS:"), field("VmHWM:"))
}

/// Runs this benchmark.
pub fn main() {
    let all = [
        EditorSection::Profile,
        EditorSection::Platforms,
        EditorSection::Audience,
        EditorSection::Aesthetics,
        EditorSection::Benchmarks,
        EditorSection::KitDesign,
    ];
    if std::env::args().any(|a| a == "import") {
        during_import(240);
        return;
    }
    measure("demo", Startup::Demo, &all);
    println!("after demo: {}", memory_line());

    let dir = tempfile::tempdir().expect("tempdir");
    let made = Instant::now();
    let bundle = big_project(dir.path(), 100, 200);
    println!(
        "big project written in {:.1} s",
        made.elapsed().as_secs_f64()
    );
    let project: Project = storage::open(&bundle).expect("open big");
    println!(
        "big project: {} photos, {} platforms × {} posts",
        project.samples.len(),
        project.platforms.len(),
        project.platforms[0].posts.len()
    );
    measure(
        "big",
        Startup::Open(bundle),
        &[
            EditorSection::Platforms,
            EditorSection::Aesthetics,
            EditorSection::Benchmarks,
        ],
    );
    println!("after big: {}", memory_line());
}
