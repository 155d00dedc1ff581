//! Basic SMTP reply codes (RFC 5321 section 4.2.3, and codes added by
//! extension RFCs), the last fallback when no enhanced status code helps.
//!
//! Source: <https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3>.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const RFC5321: &str = "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3";
const CHECKED: &str = "2026-12-04";

static R550: Entry = Entry {
    id: "reply/550",
    reason: Reason::Rejected,
    what: "The receiving server refused the message for this recipient.",
    why: "Reply 550 means the mailbox is unavailable or the receiver's \
          policy refused the mail; the text after the code says which.",
    steps: &[
        "Read the receiver's text under Technical details for the cause.",
        "If it names the address, check it; if it names a block or policy, \
         pass the bounce to your mail administrator.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: RFC5321,
    checked: CHECKED,
};

/// Looks up a three-digit reply code.
pub fn lookup(reply: &str) -> Option<&'static Entry> {
    match reply {
        "550" => Some(&R550),
        _ => None,
    }
}
