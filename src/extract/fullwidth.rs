//! Full-width punctuation that Chinese and Japanese text uses where
//! English text has ASCII: the colon U+FF1A after a label (`错误原因：550
//! 5.1.1 ...`, `收件人：bob@example.net`). The readers of reply lines and
//! recipient blocks look for an ASCII colon after a label and a space
//! before a code, so they read the report text with this colon in ASCII.
//! The ideographic space U+3000 is a plain space already, because the
//! input stage turns every Unicode space into one (`input::spaces`).
//!
//! Japanese text may also write an address with the full-width at sign
//! U+FF20 and full stop U+FF0E (`bob＠example．net`). Those are folded
//! to ASCII inside an address only, so that a host name elsewhere with a
//! full-width full stop (`zen.spamhaus．org`) is still named as a lookalike.
//! An address with an ASCII at sign (`bob@example．net`) is left as written
//! and named as a lookalike too.

use std::borrow::Cow;

/// Full-width at sign.
const AT: char = '\u{FF20}';
/// Full-width full stop.
const FULL_STOP: char = '\u{FF0E}';

/// Returns `text` with each full-width colon as an ASCII colon, followed
/// by a space unless white space follows already, and with the addresses
/// that [`ascii_addresses`] folds. Text without either is borrowed
/// unchanged.
pub(super) fn ascii_marks(text: &str) -> Cow<'_, str> {
    match ascii_addresses(text) {
        Cow::Borrowed(text) => ascii_colons(text),
        Cow::Owned(folded) => Cow::Owned(ascii_colons(&folded).into_owned()),
    }
}

/// Returns `text` with each full-width colon as an ASCII colon, followed
/// by a space unless white space follows already.
fn ascii_colons(text: &str) -> Cow<'_, str> {
    if !text.contains('\u{FF1A}') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{FF1A}' => {
                out.push(':');
                // A label runs on into its value (`错误原因：550`), where
                // an ASCII label would have a space.
                if chars.peek().is_some_and(|next| !next.is_whitespace()) {
                    out.push(' ');
                }
            }
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Returns `text` with each address written with a full-width at sign
/// (`bob＠example．net`) in ASCII: the at sign and every full-width full
/// stop in the address are folded. An address here is a run of address
/// characters that [`is_fullwidth_address`] accepts.
fn ascii_addresses(text: &str) -> Cow<'_, str> {
    if !text.contains(AT) {
        return Cow::Borrowed(text);
    }
    let is_address_char = |c: char| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '@' | AT | FULL_STOP)
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_address_char) {
        out.push_str(&rest[..start]);
        let run = &rest[start..];
        let end = run.find(|c: char| !is_address_char(c)).unwrap_or(run.len());
        let (token, after) = run.split_at(end);
        if is_fullwidth_address(token) {
            out.extend(token.chars().map(|c| match c {
                AT => '@',
                FULL_STOP => '.',
                _ => c,
            }));
        } else {
            out.push_str(token);
        }
        rest = after;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// True when `token` has exactly one at sign, full-width, with a local
/// part before it and a domain after it.
fn is_fullwidth_address(token: &str) -> bool {
    let Some((local, domain)) = token.split_once(AT) else {
        return false;
    };
    let plain = |part: &str| !part.is_empty() && !part.contains(['@', AT]);
    plain(local) && plain(domain.trim_end_matches(['.', FULL_STOP]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colon_and_space_become_ascii() {
        assert_eq!(ascii_marks("错误原因：550 5.1.1"), "错误原因: 550 5.1.1");
        assert_eq!(ascii_marks("错误原因：\u{3000}550"), "错误原因:\u{3000}550");
        assert_eq!(ascii_marks("Fehler： 550"), "Fehler: 550");
    }

    #[test]
    fn fullwidth_address_becomes_ascii() {
        assert_eq!(ascii_marks("宛先：bob＠example．net"), "宛先: bob@example.net");
        assert_eq!(ascii_marks("<bob＠mail．example．net>"), "<bob@mail.example.net>");
        assert_eq!(ascii_marks("via zen.spamhaus．org"), "via zen.spamhaus．org");
        assert_eq!(ascii_marks("＠example．net"), "＠example．net");
        assert_eq!(ascii_marks("a＠b＠c．net"), "a＠b＠c．net");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(ascii_marks("550 5.1.1 User unknown"), Cow::Borrowed(_)));
    }
}
