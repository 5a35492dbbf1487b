//! The editor's commands (`ui::commands`): unique shortcuts, Shift variants first, and
//! words for every command.

use pitchkit::ui::Command;

#[test]
fn shortcuts_are_unique_and_shift_first() {
    let mut seen = Vec::new();
    for command in Command::ALL {
        for shortcut in command.shortcuts() {
            assert!(!seen.contains(shortcut), "{command:?} reuses a shortcut");
            seen.push(*shortcut);
        }
    }
    // A Shift variant must be checked before the plain one.
    let position = |c| Command::ALL.iter().position(|&x| x == c);
    assert!(position(Command::SaveAs) < position(Command::Save));
    assert!(position(Command::Redo) < position(Command::Undo));
}

#[test]
fn every_command_has_words() {
    for command in Command::ALL {
        assert!(!command.label().is_empty());
        assert!(command.tooltip().len() > 10);
    }
}
