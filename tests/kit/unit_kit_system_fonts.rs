//! System fonts (`kit::system_fonts`): the finder on folders of test fonts (never the
//! machine's own fonts), serif names, and the script groups.
#![allow(clippy::unwrap_used)]

use pitchkit::kit::system_fonts::finder::{self, looks_serif};
use pitchkit::kit::system_fonts::groups::{RANGES, group_of};
use pitchkit::kit::system_fonts::{Finder, load};
use std::path::{Path, PathBuf};

// kit::system_fonts::finder

#[test]
fn serif_and_monospace_families_are_told_by_name() {
    for family in [
        "Noto Serif CJK JP",
        "MS Mincho",
        "SimSun",
        "Songti SC",
        "AR PL UMing TW",
        "Batang",
        "DejaVu Sans Mono",
        "EB Garamond 12",
    ] {
        assert!(looks_serif(&family.to_lowercase()), "{family}");
    }
    for family in [
        "Noto Sans CJK JP",
        "Droid Sans Fallback",
        "Microsoft YaHei",
        "PingFang SC",
        "Hiragino Sans",
        "Yu Gothic",
        "Malgun Gothic",
        "DejaVu Sans",
    ] {
        assert!(!looks_serif(&family.to_lowercase()), "{family}");
    }
}

// kit::system_fonts::groups

#[test]
fn han_and_kana_share_one_group_and_latin_has_none() {
    for ch in ['東', 'の', 'カ', '。', '＊', '𠀋'] {
        assert_eq!(group_of(ch).map(|g| g.name), Some("CJK"), "{ch}");
    }
    assert_eq!(group_of('한').map(|g| g.name), Some("Hangul"));
    assert_eq!(group_of('ก').map(|g| g.name), Some("Thai"));
    assert_eq!(group_of('a'), None);
    assert_eq!(group_of('😀'), None);
}

#[test]
fn ranges_are_sorted_apart_and_hold_their_own_letters() {
    for pair in RANGES.windows(2) {
        assert!(
            pair[0].1 < pair[1].0,
            "{:X} overlaps {:X}",
            pair[0].1,
            pair[1].0
        );
    }
    for &(_, _, group) in RANGES {
        for &letter in group.letters {
            assert_eq!(group_of(letter), Some(group), "{letter}");
        }
    }
}

// The finder on folders of test fonts.

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The CJK test font (Han, some kana; no Latin).
fn cjk() -> Vec<u8> {
    std::fs::read(manifest(
        "tests/fixtures/fonts/DroidSansFallback-subset.ttf",
    ))
    .unwrap()
}

/// A CJK test font with Han only.
fn han_only() -> Vec<u8> {
    std::fs::read(manifest(
        "tests/fixtures/fonts-han/DroidSansFallback-han.ttf",
    ))
    .unwrap()
}

fn bundled(name: &str) -> Vec<u8> {
    std::fs::read(manifest("assets/fonts").join(name)).unwrap()
}

/// A `.ttc` collection of `fonts`, in order: each font's table offsets moved to where
/// its tables land in the collection.
fn collection(fonts: &[Vec<u8>]) -> Vec<u8> {
    let mut at = 12 + 4 * fonts.len();
    let mut offsets = Vec::new();
    let mut body = Vec::new();
    for font in fonts {
        let mut font = font.clone();
        let tables = usize::from(u16::from_be_bytes([font[4], font[5]]));
        for table in 0..tables {
            let field = 12 + 16 * table + 8;
            let offset = u32::from_be_bytes(font[field..field + 4].try_into().unwrap());
            let moved = offset + u32::try_from(at).unwrap();
            font[field..field + 4].copy_from_slice(&moved.to_be_bytes());
        }
        font.resize(font.len().next_multiple_of(4), 0);
        offsets.push(u32::try_from(at).unwrap());
        at += font.len();
        body.extend(font);
    }
    let mut out = b"ttcf".to_vec();
    out.extend(0x0001_0000_u32.to_be_bytes());
    out.extend(u32::try_from(fonts.len()).unwrap().to_be_bytes());
    for offset in offsets {
        out.extend(offset.to_be_bytes());
    }
    out.extend(body);
    out
}

