//! The app's own logger behind the `log` facade: every record goes to stderr and, for
//! the desktop window, is appended to [`LOG_FILE`] in the app's data folder (rotated to
//! `pitchkit.log.1` past [`ROTATE_AT_BYTES`]). Logging never stops the app: a log file
//! that cannot be written is said once on stderr and then left alone.

use log::{Level, LevelFilter, Log, Metadata, Record};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use time::OffsetDateTime;

/// The log file's name inside the app's data folder.
pub const LOG_FILE: &str = "pitchkit.log";

/// Past this size the log file is renamed to `pitchkit.log.1` (replacing the older one)
/// and a new one is started, so the two never hold much more than twice this.
pub const ROTATE_AT_BYTES: u64 = 1_000_000;

/// The environment variable that sets how much Pitchkit's own modules log
/// (`error`, `warn`, `info`, `debug`, `trace` or `off`); libraries always log warnings only.
pub const LOG_LEVEL_ENV: &str = "PITCHKIT_LOG";

/// Records of this target are written to the file only: the panic message itself
/// already went to stderr through Rust's default panic hook.
const PANIC_TARGET: &str = "pitchkit::panic";

/// Which front end is running, which decides how much is logged and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    /// The window: Pitchkit's records from `info` up, libraries' from `warn` up, to
    /// stderr and to the log file; panics are logged too.
    Desktop,
    /// A headless command: warnings and errors only, on stderr only, as one plain
    /// `pitchkit: warning: …` line each (success prints nothing new).
    Command,
}

/// Installs the logger once for the process. `data_dir` is the app's data folder (see
/// `storage::app_data_dir`): the desktop window keeps its log file there. A log file
/// that cannot be opened is said once on stderr; logging then goes to stderr only.
///
/// Fails only when a logger was already installed.
pub fn init(front: Front, data_dir: Option<&Path>) -> anyhow::Result<()> {
    let own_level = std::env::var(LOG_LEVEL_ENV).ok().and_then(|value| {
        let level = value.trim().parse::<LevelFilter>().ok();
        if level.is_none() {
            eprintln!(
                "pitchkit: {LOG_LEVEL_ENV}={value} is not a level (error, warn, info, debug, \
                 trace, off); the default is used"
            );
        }
        level
    });
    let (own_level, lib_level) = match front {
        Front::Desktop => (own_level.unwrap_or(LevelFilter::Info), LevelFilter::Warn),
        Front::Command => (own_level.unwrap_or(LevelFilter::Warn), LevelFilter::Warn),
    };
    let file = match (front, data_dir) {
        (Front::Desktop, Some(dir)) => {
            let path = dir.join(LOG_FILE);
            match fs::create_dir_all(dir).and_then(|()| LogFile::open(&path, ROTATE_AT_BYTES)) {
                Ok(file) => Some(file),
                Err(e) => {
                    eprintln!(
                        "pitchkit: the log file cannot be written ({e}); logging to stderr only: {}",
                        path.display()
                    );
                    None
                }
            }
        }
        _ => None,
    };
    let logger = Logger {
        own_level,
        lib_level,
        short_stderr: front == Front::Command,
        file: Mutex::new(file),
    };
    log::set_boxed_logger(Box::new(logger))
        .map_err(|e| anyhow::anyhow!("the logger was already installed ({e})"))?;
    log::set_max_level(own_level.max(lib_level));
    if front == Front::Desktop {
        log_panics();
    }
    Ok(())
}

/// Logs every panic (message and place) before Rust's usual panic report.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        log::error!(target: PANIC_TARGET, "{info}");
        previous(info);
    }));
}

