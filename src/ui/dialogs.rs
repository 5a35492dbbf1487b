//! The system's file dialogs and file manager, behind a trait so tests can answer them.

use std::path::{Path, PathBuf};

/// Everything the editor asks the operating system's dialogs for. The desktop app
/// uses [`SystemDialogs`] (rfd); tests pass their own answers. The editor asks on a
/// worker thread (see `jobs::dialog`) so the window keeps painting while a dialog is
/// open.
pub trait Dialogs: Send {
    /// Picks an existing project folder (`NAME.pitchkit`); `None` when cancelled.
    fn pick_project_folder(&mut self) -> Option<PathBuf>;

    /// Chooses where a project is saved: a path for a new bundle folder, suggested
    /// `suggested_name` (e.g. "Maya Okafor.pitchkit"); `None` when cancelled.
    fn choose_project_path(&mut self, suggested_name: &str) -> Option<PathBuf>;

    /// Chooses where the PDF is written, suggesting `suggested_name` in `folder`;
    /// `None` when cancelled.
    fn choose_pdf_path(&mut self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf>;

    /// Chooses where the web page is written, suggesting `suggested_name` in `folder`;
    /// `None` when cancelled. (Scripted dialogs answer as for the PDF.)
    fn choose_web_path(&mut self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        self.choose_pdf_path(suggested_name, folder)
    }

    /// Picks photos (files); empty when cancelled.
    fn pick_photos(&mut self, multiple: bool) -> Vec<PathBuf>;

    /// Asks for platform analytics exports (CSV, JSON or zip); none when cancelled.
    fn pick_export_files(&mut self) -> Vec<PathBuf>;

    /// Shows a folder in the file manager.
    fn open_folder(&mut self, folder: &Path) -> Result<(), String>;

    /// Opens a `mailto:` link in the mail app.
    fn open_mail(&mut self, url: &str) -> Result<(), String>;

    /// Whether the system can show file dialogs at all. On Linux they need a desktop
    /// portal (reached over the session bus) or `zenity`; without either, every
    /// dialog would come back as if cancelled, so the editor says so instead.
    fn can_show(&self) -> bool {
        true
    }

    /// Where files go when no dialog can be shown: the Documents folder, else home.
    fn fallback_folder(&self) -> Option<PathBuf> {
        documents_folder()
    }

    /// Whether an answer waits for a person (a real dialog): then it is asked on a
    /// worker thread. Scripted answers (tests) come at once, in the same frame.
    fn waits_for_person(&self) -> bool {
        true
    }
}

/// True when `program` is an executable file in a folder of `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The real dialogs: rfd (the desktop portal, or zenity) and the system's file manager.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemDialogs;

/// The analytics exports the stats import reads, for the file dialog's filter.
const EXPORT_EXTENSIONS: [&str; 6] = ["csv", "json", "zip", "CSV", "JSON", "ZIP"];

/// The image formats the photo import reads, for the file dialog's filter.
const PHOTO_EXTENSIONS: [&str; 12] = [
    "jpg", "jpeg", "png", "webp", "gif", "heic", "heif", "JPG", "JPEG", "PNG", "HEIC", "HEIF",
];

/// The user's Documents folder (`dirs`: the XDG user folder on Linux, localized names
/// included; the Known Folder on Windows, redirected to OneDrive when it is), else
/// home.
fn documents_folder() -> Option<PathBuf> {
    choose_documents(dirs::document_dir(), dirs::home_dir())
}

/// The system's Documents folder when it exists, else `Documents` in `home` when that
/// exists (a Linux without user-dirs.dirs), else `home`.
pub fn choose_documents(documents: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    let fallback = home.as_ref().map(|home| home.join("Documents"));
    documents
        .into_iter()
        .chain(fallback)
        .find(|folder| folder.is_dir())
        .or(home)
}

impl Dialogs for SystemDialogs {
    fn pick_project_folder(&mut self) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title("Open a Pitchkit project folder");
        if let Some(folder) = documents_folder() {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_folder()
    }

    fn choose_project_path(&mut self, suggested_name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save the project as a folder")
            .set_file_name(suggested_name);
        if let Some(folder) = documents_folder() {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn choose_pdf_path(&mut self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Export the media kit as PDF")
            .add_filter("PDF", &["pdf"])
            .set_file_name(suggested_name);
        if let Some(folder) = folder.map(Path::to_path_buf).or_else(documents_folder) {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn choose_web_path(&mut self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Export the media kit as a web page")
            .add_filter("Web page", &["html", "htm"])
            .set_file_name(suggested_name);
        if let Some(folder) = folder.map(Path::to_path_buf).or_else(documents_folder) {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn pick_photos(&mut self, multiple: bool) -> Vec<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .set_title("Choose photos")
            .add_filter("Photos", &PHOTO_EXTENSIONS);
        if multiple {
            dialog.pick_files().unwrap_or_default()
        } else {
            dialog.pick_file().into_iter().collect()
        }
    }

    fn pick_export_files(&mut self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Choose analytics exports")
            .add_filter("Analytics exports", &EXPORT_EXTENSIONS)
            .pick_files()
            .unwrap_or_default()
    }

    fn can_show(&self) -> bool {
        if cfg!(any(windows, target_os = "macos")) {
            return true;
        }
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
        bus || on_path("zenity")
    }

    fn open_folder(&mut self, folder: &Path) -> Result<(), String> {
        launch(folder.as_os_str()).map_err(|(program, e)| {
            format!(
                "Could not open the folder with {program} ({e}); open it yourself: {}",
                folder.display()
            )
        })
    }

    fn open_mail(&mut self, url: &str) -> Result<(), String> {
        launch(std::ffi::OsStr::new(url)).map_err(|(program, e)| {
            format!(
                "Could not open your mail app with {program} ({e}); write to the brand \
                 yourself and attach the kit."
            )
        })
    }
}

/// Opens `target` (a folder, a link) with the system's opener, without waiting for it;
/// the opener's name and the error when it cannot start.
fn launch(target: &std::ffi::OsStr) -> Result<(), (&'static str, std::io::Error)> {
    let program = if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(target)
        .spawn()
        .map(|mut child| {
            // Reap the launcher when it exits, without blocking the window.
            std::thread::spawn(move || child.wait());
        })
        .map_err(|e| (program, e))
}
