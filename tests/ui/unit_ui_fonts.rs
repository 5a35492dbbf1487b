//! The editor's fonts (`ui::fonts`): no font claims a private-use character, and every
//! kit face has its family.

use pitchkit::kit::fonts::{ALL_FACES, font_file_name};
use pitchkit::kit::page::Weight;
use pitchkit::ui::fonts::{SystemScripts, definitions, kit_family};

#[test]
fn no_font_has_a_private_use_plane_character() {
    assert!(
        SystemScripts
            .font_with('\u{10FFFD}', Weight::Regular)
            .is_none()
    );
}

#[test]
fn every_kit_face_has_a_family() {
    let defs = definitions();
    for face in ALL_FACES {
        let list = &defs.families[&kit_family(face)];
        assert_eq!(list[0], font_file_name(face));
        assert!(list.iter().all(|name| defs.font_data.contains_key(name)));
    }
}