/// The logger [`init`] installs: which records pass, and where they go.
pub struct Logger {
    /// The most detailed level of Pitchkit's own records (targets `pitchkit`,
    /// `pitchkit::…`) that pass.
    pub own_level: LevelFilter,
    /// The most detailed level of the libraries' records that pass.
    pub lib_level: LevelFilter,
    /// Whether stderr gets the plain line of a headless command (`pitchkit: warning: …`)
    /// instead of the full one.
    pub short_stderr: bool,
    /// The log file, if any; given up (set to `None`) once it cannot be written.
    pub file: Mutex<Option<LogFile>>,
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        // fontdb warns of each font file of the machine it cannot read (and of a missing
        // fontconfig setup): nothing the user can act on, so it counts as our info.
        if metadata.target() == "fontdb" || metadata.target().starts_with("fontdb::") {
            return self.own_level >= LevelFilter::Info;
        }
        let own = metadata.target() == "pitchkit" || metadata.target().starts_with("pitchkit::");
        metadata.level() <= if own { self.own_level } else { self.lib_level }
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format_line(
            OffsetDateTime::now_utc(),
            record.level(),
            record.target(),
            &record.args().to_string(),
        );
        if record.target() != PANIC_TARGET {
            let shown = if self.short_stderr {
                short_line(record.level(), &record.args().to_string())
            } else {
                line.clone()
            };
            // Nothing sensible is left to do when stderr itself is gone.
            let _ = io::stderr().lock().write_all(shown.as_bytes());
        }
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(log_file) = file.as_mut()
            && let Err(e) = log_file.append(&line)
        {
            eprintln!(
                "pitchkit: the log file cannot be written ({e}); logging to stderr only: {}",
                log_file.path.display()
            );
            *file = None;
        }
    }

    fn flush(&self) {
        // `LogFile` writes each line straight to the file; stderr is unbuffered.
    }
}

/// One record as the log file (and the window's stderr) shows it:
/// `2025-03-01 09:30:00.120Z WARN  pitchkit::media::store: message`, continuation
/// lines of a long message indented.
pub fn format_line(when: OffsetDateTime, level: Level, target: &str, message: &str) -> String {
    let when = when.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:03}Z {:<5} {target}: {}\n",
        when.year(),
        u8::from(when.month()),
        when.day(),
        when.hour(),
        when.minute(),
        when.second(),
        when.millisecond(),
        level.as_str(),
        message.trim_end().replace('\n', "\n    "),
    )
}

/// One record as a headless command shows it on stderr: `pitchkit: warning: message`.
pub fn short_line(level: Level, message: &str) -> String {
    let word = match level {
        Level::Error => "error",
        Level::Warn => "warning",
        Level::Info => "info",
        Level::Debug => "debug",
        Level::Trace => "trace",
    };
    format!("pitchkit: {word}: {}\n", message.trim_end())
}

/// An append-only log file that starts over (keeping one older file, `NAME.1`) once it
/// would grow past its limit.
pub struct LogFile {
    path: PathBuf,
    file: File,
    size_bytes: u64,
    limit_bytes: u64,
}

impl LogFile {
    /// Opens (or creates) the file at `path` for appending, counting what it already
    /// holds toward `limit_bytes`.
    pub fn open(path: &Path, limit_bytes: u64) -> io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let size_bytes = file.metadata()?.len();
        Ok(Self {
            path: path.to_path_buf(),
            file,
            size_bytes,
            limit_bytes,
        })
    }

    /// The older file that rotation keeps.
    fn rotated_path(&self) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(".1");
        PathBuf::from(name)
    }

    /// Appends `line`, first renaming the file to `NAME.1` (replacing an older one) when
    /// the line would take it past its limit and it is not empty.
    pub fn append(&mut self, line: &str) -> io::Result<()> {
        let len = line.len() as u64;
        if self.size_bytes > 0 && self.size_bytes + len > self.limit_bytes {
            fs::rename(&self.path, self.rotated_path())?;
            self.file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            self.size_bytes = 0;
        }
        self.file.write_all(line.as_bytes())?;
        self.size_bytes += len;
        Ok(())
    }
}
