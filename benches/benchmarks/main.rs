//! Pitchkit's benchmarks, in one binary: each prints figures (they are not timed tests).
//! Run one with `cargo bench --bench benchmarks -- NAME [ARG]`; without a name, the list.
//! (One binary, not one per benchmark: each linked the whole app in every CI build.)

#[path = "../../tests/support/dates.rs"]
mod dates;
mod kit_export;
mod kit_layout;
mod media_import;
mod stats_import;
mod ui_frame;

/// Each benchmark: its name, what it measures, and how to run it.
const BENCHMARKS: [(&str, &str, fn()); 5] = [
    (
        "media_import",
        "24 phone-like 12 MP JPEGs with a per-stage breakdown, a 12 MP HEIC against \
         heif-convert when installed, 48 MP photos (`jpeg-only`: the 12 MP batch only)",
        media_import::main,
    ),
    (
        "kit_layout",
        "kit layout of the demo and a large kit in every theme",
        || {
            if let Err(error) = kit_layout::main() {
                eprintln!("kit_layout: {error}");
                std::process::exit(1);
            }
        },
    ),
    (
        "kit_export",
        "PDF export of the demo and a large kit in every theme",
        kit_export::main,
    ),
    (
        "stats_import",
        "10,000-row analytics exports and a 1,000-row paste",
        stats_import::main,
    ),
    (
        "ui_frame",
        "the editor's frame times (`import`: while 240 phone photos import, with the peak \
         memory)",
        ui_frame::main,
    ),
];

fn main() {
    // `cargo bench` passes `--bench`; the benchmark's name is the first other argument.
    let name = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if let Some((_, _, run)) = BENCHMARKS
        .iter()
        .find(|(n, ..)| Some(*n) == name.as_deref())
    {
        run();
        return;
    }
    if let Some(name) = &name {
        eprintln!("no benchmark named {name:?}");
    }
    println!("Run one with `cargo bench --bench benchmarks -- NAME`:");
    for (name, what, _) in BENCHMARKS {
        println!("  {name:<13} {what}");
    }
    if name.is_some() {
        std::process::exit(2);
    }
}
