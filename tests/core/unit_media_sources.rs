//! Finding the photos in given files and folders, Live Photo videos set aside.

use pitchkit::media::{collect_sources, expand_sources, photos_in};
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn lists_photos_sorted() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["b.JPG", "a.heic", ".hidden.jpg", "notes.txt", "c.png"] {
        fs::write(dir.path().join(name), b"x").unwrap();
    }
    fs::create_dir(dir.path().join("sub.jpg")).unwrap();
    let names: Vec<String> = photos_in(dir.path())
        .unwrap()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.heic", "b.JPG", "c.png"]);
}

fn names(paths: &[PathBuf], root: &Path) -> Vec<String> {
    paths
        .iter()
        .map(|p| {
            p.strip_prefix(root)
                .unwrap_or(p)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

#[test]
fn a_camera_roll_is_walked_and_live_photo_videos_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for name in [
        "2025/06/IMG_0001.HEIC",
        "2025/06/IMG_0001.MOV",
        "2025/06/IMG_E0001.HEIC",
        "2025/07/IMG_0002.JPG",
        "2025/07/IMG_0003.MOV",
        "2025/07/.hidden/IMG_9.JPG",
        "2025/old.pitchkit/media/abc.jpg",
        "notes.txt",
    ] {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, b"x").unwrap();
    }
    let single = root.join("notes.txt");
    let sources = collect_sources(&[single.clone(), root.join("2025")]).unwrap();
    assert_eq!(
        names(&sources.photos, root),
        [
            "notes.txt",
            "2025/06/IMG_0001.HEIC",
            "2025/06/IMG_E0001.HEIC",
            "2025/07/IMG_0002.JPG"
        ]
    );
    assert_eq!(names(&sources.live_videos, root), ["2025/06/IMG_0001.MOV"]);
    assert_eq!(names(&sources.other_videos, root), ["2025/07/IMG_0003.MOV"]);
    assert_eq!(
        sources.skipped_line().unwrap(),
        "1 Live Photo video skipped (its still is imported), 1 video skipped (Pitchkit imports photos)"
    );
    assert_eq!(
        expand_sources(std::slice::from_ref(&single)).unwrap(),
        [single]
    );
}

#[test]
fn a_video_given_by_itself_is_kept_to_be_refused_unless_its_still_comes_too() {
    let dir = tempfile::tempdir().unwrap();
    let still = dir.path().join("IMG_0007.heic");
    let video = dir.path().join("IMG_0007.MOV");
    let alone = dir.path().join("clip.mp4");
    for path in [&still, &video, &alone] {
        fs::write(path, b"x").unwrap();
    }
    let sources = collect_sources(&[still.clone(), video.clone(), alone.clone()]).unwrap();
    assert_eq!(sources.photos, [still, alone]);
    assert_eq!(sources.live_videos, [video]);
    assert!(sources.other_videos.is_empty());
}
