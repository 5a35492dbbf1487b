//! Where one photo's import spent its time, stage by stage (for the benchmark's
//! breakdown and the log; never for decisions).

use std::time::{Duration, Instant};

/// Time spent in each stage of one photo's import.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Reading the file.
    pub read: Duration,
    /// Decoding to pixels (including the scaled JPEG decode).
    pub decode: Duration,
    /// Resizing to the master and the thumbnail.
    pub resize: Duration,
    /// Converting from the embedded colour profile to sRGB.
    pub colour: Duration,
    /// Turning the picture upright.
    pub orient: Duration,
    /// Encoding the master and the thumbnail as JPEG (every quality tried).
    pub encode: Duration,
    /// The palette of the thumbnail.
    pub palette: Duration,
    /// Hashing the master and writing both files.
    pub store: Duration,
}

impl StageTimes {
    /// The stages' names and times, in pipeline order.
    pub fn stages(&self) -> [(&'static str, Duration); 8] {
        [
            ("read", self.read),
            ("decode", self.decode),
            ("resize", self.resize),
            ("colour", self.colour),
            ("orient", self.orient),
            ("encode", self.encode),
            ("palette", self.palette),
            ("store", self.store),
        ]
    }

    /// The sum of the stages.
    pub fn total(&self) -> Duration {
        self.stages().iter().map(|(_, d)| *d).sum()
    }

    /// Adds another photo's times to these.
    pub fn add(&mut self, other: &StageTimes) {
        self.read += other.read;
        self.decode += other.decode;
        self.resize += other.resize;
        self.colour += other.colour;
        self.orient += other.orient;
        self.encode += other.encode;
        self.palette += other.palette;
        self.store += other.store;
    }
}

/// A stopwatch for consecutive stages: each lap is the time since the last one.
pub(crate) struct Laps(Instant);

impl Laps {
    /// Starts timing.
    pub(crate) fn start() -> Self {
        Self(Instant::now())
    }

    /// The time since the last lap (or the start), and a new lap begins.
    pub(crate) fn lap(&mut self) -> Duration {
        let now = Instant::now();
        let took = now - self.0;
        self.0 = now;
        took
    }
}
