//! Base64 parts that mail-parser leaves undecoded because a character
//! outside the base64 alphabet broke them, often one line damaged in
//! transit. mail-parser then keeps the part's encoded text, so the report
//! in it is lost. RFC 2045 (section 6.8) has decoders ignore such
//! characters, as Python's `binascii.a2b_base64` does unless told to be
//! strict, so they are skipped here and mail-parser's decoder reads the rest.

use mail_parser::decoders::base64::base64_decode;
use mail_parser::{MessagePart, MimeHeaders};

/// A base64 body decoded with the characters outside the alphabet skipped.
pub struct Lenient {
    pub bytes: Vec<u8>,
    /// True when characters were skipped: the part was damaged, and the
    /// text around them may be garbled.
    pub damaged: bool,
}

/// Decodes a base64 part that mail-parser could not decode, skipping the
/// characters outside the base64 alphabet. Returns `None` when the part
/// decoded cleanly or is not base64. `raw` is the part's body as sent.
pub fn decode_damaged(part: &MessagePart, raw: &[u8]) -> Option<Lenient> {
    let base64 = part
        .content_transfer_encoding()
        .is_some_and(|encoding| encoding.trim().eq_ignore_ascii_case("base64"));
    if !part.is_encoding_problem || !base64 {
        return None;
    }
    let (kept, damaged) = skip_invalid(raw);
    Some(Lenient { bytes: base64_decode(&kept)?, damaged })
}

/// Keeps the base64 alphabet and `=` of each line. A line with other
/// characters in it also loses the characters after its last whole
/// quantum of four. Encoders end each line on a whole quantum (most write
/// the 76 characters RFC 2045 allows at most), so the next line still
/// starts a quantum where the damage replaced a different number of
/// characters, and only the damaged line's text is garbled.
/// Returns the characters kept, and whether any were skipped.
fn skip_invalid(raw: &[u8]) -> (Vec<u8>, bool) {
    let mut kept = Vec::with_capacity(raw.len());
    let mut any_damaged = false;
    for line in raw.split(|&b| b == b'\n') {
        let mut damaged = false;
        for &b in line {
            if b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=') {
                kept.push(b);
            } else if !b.is_ascii_whitespace() {
                damaged = true;
            }
        }
        if damaged {
            // NOTE: an encoder whose lines are not whole quanta (a width
            // that is no multiple of 4) loses the rest of the part here.
            kept.truncate(kept.len() - kept.len() % 4);
            any_damaged = true;
        }
    }
    (kept, any_damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(raw: &str) -> String {
        let (kept, damaged) = skip_invalid(raw.as_bytes());
        assert!(damaged, "{raw}");
        String::from_utf8_lossy(&base64_decode(&kept).expect("only base64 kept")).into_owned()
    }

    #[test]
    fn invalid_characters_skipped() {
        // "Hello, world" with `!` and `*` inserted: no quantum is lost.
        assert_eq!(decoded("SGVs!bG8s*IHdv\ncmxk\n"), "Hello, world");
    }

    #[test]
    fn clean_lines_not_damaged() {
        let (kept, damaged) = skip_invalid(b"SGVsbG8s\r\nIHdvcmxk\r\n");
        assert!(!damaged);
        assert_eq!(kept, b"SGVsbG8sIHdvcmxk");
    }

    #[test]
    fn damaged_line_does_not_shift_next() {
        // The first line ("Hello, wo") had its fourth character replaced
        // by two invalid ones. Without the realignment, the second line
        // ("rld") would decode shifted by one character.
        let text = decoded("SGV!!bG8sIHdv\ncmxk\n");
        assert!(text.ends_with("rld"), "{text:?}");
    }
}
