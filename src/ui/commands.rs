//! The editor's commands, each defined once with its label, tooltip and shortcuts, so
//! menus, keyboard and tests never drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A command of the editor's menus and keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, empty project.
    NewProject,
    /// Open a project folder.
    Open,
    /// Save the project.
    Save,
    /// Save the project into a new folder.
    SaveAs,
    /// Export the kit as a PDF.
    ExportPdf,
    /// Export the kit as one self-contained web page.
    ExportWeb,
    /// Import platform analytics exports.
    ImportStats,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Close the window (asking about unsaved changes).
    Quit,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Every command, in the order shortcuts are checked: a shortcut with Shift comes
    /// before the same key without it (egui ignores extra Shift when matching).
    pub const ALL: [Command; 10] = [
        Self::SaveAs,
        Self::Save,
        Self::Redo,
        Self::Undo,
        Self::NewProject,
        Self::Open,
        Self::ExportPdf,
        Self::ExportWeb,
        Self::ImportStats,
        Self::Quit,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::NewProject => "New project",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::ExportPdf => "Export PDF…",
            Self::ExportWeb => "Export web page…",
            Self::ImportStats => "Import analytics export…",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Quit => "Quit",
        }
    }

    /// What the command does, shown on hover.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::NewProject => "Start a new, empty media kit",
            Self::Open => "Open a project folder (NAME.pitchkit)",
            Self::Save => "Save your changes into the project folder",
            Self::SaveAs => "Save the project into a new folder",
            Self::ExportPdf => "Write the kit as a PDF to send to brands",
            Self::ExportWeb => {
                "Write the kit as one web page to put online or attach: styles, fonts and \
                 photos inside, nothing that calls home"
            }
            Self::ImportStats => {
                "Read your figures from the file YouTube Studio, TikTok Studio, Meta Business \
                 Suite, Instagram or X gave you (CSV, JSON or zip); you see what changes first"
            }
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the change you undid",
            Self::Quit => "Close Pitchkit (you are asked about unsaved changes)",
        }
    }

    /// The keyboard shortcuts, the first one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD_SHIFT, Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::E)];
        const UNDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(CMD_SHIFT, Key::Z),
            KeyboardShortcut::new(CMD, Key::Y),
        ];
        const QUIT: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::Q)];
        match self {
            Self::NewProject => &NEW,
            Self::Open => &OPEN,
            Self::Save => &SAVE,
            Self::SaveAs => &SAVE_AS,
            Self::ExportPdf => &EXPORT,
            Self::ExportWeb => &[],
            Self::ImportStats => &[],
            Self::Undo => &UNDO,
            Self::Redo => &REDO,
            Self::Quit => &QUIT,
        }
    }

    /// A menu entry for the command: label, shortcut text and tooltip. Returns true
    /// when clicked (and closes the menu).
    pub fn menu_item(self, ui: &mut egui::Ui, enabled: bool, detail: Option<&str>) -> bool {
        let label = match detail {
            Some(detail) => format!("{} {detail}", self.label()),
            None => self.label().to_owned(),
        };
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        let clicked = ui
            .add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .on_disabled_hover_text(self.tooltip())
            .clicked();
        if clicked {
            ui.close();
        }
        clicked
    }

    /// A plain button for the command (toolbars, banners).
    pub fn button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut hover = self.tooltip().to_owned();
        if let Some(shortcut) = self.shortcuts().first() {
            hover.push_str(&format!(" ({})", ui.ctx().format_shortcut(shortcut)));
        }
        ui.add_enabled(enabled, egui::Button::new(self.label()))
            .on_hover_text(hover)
            .clicked()
    }
}

/// The commands whose shortcut was pressed this frame; their key presses are consumed
/// so that text fields do not also act on them (Ctrl+Z undoes the whole project's
/// last edit, not a text field's own history).
pub fn consume_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    ctx.input_mut(|input| {
        let mut fired = Vec::new();
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                if input.consume_shortcut(shortcut) && !fired.contains(&command) {
                    fired.push(command);
                }
            }
        }
        fired
    })
}
