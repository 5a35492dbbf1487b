//! `pitchkit import` end to end: real photos in, samples and clean masters out.
#![allow(clippy::unwrap_used)]

use crate::support::{demo_in, run};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/images")
        .join(rel)
}

fn demo(dir: &Path) -> PathBuf {
    demo_in(dir, "kit")
}

fn project_json(bundle: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(bundle.join("project.json")).unwrap()).unwrap()
}

#[test]
fn imports_photos_and_heic_refuses_avif_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let avif = dir.path().join("PXL_0001.avif");
    fs::write(&avif, b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf").unwrap();
    let before = project_json(&bundle)["samples"].as_array().unwrap().len();

    let (code, out, _) = run(&[
        Path::new("import"),
        &bundle,
        &fixture("camera/DSCN0010.jpg"),
        &fixture("orientation/Portrait_6.jpg"),
        &fixture("heic/rotated.heic"),
        &avif,
    ]);
    assert_eq!(code, 1, "some were refused: exit 1\n{out}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("imported")).count(),
        3,
        "{out}"
    );
    assert!(
        out.contains("refused   AVIF images can't be read yet"),
        "{out}"
    );
    assert!(out.contains("3 imported, 1 refused (3 added to"), "{out}");

    let project = project_json(&bundle);
    let samples = project["samples"].as_array().unwrap();
    assert_eq!(samples.len(), before + 3);
    assert!(project["look"]["cohesion"].as_u64().unwrap() <= 100);
    for sample in &samples[before..] {
        let media = &sample["media"];
        for key in ["file", "thumb_file"] {
            let name = media[key].as_str().unwrap();
            let bytes = fs::read(bundle.join("media").join(name)).unwrap();
            assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{name} has EXIF");
        }
    }
    // Portrait_6 is stored sideways with orientation 6: the master is upright (taller).
    // So is the HEIC with a quarter turn in its irot property.
    for index in [before + 1, before + 2] {
        let portrait = &samples[index]["media"];
        assert!(portrait["height_px"].as_u64() > portrait["width_px"].as_u64());
    }

    // The same photo again is a duplicate: nothing added, exit 0.
    let (code, out, _) = run(&[
        Path::new("import"),
        &bundle,
        &fixture("camera/DSCN0010.jpg"),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("duplicate DSCN0010.jpg"), "{out}");
    assert_eq!(
        project_json(&bundle)["samples"].as_array().unwrap().len(),
        before + 3
    );
}

#[test]
fn a_folder_is_imported_and_a_missing_source_list_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = demo(dir.path());
    let (code, out, _) = run(&[Path::new("import"), &bundle, &fixture("orientation")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("10 imported"), "{out}");

    let (code, _, _) = run(&[Path::new("import"), &bundle]);
    assert_eq!(code, 2);
}

#[test]
fn importing_into_a_missing_project_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.pitchkit");
    let (code, out, err) = run(&[
        Path::new("import"),
        &missing,
        &fixture("camera/Canon_40D.jpg"),
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!missing.exists());
}
