//! The desktop window (`ui::desktop`): its icon and the remembered theme's names.

use pitchkit::ui::desktop::{ICON_PNG, theme_from_name, theme_name};

#[test]
fn the_icon_is_a_square_png() {
    let icon = eframe::icon_data::from_png_bytes(ICON_PNG).unwrap();
    assert_eq!((icon.width, icon.height), (256, 256));
    // The corners are transparent (a rounded tile), the middle is opaque.
    assert_eq!(icon.rgba[3], 0);
    let middle = (128 * 256 + 128) * 4;
    assert_eq!(icon.rgba[middle + 3], 255);
}

#[test]
fn theme_names_round_trip() {
    for theme in [
        egui::ThemePreference::Dark,
        egui::ThemePreference::Light,
        egui::ThemePreference::System,
    ] {
        assert_eq!(theme_from_name(theme_name(theme)), Some(theme));
    }
    assert_eq!(theme_from_name("sepia"), None);
}
