//! Text saved in a legacy single-byte code page rather than UTF-8.
//!
//! Older Windows tools, and mail programs that save in the local code
//! page, write ISO-8859-1 or Windows-1252: `jürgen` with `ü` as the one
//! byte 0xFC. Read as UTF-8, that byte is invalid, and a lossy decoding
//! turns it into U+FFFD, which splits the address in two. The WHATWG
//! Encoding Standard reads the label `latin1` as Windows-1252, a superset
//! of ISO-8859-1's printable letters, so bytes that are not valid UTF-8
//! are read in it. Valid UTF-8 around them is kept as it is, so a UTF-8
//! file with one stray byte pasted in keeps its letters.
//!
//! The table is written out here because the WebAssembly build has no
//! encoding_rs; a native test compares it with encoding_rs.

use std::borrow::Cow;

/// Characters of Windows-1252 for bytes 0x80 to 0x9F, where it differs
/// from ISO-8859-1. The five bytes it leaves unassigned map to the C1
/// control of the same number, as the Encoding Standard decodes them.
/// Sources (checked 2026-12-04): the Encoding Standard's windows-1252 as
/// implemented by encoding_rs, https://docs.rs/encoding_rs/latest/encoding_rs/static.WINDOWS_1252.html,
/// which the test below compares byte by byte, and its label list
/// (`latin1`, `iso-8859-1`), https://www.npmjs.com/package/windows-1252.
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes one byte as Windows-1252.
fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        // ASCII and 0xA0 to 0xFF are the code points of the same number.
        _ => char::from(byte),
    }
}

/// Reads `raw` as UTF-8 where it is valid and each other byte as
/// Windows-1252. Borrows when `raw` is valid UTF-8 throughout.
pub fn utf8_or_windows_1252(raw: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(raw) {
        return Cow::Borrowed(text);
    }
    let mut text = String::with_capacity(raw.len() + raw.len() / 2);
    for chunk in raw.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|&b| windows_1252(b)));
    }
    Cow::Owned(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_letters_read() {
        assert_eq!(utf8_or_windows_1252(b"j\xFCrgen \x80 \x93q\x94"), "jürgen € “q”");
    }

    #[test]
    fn utf8_kept_beside_stray_byte() {
        let mut raw = "Empfänger ".as_bytes().to_vec();
        raw.push(0x96);
        assert_eq!(utf8_or_windows_1252(&raw), "Empfänger –");
        assert!(matches!(utf8_or_windows_1252("ü".as_bytes()), Cow::Borrowed("ü")));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn table_matches_encoding_rs() {
        for byte in 0x80..=0xFF_u8 {
            let bytes = [byte];
            let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            assert_eq!(expected.chars().next(), Some(windows_1252(byte)), "{byte:#04x}");
        }
    }
}
