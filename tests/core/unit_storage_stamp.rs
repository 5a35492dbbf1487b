//! `DiskStamp`: a file's stamp and its bytes' agree, any change shows.

use pitchkit::storage::DiskStamp;
use std::io;

#[test]
fn file_and_bytes_agree_and_any_change_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    // Larger than one read, so the pieces are put together right.
    let text: Vec<u8> = (0..200_000u32).map(|n| (n % 251) as u8).collect();
    std::fs::write(&path, &text).unwrap();
    assert_eq!(
        DiskStamp::of_file(&path).unwrap(),
        DiskStamp::of_bytes(&text)
    );
    assert_eq!(DiskStamp::of_bytes(&text).len_bytes(), 200_000);

    let mut changed = text.clone();
    changed[150_000] ^= 1;
    assert_ne!(DiskStamp::of_bytes(&changed), DiskStamp::of_bytes(&text));
    let err = DiskStamp::of_file(&dir.path().join("missing")).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
}
