//! Scripts whose characters should come from one system face (a Japanese line in
//! one font, not three): each with the characters a face must have to be that
//! script's face.

/// A script, and the letters that make a face its face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// The script's name (a key, also for logs).
    pub name: &'static str,
    /// A face is this script's face when it has all of these.
    pub letters: &'static [char],
}

const CJK: Group = Group {
    name: "CJK",
    // Han, Hiragana, Katakana: a face lacking kana would split a Japanese line. (Letters
    // every CJK font has, which the test fonts have too.)
    letters: &['中', '日', 'の', 'カ'],
};

/// Unicode ranges (inclusive) and the group of their characters.
pub const RANGES: &[(u32, u32, Group)] = &[
    (0x0530, 0x058F, group("Armenian", &['Ա', 'ա'])),
    (0x0590, 0x05FF, group("Hebrew", &['א', 'ש'])),
    (0x0600, 0x06FF, group("Arabic", &['ب', 'ع'])),
    (0x0900, 0x097F, group("Devanagari", &['क', 'ि'])),
    (0x0980, 0x09FF, group("Bengali", &['ক', 'ি'])),
    (0x0A00, 0x0A7F, group("Gurmukhi", &['ਕ'])),
    (0x0A80, 0x0AFF, group("Gujarati", &['ક'])),
    (0x0B00, 0x0B7F, group("Oriya", &['କ'])),
    (0x0B80, 0x0BFF, group("Tamil", &['க', 'ி'])),
    (0x0C00, 0x0C7F, group("Telugu", &['క'])),
    (0x0C80, 0x0CFF, group("Kannada", &['ಕ'])),
    (0x0D00, 0x0D7F, group("Malayalam", &['ക'])),
    (0x0D80, 0x0DFF, group("Sinhala", &['ක'])),
    (0x0E00, 0x0E7F, group("Thai", &['ก', 'ั'])),
    (0x0E80, 0x0EFF, group("Lao", &['ກ'])),
    (0x0F00, 0x0FFF, group("Tibetan", &['ཀ'])),
    (0x1000, 0x109F, group("Myanmar", &['က'])),
    (0x10A0, 0x10FF, group("Georgian", &['ა'])),
    (0x1100, 0x11FF, group("Hangul", &['한', 'ᄀ'])),
    (0x1200, 0x139F, group("Ethiopic", &['ሀ'])),
    (0x1780, 0x17FF, group("Khmer", &['ក'])),
    (0x2E80, 0x2FDF, CJK),
    (0x3000, 0x30FF, CJK),
    (0x3100, 0x312F, CJK),
    (0x3130, 0x318F, group("Hangul", &['한', 'ᄀ'])),
    (0x3190, 0x9FFF, CJK),
    (0xAC00, 0xD7AF, group("Hangul", &['한', 'ᄀ'])),
    (0xF900, 0xFAFF, CJK),
    (0xFE30, 0xFE4F, CJK),
    (0xFF00, 0xFFEF, CJK),
    (0x2_0000, 0x3_FFFF, CJK),
];

const fn group(name: &'static str, letters: &'static [char]) -> Group {
    Group { name, letters }
}

/// The group of `ch`, when its script has one.
pub fn group_of(ch: char) -> Option<Group> {
    let code = u32::from(ch);
    RANGES
        .iter()
        .find(|(first, last, _)| (*first..=*last).contains(&code))
        .map(|&(_, _, group)| group)
}
