//! Fonts of the system for scripts the bundled faces lack (CJK, Arabic, Devanagari,
//! Thai…): where to look, and each file read and parsed once, only when a character
//! first needs it. Used by layout (metrics, coverage), the PDF (embedding) and the
//! editor (its font provider), so all three agree on which font sets a character.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Font files of common systems that cover scripts the bundled fonts lack, with the
/// face index inside collections, in the order they are tried. Missing files are
/// skipped.
pub const CANDIDATES: &[(&str, u32)] = &[
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        0,
    ),
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    (
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", 0),
    (
        "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
        0,
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
        0,
    ),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
    ("C:\\Windows\\Fonts\\YuGothM.ttc", 0),
    ("C:\\Windows\\Fonts\\malgun.ttf", 0),
];

/// Environment variable naming extra folders of fonts (separated like `PATH`), tried
/// before the system's: every `.ttf`/`.otf` file inside, in name order.
pub const FONT_DIRS_VAR: &str = "PITCHKIT_FONT_DIRS";

/// At most this many system fonts are considered (the PDF names them PKSYSA…).
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

/// One candidate file: its path, face index and, once asked for, the parsed font.
struct Slot {
    path: PathBuf,
    index: u32,
    loaded: OnceLock<Option<SystemFont>>,
}

impl Slot {
    fn font(&self) -> Option<&SystemFont> {
        self.loaded
            .get_or_init(|| load(&self.path, self.index))
            .as_ref()
    }
}

/// Reads and parses a font file; `None` when it cannot be read or does not parse.
fn load(path: &Path, index: u32) -> Option<SystemFont> {
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

/// The candidate files of this machine: the folders of [`FONT_DIRS_VAR`] first, then
/// [`CANDIDATES`] that exist. Decided once per process.
fn slots() -> &'static [Slot] {
    static SLOTS: OnceLock<Vec<Slot>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let mut found: Vec<(PathBuf, u32)> = Vec::new();
        if let Some(dirs) = std::env::var_os(FONT_DIRS_VAR) {
            for dir in std::env::split_paths(&dirs) {
                found.extend(fonts_in(&dir).into_iter().map(|path| (path, 0)));
            }
        }
        found.extend(
            CANDIDATES
                .iter()
                .map(|&(path, index)| (PathBuf::from(path), index))
                .filter(|(path, _)| path.is_file()),
        );
        found.dedup();
        found.truncate(MAX_SYSTEM_FONTS);
        found
            .into_iter()
            .map(|(path, index)| Slot {
                path,
                index,
                loaded: OnceLock::new(),
            })
            .collect()
    })
}

/// The `.ttf`/`.otf` files directly inside `dir`, sorted by name.
fn fonts_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("ttf") || e.eq_ignore_ascii_case("otf"))
        })
        .collect();
    files.sort();
    files
}

/// The system font in slot `slot`, loading it on first use.
pub fn font(slot: u8) -> Option<&'static SystemFont> {
    slots().get(usize::from(slot))?.font()
}

/// True when a glyph (other than .notdef) exists for `ch` in `face`.
fn covers(face: &ttf_parser::Face<'_>, ch: char) -> bool {
    face.glyph_index(ch).is_some_and(|glyph| glyph.0 != 0)
}

/// The slot of the first system font with a glyph for `ch`, loading files in order
/// until one covers it (each file at most once per process).
pub fn slot_for(ch: char) -> Option<u8> {
    slots().iter().enumerate().find_map(|(slot, candidate)| {
        let font = candidate.font()?;
        covers(&font.face, ch).then(|| u8::try_from(slot).ok())?
    })
}

/// A file name for reports, e.g. `DroidSansFallbackFull.ttf`.
pub fn file_name(slot: u8) -> String {
    slots()
        .get(usize::from(slot))
        .and_then(|s| s.path.file_name())
        .map_or_else(
            || "a system font".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_in_lists_only_font_files_in_name_order() {
        let dir = std::env::temp_dir().join(format!("pitchkit-fonts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["b.otf", "a.TTF", "notes.txt"] {
            std::fs::write(dir.join(name), b"x").unwrap();
        }
        let names: Vec<String> = fonts_in(&dir)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["a.TTF", "b.otf"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_that_is_not_a_font_is_skipped() {
        let path = std::env::temp_dir().join(format!("pitchkit-notfont-{}", std::process::id()));
        std::fs::write(&path, b"not a font").unwrap();
        assert!(load(&path, 0).is_none());
        assert!(load(Path::new("/nonexistent/font.ttf"), 0).is_none());
        std::fs::remove_file(&path).unwrap();
    }
}
