//! The list of recent projects: order, length, file round trip.

use pitchkit::storage::recent::*;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn push_moves_to_front_and_trims() {
    let mut list = RecentProjects::default();
    for i in 0..15 {
        list.push(Path::new(&format!("/p/{i}.pitchkit")));
    }
    assert_eq!(list.paths.len(), RECENT_KEPT);
    assert_eq!(list.last_opened(), Some(Path::new("/p/14.pitchkit")));
    list.push(Path::new("/p/10.pitchkit"));
    assert_eq!(list.paths[0], PathBuf::from("/p/10.pitchkit"));
    assert_eq!(list.paths.len(), RECENT_KEPT);
    list.remove(Path::new("/p/10.pitchkit"));
    assert!(!list.paths.contains(&PathBuf::from("/p/10.pitchkit")));
}

#[test]
fn round_trip_and_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sub").join(RECENT_FILE);
    assert_eq!(RecentProjects::load(&file), RecentProjects::default());
    let mut list = RecentProjects::default();
    list.push(Path::new("/a.pitchkit"));
    list.push(Path::new("/b.pitchkit"));
    list.save(&file).unwrap();
    assert_eq!(RecentProjects::load(&file), list);
    fs::write(&file, b"{ not json").unwrap();
    assert_eq!(RecentProjects::load(&file), RecentProjects::default());
}
