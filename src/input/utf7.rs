//! UTF-7 (RFC 2152) decoding for text parts and RFC 2047 encoded words.
//!
//! Neither WHATWG decoder (encoding_rs natively, `TextDecoder` in the
//! page) has UTF-7. mail-parser 0.11.9 decodes it with four faults:
//! - it drops the character that ends a base64 run unless it is `-`;
//! - it keeps `+-` as written instead of `+`;
//! - it loses a run cut off by the end of the text;
//! - it does not know the label `unicode-1-1-utf-7`.
//!
//! So text parts in UTF-7 are decoded here again from their bytes.

/// Charset labels of UTF-7: IANA's `UTF-7` and `csUTF7`, RFC 1642's
/// `UNICODE-1-1-UTF-7` and its alias, Netscape's `x-unicode-2-0-utf-7`,
/// and the misspelling `utf7`.
const LABELS: &[&str] =
    &["utf-7", "utf7", "csutf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode-2-0-utf-7"];

/// Returns whether a charset label names UTF-7 (case-insensitive).
pub fn is_label(label: &str) -> bool {
    let label = label.trim();
    LABELS.iter().any(|known| known.eq_ignore_ascii_case(label))
}

/// Decodes UTF-7 text. It never fails, because a bounce must be explained
/// even when its encoder was sloppy:
/// - a `+` whose run decodes to no UTF-16 unit (`1+1=2`, `C++`) is kept as
///   written, because ill-formed encoders leave `+` unescaped;
/// - a run with leftover bits that do not pad it (6 or more bits, or any
///   set bit) gets U+FFFD after its text, and so does an unpaired
///   surrogate;
/// - a run cut off by the end of the text is decoded like a finished one;
/// - bytes that are not UTF-8 become U+FFFD, while non-ASCII UTF-8 text,
///   which UTF-7 forbids, is kept as written because it is more likely a
///   wrong label than garbage.
pub fn decode(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_ref();
    while let Some(plus) = rest.find('+') {
        out.push_str(&rest[..plus]);
        let run = &rest[plus + 1..];
        let len = run.bytes().take_while(|&b| sextet(b).is_some()).count();
        let (encoded, after) = run.split_at(len);
        // A `-` right after a run ends it and is not part of the text.
        let dash = after.starts_with('-');
        rest = if dash { &after[1..] } else { after };
        if encoded.is_empty() {
            // `+-` is a literal `+`. A `+` before anything else is
            // ill-formed and kept, with the character after it.
            out.push('+');
            continue;
        }
        match decode_run(encoded) {
            Some(decoded) => out.push_str(&decoded),
            None => {
                out.push('+');
                out.push_str(encoded);
                if dash {
                    out.push('-');
                }
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes one run of modified base64 (the text between `+` and its end)
/// as UTF-16BE, or returns `None` when it contains no whole UTF-16 unit.
fn decode_run(encoded: &str) -> Option<String> {
    let mut units = Vec::with_capacity(encoded.len() * 6 / 16);
    let mut bits: u32 = 0;
    let mut bit_count = 0;
    for byte in encoded.bytes() {
        // The caller passes only base64 characters.
        bits = (bits << 6) | u32::from(sextet(byte)?);
        bit_count += 6;
        if bit_count >= 16 {
            bit_count -= 16;
            units.push((bits >> bit_count) as u16);
            bits &= (1 << bit_count) - 1;
        }
    }
    if units.is_empty() {
        return None;
    }
    let mut out: String =
        char::decode_utf16(units).map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    // RFC 2152 pads a run with fewer than 6 zero bits.
    if bit_count >= 6 || bits != 0 {
        out.push(char::REPLACEMENT_CHARACTER);
    }
    Some(out)
}

/// Returns the 6-bit value of a base64 character (RFC 2045 alphabet, which
/// UTF-7 uses without the `=` padding).
fn sextet(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf7(text: &str) -> String {
        decode(text.as_bytes())
    }

    #[test]
    fn rfc_2152_examples() {
        assert_eq!(utf7("A+ImIDkQ."), "A\u{2262}\u{391}.");
        assert_eq!(utf7("Hi Mom -+Jjo--!"), "Hi Mom -\u{263A}-!");
        assert_eq!(utf7("+ZeVnLIqe-"), "日本語");
        assert_eq!(utf7("Item 3 is +AKM-1."), "Item 3 is £1.");
    }

    #[test]
    fn run_ends() {
        // The en dash U+2013 ended by a space, by `-`, and by the text's end.
        assert_eq!(utf7("spamhaus.org +IBM Zugriff"), "spamhaus.org \u{2013} Zugriff");
        assert_eq!(utf7("a+IBM-b"), "a\u{2013}b");
        assert_eq!(utf7("verweigert +IBM"), "verweigert \u{2013}");
        assert_eq!(utf7("+AOQ-nderung+AOQ."), "\u{e4}nderung\u{e4}.");
    }

    #[test]
    fn literal_plus() {
        assert_eq!(utf7("1 +- 1"), "1 + 1");
        assert_eq!(utf7("+-+-"), "++");
        assert_eq!(utf7("1+1=2"), "1+1=2");
        assert_eq!(utf7("C++ code"), "C++ code");
        assert_eq!(utf7("a + b"), "a + b");
        assert_eq!(utf7("ends with +"), "ends with +");
        assert_eq!(utf7("+A-"), "+A-");
    }

    #[test]
    fn surrogate_pair() {
        // U+1F600 is D83D DE00 in UTF-16.
        assert_eq!(utf7("+2D3eAA-"), "\u{1F600}");
    }

    #[test]
    fn malformed_runs_marked() {
        // Set padding bits: 0x2013 followed by the bits 01.
        assert_eq!(utf7("+IBN-"), "\u{2013}\u{FFFD}");
        // Eight bits left over, more than padding can be.
        assert_eq!(utf7("+IBMAA-"), "\u{2013}\u{FFFD}");
        // An unpaired high surrogate.
        assert_eq!(utf7("+2D0-x"), "\u{FFFD}x");
        assert_eq!(utf7("+2D0"), "\u{FFFD}");
    }

    #[test]
    fn non_ascii_kept() {
        assert_eq!(utf7("caf\u{e9} +IBM-"), "caf\u{e9} \u{2013}");
        assert_eq!(decode(b"bad \xff byte"), "bad \u{FFFD} byte");
    }

    #[test]
    fn labels() {
        assert!(is_label("UTF-7"));
        assert!(is_label(" unicode-1-1-utf-7 "));
        assert!(is_label("x-unicode-2-0-utf-7"));
        assert!(!is_label("utf-8"));
        assert!(!is_label("utf-7x"));
    }
}
