//! `DiskStamp`: which bytes `project.json` held when it was opened or saved, so a save
//! can notice that another program (a sync tool, a text editor, a second Pitchkit)
//! changed the file meanwhile. Length and SHA-256 of the content, not the modification
//! time: sync tools restore modification times.

use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

/// Identifies the bytes of a `project.json` on disk: two stamps are equal exactly when
/// the contents are (length and SHA-256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskStamp {
    len_bytes: u64,
    sha256: [u8; 32],
}

impl DiskStamp {
    /// The stamp of a file holding exactly `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        let mut sha256 = [0u8; 32];
        sha256.copy_from_slice(&Sha256::digest(bytes));
        Self {
            len_bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            sha256,
        }
    }

    /// The stamp of the file at `path`, read in pieces (no size limit: a stamp only
    /// compares). `NotFound` when there is no such file.
    pub fn of_file(path: &Path) -> io::Result<Self> {
        let mut file = File::open(path)?;
        let mut hasher = Sha256::new();
        let mut len_bytes = 0u64;
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let read = match file.read(&mut buffer) {
                Ok(0) => break,
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let chunk = buffer.get(..read).unwrap_or_default();
            hasher.update(chunk);
            len_bytes = len_bytes.saturating_add(u64::try_from(read).unwrap_or(u64::MAX));
        }
        let mut sha256 = [0u8; 32];
        sha256.copy_from_slice(&hasher.finalize());
        Ok(Self { len_bytes, sha256 })
    }

    /// The content's length.
    pub fn len_bytes(&self) -> u64 {
        self.len_bytes
    }
}
