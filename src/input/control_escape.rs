//! Visible escapes for the C0 and C1 control characters in text from the
//! paste.

use std::borrow::Cow;

/// Replaces each C0 and C1 control character in `text` (U+0000 to U+001F,
/// U+007F to U+009F) with an escape such as `⟨U+000D⟩`. A tab becomes a
/// space instead, because it only spaces words apart.
pub fn escape_control_chars(text: &str) -> Cow<'_, str> {
    if !text.contains(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\t' => escaped.push(' '),
            c if c.is_control() => escaped.push_str(&format!("⟨U+{:04X}⟩", u32::from(c))),
            c => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_c0_and_c1() {
        let cases = [
            ("plain text", "plain text"),
            ("a\r\nBcc: x", "a⟨U+000D⟩⟨U+000A⟩Bcc: x"),
            ("a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{9F}", "a⟨U+0000⟩b⟨U+001B⟩c⟨U+007F⟩d⟨U+0085⟩e⟨U+009F⟩"),
            ("550\t5.1.1", "550 5.1.1"),
        ];
        for (text, expected) in cases {
            assert_eq!(escape_control_chars(text), expected, "{text:?}");
        }
    }
}
