//! Full-width punctuation that Chinese and Japanese text uses where
//! English text has ASCII: the colon U+FF1A after a label (`错误原因：550
//! 5.1.1 ...`, `收件人：bob@example.net`). The readers of reply lines and
//! recipient blocks look for an ASCII colon after a label and a space
//! before a code, so they read the report text with this colon in ASCII.
//! The ideographic space U+3000 is a plain space already, because the
//! input stage turns every Unicode space into one (`input::spaces`).

use std::borrow::Cow;

/// Returns `text` with each full-width colon as an ASCII colon, followed
/// by a space unless white space follows already. Text without one is
/// borrowed unchanged.
pub(super) fn ascii_marks(text: &str) -> Cow<'_, str> {
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
    fn plain_text_is_borrowed() {
        assert!(matches!(ascii_marks("550 5.1.1 User unknown"), Cow::Borrowed(_)));
    }
}