fn folder(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn finder(dirs: &[&tempfile::TempDir]) -> Finder {
    let dirs: Vec<PathBuf> = dirs.iter().map(|d| d.path().to_path_buf()).collect();
    Finder::new(&dirs, false)
}

/// The file name and face index that set `ch`.
/// The file names of the faces `finder` found, best first.
fn ranked_files(finder: &Finder) -> Vec<String> {
    finder
        .ranked()
        .iter()
        .filter_map(|c| finder::file_name(&c.path))
        .collect()
}

fn face_for(finder: &Finder, ch: char) -> Option<(String, u32)> {
    let slot = finder.slot_for(ch)?;
    let font = finder.font(slot).unwrap();
    assert!(font.face.glyph_index(ch).is_some_and(|g| g.0 != 0), "{ch}");
    let face = finder.slot_face(slot).unwrap();
    assert_eq!((&face.path, face.index), (&font.path, font.index));
    Some((finder::file_name(&font.path).unwrap(), font.index))
}

#[test]
fn a_font_in_a_user_folder_sets_what_it_has_and_nothing_else() {
    let dir = folder(&[("fonts/more/cjk.ttf", cjk())]);
    let finder = finder(&[&dir]);
    assert_eq!(face_for(&finder, '東'), Some(("cjk.ttf".into(), 0)));
    assert_eq!(finder.slot_for('東'), Some(0));
    assert_eq!(face_for(&finder, 'a'), None);
    assert_eq!(face_for(&finder, '😀'), None);
}

#[test]
fn the_second_face_of_a_collection_is_used_for_what_only_it_has() {
    let dir = folder(&[(
        "pair.ttc",
        collection(&[bundled("NotoSans-Regular.ttf"), cjk()]),
    )]);
    let finder = finder(&[&dir]);
    assert_eq!(finder.ranked().len(), 2);
    assert_eq!(face_for(&finder, '東'), Some(("pair.ttc".into(), 1)));
    assert_eq!(face_for(&finder, 'a'), Some(("pair.ttc".into(), 0)));
    assert_ne!(finder.slot_for('東'), finder.slot_for('a'));
}

#[test]
fn broken_and_empty_font_files_are_skipped() {
    let dir = folder(&[
        ("a-broken.ttf", b"not a font at all".to_vec()),
        ("b-empty.otf", Vec::new()),
        ("c-cut.ttc", cjk()[..200].to_vec()),
        ("d-cjk.ttf", cjk()),
        ("notes.txt", b"x".to_vec()),
    ]);
    let finder = finder(&[&dir]);
    let files = ranked_files(&finder);
    assert_eq!(files, ["d-cjk.ttf"]);
    assert_eq!(face_for(&finder, '京'), Some(("d-cjk.ttf".into(), 0)));
}

#[test]
fn regular_sans_faces_come_before_bold_and_serif_ones() {
    let dir = folder(&[
        ("a-bold.ttf", bundled("NotoSans-Bold.ttf")),
        ("b-serif.otf", bundled("EBGaramond12-Regular.otf")),
        ("c-regular.ttf", bundled("NotoSans-Regular.ttf")),
    ]);
    let finder = finder(&[&dir]);
    let files = ranked_files(&finder);
    assert_eq!(files, ["c-regular.ttf", "b-serif.otf", "a-bold.ttf"]);
    assert_eq!(face_for(&finder, 'a'), Some(("c-regular.ttf".into(), 0)));
}

#[test]
fn equal_faces_are_chosen_by_path_and_earlier_folders_win() {
    let first = folder(&[("z.ttf", cjk())]);
    let second = folder(&[("b.ttf", cjk()), ("a.ttf", cjk())]);
    assert_eq!(face_for(&finder(&[&second]), '東').unwrap().0, "a.ttf");
    assert_eq!(
        face_for(&finder(&[&first, &second]), '東').unwrap().0,
        "z.ttf"
    );
    assert_eq!(
        face_for(&finder(&[&second, &first]), '東').unwrap().0,
        "a.ttf"
    );
    let ranked = |f: Finder| f.ranked().to_vec();
    assert_eq!(
        ranked(finder(&[&first, &second])),
        ranked(finder(&[&first, &second]))
    );
}

#[test]
fn a_japanese_line_comes_from_one_face_with_both_han_and_kana() {
    // The Han-only face ranks first (by path) but lacks kana: the line's Han would
    // otherwise come from it and its kana from the other.
    let dir = folder(&[("a-han.ttf", han_only()), ("b-cjk.ttf", cjk())]);
    let finder = finder(&[&dir]);
    for ch in "東京のカフェ巡り".chars() {
        assert_eq!(face_for(&finder, ch).unwrap().0, "b-cjk.ttf", "{ch}");
    }
    // Without a face for the whole script, each character takes the first that has it.
    let dir = folder(&[("a-han.ttf", han_only())]);
    let finder = self::finder(&[&dir]);
    assert_eq!(face_for(&finder, '東').unwrap().0, "a-han.ttf");
    assert_eq!(face_for(&finder, 'の'), None);
}

#[test]
fn a_file_that_is_not_a_font_does_not_load() {
    let dir = folder(&[("x.ttf", b"not a font".to_vec())]);
    assert!(load(&dir.path().join("x.ttf"), 0).is_none());
    assert!(load(Path::new("/nonexistent/font.ttf"), 0).is_none());
}

#[test]
fn slots_are_not_given_before_a_character_asks() {
    let dir = folder(&[("cjk.ttf", cjk())]);
    let finder = finder(&[&dir]);
    assert!(finder.font(0).is_none());
    assert!(finder.slot_face(0).is_none());
    assert_eq!(finder.slot_for('中'), Some(0));
    assert!(finder.font(0).is_some());
    assert!(finder.font(1).is_none());
}
