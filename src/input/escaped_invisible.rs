//! JSON escapes of invisible characters (`\u200b`) inside IPs and email
//! addresses, turned back into the characters so that the invisible
//! character check sees them as it sees pasted ones.

use super::invisible::{is_invisible, is_word};

/// Replaces each JSON escape of an invisible character (`\u200b`) that
/// touches a word character on either side with the character itself.
/// Encoders such as Python's `json.dumps` escape every non-ASCII
/// character. So a sending service's event record carries
/// `192.0.2.1\u200b5`, `192.0.2.5\u200b]` or `[\u200b192.0.2.5` where
/// pasted text has a real U+200B. Left escaped, the IP scanners would stop
/// at the backslash or read the escape's letters as part of the word. The result
/// is still valid JSON, because a JSON string may contain these characters
/// unescaped, and [`join_split_words`](super::invisible::join_split_words) then treats them as it treats the
/// raw characters. An escape preceded by an odd run of backslashes is not
/// replaced: `\\u200b` is an escaped backslash and the letters u200b.
/// Returns `None` when nothing was replaced.
pub(super) fn unescape_inside_words(text: &str) -> Option<String> {
    if !text.contains("\\u") {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut replaced = false;
    for (at, _) in text.match_indices('\\') {
        let Some(c) = escaped_invisible(text, at) else { continue };
        let backslashes = bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count();
        let before = text[..at].chars().next_back();
        let after = text[at + 6..].chars().next();
        let touches_word = before.is_some_and(is_word) || after.is_some_and(is_word);
        if backslashes % 2 == 0 && touches_word && at >= copied {
            out.push_str(&text[copied..at]);
            out.push(c);
            copied = at + 6;
            replaced = true;
        }
    }
    if !replaced {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Returns the invisible character that the six bytes `\uXXXX` at `at`
/// escape, if they are such an escape.
fn escaped_invisible(text: &str, at: usize) -> Option<char> {
    let escape = text.get(at..at + 6)?;
    let hex = escape.strip_prefix("\\u")?;
    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    is_invisible(c).then_some(c)
}
