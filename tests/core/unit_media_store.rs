//! Writing a stored image once into `media/`.

use pitchkit::media::store::*;
use std::fs;

#[test]
fn second_write_finds_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    assert_eq!(write_once(&media, "a.jpg", b"one").unwrap(), Written::New);
    assert_eq!(
        write_once(&media, "a.jpg", b"one").unwrap(),
        Written::AlreadyThere
    );
    assert_eq!(fs::read(media.join("a.jpg")).unwrap(), b"one");
    let names: Vec<_> = fs::read_dir(&media)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "no temporary file is left behind: {names:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(media.join("a.jpg"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o044, 0o044, "readable like other files: {mode:o}");
    }
}
