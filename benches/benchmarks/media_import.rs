//! Photo import benchmark: a batch of 24 generated 12 MP phone-like JPEGs (4:2:0, about
//! 2.9 MB each; every third one stored sideways with EXIF orientation 6, every other one
//! with a Display P3 profile), imported with all cores; prints wall time, photos per
//! second, peak RSS and where each photo's time went. Then a 12 MP HEIC against libheif's
//! `heif-convert`, and 6 photos of 48 MP imported with and without DCT-domain
//! reduced-scale decoding, to show what that buys.
//!
//! Run: `cargo bench --bench benchmarks -- media_import` (issue 11's targets on a 2-core
//! machine: the 24 photos in ≤ 1.2 s with peak RSS ≤ 200 MB; the HEIC in no more time
//! than `heif-convert -q 85`); `-- media_import jpeg-only` runs
//! the 12 MP batch only; `photos=DIR` imports the JPEG and HEIC files of DIR as the batch
//! (an empty or new DIR gets the 24 generated photos, kept for the next run). Not a timed
//! test: it prints, it does not fail.

use pitchkit::media::{ImportOptions, StageTimes, import_batch, import_file};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// A photo-like picture: smooth gradients, edges, fine texture and a little sensor
/// noise (compresses like a real phone photo: about 2.5–3 MB at quality 92 for 12 MP;
/// the 24 real phone photos of issue 11 were 67 MB).
fn photo(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut pixels = Vec::with_capacity(width as usize * height as usize * 3);
    let mut state = seed.wrapping_mul(2_654_435_761) | 1;
    let phase = seed as f32;
    for y in 0..height {
        let fy = y as f32 / height as f32;
        for x in 0..width {
            let fx = x as f32 / width as f32;
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let noise =
                (state & 7) as f32 - 3.5 + 10.0 * (x as f32 * 0.31).sin() * (y as f32 * 0.23).cos();
            let edge = if (fx * 6.0 + fy * 3.0 + phase).sin() > 0.7 {
                40.0
            } else {
                0.0
            };
            let r = 128.0 + 100.0 * ((fx * 7.0 + phase).sin() * (fy * 5.0).cos()) + noise + edge;
            let g = 128.0 + 90.0 * (fx * 3.0 + fy * 11.0 + phase).sin() + noise;
            let b = 128.0 + 80.0 * (fy * 9.0 - fx * 2.0).cos() + noise - edge;
            pixels.extend([r, g, b].map(|v| v.clamp(0.0, 255.0) as u8));
        }
    }
    pixels
}

