//! Enhanced status codes (RFC 3463 and the IANA registry), the fallback
//! explanation when no provider, blocklist or phrase rule matches.
//!
//! Source: <https://www.iana.org/assignments/smtp-enhanced-status-codes/>.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const IANA: &str = "https://www.iana.org/assignments/smtp-enhanced-status-codes/";
const CHECKED: &str = "2026-12-04";

static X_1_1: Entry = Entry {
    id: "status/X.1.1",
    reason: Reason::UserUnknown,
    what: "The recipient's address does not exist at the receiving domain.",
    why: "The part before the @ names no mailbox the receiving server \
          knows: a typo, a closed account, or an address that never existed.",
    steps: &[
        "Check the address for typing errors.",
        "Confirm the right address with the recipient by another channel.",
        "Remove the address from your lists if it no longer exists.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: IANA,
    checked: CHECKED,
};

/// Looks up an enhanced status code; the class digit is ignored where the
/// subject and detail mean the same for 4 and 5.
pub fn lookup(status: &str) -> Option<&'static Entry> {
    let (_, rest) = status.split_once('.')?;
    match rest {
        "1.1" => Some(&X_1_1),
        _ => None,
    }
}
