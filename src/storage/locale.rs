//! What the computer says of its user's place: the locale (read with `sys-locale`)
//! and the paper a new project starts on.
//!
//! On Linux and the BSDs the paper follows the POSIX variables first (`LC_ALL`, then
//! `LC_PAPER`, then `LANG`, as `locale(1)` resolves `LC_PAPER`), since `sys-locale`
//! reads the language variables only (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`) and
//! never `LC_PAPER`; its answer comes after. On macOS and Windows the system's locale
//! comes first (the preferred language with its region, `en-US`, `de-DE`), so a new
//! project there gets Letter or A4 without any variable set; a `LANG` left by a
//! terminal only counts when the system names no region. (Windows gives the language
//! of the display, so an English display in Germany reads as `en-US`: Letter.)

use crate::model::PageSize;

/// The system's locale as a BCP 47 tag (`en-US`, `pt-BR`, `ja-JP`): the preferred
/// language on macOS and Windows, the locale variables on Linux. `None` when the
/// system names none.
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale().filter(|tag| !tag.is_empty())
}

/// Which source of the locale is asked first for the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperOrder {
    /// `LC_ALL`, `LC_PAPER`, `LANG`, then the system's locale (Linux, the BSDs).
    VariablesFirst,
    /// The system's locale, then `LC_ALL`, `LC_PAPER`, `LANG` (macOS, Windows).
    SystemFirst,
}

/// The order of this platform.
pub const PAPER_ORDER: PaperOrder = if cfg!(any(windows, target_vendor = "apple")) {
    PaperOrder::SystemFirst
} else {
    PaperOrder::VariablesFirst
};

/// The paper of the first locale that names a country, taking the variables from
/// `var` and the system's locale from `system` in `order`; A4 when none does.
pub fn paper_for(
    var: impl Fn(&str) -> Option<String>,
    system: Option<&str>,
    order: PaperOrder,
) -> PageSize {
    let variables = ["LC_ALL", "LC_PAPER", "LANG"]
        .into_iter()
        .filter_map(|name| var(name).filter(|value| !value.is_empty()));
    let system = system.map(str::to_owned);
    let tags: Vec<String> = match order {
        PaperOrder::VariablesFirst => variables.chain(system).collect(),
        PaperOrder::SystemFirst => system.into_iter().chain(variables).collect(),
    };
    tags.iter()
        .find_map(|tag| PageSize::for_locale(tag))
        .unwrap_or(PageSize::A4)
}

/// The paper a new project starts on, on this computer.
pub fn system_paper() -> PageSize {
    paper_for(
        |name| std::env::var(name).ok(),
        system_locale().as_deref(),
        PAPER_ORDER,
    )
}
