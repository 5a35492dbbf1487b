//! Competitors: the collaborations a pitch's kit hides by default, because their brand
//! is in the pitched brand's category or the creator marked them as competing.
//!
//! # Same category
//!
//! Two categories are the same when their keys are equal. The key of a category:
//!
//! 1. lower case; every character that is not a letter or a digit is a space
//!    ("Food & drink" → "food   drink");
//! 2. the words "and", "brand" and "company" are left out ("Skincare brands" is about
//!    skincare, like "Skincare");
//! 3. each word made singular by a simple English rule: "-ies" → "-y" (bakeries →
//!    bakery), "-sses", "-shes", "-ches", "-xes", "-zes" lose "-es" (watches →
//!    watch), other words ending in "s" but not "ss", "us" or "is" lose it (roasters →
//!    roaster; glass, campus and analysis stay), words of three letters or fewer stay;
//! 4. the words joined with no space, so spacing never matters ("skin care" =
//!    "skincare").
//!
//! So "Coffee roasters" = "coffee roaster" and "Skincare brands" = "skin care brand".
//! An empty category (nothing left after step 2) matches nothing.

use crate::model::{Collaboration, Pitch, Project};

/// Words a category's key leaves out.
const FILLER: [&str; 3] = ["and", "brand", "company"];

/// The key two categories are compared by (see the module's documentation).
pub fn category_key(category: &str) -> String {
    let spaced: String = category
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .map(singular)
        .filter(|word| !FILLER.contains(&word.as_str()))
        .collect()
}

/// Whether two categories are the same (and not empty).
pub fn same_category(a: &str, b: &str) -> bool {
    let key = category_key(a);
    !key.is_empty() && key == category_key(b)
}

/// A word in the singular, by a simple English rule.
fn singular(word: &str) -> String {
    let chars = word.chars().count();
    if chars <= 3 {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["sses", "shes", "ches", "xes", "zes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)) {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// A collaboration that competes with a pitched brand, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competitor {
    /// Its index in the project's collaborations.
    pub index: usize,
    /// Its brand is in the pitched brand's category.
    pub same_category: bool,
    /// The creator marked it as competing.
    pub marked: bool,
}

impl Competitor {
    /// Why it counts as a competitor, e.g. "Halfmoon Roasters is a coffee roaster, like
    /// Brightside Coffee Co. (Coffee roasters)".
    pub fn why(&self, project: &Project, pitch: &Pitch) -> String {
        let brand = project
            .collaborations
            .get(self.index)
            .map_or("This collaboration", |c| c.brand.trim());
        let category = project
            .collaborations
            .get(self.index)
            .map_or("", |c| c.category.trim());
        match (self.same_category, self.marked) {
            (true, false) => format!(
                "{brand} is in the same category ({category}) as {} ({})",
                pitch.brand.trim(),
                pitch.category.trim()
            ),
            (false, _) => format!("{brand} is marked as competing"),
            (true, true) => format!(
                "{brand} is marked as competing and in the same category ({category}) as {}",
                pitch.brand.trim()
            ),
        }
    }
}

/// Whether `collab` competes with the brand of `pitch`.
pub fn competes(collab: &Collaboration, pitch: &Pitch) -> bool {
    collab.competing || same_category(&collab.category, &pitch.category)
}

/// The project's collaborations that compete with the brand of `pitch`, in list order.
pub fn competitors(project: &Project, pitch: &Pitch) -> Vec<Competitor> {
    project
        .collaborations
        .iter()
        .enumerate()
        .filter(|(_, c)| competes(c, pitch))
        .map(|(index, c)| Competitor {
            index,
            same_category: same_category(&c.category, &pitch.category),
            marked: c.competing,
        })
        .collect()
}
