//! The file dialogs (`ui::dialogs`): the folder they open in, the system's Documents
//! else the home folder.

use pitchkit::ui::dialogs::choose_documents;

#[test]
fn documents_come_from_the_system_else_home() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path().to_path_buf();
    let localized = home.join("Dokumente");
    let onedrive = home.join("OneDrive/Documents");
    let plain = home.join("Documents");
    let pick = |documents: Option<&std::path::Path>| {
        choose_documents(documents.map(Into::into), Some(home.clone()))
    };
    // Neither the system's folder nor ~/Documents exists yet: home.
    assert_eq!(pick(Some(&localized)), Some(home.clone()));
    assert_eq!(pick(None), Some(home.clone()));
    std::fs::create_dir_all(&plain).unwrap();
    assert_eq!(pick(None), Some(plain.clone()));
    assert_eq!(pick(Some(&localized)), Some(plain.clone()));
    for folder in [&localized, &onedrive] {
        std::fs::create_dir_all(folder).unwrap();
        assert_eq!(pick(Some(folder)), Some(folder.clone()));
    }
    assert_eq!(choose_documents(None, None), None);
    assert_eq!(
        choose_documents(Some(onedrive.clone()), None),
        Some(onedrive)
    );
}