/// The JPEG with an EXIF segment holding Orientation = `orientation`.
fn with_orientation(jpeg: Vec<u8>, orientation: u16) -> Vec<u8> {
    let mut exif = b"Exif\0\0MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    exif.extend_from_slice(&orientation.to_be_bytes());
    exif.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&(exif.len() as u16 + 2).to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// Writes `count` generated photos of `width × height` into `dir`, two at a time.
fn generate(dir: &Path, count: u32, width: u32, height: u32) -> Vec<PathBuf> {
    let paths: Vec<PathBuf> = (0..count)
        .map(|i| dir.join(format!("IMG_{i:04}.jpg")))
        .collect();
    std::thread::scope(|scope| {
        for half in [0, 1] {
            let paths = &paths;
            scope.spawn(move || {
                for (i, path) in paths.iter().enumerate().skip(half).step_by(2) {
                    let seed = i as u32 + 1;
                    let pixels = photo(width, height, seed);
                    let mut jpeg = Vec::new();
                    // Chroma subsampled 4:2:0, as phone cameras write it.
                    let mut encoder = jpeg_encoder::Encoder::new(&mut jpeg, 94);
                    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
                    // Half of them carry a Display P3 profile, as iPhones' JPEGs do.
                    if i % 2 == 0 {
                        let p3 = moxcms::ColorProfile::new_display_p3().encode().expect("P3");
                        encoder.add_icc_profile(&p3).expect("ICC");
                    }
                    encoder
                        .encode(
                            &pixels,
                            width as u16,
                            height as u16,
                            jpeg_encoder::ColorType::Rgb,
                        )
                        .expect("encode");
                    let jpeg = if i % 3 == 0 {
                        with_orientation(jpeg, 6)
                    } else {
                        jpeg
                    };
                    fs::write(path, jpeg).expect("write");
                }
            });
        }
    });
    paths
}

/// Peak resident set size of this process so far, in MB (VmHWM).
fn peak_rss_mb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// CPU time (user + system) of this process so far, in seconds; with the wall
/// time it tells how much other work on the machine slowed the run.
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which ends with ')'): utime is the 12th, stime the 13th.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Resets the peak RSS to the current RSS (Linux: writing 5 to clear_refs).
fn reset_peak_rss() -> bool {
    fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn run(label: &str, sources: &[PathBuf], options: &ImportOptions) {
    let media = tempfile::tempdir().expect("temp dir");
    let reset = reset_peak_rss();
    let cpu_before = cpu_seconds();
    let started = Instant::now();
    let outcomes = import_batch(
        media.path(),
        sources,
        options,
        |_| {},
        &AtomicBool::new(false),
    );
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_before.zip(cpu_seconds()).map(|(a, b)| b - a);
    let failed = outcomes.iter().filter(|(_, r)| r.is_err()).count();
    let master_kb: Vec<u64> = outcomes
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|i| i.master_bytes / 1000)
        .collect();
    let largest_kb = master_kb.iter().max().copied().unwrap_or(0);
    let mut times = StageTimes::default();
    let mut counted = 0u32;
    for imported in outcomes.iter().filter_map(|(_, r)| r.as_ref().ok()) {
        times.add(&imported.times);
        counted += 1;
    }
    println!(
        "{label}: {} photos in {seconds:.2} s = {:.1} photos/s (CPU {} s), peak RSS {} MB{}; {failed} failed; largest master {largest_kb} KB",
        sources.len(),
        sources.len() as f64 / seconds,
        cpu.map_or("?".to_owned(), |c| format!("{c:.2}")),
        peak_rss_mb().map_or("?".to_owned(), |mb| mb.to_string()),
        if reset {
            ""
        } else {
            " (since start: peak reset unavailable)"
        },
    );
    if counted > 0 {
        let per_photo: Vec<String> = times
            .stages()
            .iter()
            .map(|(name, took)| {
                format!(
                    "{name} {:.1}",
                    took.as_secs_f64() * 1000.0 / f64::from(counted)
                )
            })
            .collect();
        println!(
            "  per photo, ms of one worker: {} (sum {:.1})",
            per_photo.join(", "),
            times.total().as_secs_f64() * 1000.0 / f64::from(counted)
        );
    }
}

/// How long refusing a cut-off or damaged 12 MP HEIC takes (the slowest of 18).
fn refusals(dir: &Path, heic: &[u8]) {
    let path = dir.join("broken.heic");
    let mut slowest = 0.0f64;
    let mut refused = 0;
    for tenth in 1..10 {
        let cut = &heic[..heic.len() * tenth / 10];
        let mut damaged = heic.to_vec();
        let at = heic.len() * tenth / 10;
        for byte in damaged.iter_mut().skip(at).take(64) {
            *byte ^= 0x5A;
        }
        for bytes in [cut, damaged.as_slice()] {
            fs::write(&path, bytes).expect("write");
            let media = tempfile::tempdir().expect("temp dir");
            let started = Instant::now();
            let result = import_file(media.path(), &path, &ImportOptions::default());
            slowest = slowest.max(started.elapsed().as_secs_f64());
            refused += usize::from(result.is_err());
        }
    }
    println!("  broken 12 MP HEICs: {refused} of 18 refused, the slowest answer in {slowest:.2} s");
}

