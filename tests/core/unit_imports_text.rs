//! Export files' text encodings and mojibake repair.

use pitchkit::imports::text::*;

#[test]
fn encodings() {
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("sep=,\nDate".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode(&utf16).as_deref(), Some("sep=,\nDate"));
    assert_eq!(decode(b"\xEF\xBB\xBFa,b").as_deref(), Some("a,b"));
    assert_eq!(decode(b"\xff\x00\x01"), None);
    assert_eq!(decode(b"caf\xe9"), None);
    assert_eq!(fix_mojibake("CafÃ© â\u{80}\u{94} ok"), "Café — ok");
    assert_eq!(fix_mojibake("Café"), "Café");
    assert_eq!(fix_mojibake("日本"), "日本");
}
