//! Text saved in UTF-16 or UTF-32 with a byte order mark (BOM).
//!
//! Windows Notepad's "Unicode" and Windows PowerShell 5's `>` redirect
//! write UTF-16LE with a BOM. The mark says which encoding and byte order
//! follow, so no charset tables are needed: `char::decode_utf16` and
//! `char::from_u32` do the work in the native and the WebAssembly build
//! alike.

/// Returns the text of a file's bytes as the library reads them, for a
/// program that shows the file: UTF-16 or UTF-32 after a byte order mark
/// is decoded, and bytes that are not UTF-8 are read as Windows-1252. A
/// UTF-8 byte order mark is dropped. Line ends and NUL characters are kept,
/// so the Report's line numbers point into the text and binary input stays
/// binary when the text is explained again.
pub fn file_text(raw: &[u8]) -> String {
    if let Some(text) = decode_with_bom(raw) {
        return text;
    }
    super::legacy::utf8_or_windows_1252(strip_utf8_bom(raw)).into_owned()
}

/// Returns `raw` without a UTF-8 byte order mark at its start, which
/// Notepad's "UTF-8 with BOM" and some mail exports write.
pub fn strip_utf8_bom(raw: &[u8]) -> &[u8] {
    raw.strip_prefix(UTF8_BOM).unwrap_or(raw)
}

/// The UTF-8 encoding of U+FEFF, the byte order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Returns the text of `raw` when it starts with a UTF-16 or UTF-32 BOM,
/// without the mark. Units that are no character (a lone surrogate, a
/// cut-off last unit) become U+FFFD.
pub fn decode_with_bom(raw: &[u8]) -> Option<String> {
    // UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
    if let Some(rest) = raw.strip_prefix(&[0xFF, 0xFE, 0x00, 0x00]) {
        return Some(utf32(rest, u32::from_le_bytes));
    }
    if let Some(rest) = raw.strip_prefix(&[0x00, 0x00, 0xFE, 0xFF]) {
        return Some(utf32(rest, u32::from_be_bytes));
    }
    if let Some(rest) = raw.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = raw.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, u16::from_be_bytes));
    }
    None
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let chunks = bytes.chunks_exact(2);
    let cut_off = !chunks.remainder().is_empty();
    let units = chunks.map(|pair| unit([pair[0], pair[1]]));
    let mut text: String =
        char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    if cut_off {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

fn utf32(bytes: &[u8], unit: fn([u8; 4]) -> u32) -> String {
    let chunks = bytes.chunks_exact(4);
    let cut_off = !chunks.remainder().is_empty();
    let mut text: String = chunks
        .map(|c| {
            char::from_u32(unit([c[0], c[1], c[2], c[3]])).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect();
    if cut_off {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn each_mark_decoded() {
        let text = "550 5.1.1 <bob@example.net>: User unknown \u{e9}\u{1F600}\n";
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut le32 = vec![0xFF, 0xFE, 0, 0];
        le32.extend(text.chars().flat_map(|c| u32::from(c).to_le_bytes()));
        let mut be32 = vec![0, 0, 0xFE, 0xFF];
        be32.extend(text.chars().flat_map(|c| u32::from(c).to_be_bytes()));
        for raw in [utf16le(text), be, le32, be32] {
            assert_eq!(decode_with_bom(&raw).as_deref(), Some(text), "{raw:?}");
        }
    }

    #[test]
    fn no_mark_no_decoding() {
        assert_eq!(decode_with_bom(b"550 5.1.1 unknown"), None);
        assert_eq!(decode_with_bom(b""), None);
        assert_eq!(decode_with_bom("\u{feff}550".as_bytes()), None);
    }

    #[test]
    fn file_text_decoded() {
        let text = "From: a\r\n\r\n550 5.1.1 <b\u{fc}b@example.net> \u{2013} unknown\0\n";
        assert_eq!(file_text(&utf16le(text)), text);
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(file_text(&be), text);
        let latin = b"From: a\r\n\r\n550 5.1.1 <b\xFCb@example.net> \x96 unknown\0\n";
        assert_eq!(file_text(latin), text);
        let mut marked = vec![0xEF, 0xBB, 0xBF];
        marked.extend(text.as_bytes());
        assert_eq!(file_text(&marked), text);
        assert_eq!(file_text(text.as_bytes()), text);
    }

    #[test]
    fn broken_units_replaced() {
        // A lone high surrogate, then an odd last byte.
        let raw = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43];
        assert_eq!(decode_with_bom(&raw).as_deref(), Some("A\u{fffd}B\u{fffd}"));
        let raw = [0xFF, 0xFE, 0, 0, 0x00, 0x00, 0x11, 0x00];
        assert_eq!(decode_with_bom(&raw).as_deref(), Some("\u{fffd}"));
    }
}
