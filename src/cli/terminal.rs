//! Keeps text from a bounce from acting on the terminal that shows it.
//!
//! A bounce is untrusted. Its text can carry ESC sequences that move the
//! cursor, rewrite lines already printed, set the window title or plant
//! an OSC 8 hyperlink. It can also carry bidi or invisible characters
//! that make an IP address or host name read as something else. The text
//! output shows each such character as a visible escape like `⟨U+202E⟩`,
//! as the page does. The JSON output escapes them as `\u202E`, which any
//! JSON parser reads back as the same character, so the data stays exact,
//! apart from C0 and C1 controls, which the report itself already writes
//! as `⟨U+001B⟩`.

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::ser::{CompactFormatter, Formatter};

/// True for the characters the page shows as escapes: C0 and C1 controls
/// except tab, LF and CR, the soft hyphen, the combining grapheme joiner,
/// the Arabic letter mark, Hangul and Khmer fillers, Mongolian variation
/// selectors and vowel separator, zero-width space, joiners and direction
/// marks, bidi embeddings, overrides and isolates, the word joiner and
/// invisible operators, variation selectors, the byte order mark,
/// interlinear annotation marks and tag characters. The list matches
/// `HIDDEN` in www/text-safety.js, plus the line and paragraph separators.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}'
        | '\u{B}'
        | '\u{C}'
        | '\u{E}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{AD}'
        | '\u{34F}'
        | '\u{61C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}')
}

/// Replaces each hidden character, CR and LF in `text` with a visible
/// escape such as `⟨U+001B⟩`, for a field printed on one line. A CR or LF
/// from the bounce could otherwise start a line that looks like one of
/// the tool's own, such as a forged "IP to quote:".
pub fn escape(text: &str) -> Cow<'_, str> {
    let needs_escape = |c: char| c == '\n' || c == '\r' || is_hidden(c);
    if !text.contains(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs_escape(c) {
            escaped.push_str(&format!("⟨U+{:04X}⟩", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// A compact JSON formatter that also writes the hidden characters that
/// serde_json leaves raw (C1 controls, bidi and invisible characters) as
/// `\uXXXX` escapes. serde_json already escapes the C0 controls.
pub struct SafeFormatter;

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (index, c) in fragment.char_indices() {
            if !is_hidden(c) {
                continue;
            }
            CompactFormatter.write_string_fragment(writer, &fragment[start..index])?;
            // A character outside the Basic Multilingual Plane (the tag
            // characters) is written as a UTF-16 surrogate pair, as JSON
            // requires (RFC 8259, section 7).
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04X}")?;
            }
            start = index + c.len_utf8();
        }
        CompactFormatter.write_string_fragment(writer, &fragment[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_controls_and_bidi() {
        let cases = [
            ("plain 203.0.113.5", "plain 203.0.113.5"),
            ("tab\tkept", "tab\tkept"),
            ("\u{1B}[2J", "⟨U+001B⟩[2J"),
            ("a\u{7}b\u{9B}c", "a⟨U+0007⟩b⟨U+009B⟩c"),
            ("line\r\nnext", "line⟨U+000D⟩⟨U+000A⟩next"),
            ("\u{202E}1.2.0.302\u{202C}", "⟨U+202E⟩1.2.0.302⟨U+202C⟩"),
            ("zen.spam\u{200B}haus.org", "zen.spam⟨U+200B⟩haus.org"),
            ("tag\u{E0041}", "tag⟨U+E0041⟩"),
        ];
        for (text, expected) in cases {
            assert_eq!(escape(text), expected, "{text:?}");
        }
    }

    #[test]
    fn json_escapes_hidden_losslessly() {
        let text = "a\u{1B}]8;;x\u{7}\u{9B}\u{202E}\u{E0041}ü";
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, SafeFormatter);
        serde::Serialize::serialize(text, &mut serializer).unwrap();
        let json = String::from_utf8(out).unwrap();
        assert_eq!(json, r#""a\u001b]8;;x\u0007\u009B\u202E\uDB40\uDC41ü""#);
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, text);
    }
}
