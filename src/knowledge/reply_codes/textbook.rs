//! The reply texts that RFC 5321 gives with each reply code, as reference
//! tables and cheat sheets copy them. A text made of these lines alone is
//! a list of codes, not a receiver's reply to a message.
//!
//! Source: <https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3>, checked
//! 2026-12-04. The `<domain>` placeholder that opens the texts of 220, 221
//! and 421 is left out, and so are the RFC's bracketed examples.

/// Reply code and its RFC 5321 text, lowercase. 500's text is given in
/// both spellings that copies use.
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
}
