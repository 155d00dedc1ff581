//! Explanations for an MTA's fixed wording that is more specific than
//! the status code it comes with, but names no reason of its own.
//!
//! Postfix's "Recipient address rejected: Access denied" with 5.7.1 is
//! the text of a check_recipient_access rule whose action is REJECT with
//! no text of its own. The 5.7.1 decides the reason, and this entry
//! explains the rule instead of the code's general causes.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// A lowercase fragment of the reply and the entry that explains it.
pub static WORDINGS: &[(&str, &Entry)] = &[(
    "recipient address rejected: access denied",
    &RECIPIENT_ACCESS_RULE,
)];

/// Returns the entry for the first wording that `lower` (the reply,
/// lowercased, spaces collapsed) contains.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    WORDINGS
        .iter()
        .find(|(fragment, _)| lower.contains(fragment))
        .map(|(_, entry)| *entry)
}

/// Postfix's access table (access(5)): REJECT with no text replies with
/// `access_map_reject_code` (554) and "Access denied". Sites use such a
/// rule to keep outside mail from internal lists and role addresses, and
/// some to turn away closed accounts, so the address may or may not exist.
pub static RECIPIENT_ACCESS_RULE: Entry = Entry {
    id: "wording/recipient-access-rule",
    reason: Reason::SecurityError,
    what: "The receiving server's access rules do not accept mail for this \
           address from you.",
    why: "A rule on the receiving server refuses this recipient address. \
          Such rules usually protect an address that exists but takes mail \
          only from inside the organisation, such as an internal list; \
          some sites also use them for closed accounts.",
    steps: &[
        "Keep the address on your lists for now: this bounce alone does \
         not show that it is gone.",
        "Ask the recipient by another channel whether the address takes \
         mail from outside, or which address you should use instead.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://www.postfix.org/access.5.html",
    checked: "2026-12-04",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_denied_wording_found() {
        let lower = "554 5.7.1 <bob@example.net>: recipient address rejected: access denied";
        assert_eq!(
            lookup(lower).map(|e| e.id),
            Some("wording/recipient-access-rule")
        );
        assert!(lookup("554 5.7.1 relay access denied").is_none());
    }
}
