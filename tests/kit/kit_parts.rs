//! The kit's parts: text (Greek and Cyrillic set with bundled fonts, an emoji left out
//! with a warning and never drawn as a box, typographic quotes, budgets), charts (every
//! shape and label inside its rectangle, bars from zero) and theme contrast.
#![allow(clippy::unwrap_used)]

use crate::dates::date;
use pitchkit::analytics::Benchmarks;
use pitchkit::kit::fonts::{self, ALL_FACES};
use pitchkit::kit::page::{Block, FontFace};
use pitchkit::kit::text::{fit_budget, smarten};
use pitchkit::kit::{LayoutContext, layout};
use pitchkit::model::{KitSettings, Theme};
use proptest::prelude::*;

fn all_runs(
    project: &pitchkit::model::Project,
    theme: Theme,
) -> (Vec<(String, FontFace)>, Vec<String>) {
    let benchmarks = Benchmarks::embedded().unwrap();
    let ctx = LayoutContext::new(date(2026, 11, 16), &benchmarks);
    let settings = KitSettings {
        theme,
        ..KitSettings::default()
    };
    let laid = layout(project, &settings, &ctx).unwrap();
    let runs = laid
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| {
            if let Block::Text(t) = b {
                Some(t)
            } else {
                None
            }
        })
        .flat_map(|t| &t.lines)
        .flat_map(|l| &l.runs)
        .map(|r| (r.text.clone(), r.font))
        .collect();
    (runs, laid.warnings)
}

#[test]
fn greek_and_cyrillic_lay_out_with_bundled_fonts_in_every_theme() {
    let mut project = pitchkit::sample::demo_project().unwrap();
    project.creator.display_name = "Μαρία Ивановa".to_owned();
    project.creator.bio =
        "Εξηγώ την αστρονομία με καφέ. Я объясняю космос за чашкой кофе.".to_owned();
    for theme in Theme::ALL {
        let (runs, warnings) = all_runs(&project, theme);
        assert!(
            warnings.iter().all(|w| !w.starts_with("Left out")),
            "{theme:?}: {warnings:?}"
        );
        let text: String = runs.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            text.contains("Εξηγώ") && text.contains("объясняю"),
            "{theme:?}"
        );
        for (run, face) in &runs {
            for ch in run.chars() {
                assert!(
                    ch == ' ' || fonts::has_glyph(*face, ch),
                    "{face:?} lacks {ch:?}"
                );
            }
        }
    }
}

#[test]
fn emoji_are_drawn_in_the_emoji_face_and_what_no_font_has_is_left_out_with_a_warning() {
    let mut project = pitchkit::sample::demo_project().unwrap();
    project.creator.tagline = "Space science over coffee 🚀☕ \u{10FFFD}".to_owned();
    let (runs, warnings) = all_runs(&project, Theme::CleanLight);
    assert!(
        runs.iter()
            .any(|(t, f)| t.contains("🚀☕") && *f == FontFace::Emoji),
        "{runs:?}"
    );
    assert!(runs.iter().all(|(t, _)| !t.contains('\u{10FFFD}')));
    assert!(
        warnings.iter().any(|w| w.contains("U+10FFFD")),
        "{warnings:?}"
    );
    assert!(
        !warnings.iter().any(|w| w.contains("U+1F680")),
        "{warnings:?}"
    );
    let text: String = runs.iter().map(|(t, _)| t.as_str()).collect();
    assert!(text.contains("Space science over coffee"));
}

#[test]
fn every_bundled_face_parses_and_measures() {
    for face in ALL_FACES {
        assert!(fonts::font_bytes(face).len() > 10_000, "{face:?}");
        assert!(
            fonts::measure("Hamburgefonstiv", face, 10.0) > 10.0,
            "{face:?}"
        );
        assert!(
            fonts::ascent_em(face) > 0.5 && fonts::descent_em(face) > 0.1,
            "{face:?}"
        );
    }
}

#[test]
fn typographic_niceties() {
    assert_eq!(
        smarten("\"Space\" isn't empty - it's 2x colder: -270 °C"),
        "“Space” isn’t empty – it’s 2× colder: −270 °C"
    );
}

proptest! {
    #[test]
    fn budgets_never_exceed_their_limit(text in "[a-zA-Z .,!?]{0,400}", budget in 5usize..200) {
        let (cut, was_cut) = fit_budget(&text, budget);
        prop_assert!(cut.chars().count() <= budget);
        if !was_cut {
            prop_assert_eq!(cut, text.trim().to_owned());
        }
    }
}

