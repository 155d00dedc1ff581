//! The reply texts that RFC 5321 gives with each reply code, as reference
//! tables and cheat sheets copy them. A text made of these lines alone is
//! a list of codes, not a receiver's reply to a message.
//!
//! Source: <https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3>, checked
//! 2026-12-04. The `<domain>` placeholder that opens the texts of 220, 221
//! and 421 is left out, and so are the RFC's bracketed examples.

use crate::reason::Reason;

/// Reply code and its RFC 5321 text, lowercase. 500's text is given in
/// both spellings that copies use, and 421's also without its ending,
/// as servers often send it.
pub static TEXTBOOK: &[(&str, &str)] = &[
    ("211", "system status, or system help reply"),
    ("214", "help message"),
    ("220", "service ready"),
    ("221", "service closing transmission channel"),
    ("250", "requested mail action okay, completed"),
    ("251", "user not local; will forward to"),
    ("252", "cannot vrfy user, but will accept message and attempt delivery"),
    ("354", "start mail input; end with"),
    ("421", "service not available, closing transmission channel"),
    ("421", "service not available"),
    ("450", "requested mail action not taken: mailbox unavailable"),
    ("451", "requested action aborted: local error in processing"),
    ("452", "requested action not taken: insufficient system storage"),
    ("455", "server unable to accommodate parameters"),
    ("500", "syntax error, command unrecognized"),
    ("500", "syntax error, command unrecognised"),
    ("501", "syntax error in parameters or arguments"),
    ("502", "command not implemented"),
    ("503", "bad sequence of commands"),
    ("504", "command parameter not implemented"),
    ("550", "requested action not taken: mailbox unavailable"),
    ("551", "user not local; please try"),
    ("552", "requested mail action aborted: exceeded storage allocation"),
    ("553", "requested action not taken: mailbox name not allowed"),
    ("554", "transaction failed"),
    ("555", "mail from/rcpt to parameters not recognized or not implemented"),
];

/// True when `text` (after its reply code) is RFC 5321's text for `reply`,
/// with or without the `<domain>` placeholder before it.
pub fn is_textbook(reply: &str, text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let lower = lower.strip_prefix("<domain>").unwrap_or(&lower).trim_start();
    TEXTBOOK.iter().any(|(code, words)| *code == reply && lower.starts_with(words))
}

/// Returns the reason that RFC 5321's text names when `text` (the reply,
/// with or without its codes) is that text for the failure reply `reply`
/// (4xx or 5xx). 554's "Transaction failed" names no cause, so it gets
/// none: the 554 entry's reason, a block, comes from how servers use 554,
/// not from that text.
pub fn textbook_reason(reply: &str, text: &str) -> Option<Reason> {
    let words = words_after_codes(text);
    let failure = reply.starts_with(['4', '5']);
    let names_cause = !words.trim().to_lowercase().starts_with("transaction failed");
    if !failure || !names_cause || !is_textbook(reply, words) {
        return None;
    }
    super::lookup(reply).map(|entry| entry.reason)
}

/// Returns `text` after a leading reply code and enhanced status code
/// (`550 5.1.1 ` or `550-5.1.1 `), if it has them.
pub fn words_after_codes(text: &str) -> &str {
    let mut rest = text.trim_start();
    for _ in 0..2 {
        let code = rest.split([' ', '-']).next().unwrap_or("");
        if !code.is_empty() && code.chars().all(|c| c.is_ascii_digit() || c == '.') {
            rest = rest[code.len()..].trim_start_matches([' ', '-']);
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textbook_texts_match() {
        assert!(is_textbook("250", "Requested mail action okay, completed"));
        assert!(is_textbook("421", "<domain> Service not available, closing transmission channel"));
        assert!(!is_textbook("550", "5.1.1 <bob@example.org>: Recipient address rejected"));
        assert!(!is_textbook("250", "Transaction failed"));
    }

    #[test]
    fn textbook_reason_reads_failures_only() {
        let syntax = textbook_reason("500", "500 5.5.2 Syntax error, command unrecognized");
        assert_eq!(syntax, Some(Reason::SyntaxError));
        assert_eq!(
            textbook_reason("551", "User not local; please try <bob@example.net>"),
            Some(Reason::HasMoved)
        );
        assert_eq!(textbook_reason("554", "554 Transaction failed"), None);
        assert_eq!(textbook_reason("250", "Requested mail action okay, completed"), None);
        assert_eq!(textbook_reason("550", "550 Blocked"), None);
    }

    #[test]
    fn words_after_codes_strips_both() {
        assert_eq!(words_after_codes("550-5.1.1 No such user"), "No such user");
        assert_eq!(words_after_codes("503 Bad sequence"), "Bad sequence");
        assert_eq!(words_after_codes("Bad sequence"), "Bad sequence");
    }
}
