//! Space characters other than U+0020, read as plain spaces.
//!
//! Text copied from a rendered HTML bounce (a webmail view, a ticket
//! system, a chat tool) carries the no-break spaces that the HTML had as
//! `&nbsp;`. Typesetting tools put narrow and thin spaces around numbers,
//! and CJK input methods type U+3000. Many extract rules match a plain
//! space, so `554\u{a0}5.7.1` lost its reply code, and Microsoft's block
//! list reply with no-break spaces read as no failure at all. The HTML
//! reader already turns `&nbsp;` into a space, and this does the same for
//! pasted text. Each character becomes one space, so line numbers stay
//! those of the pasted text, and a line shown as where a value was found
//! differs from the pasted line only in the width of its spaces.

use super::Decoded;

/// True for Unicode's space separators (general category Zs) other than
/// U+0020. They are the no-break space, the Ogham space mark, the en and
/// em spaces and their kin (U+2000 to U+200A), the narrow no-break space,
/// the medium mathematical space and the ideographic space, as
/// UnicodeData.txt of Unicode 14.0 lists them. The zero-width space U+200B
/// is a format character (Cf), read by the `invisible` module.
fn is_other_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Replaces each space separator of [`is_other_space`] with U+0020 in
/// every text later stages read, the header values included.
pub(super) fn clean_decoded(decoded: &mut Decoded) {
    plain_spaces(&mut decoded.text);
    plain_spaces(&mut decoded.body);
    for field in
        [&mut decoded.dsn, &mut decoded.feedback, &mut decoded.original].into_iter().flatten()
    {
        plain_spaces(field);
    }
    for (_, value) in &mut decoded.headers {
        plain_spaces(value);
    }
}

/// Replaces each space separator of [`is_other_space`] in `text`, and
/// each JSON escape of one (`\u00a0`), with U+0020. Encoders such as
/// Python's `json.dumps` escape every non-ASCII character, so a sending
/// service's event record carries `554\u00a05.7.1` where pasted text has
/// the character itself. A space is valid inside a JSON string, so the
/// record stays valid. An escape preceded by an odd run of backslashes is
/// an escaped backslash followed by letters, and is left as it is.
fn plain_spaces(text: &mut String) {
    if !text.contains(is_other_space) && !text.contains("\\u") {
        return;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut replaced = false;
    for (at, c) in text.char_indices() {
        let width = if is_other_space(c) {
            c.len_utf8()
        } else if c == '\\' && escapes_space(text, at) {
            let backslashes = bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count();
            if backslashes % 2 == 1 {
                continue;
            }
            6
        } else {
            continue;
        };
        // An escape's six bytes are skipped by `copied`, so the loop's
        // later characters inside it are not read again.
        if at < copied {
            continue;
        }
        out.push_str(&text[copied..at]);
        out.push(' ');
        copied = at + width;
        replaced = true;
    }
    if replaced {
        out.push_str(&text[copied..]);
        *text = out;
    }
}

/// True when the six bytes at `at` are a JSON escape `\uXXXX` of a space
/// separator of [`is_other_space`].
fn escapes_space(text: &str, at: usize) -> bool {
    let Some(hex) = text.get(at..at + 6).and_then(|escape| escape.strip_prefix("\\u")) else {
        return false;
    };
    let code = u32::from_str_radix(hex, 16).ok();
    code.and_then(char::from_u32).is_some_and(is_other_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let mut text = text.to_string();
        plain_spaces(&mut text);
        text
    }

    #[test]
    fn space_separators_become_spaces() {
        for c in ['\u{A0}', '\u{1680}', '\u{2002}', '\u{2009}', '\u{202F}', '\u{205F}', '\u{3000}']
        {
            let text = format!("554{c}5.7.1 Client host{c}[192.0.2.1]{c}blocked\n{c}");
            assert_eq!(
                plain(&text),
                "554 5.7.1 Client host [192.0.2.1] blocked\n ",
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn other_characters_stay() {
        for text in ["a\tb  c", "a\u{200B}b", "a\u{2028}b", "caf\u{e9} \u{4e2d}"] {
            assert_eq!(plain(text), text);
        }
    }

    #[test]
    fn json_escapes_become_spaces() {
        assert_eq!(
            plain(r#"{"r":"554\u00a05.7.1\u202F[192.0.2.1]"}"#),
            r#"{"r":"554 5.7.1 [192.0.2.1]"}"#
        );
        assert_eq!(plain(r"\u00A0\u3000x"), "  x");
    }

    #[test]
    fn other_escapes_stay() {
        for text in [r"a\\u00a0b", r"a\u0041b", r"a\u200bb", r"a\u00a", r"\u", r"\\\\u00a0"] {
            assert_eq!(plain(text), text);
        }
        assert_eq!(plain(r"a\\\u00a0b"), r"a\\ b");
    }
}