/// A 12 MP HEIC like an iPhone's (a grid of 512 px tiles), imported alone and
/// compared with libheif's `heif-convert -q 85` turning it into a JPEG, if installed.
fn heic_vs_heif_convert(dir: &Path) {
    let (width, height) = (4032u32, 3024u32);
    let rgb = photo(width, height, 7);
    let image = heifer::Image {
        width,
        height,
        bit_depth: 8,
        has_alpha: false,
        data: rgb
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255].map(u16::from))
            .collect(),
    };
    let options = heifer::EncodeOptions {
        quality: 80,
        max_threads: 0,
    };
    let heic = heifer::encode(&image, &options).expect("encode HEIC");
    let path = dir.join("IMG_0001.HEIC");
    fs::write(&path, &heic).expect("write HEIC");
    println!(
        "generated a 12 MP HEIC ({width}×{height}, grid of 512 px tiles), {} KB",
        heic.len() / 1000
    );
    let mut pitchkit_s = Vec::new();
    for _ in 0..3 {
        let media = tempfile::tempdir().expect("temp dir");
        let started = Instant::now();
        let imported = import_file(media.path(), &path, &ImportOptions::default()).expect("import");
        pitchkit_s.push(started.elapsed().as_secs_f64());
        let t = imported.times;
        println!(
            "  HEIC import {:.2} s: decode {:.0} ms, resize {:.0}, colour {:.0}, encode {:.0}, store {:.0}",
            pitchkit_s.last().copied().unwrap_or(0.0),
            t.decode.as_secs_f64() * 1000.0,
            t.resize.as_secs_f64() * 1000.0,
            t.colour.as_secs_f64() * 1000.0,
            t.encode.as_secs_f64() * 1000.0,
            t.store.as_secs_f64() * 1000.0,
        );
    }
    pitchkit_s.sort_by(f64::total_cmp);
    let ours = pitchkit_s[1];
    let mut theirs = Vec::new();
    for _ in 0..3 {
        let out = dir.join("heif-convert.jpg");
        let started = Instant::now();
        let status = std::process::Command::new("heif-convert")
            .args(["-q", "85"])
            .arg(&path)
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .status();
        match status {
            Ok(status) if status.success() => theirs.push(started.elapsed().as_secs_f64()),
            _ => {
                println!(
                    "  heif-convert is not installed (Debian: libheif-examples): no comparison"
                );
                println!("  12 MP HEIC import: median {ours:.2} s");
                return;
            }
        }
    }
    theirs.sort_by(f64::total_cmp);
    refusals(dir, &heic);
    println!(
        "  12 MP HEIC: Pitchkit import (master + thumbnail) median {ours:.2} s, heif-convert -q 85 median {:.2} s: ratio {:.2}",
        theirs[1],
        ours / theirs[1]
    );
}

/// The batch's photos: the JPEG and HEIC files of the folder given as `photos=DIR`
/// (real phone photos, for instance), or 24 generated ones written there (kept for the
/// next run) or in `scratch` when no folder is given.
fn batch_sources(scratch: &Path) -> Vec<PathBuf> {
    let given = std::env::args().find_map(|a| a.strip_prefix("photos=").map(PathBuf::from));
    let folder = given.clone().unwrap_or_else(|| scratch.join("12mp"));
    fs::create_dir_all(&folder).expect("photo folder");
    let mut found: Vec<PathBuf> = fs::read_dir(&folder)
        .expect("read the photo folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                ["jpg", "jpeg", "heic", "heif"].contains(&e.to_lowercase().as_str())
            })
        })
        .collect();
    found.sort();
    if found.is_empty() {
        println!("generating 24 photos of 4032×3024 in {}", folder.display());
        return generate(&folder, 24, 4032, 3024);
    }
    println!("the photos in {}", folder.display());
    found
}

/// Runs this benchmark.
pub fn main() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!("media import benchmark on {cores} cores");
    let dir = tempfile::tempdir().expect("temp dir");

    let sources = batch_sources(dir.path());
    let bytes: u64 = sources
        .iter()
        .map(|p| fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    println!("{} photos, {} MB in all", sources.len(), bytes / 1_000_000);
    run("12 MP batch", &sources, &ImportOptions::default());
    if std::env::args().any(|a| a == "jpeg-only") {
        return;
    }

    heic_vs_heif_convert(dir.path());

    let big = dir.path().join("48mp");
    fs::create_dir(&big).expect("dir");
    let sources = generate(&big, 6, 8000, 6000);
    println!("generated 6 photos of 8000×6000");
    run(
        "48 MP, DCT-scaled decode (default)",
        &sources,
        &ImportOptions::default(),
    );
    let full = ImportOptions {
        reduced_scale_decode: false,
        ..ImportOptions::default()
    };
    run("48 MP, full decode", &sources, &full);
}