mod charts {
    use pitchkit::kit::chart::{
        Axis, Band, ChartColours, ChartKind, ChartSpec, ColourRole, DataPoint, Series, chart_shapes,
    };
    use pitchkit::kit::page::{Block, RectMm};
    use pitchkit::kit::theme::tokens;
    use pitchkit::model::Theme;
    use proptest::prelude::*;

    fn spec(kind: ChartKind, values: &[f64]) -> ChartSpec {
        let theme = tokens(Theme::CleanLight, None, &[]);
        let max = values.iter().copied().fold(0.0, f64::max).max(1.0);
        ChartSpec {
            kind,
            series: vec![Series {
                name: "s".to_owned(),
                points: values
                    .iter()
                    .enumerate()
                    .map(|(i, &v)| DataPoint {
                        x: i as f64 * 7.0,
                        value: v,
                        label: format!("Label number {i}"),
                        value_label: pitchkit::format::share(v),
                        role: None,
                    })
                    .collect(),
                role: ColourRole::Accent,
            }],
            axis: Axis {
                min: 0.0,
                max: max * 1.25,
                gridlines: vec![
                    (0.0, "0".to_owned()),
                    (max / 2.0, "half".to_owned()),
                    (max, "max".to_owned()),
                ],
            },
            bands: vec![Band {
                low: max * 0.2,
                high: max * 0.6,
                marker: Some(max * 0.4),
                label: "b".to_owned(),
            }],
            colours: ChartColours {
                accent: theme.colours.accent_fill,
                accent_light: theme.colours.accent_tint,
                benchmark: theme.colours.chart_grey,
                grid: theme.colours.hairline,
                background: theme.colours.background,
            },
            label_style: theme.scale.caption,
            line_width_pt: 2.0,
        }
    }

    proptest! {
        #[test]
        fn every_chart_stays_inside_its_rect(
            values in proptest::collection::vec(0.0f64..1000.0, 1..8),
            kind in prop_oneof![
                Just(ChartKind::Columns), Just(ChartKind::Bars), Just(ChartKind::Line),
                Just(ChartKind::Bullet), Just(ChartKind::Stacked100)
            ],
            width in 40.0f32..180.0,
            height in 20.0f32..70.0,
        ) {
            let rect = RectMm::new(15.0, 40.0, width, height);
            let blocks = chart_shapes(&spec(kind, &values), rect);
            prop_assert!(!blocks.is_empty());
            let grown = RectMm::new(rect.x_mm - 1.2, rect.y_mm - 1.2, rect.width_mm + 2.4, rect.height_mm + 2.4);
            for block in &blocks {
                prop_assert!(grown.contains(&block.bounds()), "{:?} outside {:?}", block.bounds(), rect);
                if let Block::Text(text) = block {
                    for line in &text.lines {
                        prop_assert!(line.width_mm <= text.rect.width_mm + 0.05);
                    }
                }
            }
        }
    }

    #[test]
    fn columns_start_at_zero() {
        let rect = RectMm::new(0.0, 0.0, 90.0, 50.0);
        let blocks = chart_shapes(&spec(ChartKind::Columns, &[10.0, 40.0, 25.0]), rect);
        let bottoms: Vec<f32> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Shape {
                    shape: pitchkit::kit::page::Shape::Rect { rect, .. },
                    ..
                } => Some(rect.bottom_mm()),
                _ => None,
            })
            .collect();
        assert_eq!(bottoms.len(), 3);
        assert!(
            bottoms.windows(2).all(|w| (w[0] - w[1]).abs() < 1e-3),
            "one zero baseline: {bottoms:?}"
        );
    }
}

mod themes {
    use pitchkit::kit::colour::contrast;
    use pitchkit::kit::theme::tokens;
    use pitchkit::model::{Rgb, Theme};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_accent_is_solved_to_readable_contrast(r in 0u8..=255, g in 0u8..=255, b in 0u8..=255) {
            for theme in Theme::ALL {
                let colours = tokens(theme, Some(Rgb([r, g, b])), &[]).colours;
                prop_assert!(contrast(colours.accent_ink, colours.background) >= 4.5);
                prop_assert!(contrast(colours.accent_fill, colours.background) >= 3.0);
                prop_assert!(contrast(colours.on_accent, colours.accent_fill) >= 3.0);
            }
        }
    }
}
