//! The faces of given folders and of the system, ranked once (regular before bold,
//! sans before serif, then by path: two runs choose the same file), and the face
//! chosen for a character: its script's face when that has it, else the first ranked
//! face with a glyph. Files are only mapped to look at a face's characters; the bytes
//! of a chosen face are read when it is first drawn.

use super::groups::{Group, group_of};
use super::{MAX_SYSTEM_FONTS, SystemFont, load};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock, PoisonError};

/// One face of a font file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Candidate {
    /// The file.
    pub path: PathBuf,
    /// The face index inside a collection (0 for single fonts).
    pub index: u32,
    id: fontdb::ID,
}

/// What was chosen so far.
#[derive(Default)]
struct State {
    /// The ranked candidate of each slot, in the order slots were given.
    slots: Vec<usize>,
    /// The slot of each character asked for (`None`: no face has it).
    chars: BTreeMap<char, Option<u8>>,
    /// Each script's face (`None`: no face has all its letters).
    groups: BTreeMap<&'static str, Option<usize>>,
}

/// Fonts found in folders, ranked, and the faces chosen from them.
pub struct Finder {
    db: fontdb::Database,
    ranked: Vec<Candidate>,
    state: Mutex<State>,
    fonts: [OnceLock<Option<SystemFont>>; MAX_SYSTEM_FONTS],
}

impl Finder {
    /// The faces in `dirs` (searched in turn, sub-folders included; preferred in that
    /// order), then, when `system` is set, the system's and the user's font folders.
    /// Files that are not fonts or do not parse are skipped.
    pub fn new(dirs: &[PathBuf], system: bool) -> Self {
        let mut db = fontdb::Database::new();
        let mut tier: BTreeMap<fontdb::ID, usize> = BTreeMap::new();
        let mut note_tier = |db: &fontdb::Database, rank: usize| {
            for face in db.faces() {
                tier.entry(face.id).or_insert(rank);
            }
        };
        for (rank, dir) in dirs.iter().enumerate() {
            db.load_fonts_dir(dir);
            note_tier(&db, rank);
        }
        if system {
            db.load_system_fonts();
            for dir in extra_system_dirs() {
                db.load_fonts_dir(dir);
            }
            note_tier(&db, dirs.len());
        }
        let mut keyed: Vec<(RankKey, Candidate)> = db
            .faces()
            .map(|face| {
                let rank = tier.get(&face.id).copied().unwrap_or(usize::MAX);
                let candidate = Candidate {
                    path: face_path(face),
                    index: face.index,
                    id: face.id,
                };
                (rank_key(face, rank), candidate)
            })
            .collect();
        keyed.sort();
        let mut seen = BTreeSet::new();
        let ranked = keyed
            .into_iter()
            .map(|(_, candidate)| candidate)
            .filter(|c| seen.insert((c.path.clone(), c.index)))
            .collect();
        Self {
            db,
            ranked,
            state: Mutex::new(State::default()),
            fonts: [const { OnceLock::new() }; MAX_SYSTEM_FONTS],
        }
    }

    /// Every face found, preferred first.
    pub fn ranked(&self) -> &[Candidate] {
        &self.ranked
    }

