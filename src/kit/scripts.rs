//! Scripts the kit sets letter by letter although they need more: joined letters
//! (Arabic), right-to-left order (Arabic, Hebrew) or reordered vowel signs (the
//! Indic scripts, Myanmar, Khmer). Neither printpdf nor the preview shapes text, so
//! the export names these scripts in its warnings instead of passing broken lines off
//! as finished.

use super::page::Block;
use std::collections::BTreeSet;

/// The name of the script `ch` belongs to when the kit cannot set it properly.
pub fn unshaped_script(ch: char) -> Option<&'static str> {
    Some(match u32::from(ch) {
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Arabic"
        }
        0x0700..=0x074F => "Syriac",
        0x0780..=0x07BF => "Thaana",
        0x0900..=0x0DFF => "Indic",
        0x1000..=0x109F => "Myanmar",
        0x1780..=0x17FF => "Khmer",
        _ => return None,
    })
}

/// Every such script in the text of `blocks`, in name order.
pub fn unshaped_scripts<'a>(blocks: impl IntoIterator<Item = &'a Block>) -> BTreeSet<&'static str> {
    let mut found = BTreeSet::new();
    for block in blocks {
        if let Block::Text(text) = block {
            for line in &text.lines {
                for run in &line.runs {
                    found.extend(run.text.chars().filter_map(unshaped_script));
                }
            }
        }
    }
    found
}

/// The export's warning for one script.
pub fn warning(script: &str) -> String {
    let what = match script {
        "Hebrew" => "right-to-left order",
        "Arabic" | "Syriac" | "Thaana" => "joined letters and right-to-left order",
        _ => "vowel signs placed around their letters",
    };
    format!(
        "{script} text is set letter by letter: Pitchkit cannot yet give it {what}. Check those lines in the PDF, or write them in another script."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_that_need_shaping_are_named_and_others_are_not() {
        assert_eq!(unshaped_script('م'), Some("Arabic"));
        assert_eq!(unshaped_script('ש'), Some("Hebrew"));
        assert_eq!(unshaped_script('क'), Some("Indic"));
        for ch in ['a', 'é', 'Ж', 'Ω', '東', 'カ', '한', '😀'] {
            assert_eq!(unshaped_script(ch), None, "{ch}");
        }
        assert!(warning("Arabic").contains("joined letters"));
        assert!(warning("Arabic").ends_with('.'));
    }
}
