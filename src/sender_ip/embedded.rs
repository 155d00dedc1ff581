//! Address-shaped tokens that the text beside them joins to something
//! longer: a dotted number (a build number, an OID), a word, a value cut
//! by an invisible character or a soft line break, or a host name. Such a
//! token is not read as an address.

use crate::input::{is_combining_mark, is_invisible};

/// End of the Cyrillic block (U+0400 to U+04FF): letters below it, of the
/// Latin, Greek and Cyrillic scripts, are read as part of a word that
/// touches an IP.
const LETTERS_THAT_JOIN_END: u32 = 0x0500;

/// True when the text around `start..end` makes the token part of a longer
/// dotted number or word: `15.20.1.2.3`, `v1.2.3.4`, `abc1.2.3.4`. An
/// invisible character or a combining mark beside the token joins it too.
/// The input stage removes them where the whole word is an IP, so one
/// that is left splits a longer value (`192.0.2.8<U+200B>12`). So does
/// any number character (Unicode `\p{N}`: a superscript, circled,
/// fullwidth or Thai digit), which the reader sees as part of the octet,
/// as in `192.0.2.1<U+2079><U+2079>`. Such an IP is not read as ASCII
/// digits, so none is quoted. A control character or the replacement
/// character of an invalid byte (`192.0.2.1<BEL>99`) joins it as well, and
/// so does a letter of the Latin, Greek or Cyrillic scripts
/// (`1Á92.0.2.199`). CJK text does not, because Japanese and Chinese
/// bounces write it right against an IP. So does a quoted-printable soft line break pasted without
/// its part's header (`192.0.2.1=` at a line's end, then `99`), which cuts
/// the IP.
pub fn is_embedded(text: &str, start: usize, end: usize) -> bool {
    let before = match after_ip_label(text, start) {
        Some(label_start) => text[..label_start].chars().next_back(),
        None => text[..start].chars().next_back(),
    };
    let after = text[end..].chars().next();
    let after_next = text[end..].chars().nth(1);
    let joins = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || c.is_numeric()
                || c == '_'
                || is_invisible(c)
                || is_combining_mark(c)
                || (c.is_control() && !c.is_whitespace())
                || c == '\u{fffd}'
                || (c.is_alphabetic() && u32::from(c) < LETTERS_THAT_JOIN_END)
        })
    };
    if joins(before) || joins(after) {
        return true;
    }
    // The reply's lines may be joined with a space by now, so the break
    // reads as `=` then blanks then the rest of the octet.
    let soft_break = after == Some('=')
        && text[end + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
        && text[end + 1..].starts_with(char::is_whitespace);
    if soft_break {
        return true;
    }
    // A dot before the token, or a dot and a digit after it, continue a
    // dotted number (an OID, a build number, a version string).
    let dotted_before = before == Some('.')
        && text[..start - 1].chars().next_back().is_some_and(|c| c.is_ascii_digit());
    let dotted_after = after == Some('.') && after_next.is_some_and(|c| c.is_ascii_digit());
    dotted_before || dotted_after
}

/// Returns where the label `IP` starts when it is written right before
/// `start` as a word of its own: Chinese replies write `发信IP192.0.2.5`
/// (sending IP) with no space. The label does not join the address, but
/// the text before the label still counts, so `VIP192.0.2.5` and
/// `mail-IP192.0.2.5` stay part of a longer word or host name. Only the
/// capitals count, because `ip192.0.2.5` is how host names begin.
fn after_ip_label(text: &str, start: usize) -> Option<usize> {
    let label_start = start.checked_sub(2)?;
    if text.get(label_start..start)? != "IP" {
        return None;
    }
    let host_character = text[..label_start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    (!host_character).then_some(label_start)
}

/// True when a host name continues the token that ends at `end`: a dot,
/// then a label that starts with a letter, then another dot and label, as
/// in `5.2.0.192.zen.spamhaus.org` or `192.0.2.5.static.example.net`.
/// Such a token is a label of the name, not an address. A DNSBL query
/// name is read by its own rule (super::dnsbl), which checks the zone.
pub fn starts_host_name(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('.') else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let label = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
    let after = &rest.as_bytes()[label..];
    after.len() >= 2 && after[0] == b'.' && after[1].is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_name_after_token() {
        // The text, where the address-shaped token ends, and the expected result.
        let cases = [
            ("5.2.0.192.zen.spamhaus.org listed", 9, true),
            ("192.0.2.5.static.example.net", 9, true),
            ("192.0.2.5.zen.spamhaus.org.evil.example", 9, true),
            ("192.0.2.5. Please retry", 9, false),
            ("192.0.2.5.Please retry", 9, false),
            ("192.0.2.5.", 9, false),
            ("192.0.2.5.1.example.net", 9, false),
            ("192.0.2.5", 9, false),
        ];
        for (text, end, expected) in cases {
            assert_eq!(starts_host_name(text, end), expected, "{text}");
        }
    }

    #[test]
    fn embedded_tokens() {
        let text = "build 15.20.1.2.3 and v1.2.3.4 and (192.0.2.1) and 2.16.840.1.113730";
        let at = |t: &str| {
            let start = text.find(t).expect("token is in the text");
            is_embedded(text, start, start + t.len())
        };
        assert!(at("20.1.2.3"));
        assert!(at("15.20.1.2"));
        assert!(at("1.2.3.4"));
        assert!(!at("192.0.2.1"));
        assert!(at("16.840.1.113730"));
    }
}
