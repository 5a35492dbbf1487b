//! The preview draws each laid-out run with egui's own shaping (the same harfrust and
//! the same font files): for every script, a run is as wide in the preview as layout
//! measured it, so lines break in the same places in the preview and the PDF.

use pitchkit::kit::fonts::MM_PER_PT;
use pitchkit::kit::page::FontFace;
use pitchkit::kit::text::{Align, TextStyle, break_lines, set_lines};
use pitchkit::model::Rgb;
use pitchkit::ui::fonts::{install, kit_family};

const SAMPLES: [&str; 9] = [
    "Maya Okafor, office fit AV",
    "فاطمة الزهراء تعمل مع Nike منذ 2021",
    "נועה לוי צלמת אוכל",
    "अनन्या शर्मा मुंबई से",
    "অনন্যা কলকাতা থেকে",
    "அனன்யா சென்னை",
    "ณัฐวุฒิ แสงทอง ช่างภาพอาหาร",
    "Lina 🌿✨ 👨🏾‍🍳 Chef Leo 🇲🇽",
    "Ελληνικά Кириллица",
];

fn style(face: FontFace) -> TextStyle {
    TextStyle {
        face,
        size_pt: 24.0,
        leading_pt: 30.0,
        tracking_milli_em: 0,
        color: Rgb([0, 0, 0]),
        caps: false,
        rtl: false,
    }
}

/// The width egui gives `text` set in the preview's family of `face` at `size` points
/// of screen (one point per pixel).
fn preview_width(ctx: &egui::Context, text: &str, face: FontFace, size: f32) -> f32 {
    let mut job = egui::text::LayoutJob::default();
    job.append(
        text,
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::new(size, kit_family(face)),
            ..Default::default()
        },
    );
    let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
    galley.rect.width()
}

#[test]
fn every_script_is_as_wide_in_the_preview_as_in_layout() {
    let ctx = egui::Context::default();
    install(&ctx);
    // egui loads fonts at the start of a pass.
    ctx.begin_pass(egui::RawInput::default());
    for face in [
        FontFace::SansRegular,
        FontFace::DisplayBold,
        FontFace::LatoRegular,
    ] {
        for sample in SAMPLES {
            let lines = [sample.to_owned()];
            let set = set_lines(&lines, &style(face), 0.0, 0.0, 400.0, Align::Left);
            assert!(set.dropped.is_empty(), "{sample}: {:?}", set.dropped);
            for run in &set.block.lines[0].runs {
                // 24 pt in layout; 100 px in the preview.
                let expected = run.width_mm / MM_PER_PT / 24.0 * 100.0;
                let drawn = preview_width(&ctx, &run.text, run.font, 100.0);
                assert!(
                    (drawn - expected).abs() <= 0.01 * expected + 2.0,
                    "{face:?} {:?} in {:?}: preview {drawn:.1} px, layout {expected:.1} px",
                    run.text,
                    run.font
                );
            }
        }
    }
    // Nothing is painted: the glyph atlas's uploads are dropped on purpose.
    ctx.end_pass().textures_delta.clear();
}

#[test]
fn each_script_breaks_into_lines_that_fit_their_box() {
    for sample in SAMPLES {
        let text = [sample; 4].join(" ");
        for width_mm in [30.0, 55.0, 90.0] {
            let lines = break_lines(&text, &style(FontFace::SansRegular), width_mm);
            let set = set_lines(
                &lines,
                &style(FontFace::SansRegular),
                0.0,
                0.0,
                width_mm,
                Align::Left,
            );
            for line in &set.block.lines {
                assert!(
                    line.width_mm <= width_mm + 1e-3,
                    "{sample} at {width_mm} mm"
                );
            }
            let joined: String = lines.concat().split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            assert_eq!(joined, original, "{sample}: nothing lost or doubled");
        }
    }
}
