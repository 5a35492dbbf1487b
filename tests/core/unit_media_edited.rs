//! The names of edited copies (`IMG_E1234` beside `IMG_1234`).

use pitchkit::media::original_stem;

#[test]
fn edited_copy_names() {
    assert_eq!(original_stem("IMG_E1234").as_deref(), Some("IMG_1234"));
    assert_eq!(original_stem("IMG_e0001").as_deref(), Some("IMG_0001"));
    assert_eq!(original_stem("IMG_1234"), None);
    assert_eq!(original_stem("IMG_EDIT"), None);
    assert_eq!(original_stem("IMG_E"), None);
    assert_eq!(original_stem("holiday"), None);
}
