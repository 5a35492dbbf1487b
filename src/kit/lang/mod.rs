//! The kit's language: which languages a kit can be printed in, their codes and
//! names, the one string table per language ([`table`]) and numbers, money and dates
//! as each language writes them ([`numbers`], [`dates`]).
//!
//! Only the kit speaks the kit language; the editor stays English. Text the creator
//! typed is printed as typed.

pub mod dates;
pub mod numbers;
pub mod table;
mod words;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use table::{has_key, table_problems};

/// A language the kit can be printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Portuguese as written in Brazil.
    PtBr,
    /// French.
    Fr,
    /// German.
    De,
    /// Italian.
    It,
    /// Indonesian.
    Id,
    /// Japanese.
    Ja,
    /// Arabic (Modern Standard), written right to left.
    Ar,
}

impl Language {
    /// Every kit language, in menu order.
    pub const ALL: [Language; 9] = [
        Self::En,
        Self::Es,
        Self::PtBr,
        Self::Fr,
        Self::De,
        Self::It,
        Self::Id,
        Self::Ja,
        Self::Ar,
    ];

    /// The language's code (BCP 47): `en`, `es`, `pt-BR`, `fr`, `de`, `it`, `id`,
    /// `ja`, `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::PtBr => "pt-BR",
            Self::Fr => "fr",
            Self::De => "de",
            Self::It => "it",
            Self::Id => "id",
            Self::Ja => "ja",
            Self::Ar => "ar",
        }
    }

    /// The language's name in its own language, for menus ("Deutsch",
    /// "Português (Brasil)", "العربية").
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
            Self::PtBr => "Português (Brasil)",
            Self::Fr => "Français",
            Self::De => "Deutsch",
            Self::It => "Italiano",
            Self::Id => "Bahasa Indonesia",
            Self::Ja => "日本語",
            Self::Ar => "العربية",
        }
    }

    /// The language's name in English, for the editor and messages.
    pub fn english_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Spanish",
            Self::PtBr => "Portuguese (Brazil)",
            Self::Fr => "French",
            Self::De => "German",
            Self::It => "Italian",
            Self::Id => "Indonesian",
            Self::Ja => "Japanese",
            Self::Ar => "Arabic",
        }
    }

    /// True for languages written right to left (Arabic).
    pub fn is_rtl(self) -> bool {
        self == Self::Ar
    }

    /// The language named by `code`, without case: a kit language's code (`pt-BR`,
    /// `pt_br`), or a tag whose primary language has one kit language (`pt`, `es-MX`,
    /// `de_AT`, `ja-JP`). `None` for anything else.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim().replace('_', "-");
        if code.is_empty() {
            return None;
        }
        if let Some(exact) = Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(&code))
        {
            return Some(exact);
        }
        let primary = code
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::En),
            "es" => Some(Self::Es),
            "pt" => Some(Self::PtBr),
            "fr" => Some(Self::Fr),
            "de" => Some(Self::De),
            "it" => Some(Self::It),
            "id" | "in" => Some(Self::Id),
            "ja" => Some(Self::Ja),
            "ar" => Some(Self::Ar),
            _ => None,
        }
    }

    /// The kit language for a computer's locale as the system reports it
    /// (`de_DE.UTF-8`, `pt-BR`, `ja-JP`, `C`); `None` when it names none of them.
    pub fn from_locale_tag(tag: &str) -> Option<Self> {
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        if tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
            return None;
        }
        Self::parse(tag)
    }

    /// The codes of every kit language, for messages: "en, es, pt-BR, …".
    pub fn codes() -> String {
        Self::ALL.map(Self::code).join(", ")
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The computer's language as a kit language, read from the system's locale
/// (`sys-locale`: LC_ALL/LANG on Linux, the user's preferences on macOS and
/// Windows); `None` when it is none of the kit languages. Tests pass the language
/// explicitly instead.
pub fn system_language() -> Option<Language> {
    sys_locale::get_locale().and_then(|tag| Language::from_locale_tag(&tag))
}

/// The kit language in force: the one chosen, else `fallback`.
pub fn resolve(chosen: Option<Language>, fallback: Language) -> Language {
    chosen.unwrap_or(fallback)
}

static DEFAULT: std::sync::OnceLock<Language> = std::sync::OnceLock::new();

/// Makes the computer's language ([`system_language`], else English) the language of
/// kits with none set, for the rest of the process. The app and the command line call
/// this once at start; tests never do, so their kits are English unless they choose.
pub fn use_system_language() -> Language {
    *DEFAULT.get_or_init(|| system_language().unwrap_or_default())
}

/// The language a kit with no language set is printed in: the computer's once
/// [`use_system_language`] has run, else English.
pub fn default_language() -> Language {
    DEFAULT.get().copied().unwrap_or_default()
}

/// Reads an optional kit language leniently: a code this version does not know
/// (written by a newer Pitchkit) reads as no language set, so the file still opens.
pub fn deserialize_lenient<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Language>, D::Error> {
    let code = Option::<String>::deserialize(deserializer)?;
    Ok(code.and_then(|c| {
        let parsed = Language::parse(&c);
        if parsed.is_none() {
            log::warn!("unknown kit language “{c}”: the kit follows the computer's language");
        }
        parsed
    }))
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Self::parse(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown kit language “{code}” (one of {})",
                Self::codes()
            ))
        })
    }
}
