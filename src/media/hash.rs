//! Content names: stored images are named by a hash of their bytes, so the same
//! photo imported twice is one file, and a file's name vouches for its content.

use sha2::{Digest, Sha256};

/// Hex digits kept from the SHA-256 (128 bits: collisions are out of reach).
const NAME_HEX_DIGITS: usize = 32;

/// `"<32 hex digits of SHA-256>"` of the bytes.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(NAME_HEX_DIGITS);
    for byte in digest.iter().take(NAME_HEX_DIGITS / 2) {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The print master's file name for a content hash: `"<hash>.jpg"`.
pub fn master_name(hash: &str) -> String {
    format!("{hash}.jpg")
}

/// The thumbnail's file name that goes with a print master's file name:
/// `"3f9a….jpg"` → `"3f9a….thumb.jpg"`.
pub fn thumb_name(master_file: &str) -> String {
    let stem = master_file.strip_suffix(".jpg").unwrap_or(master_file);
    format!("{stem}.thumb.jpg")
}
