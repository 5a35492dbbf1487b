//! Bytes to text: UTF-8 (with or without BOM) or UTF-16 (BOM, or the zero bytes of
//! ASCII text without one), as the platforms write them. Anything else is refused
//! rather than guessed.

/// The text of `bytes`, without its byte-order mark; `None` when it is neither valid
/// UTF-8 nor valid UTF-16.
pub fn decode(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 {
        return utf16(bytes, u16::from_le_bytes);
    }
    if bytes.len() >= 4 && bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 {
        return utf16(bytes, u16::from_be_bytes);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    (!text.contains('\0')).then(|| text.to_owned())
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
    Some(text.trim_start_matches('\u{feff}').to_owned())
}

/// Undoes mojibake: UTF-8 that was read as Latin-1 and written again as UTF-8
/// ("CafÃ©" → "Café"), as Instagram's "Download your information" JSON does. Text that
/// is not such mojibake comes back unchanged.
pub fn fix_mojibake(text: &str) -> String {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xFF) {
        return text.to_owned();
    }
    let bytes: Vec<u8> = text
        .chars()
        .filter_map(|c| u8::try_from(u32::from(c)).ok())
        .collect();
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}