    /// The slot of the face that sets `ch`; `None` when no face has it or every slot
    /// is taken by other faces.
    pub fn slot_for(&self, ch: char) -> Option<u8> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&slot) = state.chars.get(&ch) {
            return slot;
        }
        let slot = self.choose(&mut state, ch).and_then(|candidate| {
            let slot = match state.slots.iter().position(|&c| c == candidate) {
                Some(slot) => slot,
                None if state.slots.len() < MAX_SYSTEM_FONTS => {
                    state.slots.push(candidate);
                    state.slots.len() - 1
                }
                None => {
                    log::info!("no slot is left for another system font: {ch:?} is left out");
                    return None;
                }
            };
            u8::try_from(slot).ok()
        });
        state.chars.insert(ch, slot);
        slot
    }

    /// The ranked face that sets `ch`: its script's face when that has it, else the
    /// first with a glyph for it.
    fn choose(&self, state: &mut State, ch: char) -> Option<usize> {
        if let Some(Group { name, letters }) = group_of(ch) {
            let face = *state
                .groups
                .entry(name)
                .or_insert_with(|| self.first_with(letters));
            if let Some(face) = face.filter(|&face| self.has(face, &[ch])) {
                return Some(face);
            }
        }
        self.first_with(&[ch])
    }

    /// The first ranked face with glyphs for all of `chars`.
    fn first_with(&self, chars: &[char]) -> Option<usize> {
        (0..self.ranked.len()).find(|&candidate| self.has(candidate, chars))
    }

    /// True when the face has a glyph (other than .notdef) for each of `chars`. The
    /// file is mapped for the look and let go.
    fn has(&self, candidate: usize, chars: &[char]) -> bool {
        let Some(face) = self.ranked.get(candidate) else {
            return false;
        };
        self.db
            .with_face_data(face.id, |data, index| {
                ttf_parser::Face::parse(data, index).is_ok_and(|font| {
                    chars
                        .iter()
                        .all(|&ch| font.glyph_index(ch).is_some_and(|glyph| glyph.0 != 0))
                })
            })
            .unwrap_or(false)
    }

    /// The face in `slot`, read and parsed the first time it is asked for.
    pub fn font(&self, slot: u8) -> Option<&SystemFont> {
        let face = self.slot_face(slot)?;
        self.fonts
            .get(usize::from(slot))?
            .get_or_init(|| load(&face.path, face.index))
            .as_ref()
    }

    /// The face given `slot`, if any.
    pub fn slot_face(&self, slot: u8) -> Option<&Candidate> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let candidate = *state.slots.get(usize::from(slot))?;
        self.ranked.get(candidate)
    }
}

/// Font folders the system search of `fontdb` leaves out: on Windows the Windows
/// folder when it is not `%SYSTEMROOT%`, and the per-user fonts under
/// `%LOCALAPPDATA%` when that is not under `%USERPROFILE%\AppData\Local`.
fn extra_system_dirs() -> Vec<PathBuf> {
    if !cfg!(windows) {
        return Vec::new();
    }
    let var = |name: &str| std::env::var_os(name).map(PathBuf::from);
    let mut searched: Vec<PathBuf> = Vec::new();
    searched.extend(var("SYSTEMROOT").map(|root| root.join("Fonts")));
    searched.extend(
        var("USERPROFILE").map(|home| home.join("AppData\\Local\\Microsoft\\Windows\\Fonts")),
    );
    [
        var("WINDIR").map(|root| root.join("Fonts")),
        var("LOCALAPPDATA").map(|local| local.join("Microsoft\\Windows\\Fonts")),
    ]
    .into_iter()
    .flatten()
    .filter(|dir| !searched.contains(dir))
    .collect()
}

/// The file of a face (found in folders, so always a file).
fn face_path(face: &fontdb::FaceInfo) -> PathBuf {
    match &face.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => path.clone(),
        fontdb::Source::Binary(_) => PathBuf::new(),
    }
}

/// What ranks faces, smallest first: the folder's place (given folders before the
/// system's), upright before italic, closest to Regular weight and normal width,
/// sans before serif and monospace, then the file's path and the face index.
type RankKey = (usize, bool, u16, u16, bool, PathBuf, u32);

fn rank_key(face: &fontdb::FaceInfo, tier: usize) -> RankKey {
    let family = face
        .families
        .first()
        .map(|(name, _)| name.to_lowercase())
        .unwrap_or_default();
    (
        tier,
        face.style != fontdb::Style::Normal,
        face.weight.0.abs_diff(400),
        face.stretch
            .to_number()
            .abs_diff(fontdb::Stretch::Normal.to_number()),
        face.monospaced || looks_serif(&family),
        face_path(face),
        face.index,
    )
}

/// True for family names (lower case) of serif or monospace faces: `Noto Serif CJK`,
/// `MS Mincho`, `SimSun`, `Songti SC`, `AR PL UMing`, `Batang`, `Times New Roman`…
/// (`fontdb` reads no serif flag: the name is what there is.)
pub fn looks_serif(family: &str) -> bool {
    const SERIF: [&str; 11] = [
        "mincho", "song", "simsun", "ming", "batang", "myungjo", "mono", "garamond", "times",
        "georgia", "courier",
    ];
    (family.contains("serif") && !family.contains("sans"))
        || SERIF.iter().any(|word| family.contains(word))
}

/// The file name of `path`, for reports.
pub fn file_name(path: &Path) -> Option<String> {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
}
