//! Addresses that a refusal suggests in place of the failed recipient:
//! RFC 5321's `551 User not local; please try <forward-path>` (section
//! 3.4) and the same advice in other words (`has moved to`, `new address
//! is`). Such an address is where to send next, never the one that failed.

use std::sync::LazyLock;

use regex_lite::Regex;

/// The end of the text before a suggested address.
static SUGGESTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:please try|try instead|moved to|new address(?: is)?|use instead|",
        r"please use|will forward to|forwarding address(?: is)?)",
        r"\s*[:=]?\s*<?$"
    ))
    .expect("suggested address pattern is valid")
});

/// True when `before`, the line's text up to an address, introduces that
/// address as the one to use in place of the failed recipient.
pub(super) fn is_suggested(before: &str) -> bool {
    SUGGESTING.is_match(before)
}

#[cfg(test)]
mod tests {
    use super::is_suggested;

    #[test]
    fn suggestions_found() {
        assert!(is_suggested("551 User not local; please try <"));
        assert!(is_suggested("550 5.1.6 Mailbox has moved to "));
        assert!(is_suggested("551 User not local, new address is "));
    }

    #[test]
    fn recipients_kept() {
        assert!(!is_suggested("RCPT TO:<"));
        assert!(!is_suggested("550 5.1.1 "));
        assert!(!is_suggested("<bob@example.org>: host mx.example.org[198.51.100.10] said: 551 "));
    }
}
