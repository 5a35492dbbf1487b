//! Content names of stored images.

use pitchkit::media::hash::*;

#[test]
fn names() {
    let hash = content_hash(b"abc");
    // SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223.
    assert_eq!(hash, "ba7816bf8f01cfea414140de5dae2223");
    assert_eq!(master_name(&hash), format!("{hash}.jpg"));
    assert_eq!(thumb_name(&master_name(&hash)), format!("{hash}.thumb.jpg"));
}
