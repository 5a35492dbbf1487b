//! Fonts of the system for scripts the bundled faces lack (CJK mostly): found with
//! `fontdb` in the folders of [`FONT_DIRS_VAR`] first, then the system's and the
//! user's font folders (fontconfig's on Linux, `~/.local/share/fonts` and `~/.fonts`
//! among them; `/System/Library/Fonts`, `/Library/Fonts` and `~/Library/Fonts` on
//! macOS; `%WINDIR%\Fonts` and `%LOCALAPPDATA%\Microsoft\Windows\Fonts` on Windows),
//! `.ttc` collections face by face. The folders are searched once, the first time a
//! character no bundled font has is met; a file is read only when a character needs
//! it. Used by layout (metrics, coverage), the PDF (embedding) and the editor (its
//! font provider), so all three agree on which font sets a character.

pub mod finder;
pub mod groups;

pub use finder::{Candidate, Finder};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Environment variable naming extra folders of fonts (separated like `PATH`),
/// searched before the system's: every `.ttf`/`.otf`/`.ttc`/`.otc` file inside.
pub const FONT_DIRS_VAR: &str = "PITCHKIT_FONT_DIRS";

/// At most this many system faces are used (the PDF names them PKSYSA…).
pub const MAX_SYSTEM_FONTS: usize = 26;

/// A system font file, parsed.
pub struct SystemFont {
    /// Where it was read from.
    pub path: PathBuf,
    /// The face index inside a collection (0 for single fonts).
    pub index: u32,
    /// The file's bytes (read once, kept for the life of the process).
    pub bytes: &'static [u8],
    /// The parsed face.
    pub face: ttf_parser::Face<'static>,
}

/// Reads and parses a font file; `None` when it cannot be read or does not parse.
pub fn load(path: &Path, index: u32) -> Option<SystemFont> {
    let data = std::fs::read(path)
        .map_err(|e| log::info!("a system font could not be read ({e}): {}", path.display()))
        .ok()?;
    // Checked before the bytes are kept for the life of the process.
    if let Err(e) = ttf_parser::Face::parse(&data, index) {
        log::info!("a system font does not parse ({e}): {}", path.display());
        return None;
    }
    let bytes: &'static [u8] = Box::leak(data.into_boxed_slice());
    let face = ttf_parser::Face::parse(bytes, index).ok()?;
    Some(SystemFont {
        path: path.to_path_buf(),
        index,
        bytes,
        face,
    })
}

static FINDER: OnceLock<Finder> = OnceLock::new();

/// The fonts of this machine: the folders of [`FONT_DIRS_VAR`], then the system's.
/// Searched on first use, once per process.
fn finder() -> &'static Finder {
    FINDER.get_or_init(|| {
        let started = std::time::Instant::now();
        let dirs: Vec<PathBuf> = std::env::var_os(FONT_DIRS_VAR)
            .map(|dirs| std::env::split_paths(&dirs).collect())
            .unwrap_or_default();
        let finder = Finder::new(&dirs, true);
        log::info!(
            "system fonts: {} faces found in {} ms",
            finder.ranked().len(),
            started.elapsed().as_millis()
        );
        finder
    })
}

/// The system font in slot `slot`, read on first use (`None` before [`slot_for`]
/// gave that slot).
pub fn font(slot: u8) -> Option<&'static SystemFont> {
    FINDER.get()?.font(slot)
}

/// The slot of the system face that sets `ch`: its script's face when that has the
/// glyph (one face for all Han and Kana), else the first face that has it, faces
/// ranked regular, sans-serif, then by path. `None` when no face has it.
pub fn slot_for(ch: char) -> Option<u8> {
    finder().slot_for(ch)
}

/// A file name for reports, e.g. `DroidSansFallbackFull.ttf`.
pub fn file_name(slot: u8) -> String {
    FINDER
        .get()
        .and_then(|finder| finder::file_name(&finder.slot_face(slot)?.path))
        .unwrap_or_else(|| "a system font".to_owned())
}
