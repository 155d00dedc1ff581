//! Addresses that a refusal suggests in place of the failed recipient:
//! RFC 5321's `551 User not local; please try <forward-path>` (section
//! 3.4) and the same advice in other words (`has moved to`, `new address
//! is`, `has changed to`), and an auto-reply's "my new address is" in the
//! languages of [`auto_replies::introduces_new_address`]. Such an address
//! is where to send next, never the one that failed.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::section::{clean_address, ADDRESS};
use crate::knowledge::auto_replies;

/// The end of the text before a suggested address.
static SUGGESTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:please try|try instead|moved to|changed to|new address(?: is)?|use instead|",
        r"please use|will forward to|forwarding address(?: is)?)",
        r"\s*[:=]?\s*<?$"
    ))
    .expect("suggested address pattern is valid")
});

/// True when `before`, the line's text up to an address, introduces that
/// address as the one to use in place of the failed recipient.
pub(super) fn is_suggested(before: &str) -> bool {
    SUGGESTING.is_match(before) || auto_replies::introduces_new_address(before)
}

/// Finds the first address that `text` suggests in place of the failed
/// recipient (`551 User not local; please try <bob@example.net>`).
pub(crate) fn suggested_address(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        ADDRESS
            .find_iter(line)
            .find(|m| is_suggested(&line[..m.start()]))
            .map(|m| clean_address(m.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::{is_suggested, suggested_address};

    #[test]
    fn suggestions_found() {
        assert!(is_suggested("551 User not local; please try <"));
        assert!(is_suggested("550 5.1.6 Mailbox has moved to "));
        assert!(is_suggested("551 User not local, new address is "));
        assert!(is_suggested("My address has changed to "));
        assert!(is_suggested("Mijn nieuwe e-mailadres is "));
    }

    #[test]
    fn recipients_kept() {
        assert!(!is_suggested("RCPT TO:<"));
        assert!(!is_suggested("550 5.1.1 "));
        assert!(!is_suggested("<bob@example.org>: host mx.example.org[198.51.100.10] said: 551 "));
    }

    #[test]
    fn suggested_address_found() {
        let text = "551 5.1.6 User has moved; please try <bob.new@example.org>";
        assert_eq!(suggested_address(text).as_deref(), Some("bob.new@example.org"));
        let text = "RCPT TO:<bob@example.org>\n550 5.1.6 Mailbox has moved to bob@example.net";
        assert_eq!(suggested_address(text).as_deref(), Some("bob@example.net"));
    }

    #[test]
    fn failed_address_not_suggested() {
        assert_eq!(suggested_address("550 5.1.1 <bob@example.org>: User unknown"), None);
        assert_eq!(suggested_address("551 5.1.6 User has moved"), None);
    }
}
